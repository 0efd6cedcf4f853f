#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>

namespace vanphong::search {

// The full-text index of the registers: each line's words, folded, in an
// FTS5 table. Matching ignores marks; ranking puts lines that contain the
// words with the user's exact marks first.
class DocumentSearch final
{
public:
    struct Hit
    {
        QString kind; // "in" or "out"
        qint64 id = 0;
        bool exactMarks = false;
    };

    // (Re)indexes one register line inside the caller's transaction.
    // `visible` is what every reader sees of the line (number, sender,
    // symbol...); `hidden` what only readers cleared for `level` see (the
    // excerpt of a secret line). A secret line is indexed twice: its visible
    // words for everyone, all its words for the cleared, so that a search by
    // someone below the level can never be answered by hidden words.
    [[nodiscard]] static bool index(QSqlDatabase db, const QString &kind, qint64 id, const QString &visible,
                                    const QString &hidden, int level);

    // The rows index() writes for a line: what verify expects the index to
    // hold (documents::SearchIndexCheck).
    struct Entry
    {
        qint64 rowid = 0;
        QString folded;
        int level = 0;
    };
    static QList<Entry> entriesFor(const QString &kind, qint64 id, const QString &visible, const QString &hidden, int level);
    // The line an index row belongs to: its kind ("in" or "out") and id.
    static QPair<QString, qint64> lineOf(qint64 rowid);
    // Every row of the index as stored (the level as SQLite holds it: a
    // number, or whatever a tool wrote). An invalid error when all was read.
    static QSqlError readEntries(QSqlDatabase db, const std::function<void(qint64 rowid, const QString &folded, const QVariant &level)> &each);
    // FTS5's integrity-check (the inverted index against the rows it was
    // made from), run on a copy of the index's tables in an in-memory
    // database of its own: the command is an INSERT, which verify's
    // read-only session may not run on the file. Empty when the index is
    // sound, else SQLite's message.
    static QString integrityProblem(QSqlDatabase db);
    // Lines matching every word of `query` (as a prefix) within what a reader
    // of `clearance` may see, best first; each line once.
    [[nodiscard]] static QList<Hit> find(QSqlDatabase db, const QString &query, int clearance, int limit = 200);
    // Whether `text` answers `query` as the index would (every word begins a
    // word of the text), and whether with the marks as typed: for lines whose
    // words are sealed, searched as they are opened.
    [[nodiscard]] static bool matches(const QString &query, const QString &text, bool *exactMarks = nullptr);
};

} // namespace vanphong::search
