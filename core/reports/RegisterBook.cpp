#include "RegisterBook.h"
#include "ReportAccess.h"

#include "PageLayout.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "documents/DocumentTypes.h"
#include "documents/IncomingRegister.h"
#include "documents/LineHistory.h"
#include "documents/OutgoingRegister.h"
#include "office/ProfileStore.h"
#include "office/UserAccount.h"
#include "search/VietnameseFolding.h"
#include "storage/Database.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::documents;

// The printed book is an official document in the Party's format: its words
// are Vietnamese whatever the language of the screens.
namespace {

QString dmy(const QDate &d) { return PrintedFacts::numeric(d); }


void paragraph(QTextCursor &c, const QString &text, const QTextCharFormat &format, Qt::Alignment align, bool first = false)
{
    QTextBlockFormat block;
    block.setAlignment(align);
    if (first)
        c.setBlockFormat(block);
    else
        c.insertBlock(block);
    c.insertText(text, format);
}

struct Column { const char16_t *title; qreal percent; };

const Column IncomingColumns[] = {
    {u"Ngày đến", 8.5}, {u"Số đến", 5}, {u"Tác giả (cơ quan ban hành)", 13}, {u"Số, ký hiệu", 10}, {u"Ngày tháng", 8.5},
    {u"Tên loại và trích yếu nội dung", 21}, {u"Đơn vị hoặc người nhận", 10}, {u"Ngày chuyển", 8.5},
    {u"Ký nhận", 6}, {u"Ghi chú", 9.5}}; // wide enough for a whole date in a note ("Đã sửa ngày 01/12/2026")
const Column OutgoingColumns[] = {
    {u"Số, ký hiệu văn bản", 10}, {u"Ngày tháng văn bản", 8.5}, {u"Tên loại và trích yếu nội dung", 21},
    {u"Người ký", 10}, {u"Nơi nhận văn bản", 14}, {u"Đơn vị, người nhận bản lưu", 8}, {u"Số lượng bản", 5},
    {u"Ngày chuyển", 8.5}, {u"Ký nhận", 6}, {u"Ghi chú", 9}};

QTextTable *startTable(QTextCursor &c, const Column *columns, int count, int rows)
{
    QTextTableFormat table;
    table.setHeaderRowCount(1); // repeated on every page
    table.setBorder(0.5);
    table.setBorderBrush(Qt::black);
    table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    table.setCellPadding(3);
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int i = 0; i < count; ++i)
        widths << QTextLength(QTextLength::PercentageLength, columns[i].percent);
    table.setColumnWidthConstraints(widths);
    QTextBlockFormat pageBreak;
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    c.insertBlock(pageBreak);
    QTextTable *t = c.insertTable(rows + 1, count, table);
    const QTextCharFormat head = PageLayout::text(11, true);
    for (int i = 0; i < count; ++i) {
        QTextCursor cell = t->cellAt(0, i).firstCursorPosition();
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignCenter);
        cell.setBlockFormat(centred);
        cell.insertText(QString::fromUtf16(columns[i].title), head);
    }
    return t;
}

void fillRow(QTextTable *t, int row, const QStringList &cells)
{
    const QTextCharFormat body = PageLayout::text(11);
    for (int i = 0; i < cells.size(); ++i)
        t->cellAt(row, i).firstCursorPosition().insertText(cells.at(i), body);
}

// "Kết luận" + "về công tác..." reads "Kết luận về công tác...", but an excerpt
// typed with its type name already in front keeps it once.
QString typeAndExcerpt(const std::optional<DocumentType> &type, const QString &excerpt, bool hidden)
{
    if (!type || hidden || search::VietnameseFolding::fold(excerpt).startsWith(search::VietnameseFolding::fold(type->name)))
        return excerpt;
    // After the type's name the excerpt goes on the sentence: "Công văn về việc…", not "Công văn Về việc…".
    QString rest = excerpt;
    if (rest.startsWith(QStringLiteral("Về ")))
        rest[0] = rest.at(0).toLower();
    return QStringLiteral("%1 %2").arg(type->name, rest);
}

// The trail of a corrected or cancelled line, in the notes column: the values
// printed are the corrected ones; the note says when and why they changed.
QStringList trail(const QList<documents::LineEvent> &corrections, bool hidden)
{
    QStringList out;
    for (const documents::LineEvent &e : corrections)
        out << (hidden || e.reason.isEmpty() ? QStringLiteral("Đã sửa ngày %1").arg(dmy(e.at.date()))
                                             : QStringLiteral("Đã sửa ngày %1: %2").arg(dmy(e.at.date()), e.reason));
    return out;
}

QString cancelNote(const QDate &on, const QString &reason, bool hidden)
{
    if (!on.isValid())
        return QStringLiteral("Đã hủy");
    return hidden || reason.isEmpty() ? QStringLiteral("Đã hủy ngày %1").arg(dmy(on))
                                      : QStringLiteral("Đã hủy ngày %1: %2").arg(dmy(on), reason);
}

QString notes(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts)
        if (!p.isEmpty())
            nonEmpty << p;
    return nonEmpty.join(QLatin1String("; "));
}

} // namespace

QString RegisterBook::title(const Request &r)
{
    QString t = r.kind == Kind::Incoming ? QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN") : QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
    if (r.secret)
        t += QStringLiteral(" (MẬT)");
    return t;
}

storage::Result<std::unique_ptr<QTextDocument>> RegisterBook::build(storage::Database &db, const office::UserAccount &reader,
                                                                    const Request &r, int *rowCount)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    auto profile = office::ProfileStore(db).load();
    if (!profile)
        return profile.error();
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(PageLayout::fontFamily(), 12));
    doc->setDocumentMargin(0);
    QTextCursor c(doc.get());

    // The title page: the body above and the issuing body with a star under
    // them, centred on each other at the top left; then the book's name.
    PartyHeader::insert(c, profile.value(), {});
    for (int i = 0; i < 5; ++i)
        paragraph(c, QString(), PageLayout::text(14), Qt::AlignCenter);
    paragraph(c, title(r), PageLayout::text(22, true), Qt::AlignCenter);
    paragraph(c, QStringLiteral("Từ %1 đến %2").arg(PrintedFacts::date(r.from), PrintedFacts::date(r.to)), PageLayout::text(14, false, true), Qt::AlignCenter);

    QList<QStringList> rows;
    if (r.kind == Kind::Incoming) {
        IncomingRegister reg(db, reader, reader.login);
        IncomingFilter f;
        f.from = r.from;
        f.to = r.to;
        f.secretSeries = r.secret;
        f.registerOrder = true;
        f.limit = 1000000;
        auto docs = reg.list(f);
        if (!docs)
            return docs.error();
        DocumentTypes types(db);
        const auto corrections = LineHistory::corrections(db, LineHistory::Register::Incoming);
        if (!corrections)
            return corrections.error();
        for (const IncomingDocument &d : docs.value()) {
            const auto type = types.find(d.typeCode);
            auto history = reg.handovers(d.id);
            const QString handed = history && !history->isEmpty() ? dmy(history->first().at.date()) : QString();
            const QString excerpt = typeAndExcerpt(type, d.excerpt, d.contentHidden);
            rows << QStringList{dmy(d.receivedAt.date()), QString::number(d.number), d.sender, d.symbol.verbatim, dmy(d.documentDate),
                                excerpt, d.assignee, handed, QString(),
                                notes(QStringList{d.status == IncomingDocument::Status::Cancelled
                                                      ? cancelNote(d.cancelledOn, d.cancelReason, d.contentHidden) : QString(),
                                                  DocumentMarks::urgencyName(d.urgency),
                                                  d.recallBy.isValid() ? QStringLiteral("Thu hồi trước %1").arg(dmy(d.recallBy)) : QString()}
                                      + trail(corrections->value(d.id), d.contentHidden))};
        }
    } else {
        OutgoingRegister reg(db, reader, reader.login);
        OutgoingFilter f;
        f.from = r.from;
        f.to = r.to;
        f.secret = r.secret;
        f.registerOrder = true;
        f.limit = 1000000;
        auto docs = reg.list(f);
        if (!docs)
            return docs.error();
        DocumentTypes types(db);
        const auto corrections = LineHistory::corrections(db, LineHistory::Register::Outgoing);
        if (!corrections)
            return corrections.error();
        for (const OutgoingDocument &d : docs.value()) {
            const auto type = types.find(d.typeCode);
            const QString excerpt = typeAndExcerpt(type, d.excerpt, d.contentHidden);
            rows << QStringList{d.symbol, dmy(d.documentDate), excerpt, QStringLiteral("%1 %2").arg(d.capacity, d.signer).trimmed(),
                                d.recipients.join(QLatin1String("; ")), QStringLiteral("Văn phòng"),
                                d.copies > 0 ? QString::number(d.copies) : QString(), QString(), QString(),
                                notes(QStringList{d.isCancelled() ? cancelNote(d.cancelledOn, d.cancelReason, d.contentHidden) : QString(),
                                                  d.status == OutgoingDocument::Status::Released
                                                      ? (d.cancelReason.isEmpty() || d.contentHidden ? QStringLiteral("Bỏ số")
                                                                                                     : QStringLiteral("Bỏ số: %1").arg(d.cancelReason))
                                                      : QString(),
                                                  d.status == OutgoingDocument::Status::Reserved ? QStringLiteral("Giữ số, chưa phát hành") : QString(),
                                                  DocumentMarks::urgencyName(d.urgency)}
                                      + trail(corrections->value(d.id), d.contentHidden))};
        }
    }
    paragraph(c, QStringLiteral("Số văn bản đã đăng ký: %1").arg(rows.size()), PageLayout::text(14), Qt::AlignCenter);

    const Column *columns = r.kind == Kind::Incoming ? IncomingColumns : OutgoingColumns;
    QTextTable *table = startTable(c, columns, 10, int(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        fillRow(table, i + 1, rows.at(i));
    if (rowCount)
        *rowCount = int(rows.size());
    return doc;
}

} // namespace vanphong::reports
