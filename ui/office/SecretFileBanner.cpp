#include "SecretFileBanner.h"

#include "office/OfficeSession.h"
#include "office/SecretFile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace vanphong::ui {

SecretFileBanner::SecretFileBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_confirm(new QPushButton(tr("This is the office's &standalone computer"), this))
{
    setStyleSheet(QStringLiteral("vanphong--ui--SecretFileBanner { background: #a40000; } QLabel { color: white; }"));
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &SecretFileBanner::confirm);
    hide();
}

void SecretFileBanner::check(office::OfficeSession *session)
{
    m_session = session;
    m_interfaces = session && office::SecretFile::isSecretFile(session->database()) ? office::SecretFile::connectedInterfaces()
                                                                                   : QStringList();
    if (m_interfaces.isEmpty() || m_confirmedFiles.contains(session->database().path())) {
        hide();
        return;
    }
    m_text->setText(tr("<b>This is the secret file, and this computer is connected to a network (%1).</b> State secrets may be "
                       "kept only on a computer that is not and has never been connected to the Internet or another network "
                       "(Law on Protection of State Secrets, article 5). Disconnect it, or use the office's standalone computer.")
                        .arg(m_interfaces.join(QLatin1String(", ")).toHtmlEscaped()));
    m_confirm->setVisible(session->may(office::Permission::MaintainFile));
    show();
}

void SecretFileBanner::confirm()
{
    if (!m_session)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Standalone computer"),
        tr("Confirm that this computer is the office's standalone computer for secrets, although %1 is up? "
           "Your confirmation is written to the audit log.").arg(m_interfaces.join(QLatin1String(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = office::SecretFile::confirmStandalone(m_session->database(), m_session->actor(), m_interfaces); !s) {
        QMessageBox::warning(this, tr("Standalone computer"), s.error().message);
        return;
    }
    m_confirmedFiles.insert(m_session->database().path());
    hide();
}

} // namespace vanphong::ui
