#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace vanphong::ui {

class AppController;

// Shown in place of the workspace while the file is locked.
class LockScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(AppController &controller, QWidget *parent = nullptr);
    void prepare(); // called when the lock engages
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *loginEdit() const { return m_login; }
    QLabel *errorLabel() const { return m_error; }

private:
    void tryUnlock();

    AppController &m_controller;
    QLabel *m_title;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace vanphong::ui
