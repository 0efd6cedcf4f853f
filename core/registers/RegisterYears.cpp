#include "RegisterYears.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace vanphong::registers {

storage::Result<QList<int>> RegisterYears::held(storage::Database &db, Register which)
{
    // Each reads an index: incoming (year, secret, number), outgoing
    // (document_date), dossiers (year, number); fixed text, nothing bound.
    QString sql;
    switch (which) {
    case Register::Incoming:
        sql = QStringLiteral("SELECT DISTINCT year FROM incoming_documents");
        break;
    case Register::Outgoing:
        sql = QStringLiteral("SELECT DISTINCT CAST(substr(document_date, 1, 4) AS INTEGER) FROM outgoing_documents");
        break;
    case Register::Dossiers:
        sql = QStringLiteral("SELECT DISTINCT year FROM dossiers");
        break;
    }
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return db.errorFor(q.lastError());
    QList<int> years;
    while (q.next())
        if (const int y = q.value(0).toInt(); y > 0)
            years << y;
    std::sort(years.begin(), years.end(), std::greater<int>());
    return years;
}

QList<int> RegisterYears::offered(const QList<int> &held, const QList<int> &alwaysShown)
{
    QList<int> years = held;
    for (const int y : alwaysShown)
        if (y > 0 && !years.contains(y))
            years << y;
    std::sort(years.begin(), years.end(), std::greater<int>());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace vanphong::registers
