#pragma once

#include <QFrame>
#include <QSet>

class QLabel;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// A red band over the workspace while the secret file is open on a computer
// that has a network connection up (office::SecretFile): it names the
// interfaces, and lets the office chief record that this is nevertheless the
// office's standalone computer. Not a modal box: the warning stays in sight.
class SecretFileBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit SecretFileBanner(QWidget *parent = nullptr);
    // Shown or hidden for the file `session` has open (nullptr: hidden).
    void check(office::OfficeSession *session);
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *text() const { return m_text; }

private:
    void confirm();

    office::OfficeSession *m_session = nullptr;
    QLabel *m_text;
    QPushButton *m_confirm;
    QStringList m_interfaces;
    QSet<QString> m_confirmedFiles; // this run of the program: asked once per file
};

} // namespace vanphong::ui
