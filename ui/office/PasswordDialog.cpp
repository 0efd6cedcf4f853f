#include "PasswordDialog.h"

#include "office/OfficeSession.h"
#include "office/PasswordPolicy.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace vanphong::ui {

PasswordDialog::PasswordDialog(Mode mode, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_login(new QLineEdit(login, this))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(mode == ChangeOwn ? tr("Change your password") : tr("Set a new password"));
    for (QLineEdit *e : {m_current, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout(this);
    if (mode == RecoverUser)
        form->addRow(tr("&User name:"), m_login);
    else
        m_login->hide();
    if (mode == ChangeOwn)
        form->addRow(tr("&Current password:"), m_current);
    else
        m_current->hide();
    if (mode == SetForUser)
        form->addRow(new QLabel(tr("New password for %1. They will be asked to choose their own at sign-in.").arg(login), this));
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_login, m_current, m_new, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &PasswordDialog::check);
    check();
}

QString PasswordDialog::login() const { return m_login->text().trimmed(); }
QByteArray PasswordDialog::currentPassword() const { return m_current->text().toUtf8(); }
QByteArray PasswordDialog::newPassword() const { return m_new->text().toUtf8(); }

void PasswordDialog::check()
{
    QString problem;
    if (m_mode == RecoverUser && login().isEmpty())
        problem = tr("Enter the user name.");
    else
        problem = office::PasswordPolicy::problem(m_new->text(), m_repeat->text());
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

namespace {
template<typename Apply>
bool runUntilDone(PasswordDialog &dialog, Apply apply)
{
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const storage::Status s = apply();
        QApplication::restoreOverrideCursor();
        if (s)
            return true;
        QMessageBox::warning(&dialog, dialog.windowTitle(), s.error().message);
    }
    return false;
}
} // namespace

bool PasswordDialog::changeOwnPassword(office::OfficeSession &session, QWidget *parent)
{
    PasswordDialog dialog(ChangeOwn, session.user().login, parent);
    return runUntilDone(dialog, [&] { return session.changeOwnPassword(dialog.currentPassword(), dialog.newPassword()); });
}

bool PasswordDialog::askForNewOwnPassword(office::OfficeSession &session, QWidget *parent)
{
    QMessageBox::information(parent, tr("Choose your own password"),
                             tr("Your password was set by the office chief. Choose one that only you know."));
    return changeOwnPassword(session, parent);
}

bool PasswordDialog::setForUser(office::OfficeSession &session, const QString &login, QWidget *parent)
{
    PasswordDialog dialog(SetForUser, login, parent);
    return runUntilDone(dialog, [&] { return session.resetPassword(login, dialog.newPassword()); });
}

bool PasswordDialog::resetWithRecovery(office::OfficeSession &session, const QString &login, QWidget *parent,
                                       std::pair<QString, QByteArray> *chosen)
{
    PasswordDialog dialog(RecoverUser, login, parent);
    const bool reset = runUntilDone(dialog, [&] { return session.resetPassword(dialog.login(), dialog.newPassword()); });
    if (reset && chosen)
        *chosen = {dialog.login(), dialog.newPassword()};
    return reset;
}

} // namespace vanphong::ui
