#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    // Lines matching every word of `query` (as a prefix) within what a reader
    // of `clearance` may see, best first; each line once.
    [[nodiscard]] static QList<Hit> find(QSqlDatabase db, const QString &query, int clearance, int limit = 200);
};

} // namespace vanphong::search
