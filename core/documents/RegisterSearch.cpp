#include "RegisterSearch.h"

#include "IncomingRegister.h"
#include "OutgoingRegister.h"
#include "office/UserAccount.h"
#include "search/DocumentSearch.h"
#include "storage/Database.h"
#include "SearchWords.h"
#include "office/ClearanceKeys.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::documents {

storage::Result<QList<search::DocumentSearch::Hit>> RegisterSearch::sealedMatches(storage::Database &db,
                                                                                  const office::UserAccount &reader,
                                                                                  const QString &text, int limit)
{
    QList<search::DocumentSearch::Hit> out;
    // The registers' own words (SearchWords) and the sealed excerpt, opened here.
    const struct { const char *kind; const char *field; const char *select; } sources[] = {
        {"in", "incoming.excerpt",
         "SELECT i.id, i.excerpt, i.number, i.sender, i.symbol, i.assignee, COALESCE(t.name, '')"
         " FROM incoming_documents i LEFT JOIN document_types t ON t.code = i.type_code"
         " WHERE i.confidentiality BETWEEN 1 AND ? AND i.excerpt LIKE 'vp-sealed:%' ORDER BY i.id DESC"},
        {"out", "outgoing.excerpt",
         "SELECT o.id, o.excerpt, o.symbol, COALESCE(t.name, ''), o.signer, o.recipients"
         " FROM outgoing_documents o LEFT JOIN document_types t ON t.code = o.type_code"
         " WHERE o.confidentiality BETWEEN 1 AND ? AND o.excerpt LIKE 'vp-sealed:%' ORDER BY o.id DESC"},
    };
    for (const auto &source : sources) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(source.select));
        q.addBindValue(int(reader.clearance));
        if (!q.exec())
            return db.errorFor(q.lastError());
        const bool in = qstrcmp(source.kind, "in") == 0;
        while (q.next() && out.size() < limit) {
            const auto excerpt = office::ClearanceKeys::openText(db, q.value(1).toString(), QString::fromLatin1(source.field));
            if (!excerpt)
                continue; // sealed with a key this reader was not given
            const QString visible = in ? SearchWords::incoming(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                                               q.value(5).toString(), q.value(6).toString())
                                       : SearchWords::outgoing(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                                               q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
            bool exact = false;
            if (search::DocumentSearch::matches(text, visible + QLatin1Char(' ') + *excerpt, &exact))
                out.append({QString::fromLatin1(source.kind), q.value(0).toLongLong(), exact});
        }
    }
    return out;
}

storage::Result<QList<RegisterSearch::Line>> RegisterSearch::find(storage::Database &db, const office::UserAccount &reader,
                                                                  const QString &text, int limit)
{
    IncomingRegister incoming(db, reader, reader.login);
    OutgoingRegister outgoing(db, reader, reader.login);
    QList<Line> lines;
    // The index answers only from what this reader may see (DocumentSearch::index).
    QList<search::DocumentSearch::Hit> hits = search::DocumentSearch::find(db.sql(), text, int(reader.clearance), limit);
    // A secret line's sealed excerpt is not in the index: a reader cleared
    // for it has it opened and matched here (few lines; see BENCHMARKS.md).
    if (reader.clearance != office::Clearance::Normal && hits.size() < limit) {
        auto sealed = sealedMatches(db, reader, text, limit - int(hits.size()));
        if (!sealed)
            return sealed.error();
        for (const auto &hit : *sealed)
            if (std::none_of(hits.begin(), hits.end(), [&](const auto &h) { return h.kind == hit.kind && h.id == hit.id; }))
                hits.append(hit);
    }
    for (const search::DocumentSearch::Hit &hit : hits) {
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
