#include "RegisterSearch.h"

#include "IncomingRegister.h"
#include "OutgoingRegister.h"
#include "office/UserAccount.h"
#include "search/DocumentSearch.h"
#include "storage/Database.h"

namespace vanphong::documents {

storage::Result<QList<RegisterSearch::Line>> RegisterSearch::find(storage::Database &db, const office::UserAccount &reader,
                                                                  const QString &text, int limit)
{
    IncomingRegister incoming(db, reader, reader.login);
    OutgoingRegister outgoing(db, reader, reader.login);
    QList<Line> lines;
    // The index answers only from what this reader may see (DocumentSearch::index).
    for (const search::DocumentSearch::Hit &hit : search::DocumentSearch::find(db.sql(), text, int(reader.clearance), limit)) {
        Line line;
        line.kind = hit.kind;
        line.id = hit.id;
        line.exactMarks = hit.exactMarks;
        if (hit.kind == QLatin1String("in")) {
            auto d = incoming.get(hit.id);
            if (!d)
                continue;
            line.number = QStringLiteral("%1/%2").arg(d->number).arg(d->year);
            line.symbol = d->symbol.verbatim;
            line.date = d->receivedAt.date();
            line.party = d->sender;
            line.excerpt = d->excerpt;
        } else {
            auto d = outgoing.get(hit.id);
            if (!d)
                continue;
            line.number = d->symbol;
            line.symbol = d->symbol;
            line.date = d->documentDate;
            line.party = d->signer;
            line.excerpt = d->excerpt;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace vanphong::documents
