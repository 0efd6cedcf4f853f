#pragma once

#include <QString>
#include <QStringList>

namespace vanphong::documents {

// What a register line shows every reader, as the search index holds it
// (search::DocumentSearch::index): the registers index it, verify
// (SearchIndexCheck) recomputes it. The excerpt is the hidden part.
struct SearchWords
{
    static QString incoming(const QString &number, const QString &sender, const QString &symbol, const QString &assignee,
                            const QString &typeName)
    {
        return QStringList{number, sender, symbol, assignee, typeName}.join(QLatin1Char(' '));
    }
    static QString outgoing(const QString &symbol, const QString &typeName, const QString &signer, const QStringList &recipients)
    {
        return QStringList{symbol, typeName, signer, recipients.join(QLatin1Char(' '))}.join(QLatin1Char(' '));
    }
};

} // namespace vanphong::documents
