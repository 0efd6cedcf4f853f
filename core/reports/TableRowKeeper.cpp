#include "TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace vanphong::reports {

namespace {
struct Extent { qreal top = 0; qreal bottom = 0; };

// From the first line of the row's cells to the end of the tallest one, in
// document coordinates.
Extent rowExtent(QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = table->document()->documentLayout();
    Extent e{1e300, -1e300};
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
        const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
        e.top = std::min(e.top, first.top());
        e.bottom = std::max(e.bottom, last.bottom());
    }
    return e;
}

QTextDocumentFragment cellContent(const QTextTableCell &cell)
{
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selection();
}

// Moves rows [row, end) of `table` into a new table that starts on a new
// page, under copies of the header rows; returns the new table.
QTextTable *cutBefore(QTextTable *table, int row)
{
    const int rows = table->rows();
    const int columns = table->columns();
    const int headers = table->format().headerRowCount();
    QList<QList<QTextDocumentFragment>> moved;
    for (int r = 0; r < rows; ++r) {
        if (r >= headers && r < row)
            continue;
        QList<QTextDocumentFragment> cells;
        for (int c = 0; c < columns; ++c)
            cells << cellContent(table->cellAt(r, c));
        moved << cells;
    }
    QTextTableFormat format = table->format();
    table->removeRows(row, rows - row);
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor after(table->document());
    after.setPosition(table->lastPosition() + 1);
    QTextTable *next = after.insertTable(int(moved.size()), columns, format);
    for (int r = 0; r < moved.size(); ++r)
        for (int c = 0; c < columns; ++c)
            next->cellAt(r, c).firstCursorPosition().insertFragment(moved.at(r).at(c));
    return next;
}
} // namespace

int TableRowKeeper::keepRowsTogether(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    int cuts = 0;
    QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (int i = 0; i < frames.size(); ++i) {
        auto *table = qobject_cast<QTextTable *>(frames.at(i));
        if (!table)
            continue;
        const int headers = table->format().headerRowCount();
        // The first body row stays with the header; a cut before it would leave a header alone.
        for (int r = headers + 1; r < table->rows(); ++r) {
            const Extent e = rowExtent(table, r);
            const bool crosses = pageOf(e.top) != pageOf(e.bottom - 0.01);
            if (crosses && e.bottom - e.top < pageHeight * 0.9) {
                QTextTable *next = cutBefore(table, r);
                ++cuts;
                frames.insert(i + 1, next); // checked next, with the rows it took
                break;
            }
        }
    }
    return cuts;
}

} // namespace vanphong::reports
