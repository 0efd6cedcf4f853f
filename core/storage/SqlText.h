#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace vanphong::storage {

// Text for a NOT NULL column: Qt binds a null QString (an empty field, or
// simplified() of one) as SQL NULL, which such a column refuses.
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// Ids as one bound value, a JSON array for "id IN (SELECT value FROM
// json_each(?))": one placeholder however many ids, under SQLite's limit on
// bound variables.
inline QVariant idArray(const QList<qint64> &ids)
{
    QStringList words;
    words.reserve(ids.size());
    for (qint64 id : ids)
        words << QString::number(id);
    return QStringLiteral("[%1]").arg(words.join(QLatin1Char(',')));
}

} // namespace vanphong::storage
