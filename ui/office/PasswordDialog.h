#pragma once

#include <QDialog>

#include <utility>

class QLabel;
class QLineEdit;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Asks for a new password (twice) and, where needed, the current one or the
// user it is for.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Mode { ChangeOwn, SetForUser, RecoverUser };

    PasswordDialog(Mode mode, const QString &login, QWidget *parent = nullptr);

    QString login() const;
    QByteArray currentPassword() const;
    QByteArray newPassword() const;

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }

    // The flows, each running the dialog until the change succeeds or the user gives up.
    static bool changeOwnPassword(office::OfficeSession &session, QWidget *parent);
    static bool askForNewOwnPassword(office::OfficeSession &session, QWidget *parent);
    static bool setForUser(office::OfficeSession &session, const QString &login, QWidget *parent);
    // `chosen`: the login and the new password, to sign in with them at once.
    static bool resetWithRecovery(office::OfficeSession &session, const QString &login, QWidget *parent,
                                  std::pair<QString, QByteArray> *chosen = nullptr);

private:
    void check();

    Mode m_mode;
    QLineEdit *m_login;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace vanphong::ui
