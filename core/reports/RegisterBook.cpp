#include "RegisterBook.h"

#include "PaperTitle.h"
#include "ReportAccess.h"

#include "PageLayout.h"
#include "PagedRenderer.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "documents/DocumentTypes.h"
#include "documents/IncomingRegister.h"
#include "documents/LineHistory.h"
#include "documents/OutgoingRegister.h"
#include "office/ProfileStore.h"
#include "office/TermStore.h"
#include "office/UserAccount.h"
#include "search/VietnameseFolding.h"
#include "storage/Database.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <iterator>
#include <map>

namespace vanphong::reports {

using namespace vanphong::documents;

// The printed book is an official document in the Party's format: its words
// are Vietnamese whatever the language of the screens.
namespace {

QString dmy(const QDate &d) { return PrintedFacts::numeric(d); }


void paragraph(QTextCursor &c, const QString &text, const QTextCharFormat &format, Qt::Alignment align, bool first = false,
               qreal spaceAbove = 0)
{
    QTextBlockFormat block;
    block.setAlignment(align);
    block.setTopMargin(spaceAbove);
    if (first)
        c.setBlockFormat(block);
    else
        c.insertBlock(block);
    c.insertText(text, format);
}

// A column of the book: its title, its width in percent of the page, and
// whether its cells are kept on one line (PagedRenderer::OneLine): a number
// and symbol or a date is never broken at its hyphen or slash (issue 12), its
// text made smaller when the column is too narrow for it.
struct Column { const char16_t *title; qreal percent; bool oneLine = false; };

// The columns of the register forms (DOMAIN.md, "Registers"; Quy định
// 693-QĐ/VPTW, 2021, and Nghị định 30/2020/NĐ-CP, Phụ lục VI, whose titles
// the importer reads), with two of VanPhong's: the incoming book's "Hạn giải
// quyết", the handling deadline the clerk follows (issue 12), and the
// outgoing book's "Thẩm quyền ký", the signing capacity (T/M, K/T, T/L)
// apart from the signer's name (issue 12; the importer reads the title).
// The symbol's column is wide enough for a Party symbol and most state ones
// at 11 pt; a longer one is made smaller rather than broken.
const Column IncomingColumns[] = {
    {u"Ngày đến", 8, true}, {u"Số đến", 4.5}, {u"Tác giả (cơ quan ban hành)", 11.5}, {u"Số, ký hiệu", 11, true},
    {u"Ngày tháng", 8, true}, {u"Tên loại và trích yếu nội dung", 18}, {u"Đơn vị hoặc người nhận", 9},
    {u"Ngày chuyển", 8, true}, {u"Ký nhận", 5}, {u"Hạn giải quyết", 8, true},
    {u"Ghi chú", 9}}; // wide enough for a whole date in a note ("Đã sửa ngày 01/12/2026")
const Column OutgoingColumns[] = {
    {u"Số, ký hiệu văn bản", 11, true}, {u"Ngày tháng văn bản", 8, true}, {u"Tên loại và trích yếu nội dung", 19.5},
    {u"Thẩm quyền ký", 5}, {u"Người ký", 9}, {u"Nơi nhận văn bản", 12.5}, {u"Đơn vị, người nhận bản lưu", 8},
    {u"Số lượng bản", 5}, {u"Ngày chuyển", 7.5, true}, {u"Ký nhận", 5.5}, {u"Ghi chú", 9}};
// The books of state-secret documents (Thông tư 24/2020/TT-BCA: mẫu số 15,
// "Sổ đăng ký bí mật nhà nước đến", and mẫu số 14, "... đi"; DOMAIN.md,
// "Registers"): the same entries with each one's secrecy level ("Độ mật")
// and urgency ("Độ khẩn") in columns of their own, as the forms ask.
const Column SecretIncomingColumns[] = {
    {u"Ngày đến", 7.5, true}, {u"Số đến", 4}, {u"Tác giả (cơ quan ban hành)", 10}, {u"Số, ký hiệu", 10, true},
    {u"Ngày tháng", 7.5, true}, {u"Tên loại và trích yếu nội dung", 16}, {u"Độ mật", 5.5}, {u"Độ khẩn", 5.5},
    {u"Đơn vị hoặc người nhận", 8}, {u"Ngày chuyển", 7, true}, {u"Ký nhận", 5}, {u"Hạn giải quyết", 7, true}, {u"Ghi chú", 7}};
const Column SecretOutgoingColumns[] = {
    {u"Số, ký hiệu văn bản", 10, true}, {u"Ngày tháng văn bản", 7.5, true}, {u"Tên loại và trích yếu nội dung", 17.5},
    {u"Độ mật", 5.5}, {u"Độ khẩn", 5.5}, {u"Thẩm quyền ký", 5}, {u"Người ký", 8.5}, {u"Nơi nhận văn bản", 11},
    {u"Đơn vị, người nhận bản lưu", 7}, {u"Số lượng bản", 5.5}, {u"Ngày chuyển", 6.5, true}, {u"Ký nhận", 5}, {u"Ghi chú", 6}};

std::pair<const Column *, int> columnsOf(const RegisterBook::Request &r)
{
    if (r.kind == RegisterBook::Kind::Incoming)
        return r.secret ? std::pair{SecretIncomingColumns, int(std::size(SecretIncomingColumns))}
                        : std::pair{IncomingColumns, int(std::size(IncomingColumns))};
    return r.secret ? std::pair{SecretOutgoingColumns, int(std::size(SecretOutgoingColumns))}
                    : std::pair{OutgoingColumns, int(std::size(OutgoingColumns))};
}

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

void fillRow(QTextTable *t, int row, const QStringList &cells, const Column *columns)
{
    const QTextCharFormat body = PageLayout::text(11);
    for (int i = 0; i < cells.size(); ++i) {
        QTextCursor cell = t->cellAt(row, i).firstCursorPosition();
        if (columns[i].oneLine) {
            QTextBlockFormat oneLine = cell.blockFormat();
            oneLine.setProperty(PagedRenderer::OneLine, true);
            cell.setBlockFormat(oneLine);
        }
        cell.insertText(cells.at(i), body);
    }
}

// The sender's time of a "Hỏa tốc hẹn giờ" document (DOMAIN.md, urgency
// marks; issue 12): the mark alone does not say by when.
QString urgencyNote(const IncomingDocument &d)
{
    const QString name = DocumentMarks::urgencyName(d.urgency);
    if (d.urgency == Urgency::ImmediateTimed && d.urgencyTime.isValid())
        return QStringLiteral("%1: %2 ngày %3").arg(name, PrintedFacts::time(d.urgencyTime.time()), dmy(d.urgencyTime.date()));
    return name;
}

QString urgencyNote(const OutgoingDocument &d) { return DocumentMarks::urgencyName(d.urgency); }

// The numbers a book holds, per series, for its cover's "Từ số ... đến số ...".
struct NumberRange { QString label; int first = 0; int last = 0; };

void widen(std::map<QString, NumberRange> &ranges, QStringList &order, const QString &key, const QString &label, int number)
{
    auto [it, added] = ranges.try_emplace(key, NumberRange{label, number, number});
    if (added)
        order << key;
    it->second.first = std::min(it->second.first, number);
    it->second.last = std::max(it->second.last, number);
}

// "Kết luận" + "về công tác..." reads "Kết luận về công tác...", but an excerpt
// typed with its type name already in front keeps it once.
QString typeAndExcerpt(const std::optional<DocumentType> &type, const QString &excerpt, bool hidden)
{
    return !type || hidden ? excerpt : PaperTitle::typeAndExcerpt(type->name, excerpt);
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
    if (r.secret)
        return r.kind == Kind::Incoming ? QStringLiteral("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN") : QStringLiteral("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI");
    return r.kind == Kind::Incoming ? QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN") : QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
}

PagedRenderer::PdfInfo RegisterBook::pdfInfo(const office::OfficeProfile &profile, const Request &r)
{
    const QString name = title(r).toLower();
    QString title = name.left(1).toUpper() + name.mid(1);
    const auto dmy = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    QString period;
    if (r.from.isValid() && r.to.isValid()) {
        period = QStringLiteral("Từ ngày %1 đến ngày %2").arg(dmy(r.from), dmy(r.to));
        const bool wholeYear = r.from == QDate(r.from.year(), 1, 1) && r.to == QDate(r.from.year(), 12, 31);
        title += wholeYear ? QStringLiteral(" năm %1").arg(r.from.year()) : QStringLiteral(" từ ngày %1 đến ngày %2").arg(dmy(r.from), dmy(r.to));
    } else if (r.from.isValid()) {
        period = QStringLiteral("Từ ngày %1").arg(dmy(r.from));
        title += QStringLiteral(" từ ngày %1").arg(dmy(r.from));
    } else if (r.to.isValid()) {
        period = QStringLiteral("Đến ngày %1").arg(dmy(r.to));
        title += QStringLiteral(" đến ngày %1").arg(dmy(r.to));
    }
    return {title, period, PaperTitle::author(profile)};
}

storage::Result<std::unique_ptr<QTextDocument>> RegisterBook::build(storage::Database &db, const office::UserAccount &reader,
                                                                    const Request &r, int *rowCount)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    auto profile = office::ProfileStore(db).load();
    if (!profile)
        return profile.error();

    QList<QStringList> rows;
    std::map<QString, NumberRange> ranges; // the cover's "Từ số ... đến số ...", per series
    QStringList rangeOrder;                // in the book's order
    DocumentTypes types(db);
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
        const auto corrections = LineHistory::corrections(db, LineHistory::Register::Incoming);
        if (!corrections)
            return corrections.error();
        for (const IncomingDocument &d : docs.value()) {
            const auto type = types.find(d.typeCode);
            auto history = reg.handovers(d.id);
            // The day it was handed over, as the clerk gave it (not the moment it was entered).
            const QString handed = history && !history->isEmpty() ? dmy(history->first().handedOn) : QString();
            const QString excerpt = typeAndExcerpt(type, d.excerpt, d.contentHidden);
            QStringList row{dmy(d.receivedAt.date()), QString::number(d.number), d.sender, d.symbol.verbatim, dmy(d.documentDate),
                            excerpt, d.assignee, handed, QString(), dmy(d.deadline),
                            notes(QStringList{d.status == IncomingDocument::Status::Cancelled
                                                  ? cancelNote(d.cancelledOn, d.cancelReason, d.contentHidden) : QString(),
                                              r.secret ? QString() : urgencyNote(d),
                                              d.recallBy.isValid() ? QStringLiteral("Thu hồi trước %1").arg(dmy(d.recallBy)) : QString()}
                                  + trail(corrections->value(d.id), d.contentHidden))};
            if (r.secret)
                row = row.mid(0, 6) + QStringList{DocumentMarks::confidentialityName(d.confidentiality), urgencyNote(d)} + row.mid(6);
            rows << row;
            // Incoming numbers start from 1 each year (DOMAIN.md).
            widen(ranges, rangeOrder, QString::number(d.year), QStringLiteral("Năm %1").arg(d.year), d.number);
        }
    } else {
        OutgoingRegister reg(db, reader, reader.login);
        OutgoingFilter f;
        f.from = r.from;
        f.to = r.to;
        f.secret = r.secret;
        f.registerOrder = true; // series by series, in number order
        f.limit = 1000000;
        auto docs = reg.list(f);
        if (!docs)
            return docs.error();
        const auto corrections = LineHistory::corrections(db, LineHistory::Register::Outgoing);
        if (!corrections)
            return corrections.error();
        const auto allTypes = types.all();
        const QList<DocumentType> typeList = allTypes ? allTypes.value() : QList<DocumentType>{};
        const auto terms = office::TermStore(db).all();
        for (const OutgoingDocument &d : docs.value()) {
            const auto type = types.find(d.typeCode);
            const QString excerpt = typeAndExcerpt(type, d.excerpt, d.contentHidden);
            // The signer's name in its column, the capacity in its own (issue 12).
            QStringList row{d.symbol, dmy(d.documentDate), excerpt, d.capacity, d.signer,
                                d.recipients.join(QLatin1String("; ")), QStringLiteral("Văn phòng"),
                                d.copies > 0 ? QString::number(d.copies) : QString(), QString(), QString(),
                                notes(QStringList{d.isCancelled() ? cancelNote(d.cancelledOn, d.cancelReason, d.contentHidden) : QString(),
                                                  d.status == OutgoingDocument::Status::Released
                                                      ? (d.cancelReason.isEmpty() || d.contentHidden ? QStringLiteral("Bỏ số")
                                                                                                     : QStringLiteral("Bỏ số: %1").arg(d.cancelReason))
                                                      : QString(),
                                                  d.status == OutgoingDocument::Status::Reserved ? QStringLiteral("Giữ số, chưa phát hành") : QString(),
                                                  r.secret ? QString() : urgencyNote(d)}
                                      + trail(corrections->value(d.id), d.contentHidden))};
            if (r.secret)
                row = row.mid(0, 3) + QStringList{DocumentMarks::confidentialityName(d.confidentiality), urgencyNote(d)} + row.mid(3);
            rows << row;
            // Each series is numbered from 01 through the term (DOMAIN.md): the
            // cover names it by its types ("Quyết định, Quy định" share "QĐ").
            QString label = QStringLiteral("Văn bản của Đại hội");
            if (!d.congress && type) {
                QStringList names;
                for (const DocumentType &t : typeList)
                    if (t.series == type->series)
                        names << t.name;
                label = names.isEmpty() ? type->name : names.join(QLatin1String(", "));
            }
            // A book across a congress holds two terms' series, each from 01.
            if (terms && terms->size() > 1)
                for (const office::Term &t : terms.value())
                    if (t.id == d.termId)
                        label += QStringLiteral(" (%1)").arg(t.name);
            widen(ranges, rangeOrder, d.seriesKey, label, d.number);
        }
    }

    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(PageLayout::fontFamily(), 12));
    doc->setDocumentMargin(0);
    QTextCursor c(doc.get());

    // The cover (Quy định 693-QĐ/VPTW, 2021, the register forms; the same
    // elements as Nghị định 30/2020/NĐ-CP, Phụ lục VI): the issuing body at
    // the top left, the book's name, the year, "Từ ngày ... đến ngày ...",
    // "Từ số ... đến số ..." and "Quyển số". Only what the data holds is
    // printed: the dates are the book's range, the numbers the first and last
    // of its lines, per series; the volume's number is not kept, so it is
    // left blank to be written by hand, as is an empty book's range of numbers.
    const QString blank = QStringLiteral("..........");
    PartyHeader::insert(c, profile.value(), {});
    const int spacing = std::max(1, 5 - int(ranges.size()) / 2); // a book of many series keeps its cover on one page
    for (int i = 0; i < spacing; ++i)
        paragraph(c, QString(), PageLayout::text(14), Qt::AlignCenter);
    paragraph(c, title(r), PageLayout::text(r.secret ? 20 : 22, true), Qt::AlignCenter);
    if (r.secret)
        paragraph(c, r.kind == Kind::Incoming ? QStringLiteral("(Mẫu số 15, Thông tư số 24/2020/TT-BCA)")
                                              : QStringLiteral("(Mẫu số 14, Thông tư số 24/2020/TT-BCA)"),
                  PageLayout::text(12, false, true), Qt::AlignCenter);
    paragraph(c, r.from.year() == r.to.year() ? QStringLiteral("Năm %1").arg(r.from.year())
                                              : QStringLiteral("Năm %1 - %2").arg(r.from.year()).arg(r.to.year()),
              PageLayout::text(16, true), Qt::AlignCenter, false, 12);
    paragraph(c, QStringLiteral("Từ %1 đến %2").arg(PrintedFacts::date(r.from), PrintedFacts::date(r.to)), PageLayout::text(14, false, true),
              Qt::AlignCenter, false, 6);
    const auto number = [&r](int n) {
        // Outgoing numbers as their symbols write them ("01-NQ/ĐU"), incoming ones as counted.
        return r.kind == Kind::Outgoing ? QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')) : QString::number(n);
    };
    if (ranges.empty())
        paragraph(c, QStringLiteral("Từ số %1 đến số %1").arg(blank), PageLayout::text(14), Qt::AlignCenter, false, 6);
    else if (r.kind == Kind::Incoming && ranges.size() == 1)
        paragraph(c, QStringLiteral("Từ số %1 đến số %2").arg(number(ranges.begin()->second.first), number(ranges.begin()->second.last)),
                  PageLayout::text(14), Qt::AlignCenter, false, 6);
    else
        for (const QString &key : rangeOrder) {
            const NumberRange &range = ranges.at(key);
            paragraph(c, QStringLiteral("%1: từ số %2 đến số %3").arg(range.label, number(range.first), number(range.last)),
                      PageLayout::text(ranges.size() > 6 ? 12 : 14), Qt::AlignCenter, false, key == rangeOrder.first() ? 6 : 0);
        }
    paragraph(c, QStringLiteral("Quyển số: %1").arg(blank), PageLayout::text(14), Qt::AlignCenter, false, 6);
    paragraph(c, QStringLiteral("Số văn bản đã đăng ký: %1").arg(rows.size()), PageLayout::text(12, false, true), Qt::AlignCenter, false, 18);

    const auto [columns, count] = columnsOf(r);
    QTextTable *table = startTable(c, columns, count, int(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        fillRow(table, i + 1, rows.at(i), columns);
    if (rowCount)
        *rowCount = int(rows.size());
    return doc;
}

} // namespace vanphong::reports
