#pragma once

#include <memory>

class QTextDocument;
class QTextTable;

namespace vanphong::reports {

// Keeps each row of a printed table on one page. Qt's layout splits a row
// whose cells cross the page's bottom, leaving a register line half on one
// page and half on the next; a clerk reading the book sees two lines. Here
// a table is cut before such a row and the rest continues in a new table on
// the next page, under a copy of the header rows. A row taller than a page
// stays split, since nothing else can be done with it.
class TableRowKeeper final
{
public:
    // `document` is laid out with its page size set (PagedRenderer does it).
    // Returns the paper to paint: a copy of `document` with its long tables
    // cut, or nothing when no row crosses a page's bottom. `document` is left
    // as it was.
    [[nodiscard]] static std::unique_ptr<QTextDocument> keepRowsTogether(QTextDocument &document);
    // Moves `table`'s last row to a new table on the next page, under a copy of
    // its header rows, so that what follows the table (a signature block sent
    // to the next page) does not stand there alone. False, and nothing done,
    // when the row is all the table has under its header.
    static bool moveLastRowToNextPage(QTextTable *table);
};

} // namespace vanphong::reports
