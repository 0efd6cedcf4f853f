#pragma once

#include "meetings/Meeting.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vanphong::ui {

class TimeField;

// When a late member came in, and why late: asked every time a member is
// marked late, since the minutes print both ("đến muộn lúc 14 giờ 20, lý do:
// ..."). "Now" is offered only while the meeting is under way; a time after
// the meeting's recorded end, before its start or still to come is refused
// (meetings::AttendanceBook::arrivalProblem, which the core applies too).
class ArrivalDialog final : public QDialog
{
    Q_OBJECT
public:
    ArrivalDialog(const QString &who, const meetings::Meeting &meeting, const QString &reason, QWidget *parent = nullptr);

    [[nodiscard]] QDateTime arrivedAt() const;
    [[nodiscard]] QString reason() const;

    TimeField *timeEdit() const { return m_time; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

private:
    void check();

    meetings::Meeting m_meeting;
    TimeField *m_time;
    QLineEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace vanphong::ui
