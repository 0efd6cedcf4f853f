#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Above a closed meeting's attendance and minutes: the record is what the
// minutes were signed on, so it stays read-only until the user says why it
// is corrected; that reason then goes with every change made here
// (meetings::ClosedRecord), and the history of corrections is one click away.
class CorrectionBar final : public QWidget
{
    Q_OBJECT
public:
    explicit CorrectionBar(QWidget *parent = nullptr);
    // Shows itself for a closed meeting; forgets the last reason.
    void show(office::OfficeSession *session, qint64 meetingId);
    bool isClosed() const { return m_closed; }
    // Empty until the user gave a reason to correct.
    QString reason() const { return m_reason; }
    // The record may be changed: the meeting is open, or a reason was given.
    bool editable() const { return !m_closed || !m_reason.isEmpty(); }

    QPushButton *correctButton() const { return m_correct; }
    QPushButton *historyButton() const { return m_history; }

    void askReason();
    void showHistory();

Q_SIGNALS:
    void editableChanged(bool editable);

private:
    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    bool m_closed = false;
    QString m_reason;
    QLabel *m_text;
    QPushButton *m_correct;
    QPushButton *m_history;
};

} // namespace vanphong::ui
