#include "PartyHeader.h"

#include "PageLayout.h"
#include "PagedRenderer.h"
#include "PrintedFacts.h"
#include "office/OfficeProfile.h"

#include <QBrush>
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
    // A new document breaks the page with the header itself: a block of its
    // own above it would push "ĐẢNG CỘNG SẢN VIỆT NAM" off the page's first line.
    if (content.newDocument)
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

    if (content.date.isValid() || content.draft || content.blankDate) {
        QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
        // Under the heading a separate thin rule as long as the heading
        // (36-HD/VPTW, element 1; docs/PRINTED-PAPERS.md), drawn by
        // PagedRenderer: a text underline would cut through the letters' marks.
        line(right, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), PageLayout::text(15, true), true, true);
        line(right, QString(), PageLayout::text(14), false);
        QTextBlockFormat rightAligned;
        rightAligned.setAlignment(Qt::AlignRight);
        right.insertBlock(rightAligned);
        // A draft not yet dated, or a paper dated by hand, leaves the blanks of the form: the day is the issuer's to write.
        const QString dateLine = content.date.isValid()
            ? PrintedFacts::placeAndDate(profile.placeName, content.date)
            : QStringLiteral("%1, ngày%2tháng%2năm 20%3").arg(profile.placeName, QString(5, QChar(0x00A0)), QString(3, QChar(0x00A0)));
        right.insertText(dateLine, PageLayout::text(14, false, true));
    }
    if (content.newDocument) {
        QTextBlockFormat restart = table->cellAt(0, 0).firstCursorPosition().blockFormat();
        PagedRenderer::markRestart(restart);
        table->cellAt(0, 0).firstCursorPosition().setBlockFormat(restart);
    }
    cursor.setPosition(table->lastPosition() + 1);
    if (content.draft)
        insertDraftMark(cursor);
}

void PartyHeader::insertDraftMark(QTextCursor &c)
{
    QTextTableFormat box;
    box.setBorder(1);
    box.setBorderBrush(Qt::black);
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setCellPadding(3);
    box.setCellSpacing(0);
    box.setAlignment(Qt::AlignHCenter);
    box.setTopMargin(6);
    box.setBottomMargin(6);
    box.setWidth(QTextLength(QTextLength::PercentageLength, 22));
    QTextTable *table = c.insertTable(1, 1, box);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    cell.setBlockFormat(centred);
    cell.insertText(QStringLiteral("DỰ THẢO"), PageLayout::text(14, true));
    c.setPosition(table->lastPosition() + 1);
}

} // namespace vanphong::reports
