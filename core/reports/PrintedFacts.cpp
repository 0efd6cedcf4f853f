#include "PrintedFacts.h"

namespace vanphong::reports {

QString PrintedFacts::date(const QDate &d)
{
    if (!d.isValid())
        return {};
    const QString day = QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
    const QString month = d.month() <= 2 ? QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0')) : QString::number(d.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(d.year());
}

QString PrintedFacts::placeAndDate(const QString &place, const QDate &d)
{
    return QStringLiteral("%1, %2").arg(place, date(d));
}

QString PrintedFacts::numeric(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString PrintedFacts::time(const QTime &t)
{
    return QStringLiteral("%1 giờ %2").arg(t.hour(), 2, 10, QLatin1Char('0')).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString PrintedFacts::timeWithMinutes(const QTime &t)
{
    return QStringLiteral("%1 phút").arg(time(t));
}

QString PrintedFacts::weekday(const QDate &d)
{
    static const char16_t *const names[] = {u"thứ Hai", u"thứ Ba", u"thứ Tư", u"thứ Năm", u"thứ Sáu", u"thứ Bảy", u"Chủ nhật"};
    return d.isValid() ? QString::fromUtf16(names[d.dayOfWeek() - 1]) : QString();
}

} // namespace vanphong::reports
