#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace vanphong::reports {

// Dates and times as the printed papers write them, in one place so that a
// paper's header and its body never disagree (docs/PRINTED-PAPERS.md,
// "Dates and times"). Printed words are Vietnamese whatever the screens' language.
class PrintedFacts final
{
public:
    // "ngày 05 tháng 01 năm 2026", "ngày 18 tháng 3 năm 2026": a zero before
    // days 1-9 and months 1 and 2 only (36-HD/VPTW, element 4; DOMAIN.md), so
    // that nothing can be written in front of them.
    static QString date(const QDate &date);
    // "Tân Phú, ngày 05 tháng 3 năm 2026" (element 4).
    static QString placeAndDate(const QString &place, const QDate &date);
    // "05/01/2026": a register's or a list's table cell, where the form has
    // a column for the date; empty for an invalid date.
    static QString numeric(const QDate &date);
    // "14 giờ 00", "08 giờ 30".
    static QString time(const QTime &time);
    // "14 giờ 00 phút" (the minutes' "Hồi ..." line).
    static QString timeWithMinutes(const QTime &time);
    // "thứ Hai" ... "Chủ nhật".
    static QString weekday(const QDate &date);
};

} // namespace vanphong::reports
