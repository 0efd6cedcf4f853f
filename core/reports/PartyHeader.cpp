#include "PartyHeader.h"

#include "PageLayout.h"
#include "PagedRenderer.h"
#include "PrintedFacts.h"
#include "office/OfficeProfile.h"

#include <QTextCursor>
#include <QTextTable>

namespace vanphong::reports {

namespace {

void line(QTextCursor &c, const QString &words, const QTextCharFormat &format, bool first, bool ruleUnder = false)
{
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    if (ruleUnder)
        centred.setProperty(PagedRenderer::RuleUnder, true);
    if (first)
        c.setBlockFormat(centred);
    else
        c.insertBlock(centred);
    c.insertText(words, format);
}
} // namespace

void PartyHeader::insert(QTextCursor &cursor, const office::OfficeProfile &profile, const Content &content)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 45), QTextLength(QTextLength::PercentageLength, 55)});
    if (content.newPaper)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable *table = cursor.insertTable(1, 2, format);

    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    bool first = true;
    if (!profile.parentOrganisation.isEmpty()) {
        line(left, profile.parentOrganisation.toUpper(), PageLayout::text(14), first);
        first = false;
    }
    // The committee issues (36-HD/VPTW, element 2: "ĐẢNG ỦY XÃ TÂN PHÚ" in
    // bold); the organisation's name ("ĐẢNG BỘ XÃ ...") belongs only on the
    // congress's papers, which VanPhong does not print.
    const QString issuer = profile.committeeName.isEmpty() ? profile.organisationName : profile.committeeName;
    line(left, issuer.toUpper(), PageLayout::text(14, true), first);
    line(left, QStringLiteral("*"), PageLayout::text(14), false);
    if (!content.number.isEmpty())
        line(left, content.number, PageLayout::text(14), false);
    if (content.newPaper) {
        QTextBlockFormat restart;
        PagedRenderer::markRestart(restart);
        table->cellAt(0, 0).firstCursorPosition().mergeBlockFormat(restart);
    }

    if (content.date.isValid()) {
        QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
        // Under the heading a separate thin rule as long as the heading
        // (36-HD/VPTW, element 1; docs/PRINTED-PAPERS.md), drawn by
        // PagedRenderer: a text underline would cut through the letters' marks.
        line(right, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), PageLayout::text(15, true), true, true);
        line(right, QString(), PageLayout::text(14), false);
        QTextBlockFormat rightAligned;
        rightAligned.setAlignment(Qt::AlignRight);
        right.insertBlock(rightAligned);
        right.insertText(PrintedFacts::placeAndDate(profile.placeName, content.date), PageLayout::text(14, false, true));
    }
    cursor.setPosition(table->lastPosition() + 1);
}

} // namespace vanphong::reports
