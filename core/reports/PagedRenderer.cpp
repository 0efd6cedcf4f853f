#include "PagedRenderer.h"

#include "OneLineFitter.h"
#include "PageLayout.h"
#include "PdfInfoPatch.h"
#include "TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPen>
#include <QTextLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <memory>

namespace vanphong::reports {

namespace {

// Where the lines of a block fall: each line on the page that holds its
// middle. The layout moves a line that would cross a page's end to the next
// page, so a line never belongs to two.
struct BlockPages
{
    QTextBlock block;
    QRectF box;       // in document coordinates
    int first = 0;    // the page of the first line
    int last = 0;     // the page of the last
    bool repeated = false; // in a table's header row: Qt paints it again on every page of the table
};

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

QList<BlockPages> blockPages(QTextDocument &document, qreal pageHeight)
{
    QList<BlockPages> out;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            continue;
        BlockPages b;
        b.block = block;
        b.box = layout->blockBoundingRect(block);
        const QTextLine first = lines->lineAt(0), last = lines->lineAt(lines->lineCount() - 1);
        b.first = pageOf(b.box.top() + first.y() + first.height() / 2, pageHeight);
        b.last = pageOf(b.box.top() + last.y() + last.height() / 2, pageHeight);
        if (auto *table = qobject_cast<QTextTable *>(QTextCursor(block).currentFrame())) {
            const QTextTableCell cell = table->cellAt(block.position());
            b.repeated = cell.isValid() && cell.row() < table->format().headerRowCount();
        }
        out << b;
    }
    return out;
}
// The first of the `count` paragraphs with text just before `frame` in the
// root frame (empty spacing blocks are not counted); invalid when none.
QTextBlock leadingParagraph(QTextDocument &document, QTextFrame *frame, int count)
{
    QTextBlock lead;
    QTextBlock b = document.findBlock(frame->firstPosition()).previous();
    for (int found = 0; b.isValid() && found < count; b = b.previous()) {
        if (QTextCursor(b).currentFrame() != document.rootFrame())
            break; // a table before: what it holds is not one of the paragraphs
        if (!b.text().trimmed().isEmpty()) {
            lead = b;
            ++found;
        }
    }
    return lead;
}
// The table that ends right before `block` in the root frame, with nothing but
// empty blocks between them; none when text comes between.
QTextTable *tableJustBefore(QTextDocument &document, const QTextBlock &block)
{
    for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
        QTextFrame *frame = QTextCursor(b).currentFrame();
        if (frame != document.rootFrame())
            return qobject_cast<QTextTable *>(frame);
        if (!b.text().trimmed().isEmpty())
            return nullptr;
    }
    return nullptr;
}
} // namespace

int PagedRenderer::render(QTextDocument &document, QPagedPaintDevice &device, const QPageLayout &layout)
{
    device.setPageLayout(layout);
    // No layout until the page is known: Qt lays a document out as soon as it
    // has a layout, unless its page size is null, and laid out without its
    // page a long table cost a whole layout for nothing (docs/BENCHMARKS.md).
    document.setPageSize(QSizeF(0, 0));
    // Lay the text out in the device's own units so that what is measured is what is painted.
    document.documentLayout()->setPaintDevice(&device);
    const QRect body = layout.paintRectPixels(device.logicalDpiX());
    const qreal footer = layout.marginsPixels(device.logicalDpiX()).bottom();
    // First-line indents in the device's pixels, before anything is measured.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QVariant mm = block.blockFormat().property(FirstLineIndentMm);
        if (!mm.isValid())
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setTextIndent(mm.toDouble() / 25.4 * device.logicalDpiX());
        QTextCursor(block).setBlockFormat(format);
    }
    document.setPageSize(QSizeF(body.width(), body.height()));
    // Smaller text first: a row's height depends on it, and rows are kept whole after.
    OneLineFitter::fit(document);
    // The rows kept whole in a copy of the paper, so that the caller's stays as built.
    const std::unique_ptr<QTextDocument> kept = TableRowKeeper::keepRowsTogether(document);
    QTextDocument &paper = kept ? *kept : document;
    // In document order: moving one table down moves those after it.
    for (QTextFrame *frame : paper.rootFrame()->childFrames()) {
        if (!frame->frameFormat().boolProperty(KeepTogether))
            continue;
        const QTextBlock lead = leadingParagraph(paper, frame, frame->frameFormat().intProperty(KeepWithPrevious));
        const QRectF box = paper.documentLayout()->frameBoundingRect(frame);
        const qreal top = lead.isValid() ? paper.documentLayout()->blockBoundingRect(lead).top() : box.top();
        if (box.bottom() - top < body.height() && pageOf(top, body.height()) != pageOf(box.bottom() - 1, body.height())) {
            // Right after a table, the block takes the table's last row with it:
            // a page holding only the signatures is not a page of the paper.
            if (TableRowKeeper::moveLastRowToNextPage(tableJustBefore(paper, lead.isValid() ? lead : paper.findBlock(frame->firstPosition()))))
                continue;
            if (lead.isValid()) {
                // The paragraphs go first and the block follows them on the new page.
                QTextBlockFormat format = lead.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(lead).setBlockFormat(format);
            } else {
                QTextFrameFormat format = frame->frameFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                frame->setFrameFormat(format);
            }
        }
    }
    const int pages = paper.pageCount();
    // The pages on which a document of its own begins.
    QList<int> restarts{0};
    for (QTextBlock block = paper.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().boolProperty(RestartNumbering))
            restarts << int(paper.documentLayout()->blockBoundingRect(block).top() / body.height());
    // The rules under headings, in document coordinates: from the start of the
    // text to its end, 1 pt under the line's box, 0.5 pt thick.
    const qreal point = device.logicalDpiY() / 72.0;
    QList<QLineF> rules;
    for (QTextBlock block = paper.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(RuleUnder) || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QRectF box = paper.documentLayout()->blockBoundingRect(block);
        const QTextLine line = block.layout()->lineAt(0);
        const qreal y = box.top() + line.y() + line.height() + point;
        // cursorToX places the ends where the text is, after its alignment.
        const qreal start = line.cursorToX(line.textStart());
        const qreal end = line.cursorToX(line.textStart() + line.textLength());
        rules << QLineF(box.left() + std::min(start, end), y, box.left() + std::max(start, end), y);
    }
    // Qt paints a page by clipping the whole document to it, and a clip hides
    // ink but not text: QTextLayout::draw also paints the last line above the
    // clip and a line starting exactly at its end (the first line of the next
    // page; "Bản số 2" at the top of page 3 also sat hidden at the bottom of
    // page 2), and a PDF keeps that hidden text, so copying or searching found
    // a paragraph cut by a page break twice. Each page therefore shows Qt only
    // the blocks wholly on it; the lines of a block cut by a page break are
    // painted here, each on its own page once.
    const QList<BlockPages> placed = blockPages(paper, body.height());
    // However painting ends, every block is shown again (a preview paints the paper anew).
    const std::unique_ptr<const QList<BlockPages>, void (*)(const QList<BlockPages> *)> showAgain(&placed, [](const QList<BlockPages> *all) {
        for (const BlockPages &b : *all)
            QTextBlock(b.block).setVisible(true);
    });
    // Each page's blocks, so that a page shows and hides only its own: going
    // through every block for every page made painting a 300-page register
    // quadratic.
    QList<QList<int>> onPage(pages), crossing(pages);
    for (int i = 0; i < placed.size(); ++i) {
        const BlockPages &b = placed.at(i);
        if (b.repeated)
            continue;
        QTextBlock(b.block).setVisible(false);
        if (b.first == b.last) {
            if (b.first >= 0 && b.first < pages)
                onPage[b.first] << i;
            continue;
        }
        for (int page = std::max(b.first, 0); page <= b.last && page < pages; ++page)
            crossing[page] << i;
    }
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    QFont numberFont(PageLayout::fontFamily());
    numberFont.setPointSizeF(12);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return 0;
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF view(0, page * body.height(), body.width(), body.height());
        // A flag only: nothing is laid out again.
        if (page > 0)
            for (const int i : onPage.at(page - 1))
                QTextBlock(placed.at(i).block).setVisible(false);
        for (const int i : onPage.at(page))
            QTextBlock(placed.at(i).block).setVisible(true);
        paper.drawContents(&painter, view);
        painter.setClipRect(view);
        painter.setPen(Qt::black);
        for (const int i : crossing.at(page)) {
            const BlockPages &b = placed.at(i);
            const QTextLayout *lines = b.block.layout();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                if (pageOf(b.box.top() + line.y() + line.height() / 2, body.height()) == page)
                    line.draw(&painter, b.box.topLeft());
            }
        }
        painter.setClipping(false);
        painter.setPen(QPen(Qt::black, 0.5 * point));
        for (const QLineF &rule : rules)
            if (rule.y1() >= page * body.height() && rule.y1() < (page + 1) * body.height())
                painter.drawLine(rule);
        painter.restore();
        int first = 0;
        for (int start : restarts)
            if (start <= page)
                first = std::max(first, start);
        if (page > first) {
            // Page numbers from page 2 on, centred in the bottom margin.
            painter.setFont(numberFont);
            const QRectF numberBox(0, body.height(), body.width(), footer * 0.6);
            painter.drawText(numberBox, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(page - first + 1));
        }
    }
    painter.end();
    return pages;
}

bool PagedRenderer::writePdf(QTextDocument &document, const QPageLayout &layout, const QString &path, const PdfInfo &info,
                             int *pages)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return false;
    }
    int n = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(info.title);
        writer.setCreator(QStringLiteral("VanPhong"));
        n = render(document, writer, layout);
    } // the file is complete once the writer is gone
    if (pages)
        *pages = n;
    return n > 0 && PdfInfoPatch::apply(path, info.author, info.subject);
}

QByteArray PagedRenderer::pdfBytes(QTextDocument &document, const QPageLayout &layout, const PdfInfo &info, int *pages)
{
    QByteArray pdf;
    int n = 0;
    {
        QBuffer buffer(&pdf);
        if (!buffer.open(QIODevice::WriteOnly))
            return {};
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(info.title);
        writer.setCreator(QStringLiteral("VanPhong"));
        n = render(document, writer, layout);
    } // the PDF is complete once the writer is gone
    if (pages)
        *pages = n;
    return n > 0 ? PdfInfoPatch::withEntries(pdf, info.author, info.subject) : QByteArray();
}

} // namespace vanphong::reports
