#include "NumberSeries.h"

#include <QSqlQuery>
#include <QVariant>

namespace vanphong::documents {

std::optional<int> NumberSeries::next(QSqlDatabase db, const QString &seriesKey)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO number_series (series_key, last_number) VALUES (?, 1)"
                             " ON CONFLICT (series_key) DO UPDATE SET last_number = last_number + 1"
                             " RETURNING last_number"));
    q.addBindValue(seriesKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool NumberSeries::atLeast(QSqlDatabase db, const QString &seriesKey, int number)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO number_series (series_key, last_number) VALUES (?, ?)"
                             " ON CONFLICT (series_key) DO UPDATE SET last_number = MAX(last_number, excluded.last_number)"));
    q.addBindValue(seriesKey);
    q.addBindValue(number);
    return q.exec();
}

} // namespace vanphong::documents
