#include "ArchivePaperParts.h"

#include "PageLayout.h"
#include "PagedRenderer.h"
#include "PrintedFacts.h"
#include "archives/Dossier.h"
#include "office/UserDirectory.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

std::unique_ptr<QTextDocument> ArchivePaperParts::newPaper()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false); // a paper is built once: no undo stack of every cell's text
    doc->setDefaultFont(QFont(PageLayout::fontFamily(), 13));
    doc->setDocumentMargin(0);
    return doc;
}

void ArchivePaperParts::title(QTextCursor &c, const QString &heading, const QString &under)
{
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(6);
    c.insertBlock(centred);
    c.insertText(heading, PageLayout::text(15, true));
    if (!under.isEmpty()) {
        c.insertBlock(centred);
        c.insertText(under, PageLayout::text(14, false, true));
    }
}

void ArchivePaperParts::fill(QTextTable *table, int row, const QStringList &cells)
{
    for (int col = 0; col < cells.size(); ++col)
        table->cellAt(row, col).firstCursorPosition().insertText(cells.at(col), PageLayout::text(12));
}

void ArchivePaperParts::fill(QTextTable *table, int row, const QStringList &cells, const QList<int> &rightAligned, bool bold)
{
    for (int col = 0; col < cells.size(); ++col) {
        QTextCursor at = table->cellAt(row, col).firstCursorPosition();
        if (rightAligned.contains(col)) {
            QTextBlockFormat f = at.blockFormat();
            f.setAlignment(Qt::AlignRight);
            at.setBlockFormat(f);
        }
        at.insertText(cells.at(col), PageLayout::text(12, bold));
    }
}

void ArchivePaperParts::headingRow(QTextTable *table, int row, int column, const QString &text)
{
    QTextTableCell first = table->cellAt(row, 0);
    QTextCharFormat keep = first.format();
    keep.setProperty(PagedRenderer::KeepWithNextRow, true);
    first.setFormat(keep);
    table->cellAt(row, column).firstCursorPosition().insertText(text, PageLayout::text(12, true));
}

void ArchivePaperParts::recordTitle(QTextCursor &c, const QString &about)
{
    title(c, QStringLiteral("BIÊN BẢN"), QString());
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    c.insertBlock(centred);
    c.insertText(about, PageLayout::text(14, true));
    c.insertBlock(centred);
    c.insertText(QStringLiteral("-----"), PageLayout::text(14));
}

void ArchivePaperParts::paragraph(QTextCursor &c, const QString &text, bool italic, bool bold)
{
    QTextBlockFormat f = PageLayout::bodyParagraph(Qt::AlignLeft, false);
    f.setTopMargin(6);
    c.movePosition(QTextCursor::End);
    c.insertBlock(f);
    c.insertText(text, PageLayout::text(13, bold, italic));
}

void ArchivePaperParts::bodyParagraph(QTextCursor &c, const QString &text)
{
    c.movePosition(QTextCursor::End);
    c.insertBlock(PageLayout::bodyParagraph());
    c.insertText(text, PageLayout::text(14));
}

QString ArchivePaperParts::retention(int years)
{
    return years == 0 ? QStringLiteral("Vĩnh viễn") : QStringLiteral("%1 năm").arg(years);
}

QString ArchivePaperParts::period(const archives::Dossier &d)
{
    const QDate from = firstDay(d), to = lastDay(d);
    if (!from.isValid())
        return {};
    return to.isValid() && to != from ? QStringLiteral("%1 - %2").arg(PrintedFacts::numeric(from), PrintedFacts::numeric(to))
                                      : PrintedFacts::numeric(from);
}

QDate ArchivePaperParts::firstDay(const archives::Dossier &d)
{
    // The span is its documents' (the earliest, the latest), not the plan's
    // 1 January nor the closing day: a dossier of papers the registers do not
    // hold leaves it blank, for the clerk to write in from the papers.
    return d.firstDocument;
}

QDate ArchivePaperParts::lastDay(const archives::Dossier &d)
{
    // An open dossier's end is not yet known.
    return d.status == archives::Dossier::Status::Open ? QDate() : d.lastDocument;
}

QString ArchivePaperParts::printedDate(const QDate &day)
{
    return day.isValid() ? PrintedFacts::numeric(day) : QString(12, QLatin1Char('.'));
}

QString ArchivePaperParts::numberAndSymbol(const archives::Dossier &d)
{
    return d.symbol.isEmpty() ? d.number : QStringLiteral("%1/%2").arg(d.number, d.symbol);
}

QString ArchivePaperParts::place(const archives::Dossier &d, bool withBox)
{
    QStringList parts;
    const std::pair<QString, QString> named[] = {{QStringLiteral("phòng"), d.room}, {QStringLiteral("tủ"), d.cabinet},
                                                 {QStringLiteral("ngăn"), d.shelf}, {QStringLiteral("hộp"), withBox ? d.box : QString()}};
    for (const auto &[label, value] : named)
        if (!value.trimmed().isEmpty())
            parts << QStringLiteral("%1 %2").arg(label, value.trimmed());
    QString text = parts.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString ArchivePaperParts::personName(storage::Database &db, const QString &loginOrName)
{
    if (loginOrName.trimmed().isEmpty())
        return QString(20, QLatin1Char('.'));
    const auto user = office::UserDirectory(db).find(loginOrName.trimmed());
    if (!user)
        return loginOrName;
    return user->fullName.isEmpty() ? QString(20, QLatin1Char('.')) : user->fullName;
}

QString ArchivePaperParts::numberLine(const QString &record)
{
    return QStringLiteral("Số %1").arg(bareNumber(record));
}

QString ArchivePaperParts::bareNumber(const QString &record)
{
    QString number = record.simplified();
    if (number.startsWith(QStringLiteral("Số "), Qt::CaseInsensitive))
        number = number.mid(3).trimmed();
    return number;
}

} // namespace vanphong::reports
