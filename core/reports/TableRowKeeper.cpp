#include "TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextLayout>
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

// A cell's paragraphs and their formatted runs: copied by hand, since a
// QTextDocumentFragment builds a whole document for each cell.
struct CellCopy
{
    struct Block { QTextBlockFormat format; QList<std::pair<QString, QTextCharFormat>> runs; };
    QList<Block> blocks;
};

CellCopy copyOf(const QTextTableCell &cell)
{
    CellCopy copy;
    const int end = cell.lastCursorPosition().position();
    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= end; b = b.next()) {
        CellCopy::Block block{b.blockFormat(), {}};
        for (auto it = b.begin(); !it.atEnd(); ++it)
            block.runs.append({it.fragment().text(), it.fragment().charFormat()});
        copy.blocks << block;
    }
    return copy;
}

void paste(const CellCopy &copy, const QTextTableCell &cell)
{
    QTextCursor c = cell.firstCursorPosition();
    for (int i = 0; i < copy.blocks.size(); ++i) {
        if (i == 0)
            c.setBlockFormat(copy.blocks.at(i).format);
        else
            c.insertBlock(copy.blocks.at(i).format);
        for (const auto &[text, format] : copy.blocks.at(i).runs)
            c.insertText(text, format);
    }
}

// Moves rows [cuts[0], end) of `table` into new tables, one from each cut to
// the next, each starting on a new page under copies of the header rows;
// returns them in order. The original is shortened once: removing rows
// rebuilds a table's whole grid, so one removal per cut made a long table's
// pagination quadratic (the archive index of 5,000 dossiers, docs/BENCHMARKS.md).
QList<QTextTable *> cutAt(QTextTable *table, const QList<int> &cuts)
{
    const int rows = table->rows();
    const int columns = table->columns();
    const int headers = table->format().headerRowCount();
    const auto copyRow = [&](int r) {
        QList<CellCopy> cells;
        for (int c = 0; c < columns; ++c)
            cells << copyOf(table->cellAt(r, c));
        return cells;
    };
    QList<QList<CellCopy>> header;
    for (int r = 0; r < headers; ++r)
        header << copyRow(r);
    QList<QList<QList<CellCopy>>> pieces; // each piece's body rows
    for (int i = 0; i < cuts.size(); ++i) {
        const int end = i + 1 < cuts.size() ? cuts.at(i + 1) : rows;
        QList<QList<CellCopy>> body;
        for (int r = cuts.at(i); r < end; ++r)
            body << copyRow(r);
        pieces << body;
    }
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // One edit: the layout runs once when it ends, not after every cell.
    QTextCursor edit(table->document());
    edit.beginEditBlock();
    table->removeRows(cuts.first(), rows - cuts.first());
    QList<QTextTable *> made;
    QTextTable *previous = table;
    for (const QList<QList<CellCopy>> &body : pieces) {
        QTextCursor after(table->document());
        after.setPosition(previous->lastPosition() + 1);
        QTextTable *next = after.insertTable(int(header.size() + body.size()), columns, format);
        for (int r = 0; r < header.size() + body.size(); ++r) {
            const QList<CellCopy> &cells = r < header.size() ? header.at(r) : body.at(r - header.size());
            for (int c = 0; c < columns; ++c)
                paste(cells.at(c), next->cellAt(r, c));
        }
        made << next;
        previous = next;
    }
    edit.endEditBlock();
    return made;
}

// Moves rows [row, end) of `table` into a new table that starts on a new
// page, under copies of the header rows; returns the new table.
QTextTable *cutBefore(QTextTable *table, int row)
{
    return cutAt(table, {row}).first();
}

// The height of a cell's text, from its lines: unlike its position, it does
// not change where Qt split or dropped the row at a page's bottom.
qreal contentHeight(const QTextTableCell &cell)
{
    qreal height = 0;
    const int end = cell.lastCursorPosition().position();
    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= end; b = b.next()) {
        const QTextLayout *layout = b.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i)
            height += layout->lineAt(i).height();
        height += b.blockFormat().topMargin() + b.blockFormat().bottomMargin();
    }
    return height;
}

// Each row's height as laid out on one page: its tallest cell plus the
// padding and borders around it, the latter read from two rows Qt put on the
// same page.
QList<qreal> rowHeights(QTextTable *table)
{
    QList<qreal> content;
    for (int r = 0; r < table->rows(); ++r) {
        qreal tallest = 0;
        for (int c = 0; c < table->columns(); ++c)
            tallest = std::max(tallest, contentHeight(table->cellAt(r, c)));
        content << tallest;
    }
    qreal around = 0;
    const qreal pageHeight = table->document()->pageSize().height();
    for (int r = 0; r + 1 < table->rows(); ++r) {
        const qreal top = rowExtent(table, r).top;
        const qreal next = rowExtent(table, r + 1).top;
        if (std::floor(top / pageHeight) == std::floor(next / pageHeight)) {
            around = next - top - content.at(r);
            break;
        }
    }
    QList<qreal> heights;
    for (const qreal h : content)
        heights << h + around;
    return heights;
}

// Where to cut `table` so that no row crosses a page's bottom, worked out
// from the rows' heights: one layout, not one per page.
QList<int> plannedCuts(QTextTable *table, const QList<qreal> &heights, qreal pageHeight)
{
    const auto pageOf = [pageHeight](qreal y) { return std::floor(y / pageHeight); };
    const int headers = table->format().headerRowCount();
    const qreal top = rowExtent(table, 0).top;
    const qreal offset = top - pageOf(top) * pageHeight; // where the table starts on its page
    qreal header = 0;
    for (int r = 0; r < headers && r < heights.size(); ++r)
        header += heights.at(r);
    QList<int> cuts;
    qreal y = top + header;
    int rowsOnPage = 0;
    for (int r = headers; r < heights.size(); ++r) {
        const qreal h = heights.at(r);
        if (rowsOnPage > 0 && h < pageHeight * 0.9 && pageOf(y) != pageOf(y + h - 0.01)) {
            cuts << r;
            y = (pageOf(y) + 1) * pageHeight + offset + header;
            rowsOnPage = 0;
        }
        y += h;
        ++rowsOnPage;
    }
    return cuts;
}
} // namespace

int TableRowKeeper::keepRowsTogether(QTextDocument &document)
{
    const QSizeF pageSize = document.pageSize();
    const qreal pageHeight = pageSize.height();
    if (pageHeight <= 0)
        return 0;
    QList<QTextTable *> tables;
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables << table;
    if (tables.isEmpty())
        return 0;
    QList<QList<qreal>> heights;
    for (QTextTable *table : tables)
        heights << rowHeights(table);

    int cuts = 0;
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int t = 0; t < tables.size(); ++t) {
        // Cut from the last row up, so that each row moves once.
        const QList<int> planned = plannedCuts(tables.at(t), heights.at(t), pageHeight);
        QList<QTextTable *> pieces{tables.at(t)};
        if (!planned.isEmpty()) {
            pieces << cutAt(tables.at(t), planned); // laid out once, after every cut
            cuts += int(planned.size());
        }
        // The plan is arithmetic; what Qt laid out is checked, and cut again where they differ.
        for (int i = 0; i < pieces.size(); ++i) {
            QTextTable *table = pieces.at(i);
            const int headers = table->format().headerRowCount();
            for (int r = headers + 1; r < table->rows(); ++r) {
                const Extent e = rowExtent(table, r);
                if (pageOf(e.top) != pageOf(e.bottom - 0.01) && e.bottom - e.top < pageHeight * 0.9) {
                    pieces.insert(i + 1, cutBefore(table, r));
                    ++cuts;
                    break;
                }
            }
        }
    }
    return cuts;
}

} // namespace vanphong::reports
