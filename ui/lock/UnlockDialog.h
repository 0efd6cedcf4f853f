#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vanphong::ui {

class AppController;

// Sign-in at start-up: the file, the user, the password. Also leads to
// another file, a new file, or the recovery code.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { Unlocked = QDialog::Accepted, CreateNew = 2 };

    explicit UnlockDialog(AppController &controller, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *recoveryButton() const { return m_recovery; }
    QLabel *errorLabel() const { return m_error; }

private:
    void tryUnlock();
    void chooseFile();
    // After a damage report: offers to save the file's last good state (read-only).
    void offerRescue();
    void useRecoveryCode();
    void showFile();

    AppController &m_controller;
    QLabel *m_file;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_recovery = nullptr;
    QLabel *m_error;
};

} // namespace vanphong::ui
