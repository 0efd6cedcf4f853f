#include "DocumentSearch.h"

#include "VietnameseFolding.h"
#include "storage/LevelKeyRing.h"

#include <QSet>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

namespace vanphong::search {

namespace {
// The indexed text keeps both forms: folded words to match, and the words
// with their marks (normalised) to rank. "|" separates them.
QString indexedText(const QString &text)
{
    return VietnameseFolding::fold(text) + QStringLiteral(" | ") + VietnameseFolding::normalizeMarks(text);
}

// Whether each word of the query, with its marks, is in `marked` (a line's
// words with their marks): such lines come first.
bool hasMarksAsTyped(const QStringList &markedQueryWords, const QString &marked)
{
    return std::all_of(markedQueryWords.begin(), markedQueryWords.end(), [&marked](const QString &w) { return marked.contains(w); });
}

QStringList markedWords(const QString &query)
{
    return VietnameseFolding::normalizeMarks(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Four rowids a line: incoming or outgoing, then its visible row (part 0,
// everything for an ordinary line) and its whole row (part 1, secret lines).
qint64 rowidOf(const QString &kind, qint64 id, int part) { return (id * 2 + (kind == QLatin1String("out") ? 1 : 0)) * 2 + part; }
} // namespace

QList<DocumentSearch::Entry> DocumentSearch::entriesFor(const QString &kind, qint64 id, const QString &visible, const QString &hidden,
                                                       int level)
{
    const QString whole = visible + QLatin1Char(' ') + hidden;
    QList<Entry> entries{{rowidOf(kind, id, 0), indexedText(level > 0 ? visible : whole), 0}};
    // A sealed excerpt (office::ClearanceKeys) never enters the index in
    // plaintext: a cleared reader's search opens such lines as it goes
    // (documents::RegisterSearch).
    if (level > 0 && !storage::LevelKeyRing::isSealed(hidden))
        entries.append({rowidOf(kind, id, 1), indexedText(whole), level});
    return entries;
}

QPair<QString, qint64> DocumentSearch::lineOf(qint64 rowid)
{
    const qint64 line = rowid / 2;
    return {line % 2 ? QStringLiteral("out") : QStringLiteral("in"), line / 2};
}

QSqlError DocumentSearch::readEntries(QSqlDatabase db,
                                      const std::function<void(qint64 rowid, const QString &folded, const QVariant &level)> &each)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, folded, level FROM document_search")))
        return q.lastError();
    while (q.next())
        each(q.value(0).toLongLong(), q.value(1).toString(), q.value(2));
    return q.lastError();
}

namespace {
QString errorOf(sqlite3 *handle) { return QString::fromUtf8(sqlite3_errmsg(handle)); }

// One prepared statement, finalized however the copy ends.
struct Statement
{
    sqlite3_stmt *s = nullptr;
    ~Statement() { sqlite3_finalize(s); }
};

// Copies the index's tables from `from` into `to` (a fresh in-memory
// database), value for value as SQLite holds them, and runs FTS5's
// integrity-check there.
QString checkCopy(sqlite3 *from, sqlite3 *to, const QString &create)
{
    const auto run = [to](const QString &sql) { return sqlite3_exec(to, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK; };
    // Nothing of the copy may reach a temporary file on disk in plaintext.
    if (!run(QStringLiteral("PRAGMA temp_store=MEMORY")) || !run(create) || !run(QStringLiteral("DELETE FROM document_search_data"))
        || !run(QStringLiteral("DELETE FROM document_search_config")) || !run(QStringLiteral("BEGIN")))
        return errorOf(to);
    for (const char *shadow : {"data", "idx", "content", "docsize", "config"}) {
        const QByteArray table = QByteArray("document_search_") + shadow;
        Statement read, write;
        if (sqlite3_prepare_v2(from, QByteArray("SELECT * FROM " + table).constData(), -1, &read.s, nullptr) != SQLITE_OK)
            return errorOf(from);
        const int columns = sqlite3_column_count(read.s);
        QByteArray marks = "?";
        for (int i = 1; i < columns; ++i)
            marks += ",?";
        if (sqlite3_prepare_v2(to, QByteArray("INSERT INTO " + table + " VALUES (" + marks + ")").constData(), -1, &write.s, nullptr) != SQLITE_OK)
            return errorOf(to);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(read.s)) == SQLITE_ROW) {
            for (int i = 0; i < columns; ++i)
                sqlite3_bind_value(write.s, i + 1, sqlite3_column_value(read.s, i));
            if (sqlite3_step(write.s) != SQLITE_DONE)
                return errorOf(to);
            sqlite3_reset(write.s);
        }
        if (rc != SQLITE_DONE)
            return errorOf(from);
    }
    if (!run(QStringLiteral("COMMIT")) || !run(QStringLiteral("INSERT INTO document_search (document_search) VALUES ('integrity-check')")))
        return errorOf(to);
    return {};
}
} // namespace

QString DocumentSearch::integrityProblem(QSqlDatabase db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("not an SQLite connection");
    sqlite3 *from = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'document_search'")) || !q.next())
        return q.lastError().isValid() ? q.lastError().databaseText() : QStringLiteral("no document_search table");
    const QString create = q.value(0).toString();
    q.finish();
    // A database of its own: the session's statements (a list still being
    // read) neither see it nor keep it from going, and closing frees it.
    sqlite3 *to = nullptr;
    QString problem;
    if (sqlite3_open_v2(":memory:", &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        problem = to ? errorOf(to) : QStringLiteral("out of memory");
    else
        problem = checkCopy(from, to, create);
    sqlite3_close(to);
    return problem;
}

bool DocumentSearch::index(QSqlDatabase db, const QString &kind, qint64 id, const QString &visible, const QString &hidden, int level)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM document_search WHERE rowid IN (?, ?)"));
    q.addBindValue(rowidOf(kind, id, 0));
    q.addBindValue(rowidOf(kind, id, 1));
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO document_search (rowid, folded, level) VALUES (?, ?, ?)"));
    for (const Entry &e : entriesFor(kind, id, visible, hidden, level)) {
        q.addBindValue(e.rowid);
        q.addBindValue(e.folded);
        q.addBindValue(e.level);
        if (!q.exec())
            return false;
    }
    return true;
}

bool DocumentSearch::matches(const QString &query, const QString &text, bool *exactMarks)
{
    const QStringList words = VietnameseFolding::fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    const QStringList have = VietnameseFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // As the index answers: every word of the query begins a word of the text.
    for (const QString &w : words)
        if (std::none_of(have.begin(), have.end(), [&w](const QString &h) { return h.startsWith(w); }))
            return false;
    if (exactMarks)
        *exactMarks = hasMarksAsTyped(markedWords(query), VietnameseFolding::normalizeMarks(text));
    return true;
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
    const QStringList exactWords = markedWords(query);
    QSet<qint64> seen;
    while (q.next() && hits.size() < limit) {
        const qint64 rowid = q.value(0).toLongLong() / 2;
        if (seen.contains(rowid))
            continue;
        seen.insert(rowid);
        const QString indexed = q.value(1).toString();
        const QString marked = indexed.mid(indexed.indexOf(QStringLiteral(" | ")) + 3);
        const bool exact = hasMarksAsTyped(exactWords, marked);
        hits.append({rowid % 2 ? QStringLiteral("out") : QStringLiteral("in"), rowid / 2, exact});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.exactMarks && !b.exactMarks; });
    return hits;
}

} // namespace vanphong::search
