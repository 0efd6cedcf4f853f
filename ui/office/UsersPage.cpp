#include "UsersPage.h"

#include "AppController.h"
#include "NewRecoveryCodeDialog.h"
#include "PasswordDialog.h"
#include "UserDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using office::Roles;

UsersPage::UsersPage(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_password(new QPushButton(tr("Set &password…"), this))
    , m_disable(new QPushButton(tr("&Disable"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("Clearance"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_disable->setObjectName(QStringLiteral("disableUser"));
    m_remove->setObjectName(QStringLiteral("removeUser"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_password, m_disable, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Users</h2>"), this));
    auto *help = new QLabel(tr("Each user opens the file with their own password. A disabled user's password no longer opens it."), this);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_password, &QPushButton::clicked, this, &UsersPage::setPassword);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::disableUser);
    connect(m_remove, &QPushButton::clicked, this, &UsersPage::removeUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersPage::editUser);
}

void UsersPage::reload()
{
    m_table->setRowCount(0);
    m_users.clear();
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    auto users = session->users();
    if (!users) {
        report(users.error());
        return;
    }
    m_users = users.value();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const office::UserAccount &u = m_users.at(row);
        const QStringList cells = {u.login, u.fullName, Roles::displayName(u.role), Roles::clearanceName(u.clearance),
                                   u.disabled ? tr("Disabled") : tr("Active")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const office::UserAccount *UsersPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_users.size() && !m_table->selectedItems().isEmpty() ? &m_users.at(row) : nullptr;
}

void UsersPage::updateButtons()
{
    const bool any = selected() != nullptr;
    for (QPushButton *b : {m_edit, m_password, m_disable, m_remove})
        b->setEnabled(any);
}

void UsersPage::report(const storage::Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Users"), status.error().message);
    reload();
}

void UsersPage::addUser()
{
    UserDialog dialog(nullptr, this);
    if (dialog.exec() != QDialog::Accepted || !m_controller.session())
        return;
    report(m_controller.session()->addUser(dialog.user(), dialog.password()));
}

void UsersPage::editUser()
{
    const office::UserAccount *user = selected();
    if (!user)
        return;
    UserDialog dialog(user, this);
    if (dialog.exec() != QDialog::Accepted || !m_controller.session())
        return;
    report(m_controller.session()->updateUser(dialog.user()));
}

void UsersPage::setPassword()
{
    const office::UserAccount *user = selected();
    if (user && m_controller.session())
        PasswordDialog::setForUser(*m_controller.session(), user->login, this);
    reload();
}

storage::Database::KeepNewCode UsersPage::newCodeKeeper()
{
    return [this](const QString &code) -> storage::Status {
        office::OfficeSession *session = m_controller.session();
        const auto profile = session ? session->profile() : storage::Result<office::OfficeProfile>(office::OfficeProfile{});
        NewRecoveryCodeDialog dialog(code, profile ? profile->committeeName : QString(),
                                     session ? session->database().path() : QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            return storage::Ok{};
        return storage::StorageError::make(storage::StorageError::Kind::Invalid,
                                           tr("The new recovery code was not confirmed: the file keeps its key and its old code."));
    };
}

QString UsersPage::leavingChiefNote(const office::UserAccount &user)
{
    return user.role == office::Role::Admin
        ? tr("\n\n%1 is an office chief and may know the recovery code: the file will also get a new recovery code, "
             "which you will print or write down.").arg(user.login)
        : QString();
}

void UsersPage::disableUser()
{
    const office::UserAccount *user = selected();
    if (!user || !m_controller.session())
        return;
    if (QMessageBox::question(this, tr("Disable user"),
                              tr("Disable %1? Their password will no longer open the file.").arg(user->login)
                                  + leavingChiefNote(*user))
        != QMessageBox::Yes)
        return;
    report(m_controller.session()->disableUser(user->login, office::OfficeSession::Rekey::Now, newCodeKeeper()));
}

void UsersPage::removeUser()
{
    const office::UserAccount *user = selected();
    if (!user || !m_controller.session())
        return;
    if (QMessageBox::question(this, tr("Remove user"),
                              tr("Remove %1 for good? The audit log keeps what they did.").arg(user->login)
                                  + leavingChiefNote(*user))
        != QMessageBox::Yes)
        return;
    report(m_controller.session()->removeUser(user->login, office::OfficeSession::Rekey::Now, newCodeKeeper()));
}

} // namespace vanphong::ui
