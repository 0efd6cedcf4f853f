#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Moves the secret register lines to the secret file (documents::SecretTransfer):
// on the ordinary file it writes the transfer file to carry on removable
// media; on the secret file it checks one, says what it would bring in, and
// brings it in when the clerk confirms.
class SecretTransferDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Export, Receive };

    SecretTransferDialog(office::OfficeSession &session, Mode mode, QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *actionButton() const { return m_action; }

    // Runs the dialog for the open file: export on an ordinary file, receive on the secret one.
    static void run(office::OfficeSession &session, QWidget *parent);

private:
    void choosePath();
    void act();
    void writeTransfer();
    void receiveTransfer();
    void say(const QString &text, bool problem);

    office::OfficeSession &m_session;
    Mode m_mode;
    QLineEdit *m_path;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QPushButton *m_action = nullptr;
    bool m_checked = false; // receiving: the file was checked, the next press brings it in
};

} // namespace vanphong::ui
