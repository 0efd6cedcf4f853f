#include "PackageExportDialog.h"

#include "meetings/package/MeetingPackage.h"
#include "office/OfficeSession.h"
#include "office/PasswordPolicy.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

PackageExportDialog::PackageExportDialog(office::OfficeSession &session, qint64 meetingId, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_meetingId(meetingId)
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Take the meeting to a laptop"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *intro = new QLabel(tr("The package is a file of its own, encrypted with its own password. Copy it to the laptop and open "
                                "it there in VanPhong as %1 with this password; record attendance and minutes; bring the file "
                                "back and import it here.").arg(session.user().login), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("Package &file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Package &password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Write the package"), QDialogButtonBox::AcceptRole);
    write->setDefault(true);
    connect(browse, &QPushButton::clicked, this, &PackageExportDialog::choosePath);
    connect(write, &QPushButton::clicked, this, &PackageExportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
    m_password->setFocus();
}

void PackageExportDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Meeting package"), m_path->text(),
                                                        tr("Meeting packages (*.%1)").arg(meetings::MeetingPackage::fileSuffix()));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void PackageExportDialog::write()
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_message->setText(tr("Choose where to write the package."));
        return;
    }
    if (!path.endsWith(QLatin1Char('.') + meetings::MeetingPackage::fileSuffix()))
        path += QLatin1Char('.') + meetings::MeetingPackage::fileSuffix();
    if (const QString problem = office::PasswordPolicy::problem(m_password->text(), m_repeat->text()); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the password's key takes a moment to derive
    auto exported = meetings::MeetingPackage(m_session).exportMeeting(m_meetingId, path, m_password->text().toUtf8());
    QApplication::restoreOverrideCursor();
    if (!exported) {
        m_message->setText(exported.error().message);
        return;
    }
    m_path->setText(QDir::toNativeSeparators(path));
    m_login = exported->login;
    accept();
}

} // namespace vanphong::ui
