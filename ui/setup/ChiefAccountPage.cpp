#include "ChiefAccountPage.h"

#include "CreateOfficeWizard.h"
#include "office/PasswordPolicy.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace vanphong::ui {

ChiefAccountPage::ChiefAccountPage(QWidget *parent)
    : QWizardPage(parent)
    , m_login(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("The office chief's account"));
    setSubTitle(tr("The office chief manages users and settings. Choose a password that others cannot guess; "
                   "it protects every record in the file."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create the file"));
    m_login->setPlaceholderText(tr("e.g. chanhvp"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(m_problem);
    for (QLineEdit *e : {m_login, m_fullName, m_password, m_repeat})
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_problem->setText(problem());
            Q_EMIT completeChanged();
        });
}

QString ChiefAccountPage::login() const { return m_login->text().trimmed(); }
QString ChiefAccountPage::fullName() const { return m_fullName->text().simplified(); }
QByteArray ChiefAccountPage::password() const { return m_password->text().toUtf8(); }

QString ChiefAccountPage::problem() const
{
    if (login().isEmpty())
        return tr("Enter a user name.");
    if (login().contains(QLatin1Char(' ')))
        return tr("The user name must not contain spaces.");
    return office::PasswordPolicy::problem(m_password->text(), m_repeat->text());
}

bool ChiefAccountPage::isComplete() const
{
    return problem().isEmpty();
}

bool ChiefAccountPage::validatePage()
{
    auto *wizard = qobject_cast<CreateOfficeWizard *>(this->wizard());
    return wizard && wizard->createOffice();
}

} // namespace vanphong::ui
