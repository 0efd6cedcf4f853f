#include "PageLayout.h"

#include "PagedRenderer.h"

#include <QPageSize>
#include <QTextCursor>
#include <QTextTable>

namespace vanphong::reports {

namespace {
const QMarginsF PartyMargins(30, 20, 15, 20); // left, top, right, bottom, in millimetres
}

QPageLayout PageLayout::portrait()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, PartyMargins, QPageLayout::Millimeter);
}

QPageLayout PageLayout::landscape()
{
    // Turned sideways the binding edge is at the top; keep the wider margin on the left as bound books are.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, PartyMargins, QPageLayout::Millimeter);
}

QTextBlockFormat PageLayout::bodyParagraph(Qt::Alignment align, bool indented)
{
    QTextBlockFormat block;
    block.setAlignment(align);
    block.setTopMargin(points(ParagraphSpacingPt));
    if (indented) // set in the device's pixels by PagedRenderer, which paints it
        block.setProperty(PagedRenderer::FirstLineIndentMm, BodyIndentMm);
    return block;
}

QTextCharFormat PageLayout::text(qreal points, bool bold, bool italic, bool underline)
{
    QTextCharFormat f;
    f.setFontFamilies({fontFamily()});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setFontUnderline(underline);
    return f;
}

QTextTable *PageLayout::insertGrid(QTextCursor &c, int rows, const QList<int> &widths, const QStringList &header)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0.5);
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setTopMargin(8);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> columns;
    for (int w : widths)
        columns << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(columns);
    c.insertBlock(QTextBlockFormat());
    QTextTable *table = c.insertTable(rows, int(widths.size()), format);
    for (int col = 0; col < header.size() && col < widths.size(); ++col) {
        QTextCursor cell = table->cellAt(0, col).firstCursorPosition();
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        cell.setBlockFormat(centred);
        cell.insertText(header.at(col), text(13, true));
    }
    return table;
}

QString PageLayout::fontFamily()
{
    return QStringLiteral("Times New Roman");
}

} // namespace vanphong::reports
