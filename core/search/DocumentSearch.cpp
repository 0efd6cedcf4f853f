#include "DocumentSearch.h"

#include "VietnameseFolding.h"

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

// Incoming lines on even rowids, outgoing on odd ones.
qint64 rowidOf(const QString &kind, qint64 id) { return id * 2 + (kind == QLatin1String("out") ? 1 : 0); }
} // namespace

bool DocumentSearch::index(QSqlDatabase db, const QString &kind, qint64 id, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM document_search WHERE rowid = ?"));
    q.addBindValue(rowidOf(kind, id));
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO document_search (rowid, folded) VALUES (?, ?)"));
    q.addBindValue(rowidOf(kind, id));
    q.addBindValue(indexedText(text));
    return q.exec();
}

QList<DocumentSearch::Hit> DocumentSearch::find(QSqlDatabase db, const QString &query, int limit)
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
    q.prepare(QStringLiteral("SELECT rowid, folded FROM document_search WHERE document_search MATCH ?"
                             " ORDER BY rank LIMIT ?"));
    q.addBindValue(terms.join(QLatin1Char(' ')));
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    const QStringList exactWords = VietnameseFolding::normalizeMarks(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
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
