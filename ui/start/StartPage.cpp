#include "StartPage.h"

#include "AppController.h"
#include "office/Role.h"

#include <QDate>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace vanphong::ui {

StartPage::StartPage(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_office(new QLabel(this))
    , m_user(new QLabel(this))
    , m_today(new QLabel(this))
{
    m_office->setTextFormat(Qt::RichText);
    m_office->setWordWrap(true);
    m_user->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_office);
    layout->addWidget(m_today);
    layout->addSpacing(12);
    layout->addWidget(m_user);
    layout->addStretch();
}

QString StartPage::headline() const
{
    return m_office->text();
}

void StartPage::reload()
{
    office::OfficeSession *session = m_controller.session();
    if (!session) {
        m_office->clear();
        m_user->clear();
        return;
    }
    auto profile = session->profile();
    const office::OfficeProfile p = profile ? profile.value() : office::OfficeProfile();
    QString html;
    if (!p.parentOrganisation.isEmpty())
        html += QStringLiteral("<div style='font-size:13pt'>%1</div>").arg(p.parentOrganisation.toHtmlEscaped());
    html += QStringLiteral("<div style='font-size:18pt; font-weight:bold'>%1</div>")
                .arg((p.organisationName.isEmpty() ? tr("(office profile not filled in yet)") : p.organisationName).toHtmlEscaped());
    html += QStringLiteral("<div>%1</div>").arg(tr("Party committee office").toHtmlEscaped());
    m_office->setText(html);
    const QDate today = QDate::currentDate();
    m_today->setText(p.placeName.isEmpty()
        ? QLocale().toString(today, QLocale::LongFormat)
        : tr("%1, %2").arg(p.placeName, QLocale().toString(today, QLocale::LongFormat)));
    const office::UserAccount &u = session->user();
    m_user->setText(session->isRecovery()
        ? tr("Opened with the recovery code.")
        : tr("Signed in as %1 (%2), %3. File: %4")
              .arg(u.fullName.isEmpty() ? u.login : u.fullName, u.login, office::Roles::displayName(u.role),
                   QDir::toNativeSeparators(session->database().path())));
}

} // namespace vanphong::ui
