#pragma once

#include "office/UserAccount.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace vanphong::ui {

class AppController;

// The office's users, managed by the office chief.
class UsersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(AppController &controller, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

private:
    const office::UserAccount *selected() const;
    void addUser();
    void editUser();
    void setPassword();
    void disableUser();
    void removeUser();
    // Shows a new recovery code (an office chief leaving) and has it typed back.
    storage::Database::KeepNewCode newCodeKeeper();
    static QString leavingChiefNote(const office::UserAccount &user);
    void report(const storage::Status &status);
    void updateButtons();

    AppController &m_controller;
    QTableWidget *m_table;
    QList<office::UserAccount> m_users;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_password;
    QPushButton *m_disable;
    QPushButton *m_remove;
};

} // namespace vanphong::ui
