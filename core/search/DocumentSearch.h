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
    [[nodiscard]] static bool index(QSqlDatabase db, const QString &kind, qint64 id, const QString &text);
    // Lines matching every word of `query` (as a prefix), best first.
    [[nodiscard]] static QList<Hit> find(QSqlDatabase db, const QString &query, int limit = 200);
};

} // namespace vanphong::search
