#include "NumberSeriesCheck.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::documents {

QStringList NumberSeriesCheck::mismatches(storage::Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // The series keys as the registers make them (IncomingRegister::insert, OutgoingRegister::seriesKey).
    if (!q.exec(QStringLiteral(
            "WITH used (series, top) AS ("
            "  SELECT 'in:' || year || ':' || secret, MAX(number) FROM incoming_documents GROUP BY year, secret"
            "  UNION ALL SELECT series_key, MAX(number) FROM outgoing_documents GROUP BY series_key)"
            " SELECT u.series, u.top, n.last_number, (SELECT count(*) FROM number_series) FROM used u"
            "  LEFT JOIN number_series n ON n.series_key = u.series"
            " UNION ALL SELECT n.series_key, NULL, n.last_number, 1 FROM number_series n"
            "  WHERE n.series_key NOT IN (SELECT series FROM used)")))
        return {db.errorFor(q.lastError()).message};
    QStringList found;
    while (q.next()) {
        const QString series = q.value(0).toString();
        const qint64 top = q.value(1).toLongLong(); // 0: no line in the series
        if (q.value(2).isNull()) {
            // A file whose lines were copied in (a transfer file) has no counters at all.
            if (q.value(3).toLongLong() > 0)
                found << tr("Series \"%1\" of number_series is missing, but its lines are numbered up to %2: the register would "
                            "number the next line 1 again and refuse it.").arg(series).arg(top);
            continue;
        }
        const qint64 last = q.value(2).toLongLong();
        if (last < top)
            found << tr("Series \"%1\" of number_series is at %2, but its lines are numbered up to %3: the register would give "
                        "the next line a number already used, and refuse it. The counter was changed outside the application.")
                         .arg(series).arg(last).arg(top);
        else if (last > top)
            found << tr("Series \"%1\" of number_series is at %2, but its highest line is number %3: lines numbered after %3 "
                        "were removed, or the counter was changed outside the application so that numbers are skipped.")
                         .arg(series).arg(last).arg(top);
    }
    return found;
}

} // namespace vanphong::documents
