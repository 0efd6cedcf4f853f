#include "DueDates.h"

namespace vanphong::meetings {

QDate DueDates::dueDate(const QDate &meetingDay, int offsetDays)
{
    QDate day = meetingDay.addDays(offsetDays);
    // The meeting's own day stays, whatever day it is: a meeting may be held on a Saturday.
    if (offsetDays == 0)
        return day;
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

} // namespace vanphong::meetings
