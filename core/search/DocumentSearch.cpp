#include "DocumentSearch.h"

#include "VietnameseFolding.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace vanphong::search {

namespace {
// The indexed text keeps both forms: folded words to match, and the words
// with their marks (normalised) to rank. "|" separates them.
QString indexedText(const QString &text)
{
    return VietnameseFolding::fold(text) + QStringLiteral(" | ") + VietnameseFolding::normalizeMarks(text);
}

// Four rowids a line: incoming or outgoing, then its visible row (part 0,
// everything for an ordinary line) and its whole row (part 1, secret lines).
qint64 rowidOf(const QString &kind, qint64 id, int part) { return (id * 2 + (kind == QLatin1String("out") ? 1 : 0)) * 2 + part; }
} // namespace

bool DocumentSearch::index(QSqlDatabase db, const QString &kind, qint64 id, const QString &visible, const QString &hidden, int level)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM document_search WHERE rowid IN (?, ?)"));
    q.addBindValue(rowidOf(kind, id, 0));
    q.addBindValue(rowidOf(kind, id, 1));
    if (!q.exec())
        return false;
    const QString whole = visible + QLatin1Char(' ') + hidden;
    q.prepare(QStringLiteral("INSERT INTO document_search (rowid, folded, level) VALUES (?, ?, ?)"));
    q.addBindValue(rowidOf(kind, id, 0));
    q.addBindValue(indexedText(level > 0 ? visible : whole));
    q.addBindValue(0);
    if (!q.exec())
        return false;
    if (level <= 0)
        return true;
    q.addBindValue(rowidOf(kind, id, 1));
    q.addBindValue(indexedText(whole));
    q.addBindValue(level);
    return q.exec();
}

QList<DocumentSearch::Hit> DocumentSearch::find(QSqlDatabase db, const QString &query, int clearance, int limit)
{
    QList<Hit> hits;
    const QStringList words = VietnameseFolding::fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;
    // Each word is quoted for FTS5 (no operators from user text) and matched as a prefix.
    QStringList terms;
    for (QString w : words) {
        w.remove(QLatin1Char('"'));
        if (!w.isEmpty())
            terms << QStringLiteral("\"%1\"*").arg(w);
    }
    if (terms.isEmpty())
        return hits;
    QSqlQuery q(db);
    // The level is tested before the limit, so lines beyond the reader's
    // clearance take no place in the answer either.
    q.prepare(QStringLiteral("SELECT rowid, folded FROM document_search WHERE document_search MATCH ? AND level <= ?"
                             " ORDER BY rank LIMIT ?"));
    q.addBindValue(terms.join(QLatin1Char(' ')));
    q.addBindValue(clearance);
    q.addBindValue(limit * 2); // a cleared reader may meet a line twice
    if (!q.exec())
        return hits;
    const QStringList exactWords = VietnameseFolding::normalizeMarks(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QSet<qint64> seen;
    while (q.next() && hits.size() < limit) {
        const qint64 rowid = q.value(0).toLongLong() / 2;
        if (seen.contains(rowid))
            continue;
        seen.insert(rowid);
        const QString indexed = q.value(1).toString();
        const QString marked = indexed.mid(indexed.indexOf(QStringLiteral(" | ")) + 3);
        const bool exact = std::all_of(exactWords.begin(), exactWords.end(),
                                       [&marked](const QString &w) { return marked.contains(w); });
        hits.append({rowid % 2 ? QStringLiteral("out") : QStringLiteral("in"), rowid / 2, exact});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.exactMarks && !b.exactMarks; });
    return hits;
}

} // namespace vanphong::search
