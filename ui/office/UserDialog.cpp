#include "UserDialog.h"

#include "office/PasswordPolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vanphong::ui {

using office::Role;
using office::Roles;

UserDialog::UserDialog(const office::UserAccount *existing, QWidget *parent)
    : QDialog(parent)
    , m_adding(existing == nullptr)
    , m_login(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_clearance(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(m_adding ? tr("Add a user") : tr("Edit user"));
    for (Role r : {Role::Clerk, Role::Leader, Role::Accountant, Role::Viewer, Role::Admin})
        m_role->addItem(Roles::displayName(r), int(r));
    for (int c = 0; c <= 3; ++c)
        m_clearance->addItem(Roles::clearanceName(office::Clearance(c)), c);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    if (existing) {
        m_original = *existing;
        m_login->setText(existing->login);
        m_login->setReadOnly(true);
        m_fullName->setText(existing->fullName);
        m_role->setCurrentIndex(m_role->findData(int(existing->role)));
        m_clearance->setCurrentIndex(int(existing->clearance));
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Clearance:"), m_clearance);
    if (m_adding) {
        form->addRow(tr("First &password:"), m_password);
        form->addRow(tr("R&epeat:"), m_repeat);
    } else {
        m_password->hide();
        m_repeat->hide();
    }
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_login, m_password, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &UserDialog::check);
    check();
}

office::UserAccount UserDialog::user() const
{
    office::UserAccount u = m_original;
    u.login = m_login->text().trimmed();
    u.fullName = m_fullName->text().simplified();
    u.role = Role(m_role->currentData().toInt());
    u.clearance = office::Clearance(m_clearance->currentData().toInt());
    return u;
}

QByteArray UserDialog::password() const
{
    return m_password->text().toUtf8();
}

void UserDialog::check()
{
    QString problem;
    if (m_login->text().trimmed().isEmpty())
        problem = tr("Enter a user name.");
    else if (m_login->text().trimmed().contains(QLatin1Char(' ')))
        problem = tr("The user name must not contain spaces.");
    else if (m_adding)
        problem = office::PasswordPolicy::problem(m_password->text(), m_repeat->text());
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace vanphong::ui
