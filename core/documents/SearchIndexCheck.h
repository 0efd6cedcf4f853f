#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage {
class Database;
}

namespace vanphong::documents {

// The full-text index (search::DocumentSearch) against the register lines it
// is made from. The index is in the file like everything else, so a tool can
// edit it: drop a line's entry to hide the line from searches, plant words
// that make a search answer with a line, or lower the level of a secret
// line's full entry so that its hidden words answer readers below it. Each
// line's entries are recomputed as the registers write them and compared;
// entries that belong to no line are named; FTS5's own integrity-check finds
// an inverted index edited apart from its rows.
class SearchIndexCheck final
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexCheck)
public:
    // Translated lines: a line whose entries differ from what it calls for,
    // entries of no line, a damaged index. At most `limit` lines are named
    // one by one; the rest are counted.
    static QStringList mismatches(storage::Database &db, int limit = 50);
};

} // namespace vanphong::documents
