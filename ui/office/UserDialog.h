#pragma once

#include "office/UserAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace vanphong::ui {

// Adds a user (with a first password) or edits one's name, role and clearance.
class UserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UserDialog(const office::UserAccount *existing, QWidget *parent = nullptr);
    office::UserAccount user() const;
    QByteArray password() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

private:
    void check();

    bool m_adding;
    office::UserAccount m_original;
    QLineEdit *m_login;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QComboBox *m_clearance;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace vanphong::ui
