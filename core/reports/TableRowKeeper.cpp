#include "TableRowKeeper.h"

#include "PagedRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocumentFragment>
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

// The rows of `table` from `start` to `end`, cell by cell.
QList<QList<CellCopy>> copyRows(QTextTable *table, int start, int end)
{
    QList<QList<CellCopy>> rows;
    for (int r = start; r < end; ++r) {
        QList<CellCopy> cells;
        for (int c = 0; c < table->columns(); ++c)
            cells << copyOf(table->cellAt(r, c));
        rows << cells;
    }
    return rows;
}

QTextTable *insertTable(QTextCursor &at, const QList<QList<CellCopy>> &header, const QList<QList<CellCopy>> &body,
                        int columns, const QTextTableFormat &format)
{
    QTextTable *table = at.insertTable(int(header.size() + body.size()), columns, format);
    for (int r = 0; r < header.size() + body.size(); ++r) {
        const QList<CellCopy> &cells = r < header.size() ? header.at(r) : body.at(r - header.size());
        for (int c = 0; c < columns; ++c)
            paste(cells.at(c), table->cellAt(r, c));
    }
    return table;
}

// An empty document with the text settings of `from`; its page and paint
// device are set once it is filled, so that it is laid out once.
std::unique_ptr<QTextDocument> emptyLike(QTextDocument &from)
{
    auto out = std::make_unique<QTextDocument>();
    out->setUndoRedoEnabled(false);
    out->setDefaultFont(from.defaultFont());
    out->setDefaultTextOption(from.defaultTextOption());
    out->setUseDesignMetrics(from.useDesignMetrics());
    out->setIndentWidth(from.indentWidth());
    out->rootFrame()->setFrameFormat(from.rootFrame()->frameFormat());
    out->setDocumentMargin(from.documentMargin());
    return out;
}

// A copy of `document` in which `table` is cut at `cuts` into tables that
// each start on a new page under copies of the header rows. A copy rather
// than the document itself: taking the rows out of a long table costs
// QTextTable a look through all its cells for each cell taken (0.6 s for the
// archive index of 5,000 dossiers, docs/BENCHMARKS.md), and a copy never
// holds them. What is before and after the table is copied as Qt copies a
// selection (formats and their properties, the other tables); a paper holds
// no image, the one thing such a copy would not bring.
std::unique_ptr<QTextDocument> copyCut(QTextDocument &document, QTextTable *table, const QList<int> &cuts)
{
    const int columns = table->columns();
    const int headers = table->format().headerRowCount();
    const QList<QList<CellCopy>> header = copyRows(table, 0, headers);
    auto out = emptyLike(document);
    QTextCursor at(out.get());
    at.beginEditBlock(); // one change for the document, not one per cell
    // The cursors in `document` only select, by position. Inside an edit
    // block a cursor does not ask for the layout where it stands: asked past
    // a long table, Qt's layout, which runs in steps and resumes from before
    // the table, would lay the whole table out again (0.8 s for the archive
    // index).
    QTextCursor reading(&document);
    reading.beginEditBlock();
    QTextCursor before(&document);
    before.setPosition(table->firstPosition() - 1, QTextCursor::KeepAnchor);
    if (before.hasSelection())
        at.insertFragment(QTextDocumentFragment(before));
    at.movePosition(QTextCursor::End);
    QTextTable *last = insertTable(at, header, copyRows(table, headers, cuts.first()), columns, table->format());
    QTextTableFormat next = table->format();
    next.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    for (int i = 0; i < cuts.size(); ++i) {
        at.setPosition(last->lastPosition() + 1);
        const int end = i + 1 < cuts.size() ? cuts.at(i + 1) : table->rows();
        last = insertTable(at, header, copyRows(table, cuts.at(i), end), columns, next);
    }
    QTextCursor after(&document);
    after.setPosition(table->lastPosition() + 1);
    after.setPosition(document.characterCount() - 1, QTextCursor::KeepAnchor); // movePosition would ask for the layout
    if (after.hasSelection()) {
        at.setPosition(last->lastPosition() + 1);
        at.insertFragment(QTextDocumentFragment(after));
    }
    reading.endEditBlock(); // nothing changed: nothing is laid out
    at.endEditBlock();
    out->documentLayout()->setPaintDevice(document.documentLayout()->paintDevice());
    out->setPageSize(document.pageSize());
    return out;
}

// Cuts `table` before `row` in place: the rows from it on go into a new
// table on a new page, under copies of the header rows; returns that table.
// For a row the plan missed: taking rows out of a long table is quadratic
// (QTextTable looks for each cell taken among all the others).
QTextTable *cutBefore(QTextTable *table, int row)
{
    const int headers = table->format().headerRowCount();
    const QList<QList<CellCopy>> header = copyRows(table, 0, headers);
    const QList<QList<CellCopy>> body = copyRows(table, row, table->rows());
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor edit(table->document());
    edit.beginEditBlock(); // laid out once, after the cut
    table->removeRows(row, table->rows() - row);
    QTextCursor at(table->document());
    at.setPosition(table->lastPosition() + 1);
    QTextTable *next = insertTable(at, header, body, table->columns(), format);
    edit.endEditBlock();
    return next;
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
            // A heading row goes over with the row it heads, unless it is all the page has.
            const bool heading = rowsOnPage > 1 && table->cellAt(r - 1, 0).format().boolProperty(PagedRenderer::KeepWithNextRow);
            cuts << (heading ? r - 1 : r);
            y = (pageOf(y) + 1) * pageHeight + offset + header + (heading ? heights.at(r - 1) : 0);
            rowsOnPage = heading ? 1 : 0;
        }
        y += h;
        ++rowsOnPage;
    }
    return cuts;
}
} // namespace

bool TableRowKeeper::moveLastRowToNextPage(QTextTable *table)
{
    if (!table || table->rows() < table->format().headerRowCount() + 2)
        return false;
    cutBefore(table, table->rows() - 1);
    return true;
}

std::unique_ptr<QTextDocument> TableRowKeeper::keepRowsTogether(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return {};
    const auto tablesOf = [](QTextDocument &d) {
        QList<QTextTable *> tables;
        for (QTextFrame *frame : d.rootFrame()->childFrames())
            if (auto *table = qobject_cast<QTextTable *>(frame))
                tables << table;
        return tables;
    };
    // The first table with a row across a page's bottom is cut in a copy,
    // and the copy looked at again: cutting one table moves those after it,
    // so each is planned from the layout after the cuts before it.
    std::unique_ptr<QTextDocument> kept;
    QTextDocument *paper = &document;
    for (int next = 0;;) { // the first table not yet planned
        const QList<QTextTable *> tables = tablesOf(*paper);
        QList<int> planned;
        while (next < tables.size() && (planned = plannedCuts(tables.at(next), rowHeights(tables.at(next)), pageHeight)).isEmpty())
            ++next;
        if (next == tables.size())
            break;
        kept = copyCut(*paper, tables.at(next), planned);
        paper = kept.get();
        next += int(planned.size()) + 1; // past its pieces
    }
    // The plan is arithmetic; what Qt laid out is checked, and cut again where they differ.
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    QList<QTextTable *> pieces = tablesOf(*paper);
    for (int i = 0; i < pieces.size(); ++i) {
        QTextTable *table = pieces.at(i);
        const int headers = table->format().headerRowCount();
        if (table->rows() <= headers + 1)
            continue;
        // A table whose rows all lie on one page needs no look at each row.
        if (pageOf(rowExtent(table, headers).top) == pageOf(rowExtent(table, table->rows() - 1).bottom - 0.01))
            continue;
        for (int r = headers + 1; r < table->rows(); ++r) {
            const Extent e = rowExtent(table, r);
            if (pageOf(e.top) != pageOf(e.bottom - 0.01) && e.bottom - e.top < pageHeight * 0.9) {
                pieces.insert(i + 1, cutBefore(table, r));
                break;
            }
        }
    }
    return kept;
}

} // namespace vanphong::reports
