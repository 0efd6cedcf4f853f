#include "PagedRenderer.h"

#include "OneLineFitter.h"
#include "PageLayout.h"
#include "TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPen>
#include <QTextLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

namespace vanphong::reports {

int PagedRenderer::render(QTextDocument &document, QPagedPaintDevice &device, const QPageLayout &layout)
{
    device.setPageLayout(layout);
    // Lay the text out in the device's own units so that what is measured is what is painted.
    document.documentLayout()->setPaintDevice(&device);
    const QRect body = layout.paintRectPixels(device.logicalDpiX());
    const qreal footer = layout.marginsPixels(device.logicalDpiX()).bottom();
    document.setPageSize(QSizeF(body.width(), body.height()));
    // Smaller text first: a row's height depends on it, and rows are kept whole after.
    OneLineFitter::fit(document);
    TableRowKeeper::keepRowsTogether(document);
    const int pages = document.pageCount();
    // The pages on which a document of its own begins.
    QList<int> restarts{0};
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().boolProperty(RestartNumbering))
            restarts << int(document.documentLayout()->blockBoundingRect(block).top() / body.height());
    // The rules under headings, in document coordinates: from the start of the
    // text to its end, 1 pt under the line's box, 0.5 pt thick.
    const qreal point = device.logicalDpiY() / 72.0;
    QList<QLineF> rules;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(RuleUnder) || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QRectF box = document.documentLayout()->blockBoundingRect(block);
        const QTextLine line = block.layout()->lineAt(0);
        const qreal y = box.top() + line.y() + line.height() + point;
        // cursorToX places the ends where the text is, after its alignment.
        const qreal start = line.cursorToX(line.textStart());
        const qreal end = line.cursorToX(line.textStart() + line.textLength());
        rules << QLineF(box.left() + std::min(start, end), y, box.left() + std::max(start, end), y);
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
        document.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
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

bool PagedRenderer::writePdf(QTextDocument &document, const QPageLayout &layout, const QString &path, const QString &title,
                             int *pages)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return false;
    }
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("VanPhong"));
    const int n = render(document, writer, layout);
    if (pages)
        *pages = n;
    return n > 0;
}

} // namespace vanphong::reports
