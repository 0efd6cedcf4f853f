#pragma once

#include <QDate>

namespace vanphong::meetings {

// A checklist item's due day: so many days before (negative) or after the
// meeting. A day that falls on a Saturday or Sunday moves to the Friday
// before, never later than the rule allows.
class DueDates final
{
public:
    static QDate dueDate(const QDate &meetingDay, int offsetDays);
};

} // namespace vanphong::meetings
