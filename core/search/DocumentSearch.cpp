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
} // namespace

bool DocumentSearch::index(QSqlDatabase db, const QString &kind, qint64 id, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM document_search WHERE kind = ? AND doc_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO document_search (folded, kind, doc_id) VALUES (?, ?, ?)"));
    q.addBindValue(indexedText(text));
    q.addBindValue(kind);
    q.addBindValue(id);
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
    q.prepare(QStringLiteral("SELECT kind, doc_id, folded FROM document_search WHERE document_search MATCH ?"
                             " ORDER BY rank LIMIT ?"));
    q.addBindValue(terms.join(QLatin1Char(' ')));
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    const QStringList exactWords = VietnameseFolding::normalizeMarks(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (q.next()) {
        const QString indexed = q.value(2).toString();
        const QString marked = indexed.mid(indexed.indexOf(QStringLiteral(" | ")) + 3);
        const bool exact = std::all_of(exactWords.begin(), exactWords.end(),
                                       [&marked](const QString &w) { return marked.contains(w); });
        hits.append({q.value(0).toString(), q.value(1).toLongLong(), exact});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.exactMarks && !b.exactMarks; });
    return hits;
}

} // namespace vanphong::search
