#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace vanphong::storage {

// One value of the `meta` table (office.id, file.kind, package.id...), or a
// null QVariant when the key is not there.
inline QVariant metaValue(Database &db, const QString &key)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace vanphong::storage
