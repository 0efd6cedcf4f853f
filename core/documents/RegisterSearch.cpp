#include "RegisterSearch.h"

#include "IncomingRegister.h"
#include "OutgoingRegister.h"
#include "office/UserAccount.h"
#include "search/DocumentSearch.h"
#include "search/VietnameseFolding.h"
#include "storage/Database.h"

namespace vanphong::documents {

namespace {
// Whether every folded word of the query is in the register line itself.
bool matchesLine(const QStringList &words, const QString &lineText)
{
    const QString folded = search::VietnameseFolding::fold(lineText);
    for (const QString &w : words)
        if (!folded.contains(w))
            return false;
    return true;
}
} // namespace

storage::Result<QList<RegisterSearch::Line>> RegisterSearch::find(storage::Database &db, const office::UserAccount &reader,
                                                                  const QString &text, int limit)
{
    const QStringList words = search::VietnameseFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    IncomingRegister incoming(db, reader, reader.login);
    OutgoingRegister outgoing(db, reader, reader.login);
    QList<Line> lines;
    for (const search::DocumentSearch::Hit &hit : search::DocumentSearch::find(db.sql(), text, limit)) {
        Line line;
        line.kind = hit.kind;
        line.id = hit.id;
        line.exactMarks = hit.exactMarks;
        bool hidden = false;
        if (hit.kind == QLatin1String("in")) {
            auto d = incoming.get(hit.id);
            if (!d)
                continue;
            line.number = QStringLiteral("%1/%2").arg(d->number).arg(d->year);
            line.symbol = d->symbol.verbatim;
            line.date = d->receivedAt.date();
            line.party = d->sender;
            line.excerpt = d->excerpt;
            hidden = d->contentHidden;
        } else {
            auto d = outgoing.get(hit.id);
            if (!d)
                continue;
            line.number = d->symbol;
            line.symbol = d->symbol;
            line.date = d->documentDate;
            line.party = d->signer;
            line.excerpt = d->excerpt;
            hidden = d->contentHidden;
        }
        if (hidden && !matchesLine(words, QStringList{line.number, line.symbol, line.party}.join(QLatin1Char(' '))))
            continue; // found only through content the reader may not see
        lines.append(line);
    }
    return lines;
}

} // namespace vanphong::documents
