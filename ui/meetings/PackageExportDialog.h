#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Takes one meeting to a laptop: where to write the package and its own
// password (typed twice). The laptop's VanPhong opens the package like an
// office file, as the user who made it, with that password.
class PackageExportDialog final : public QDialog
{
    Q_OBJECT
public:
    PackageExportDialog(office::OfficeSession &session, qint64 meetingId, const QString &suggestedPath, QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString login() const { return m_login; }

private:
    void choosePath();
    void write();

    office::OfficeSession &m_session;
    qint64 m_meetingId;
    QLineEdit *m_path;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QString m_login;
};

} // namespace vanphong::ui
