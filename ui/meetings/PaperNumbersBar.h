#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The numbers of the meeting's own papers (meetings::PaperNumbers): the
// invitation's and the minutes' numbers and symbols as the outgoing register
// holds them, and a button for each to take its number when the paper is
// issued. Taking a number is final (a number is never given back to be used
// again), so the clerk confirms it first.
class PaperNumbersBar final : public QWidget
{
    Q_OBJECT
public:
    explicit PaperNumbersBar(QWidget *parent = nullptr);
    void show(office::OfficeSession *session, qint64 meetingId);

    QLabel *summary() const { return m_summary; }
    QPushButton *invitationButton() const { return m_invitation; }
    QPushButton *minutesButton() const { return m_minutes; }
    // Takes the number without asking (tests; the buttons ask first).
    void take(bool minutes);

Q_SIGNALS:
    void message(const QString &text);

private:
    void ask(bool minutes);

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    QLabel *m_summary;
    QPushButton *m_invitation;
    QPushButton *m_minutes;
};

} // namespace vanphong::ui
