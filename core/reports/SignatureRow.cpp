#include "SignatureRow.h"

#include "PageLayout.h"
#include "PagedRenderer.h"

#include <QTextCursor>
#include <QTextTable>

namespace vanphong::reports {

void SignatureRow::insert(QTextCursor &c, const QList<Signer> &signers, int keepWithPrevious)
{
    if (signers.isEmpty())
        return;
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int i = 0; i < signers.size(); ++i)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 / signers.size());
    table.setColumnWidthConstraints(widths);
    table.setTopMargin(12);
    table.setProperty(PagedRenderer::KeepTogether, true);
    table.setProperty(PagedRenderer::KeepWithPrevious, keepWithPrevious);
    c.insertBlock(QTextBlockFormat());
    QTextTable *row = c.insertTable(1, int(signers.size()), table);
    for (int column = 0; column < signers.size(); ++column) {
        const Signer &signer = signers.at(column);
        QTextCursor cell = row->cellAt(0, column).firstCursorPosition();
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        cell.setBlockFormat(centred);
        cell.insertText(signer.title, PageLayout::text(14, true));
        if (!signer.hint.isEmpty()) {
            cell.insertBlock(centred);
            cell.insertText(signer.hint, PageLayout::text(13, false, true));
        }
        for (int i = 0; i < 6; ++i)
            cell.insertBlock(centred);
        cell.insertText(signer.name, PageLayout::text(14, true));
    }
    c.setPosition(row->lastPosition() + 1);
}

} // namespace vanphong::reports
