// The printed register books: A4 landscape, the Party margins, the columns
// of DOMAIN.md, Vietnamese text, header repeated, page numbers from page 2.
#include "PdfPage.h"
#include "TestSupport.h"

#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "office/ProfileStore.h"
#include "office/TermStore.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"
#include "reports/RegisterBook.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>

using namespace vanphong;
using namespace vanphong::test;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Box { double xMin = 1e9, yMin = 1e9, xMax = 0, yMax = 0; };

// The extent of the words on one page, from pdftotext -bbox, in points.
Box wordsBox(const QString &pdf, int page)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                           QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\""));
    Box box;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        box.xMin = std::min(box.xMin, m.captured(1).toDouble());
        box.yMin = std::min(box.yMin, m.captured(2).toDouble());
        box.xMax = std::max(box.xMax, m.captured(3).toDouble());
        box.yMax = std::max(box.yMax, m.captured(4).toDouble());
    }
    return box;
}

constexpr double PointsPerMm = 72.0 / 25.4;
} // namespace

TEST_CASE("the incoming register book prints every line in the Party format")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    for (int i = 1; i <= 60; ++i) {
        documents::IncomingDocument d;
        d.receivedAt = QDateTime(QDate(2026, 2, 1).addDays(i % 20), QTime(8, 30));
        d.sender = i % 2 ? QStringLiteral("Văn phòng Tỉnh ủy Đồng Nai") : QStringLiteral("Ủy ban nhân dân xã Tân Phú");
        d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-CV/VPTU").arg(i));
        d.documentDate = QDate(2026, 1, 30);
        d.excerpt = QStringLiteral("Về việc chuẩn bị hội nghị Ban Chấp hành lần thứ %1").arg(i);
        REQUIRE(reg.add(d));
    }
    reports::RegisterBook::Request request{reports::RegisterBook::Kind::Incoming, QDate(2026, 1, 1), QDate(2026, 12, 31), false};
    int rows = 0;
    auto doc = reports::RegisterBook::build(session.database(), session.user(), request, &rows);
    REQUIRE(doc);
    CHECK(rows == 60);
    const QString pdf = dir.filePath(QStringLiteral("so-den.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("Sổ đến"), &pages));
    REQUIRE(pages >= 3);

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("842 x 595 pts (A4)"))); // A4 landscape
    // In content order, with the line breaks inside cells made spaces.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")));
    CHECK(text.contains(QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"))); // the committee, not the organisation
    CHECK_FALSE(text.contains(QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ")));
    CHECK(text.contains(QStringLiteral("Từ ngày 01 tháng 01 năm 2026 đến ngày 31 tháng 12 năm 2026")));
    for (const char16_t *column : {u"Ngày đến", u"Tác giả (cơ quan ban hành)", u"Số, ký hiệu", u"Tên loại và trích yếu nội dung", u"Ký nhận", u"Ghi chú"})
        CHECK(text.contains(QString::fromUtf16(column)));
    CHECK(text.contains(QStringLiteral("Ủy ban nhân dân xã Tân Phú")));
    // The type's name and the excerpt read as one phrase.
    CHECK(text.contains(QStringLiteral("Công văn về việc chuẩn bị")));
    CHECK_FALSE(text.contains(QStringLiteral("Công văn Về việc")));
    for (int i = 1; i <= 60; ++i)
        CHECK(text.contains(QStringLiteral("%1-CV/VPTU").arg(i)));
    // The header row is printed again on the last page, and pages are numbered from 2.
    const QString last = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(pages),
                                                          QStringLiteral("-l"), QString::number(pages), pdf, QStringLiteral("-")});
    CHECK(last.contains(QStringLiteral("Ngày đến")));
    CHECK(last.trimmed().endsWith(QString::number(pages)));
    const QString first = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                                                           QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    CHECK_FALSE(first.trimmed().endsWith(QStringLiteral("1"))); // no number on the title page

    // Margins: left 30 mm, top 20 mm, right 15 mm; the table fills the width between them.
    const Box body = wordsBox(pdf, 2);
    CHECK(body.xMin >= 30 * PointsPerMm);
    CHECK(body.xMin <= 30 * PointsPerMm + 8);
    CHECK(body.yMin >= 20 * PointsPerMm);
    CHECK(body.yMin <= 20 * PointsPerMm + 15);
    CHECK(body.xMax <= 842 - 15 * PointsPerMm);
}

TEST_CASE("the outgoing register book lists symbols, signers and recipients")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), session.actor()));
    documents::OutgoingRegister reg(session.database(), session.user(), session.actor());
    documents::OutgoingDocument d;
    d.typeCode = QStringLiteral("NQ");
    d.documentDate = QDate(2026, 3, 2);
    d.excerpt = QStringLiteral("về chuyển đổi số trong các cơ quan đảng");
    d.signer = QStringLiteral("Nguyễn Văn Bình");
    d.capacity = QStringLiteral("T/M");
    d.recipients = {QStringLiteral("Ban Thường vụ Tỉnh ủy"), QStringLiteral("Các chi bộ")};
    REQUIRE(reg.add(d, documents::OutgoingRegister::Mode::Issue));
    d.documentDate = QDate(2026, 3, 3);
    auto reserved = reg.add(d, documents::OutgoingRegister::Mode::Reserve);
    REQUIRE(reserved);
    REQUIRE(reg.release(reserved->id));

    reports::RegisterBook::Request request{reports::RegisterBook::Kind::Outgoing, QDate(2026, 3, 1), QDate(2026, 3, 31), false};
    auto doc = reports::RegisterBook::build(session.database(), session.user(), request);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("so-di.pdf"));
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("Sổ đi")));
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI")));
    CHECK(text.contains(QStringLiteral("01-NQ/ĐU")));
    CHECK(text.contains(QStringLiteral("02-NQ/ĐU")));
    CHECK(text.contains(QStringLiteral("Nghị quyết về chuyển đổi số")));
    CHECK(text.contains(QStringLiteral("Bỏ số")));
    CHECK(text.contains(QStringLiteral("Nơi nhận văn bản")));

    // The signer's column holds the name; the capacity sits in its own column, under its own title.
    const QList<PdfWord> words = pdfWords(pdf, 2);
    const PdfWord capacityTitle = findPhrase(words, QStringLiteral("Thẩm")); // "Thẩm quyền ký", over three lines
    const PdfWord signerTitle = findPhrase(words, QStringLiteral("Người ký"));
    const PdfWord name = findPhrase(words, QStringLiteral("Nguyễn Văn")); // "Bình" on the cell's next line
    const PdfWord capacity = findPhrase(words, QStringLiteral("T/M"));
    REQUIRE_FALSE(capacityTitle.text.isEmpty());
    REQUIRE_FALSE(signerTitle.text.isEmpty());
    REQUIRE_FALSE(name.text.isEmpty());
    REQUIRE_FALSE(capacity.text.isEmpty());
    CHECK(name.xMin > capacityTitle.xMax);
    CHECK(std::abs((name.xMin + name.xMax) / 2 - (signerTitle.xMin + signerTitle.xMax) / 2) < 20);
    CHECK(std::abs((capacity.xMin + capacity.xMax) / 2 - (capacityTitle.xMin + capacityTitle.xMax) / 2) < 12);
    CHECK(capacity.xMax < signerTitle.xMin);
}

namespace {
double middle(const PdfWord &w) { return (w.xMin + w.xMax) / 2; }

// The word on the same row as `w` (its first line within a few points) that is nearest to its right.
PdfWord rightOf(const QList<PdfWord> &words, const PdfWord &w)
{
    PdfWord best;
    best.xMin = 1e9;
    for (const PdfWord &o : words)
        if (std::abs(o.yMin - w.yMin) < 4 && o.xMin > w.xMax - 1 && o.xMin < best.xMin)
            best = o;
    return best;
}
} // namespace

TEST_CASE("each number and symbol of a realistic incoming book sits on one line in its column; a timed mark prints its time, the deadline its own column")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    // What a commune office receives in a month: Party symbols of every length, and state ones.
    const QList<std::pair<const char16_t *, const char16_t *>> received = {
        {u"88-TB/UBKTTU", u"Ủy ban Kiểm tra Tỉnh ủy"}, {u"07-KL/VPTW", u"Văn phòng Trung ương Đảng"},
        {u"1025-CV/VPTU", u"Văn phòng Tỉnh ủy Đồng Nai"}, {u"125-HD/BTCTU", u"Ban Tổ chức Tỉnh ủy"},
        {u"299-QĐ/TW", u"Ban Chấp hành Trung ương"}, {u"15/2023/TT-BTC", u"Bộ Tài chính"},
        {u"30/2020/NĐ-CP", u"Chính phủ"}, {u"1234/QĐ-UBND", u"Ủy ban nhân dân tỉnh Đồng Nai"},
        {u"456/UBND-VP", u"Ủy ban nhân dân xã Tân Phú"}, {u"2456/SNV-VP", u"Sở Nội vụ"},
        {u"12/2024/TTLT-BCA-BQP", u"Bộ Công an, Bộ Quốc phòng"}, {u"1157-CV/BTGDVTU", u"Ban Tuyên giáo và Dân vận Tỉnh ủy"}};
    for (int i = 0; i < received.size(); ++i) {
        documents::IncomingDocument d;
        d.receivedAt = QDateTime(QDate(2026, 1, 5 + i), QTime(8, 0));
        d.sender = QString::fromUtf16(received.at(i).second);
        d.symbol = documents::DocumentSymbol::parse(QString::fromUtf16(received.at(i).first));
        d.documentDate = QDate(2025, 12, 28);
        d.excerpt = QStringLiteral("Về việc triển khai nhiệm vụ năm 2026");
        if (i == 0) {
            // Hỏa tốc hẹn giờ: the sender set the time; the office set its own deadline for the answer.
            d.urgency = documents::Urgency::ImmediateTimed;
            d.urgencyTime = QDateTime(QDate(2026, 1, 6), QTime(14, 0));
            d.deadline = QDate(2026, 1, 20);
        }
        auto added = reg.add(d);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added);
    }
    reports::RegisterBook::Request request{reports::RegisterBook::Kind::Incoming, QDate(2026, 1, 1), QDate(2026, 12, 31), false};
    auto doc = reports::RegisterBook::build(session.database(), session.user(), request);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("so-den.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("Sổ đến"), &pages));

    // The cover: the year, the dates, the numbers the book holds, a blank for the volume; the table after it.
    const QList<PdfWord> cover = pdfWords(pdf, 1);
    CHECK_FALSE(findPhrase(cover, QStringLiteral("Năm 2026")).text.isEmpty());
    CHECK_FALSE(findPhrase(cover, QStringLiteral("Từ số 1 đến số 12")).text.isEmpty());
    CHECK_FALSE(findPhrase(cover, QStringLiteral("Quyển số: ..........")).text.isEmpty());
    CHECK(findPhrase(cover, QStringLiteral("Số đến")).text.isEmpty());

    QList<PdfWord> words;
    for (int page = 2; page <= pages; ++page)
        words << pdfWords(pdf, page);
    const PdfWord symbolTitle = findPhrase(words, QStringLiteral("Số, ký hiệu"));
    REQUIRE_FALSE(symbolTitle.text.isEmpty());
    for (const auto &[symbol, sender] : received) {
        const QString text = QString::fromUtf16(symbol);
        INFO(text.toStdString());
        // One word: a symbol broken over two lines reads as two.
        const PdfWord w = findPhrase(words, text);
        REQUIRE_FALSE(w.text.isEmpty());
        CHECK(w.yMax - w.yMin > 5); // not shrunk past reading
        // In its column: from the column's left, clear of the document's date in the next one.
        CHECK(std::abs(w.xMin - symbolTitle.xMin) < 40);
        const PdfWord date = rightOf(words, w);
        CHECK(date.text == QStringLiteral("28/12/2025"));
        CHECK(w.xMax < date.xMin - 1);
    }

    // The sender's time of a Hỏa tốc hẹn giờ document, in the notes; the deadline under "Hạn giải quyết".
    const QString raw = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    CHECK(raw.contains(QStringLiteral("Hỏa tốc hẹn giờ: 14 giờ 00 ngày 06/01/2026")));
    const PdfWord deadlineTitle = findPhrase(words, QStringLiteral("Hạn giải")); // "quyết" on the next line
    const PdfWord deadline = findPhrase(words, QStringLiteral("20/01/2026"));
    REQUIRE_FALSE(deadlineTitle.text.isEmpty());
    REQUIRE_FALSE(deadline.text.isEmpty());
    CHECK(std::abs(middle(deadline) - middle(deadlineTitle)) < 12);
}

TEST_CASE("the outgoing book prints series by series in number order, and its cover the numbers each series holds")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), session.actor()));
    documents::OutgoingRegister reg(session.database(), session.user(), session.actor());
    // A register kept before the rule (imported as it was): 02-NQ/ĐU dated 05/01, before 01-NQ/ĐU dated 10/01.
    QList<documents::OutgoingDocument> old;
    for (const auto &[symbol, date] : {std::pair{u"01-NQ/ĐU", QDate(2026, 1, 10)}, std::pair{u"02-NQ/ĐU", QDate(2026, 1, 5)},
                                       std::pair{u"01-KL/ĐU", QDate(2026, 1, 7)}}) {
        documents::OutgoingDocument d;
        d.symbol = QString::fromUtf16(symbol);
        d.documentDate = date;
        d.excerpt = QStringLiteral("về công tác văn phòng");
        d.signer = QStringLiteral("Nguyễn Văn Bình");
        d.capacity = QStringLiteral("T/M");
        d.recipients = {QStringLiteral("Các chi bộ")};
        old << d;
    }
    auto imported = reg.importAll(old);
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported);
    documents::OutgoingDocument next = old.first();
    next.typeCode = QStringLiteral("NQ");
    next.documentDate = QDate(2026, 1, 12);
    REQUIRE(reg.add(next, documents::OutgoingRegister::Mode::Issue)); // 03-NQ/ĐU

    auto doc = reports::RegisterBook::build(session.database(), session.user(),
                                            {reports::RegisterBook::Kind::Outgoing, QDate(2026, 1, 1), QDate(2026, 12, 31), false});
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("so-di.pdf"));
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("Sổ đi")));
    const QList<PdfWord> cover = pdfWords(pdf, 1);
    CHECK_FALSE(findPhrase(cover, QStringLiteral("Năm 2026")).text.isEmpty());
    CHECK_FALSE(findPhrase(cover, QStringLiteral("Kết luận: từ số 01 đến số 01")).text.isEmpty());
    CHECK_FALSE(findPhrase(cover, QStringLiteral("Nghị quyết: từ số 01 đến số 03")).text.isEmpty());
    CHECK_FALSE(findPhrase(cover, QStringLiteral("Quyển số: ..........")).text.isEmpty());

    const QList<PdfWord> words = pdfWords(pdf, 2);
    QList<double> rows;
    for (const char16_t *symbol : {u"01-KL/ĐU", u"01-NQ/ĐU", u"02-NQ/ĐU", u"03-NQ/ĐU"}) {
        const PdfWord w = findPhrase(words, QString::fromUtf16(symbol));
        REQUIRE_FALSE(w.text.isEmpty());
        rows << w.yMin;
    }
    CHECK(std::is_sorted(rows.begin(), rows.end()));
}

TEST_CASE("a register line is never split across two pages; the header starts every page")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    // Long excerpts of different lengths: rows of 4 to 12 lines, which used to break at the page's bottom.
    const QString filler = QStringLiteral(" thực hiện chương trình hành động của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số, cải cách hành chính");
    constexpr int Lines = 30;
    for (int i = 1; i <= Lines; ++i) {
        documents::IncomingDocument d;
        d.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0).addSecs(60 * i));
        d.sender = QStringLiteral("Văn phòng Tỉnh ủy");
        d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-KH/TU").arg(i));
        d.excerpt = QStringLiteral("Đầu%1").arg(i) + filler.repeated(1 + i % 5) + QStringLiteral(" Cuối%1").arg(i);
        REQUIRE(reg.add(d));
    }
    reports::RegisterBook::Request request{reports::RegisterBook::Kind::Incoming, QDate(2026, 1, 1), QDate(2026, 12, 31), false};
    auto doc = reports::RegisterBook::build(session.database(), session.user(), request);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("so-den.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("Sổ"), &pages));
    REQUIRE(pages > 3);
    QMap<int, int> startPage, endPage;
    static const QRegularExpression marker(QStringLiteral("(Đầu|Cuối)(\\d+)"));
    for (int page = 2; page <= pages; ++page) {
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                                               QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        CHECK(text.simplified().startsWith(QStringLiteral("Ngày đến Số đến"))); // the header on top of each page
        for (auto it = marker.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            (m.captured(1) == QStringLiteral("Đầu") ? startPage : endPage).insert(m.captured(2).toInt(), page);
        }
    }
    REQUIRE(startPage.size() == Lines);
    REQUIRE(endPage.size() == Lines);
    for (int i = 1; i <= Lines; ++i) {
        INFO("line " << i);
        CHECK(startPage.value(i) == endPage.value(i));
    }
}

#include "reports/PrintedFacts.h"

TEST_CASE("the place and date line writes days 1-9 and months 1-2 with a leading zero")
{
    using reports::PrintedFacts;
    CHECK(PrintedFacts::placeAndDate(QStringLiteral("Tân Phú"), QDate(2026, 3, 5)) == QStringLiteral("Tân Phú, ngày 05 tháng 3 năm 2026"));
    CHECK(PrintedFacts::placeAndDate(QStringLiteral("Tân Phú"), QDate(2026, 1, 15)) == QStringLiteral("Tân Phú, ngày 15 tháng 01 năm 2026"));
    CHECK(PrintedFacts::placeAndDate(QStringLiteral("Tân Phú"), QDate(2026, 2, 1)) == QStringLiteral("Tân Phú, ngày 01 tháng 02 năm 2026"));
    CHECK(PrintedFacts::placeAndDate(QStringLiteral("Côn Đảo"), QDate(2026, 12, 25)) == QStringLiteral("Côn Đảo, ngày 25 tháng 12 năm 2026"));
}

#include "documents/RegisterImportJob.h"
#include "spreadsheet/SpreadsheetFile.h"

#include <QTextFrame>
#include <QTextTable>

namespace {
// The book's table as a clerk copies it into a spreadsheet, under the book's title.
spreadsheet::Sheet copiedBook(const QTextDocument &doc, const QString &title)
{
    QTextTable *table = nullptr; // the last one: the Party header above is laid out in a table too
    for (QTextFrame *frame : doc.rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(frame))
            table = t;
    REQUIRE(table);
    REQUIRE(table->columns() == 11);
    spreadsheet::Sheet sheet;
    sheet.header = {QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ")};
    sheet.rows << QVariantList{title} << QVariantList{};
    for (int r = 0; r < table->rows(); ++r) {
        QVariantList cells;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cells << cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        }
        sheet.rows << cells;
    }
    return sheet;
}
} // namespace

TEST_CASE("a printed register book's table, copied into a spreadsheet, imports back with its types and excerpts")
{
    QTemporaryDir dir;
    const auto open = [&](const QString &name) {
        auto created = office::OfficeSession::create(dir.filePath(name), sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        REQUIRE(office::TermStore(created->session->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), created->session->actor()));
        return std::move(created->session);
    };
    auto from = open(QStringLiteral("a.vpdb"));
    auto to = open(QStringLiteral("b.vpdb"));

    documents::IncomingRegister in(from->database(), from->user(), from->actor());
    documents::IncomingDocument conclusion;
    conclusion.receivedAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    conclusion.sender = QStringLiteral("Văn phòng Trung ương Đảng");
    conclusion.symbol = documents::DocumentSymbol::parse(QStringLiteral("07-KL/VPTW"));
    conclusion.documentDate = QDate(2025, 12, 1);
    conclusion.typeCode = QStringLiteral("KL");
    conclusion.excerpt = QStringLiteral("về công tác văn phòng");
    conclusion.assignee = QStringLiteral("Chánh Văn phòng");
    REQUIRE(in.add(conclusion));
    documents::IncomingDocument letter = conclusion;
    letter.receivedAt = QDateTime(QDate(2026, 1, 6), QTime(8, 0));
    letter.sender = QStringLiteral("Ủy ban nhân dân xã Tân Phú");
    letter.symbol = documents::DocumentSymbol::parse(QStringLiteral("15/UBND-VP"));
    letter.typeCode = QStringLiteral("CV");
    letter.excerpt = QStringLiteral("V/v báo cáo tình hình quý IV");
    REQUIRE(in.add(letter));
    documents::OutgoingRegister out(from->database(), from->user(), from->actor());
    documents::OutgoingDocument resolution;
    resolution.typeCode = QStringLiteral("NQ");
    resolution.documentDate = QDate(2026, 3, 2);
    resolution.excerpt = QStringLiteral("về chuyển đổi số trong các cơ quan đảng");
    resolution.signer = QStringLiteral("Nguyễn Văn Bình");
    resolution.capacity = QStringLiteral("T/M");
    resolution.recipients = {QStringLiteral("Ban Thường vụ Tỉnh ủy"), QStringLiteral("Các chi bộ")};
    resolution.copies = 12;
    REQUIRE(out.add(resolution, documents::OutgoingRegister::Mode::Issue));

    using Kind = reports::RegisterBook::Kind;
    const auto bookFile = [&](Kind kind) {
        auto doc = reports::RegisterBook::build(from->database(), from->user(), {kind, QDate(2026, 1, 1), QDate(2026, 12, 31), false});
        REQUIRE(doc);
        return spreadsheet::SpreadsheetFile::write(copiedBook(**doc, reports::RegisterBook::title({kind, {}, {}, false})),
                                                   spreadsheet::SpreadsheetFile::Format::Xlsx);
    };
    using Register = documents::RegisterImport::Register;
    documents::RegisterImportJob incoming(to->database(), to->user(), to->actor(), Register::Incoming);
    QString error;
    REQUIRE(incoming.load(bookFile(Kind::Incoming), &error));
    CHECK(incoming.headerLine() == 4);
    auto imported = incoming.commit();
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported);
    CHECK(imported.value() == 2);
    documents::IncomingRegister back(to->database(), to->user(), to->actor());
    auto first = back.getByNumber(2026, 1);
    REQUIRE(first);
    CHECK(first->sender == conclusion.sender);
    CHECK(first->symbol.verbatim == QStringLiteral("07-KL/VPTW"));
    CHECK(first->typeCode == QStringLiteral("KL"));
    CHECK(first->excerpt == conclusion.excerpt);
    CHECK(first->documentDate == conclusion.documentDate);
    CHECK(first->receivedAt.date() == QDate(2026, 1, 5));
    CHECK(first->assignee == QStringLiteral("Chánh Văn phòng"));
    auto second = back.getByNumber(2026, 2);
    REQUIRE(second);
    CHECK(second->typeCode == QStringLiteral("CV"));
    CHECK(second->excerpt == letter.excerpt);

    documents::RegisterImportJob outgoing(to->database(), to->user(), to->actor(), Register::Outgoing);
    REQUIRE(outgoing.load(bookFile(Kind::Outgoing), &error));
    auto issued = outgoing.commit();
    INFO((issued ? QString() : issued.error().message).toStdString());
    REQUIRE(issued);
    auto nq = documents::OutgoingRegister(to->database(), to->user(), to->actor()).getBySymbol(QStringLiteral("01-NQ/ĐU"));
    REQUIRE(nq);
    CHECK(nq->typeCode == QStringLiteral("NQ"));
    CHECK(nq->excerpt == resolution.excerpt);
    CHECK(nq->capacity == QStringLiteral("T/M"));
    CHECK(nq->signer == QStringLiteral("Nguyễn Văn Bình"));
    CHECK(nq->copies == 12);
    CHECK(nq->recipients.contains(QStringLiteral("Các chi bộ")));
}

TEST_CASE("the secret books follow the state-secret forms, with each line's level; a secret symbol is never an ordinary one")
{
    QTemporaryDir dir;
    auto office = sampleOffice();
    office.forSecrets = true; // the secret file keeps secret excerpts in full
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), office, "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), session.actor()));
    documents::OutgoingRegister out(session.database(), session.user(), session.actor());
    documents::OutgoingDocument d;
    d.typeCode = QStringLiteral("NQ");
    d.documentDate = QDate(2026, 3, 2);
    d.excerpt = QStringLiteral("về chuyển đổi số");
    d.signer = QStringLiteral("Nguyễn Văn Bình");
    d.capacity = QStringLiteral("T/M");
    d.recipients = {QStringLiteral("Các chi bộ")};
    auto ordinary = out.add(d, documents::OutgoingRegister::Mode::Issue);
    REQUIRE(ordinary);
    d.excerpt = QStringLiteral("về công tác cán bộ");
    d.confidentiality = documents::Confidentiality::Confidential;
    d.urgency = documents::Urgency::Urgent;
    auto secret = out.add(d, documents::OutgoingRegister::Mode::Issue);
    REQUIRE(secret);
    // Both are number 01 of their series; the secret one carries the series' mark.
    CHECK(ordinary->symbol == QStringLiteral("01-NQ/ĐU"));
    CHECK(secret->symbol == QStringLiteral("01-NQ/ĐU-M"));
    CHECK(out.getBySymbol(QStringLiteral("Số 01-NQ/ĐU-M"))->id == secret->id);
    CHECK(out.getBySymbol(QStringLiteral("01-NQ/ĐU"))->id == ordinary->id);
    d.confidentiality = documents::Confidentiality::Secret;
    d.urgency = documents::Urgency::None;
    d.excerpt = QStringLiteral("về phương án nhân sự");
    d.documentDate = QDate(2026, 3, 4);
    auto topSecret = out.add(d, documents::OutgoingRegister::Mode::Issue);
    REQUIRE(topSecret);
    CHECK(topSecret->symbol == QStringLiteral("02-NQ/ĐU-M"));

    // The mark is the office's (check): another one is used from then on; an empty one keeps the default.
    auto profile = office::ProfileStore(session.database()).load();
    REQUIRE(profile);
    CHECK(profile->setValue(QStringLiteral("secret-mark"), QString()));
    CHECK(profile->secretSymbolMark == QStringLiteral("M"));
    CHECK(profile->setValue(QStringLiteral("secret-mark"), QStringLiteral("m t")));
    CHECK_FALSE(profile->validate().isEmpty());

    const auto book = [&](reports::RegisterBook::Kind kind, const QString &name) {
        reports::RegisterBook::Request request{kind, QDate(2026, 1, 1), QDate(2026, 12, 31), true};
        auto doc = reports::RegisterBook::build(session.database(), session.user(), request);
        REQUIRE(doc);
        const QString pdf = dir.filePath(name);
        REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, reports::RegisterBook::title(request)));
        return pdf;
    };
    const QString outBook = book(reports::RegisterBook::Kind::Outgoing, QStringLiteral("so-mat-di.pdf"));
    const QString cover = run(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), outBook, QStringLiteral("-")}).simplified();
    CHECK(cover.contains(QStringLiteral("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI")));
    CHECK(cover.contains(QStringLiteral("Mẫu số 14, Thông tư số 24/2020/TT-BCA")));
    const QString table = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), outBook, QStringLiteral("-")}).simplified();
    CHECK_FALSE(table.contains(QStringLiteral("01-NQ/ĐU "))); // the ordinary line is not in the secret book
    const QList<PdfWord> words = pdfWords(outBook, 2);
    const PdfWord levelTitle = findPhrase(words, QStringLiteral("Độ mật"));
    const PdfWord urgencyTitle = findPhrase(words, QStringLiteral("Độ khẩn"));
    REQUIRE_FALSE(levelTitle.text.isEmpty());
    REQUIRE_FALSE(urgencyTitle.text.isEmpty());
    const auto under = [](const PdfWord &cell, const PdfWord &title) {
        return std::abs((cell.xMin + cell.xMax) / 2 - (title.xMin + title.xMax) / 2) < 12 && cell.yMin > title.yMax;
    };
    const PdfWord first = findPhrase(words, QStringLiteral("01-NQ/ĐU-M"));
    const PdfWord second = findPhrase(words, QStringLiteral("02-NQ/ĐU-M"));
    REQUIRE_FALSE(first.text.isEmpty());
    REQUIRE_FALSE(second.text.isEmpty());
    // Each line's own level and urgency, in their columns, on the line's row.
    bool secretOnFirst = false, topSecretOnSecond = false, urgentOnFirst = false;
    for (const PdfWord &w : words) {
        if (w.text == QStringLiteral("Mật") && under(w, levelTitle) && std::abs(w.yMin - first.yMin) < 4)
            secretOnFirst = true;
        if (w.text == QStringLiteral("Tối") && under(w, levelTitle) && std::abs(w.yMin - second.yMin) < 4)
            topSecretOnSecond = true;
        if (w.text == QStringLiteral("Khẩn") && under(w, urgencyTitle) && std::abs(w.yMin - first.yMin) < 4)
            urgentOnFirst = true;
    }
    CHECK(secretOnFirst);
    CHECK(topSecretOnSecond);
    CHECK(urgentOnFirst);

    documents::IncomingRegister in(session.database(), session.user(), session.actor());
    documents::IncomingDocument incoming;
    incoming.receivedAt = QDateTime(QDate(2026, 3, 5), QTime(8, 0));
    incoming.sender = QStringLiteral("Văn phòng Tỉnh ủy Đồng Nai");
    incoming.symbol = documents::DocumentSymbol::parse(QStringLiteral("15-CV/VPTU"));
    incoming.documentDate = QDate(2026, 3, 3);
    incoming.excerpt = QStringLiteral("Về bảo vệ bí mật nhà nước");
    incoming.confidentiality = documents::Confidentiality::TopSecret;
    REQUIRE(in.add(incoming));
    const QString inBook = book(reports::RegisterBook::Kind::Incoming, QStringLiteral("so-mat-den.pdf"));
    const QString inText = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), inBook, QStringLiteral("-")}).simplified();
    CHECK(inText.contains(QStringLiteral("SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐẾN")));
    CHECK(inText.contains(QStringLiteral("Mẫu số 15, Thông tư số 24/2020/TT-BCA")));
    const QList<PdfWord> inWords = pdfWords(inBook, 2);
    const PdfWord inLevel = findPhrase(inWords, QStringLiteral("Độ mật"));
    const PdfWord ultra = findPhrase(inWords, QStringLiteral("Tuyệt"));
    REQUIRE_FALSE(inLevel.text.isEmpty());
    REQUIRE_FALSE(ultra.text.isEmpty());
    CHECK(under(ultra, inLevel));
}

TEST_CASE("the incoming book prints the day a document was handed over, as the clerk gave it, never a day before it came or still to come")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    auto added = reg.add(sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Về việc chuẩn bị hội nghị"))); // received 20/11/2026
    REQUIRE(added);
    const QString toWhom = QStringLiteral("Ban Tuyên giáo");
    // Before it came, or a day still to come: refused in words, nothing written.
    auto early = reg.assign(added->id, toWhom, {}, {}, QDate(2026, 11, 19));
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("20/11/2026")));
    REQUIRE_FALSE(reg.assign(added->id, toWhom, {}, {}, QDate::currentDate().addDays(1)));
    CHECK(reg.handovers(added->id)->isEmpty());
    // Handing over is the leader's and the clerk's, checked in the core: a viewer is refused.
    {
        auto viewer = addSignedInUser(session, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "nguoi-xem-2026");
        REQUIRE(viewer);
        documents::IncomingRegister asViewer(viewer->database(), viewer->user(), viewer->actor());
        auto refused = asViewer.assign(added->id, toWhom, {}, {}, QDate(2026, 11, 21));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == storage::StorageError::Kind::Forbidden);
        CHECK(reg.handovers(added->id)->isEmpty());
    }
    // Entered today, handed over on 21/11: the book prints 21/11.
    REQUIRE(reg.assign(added->id, toWhom, {}, {}, QDate(2026, 11, 21)));
    auto history = reg.handovers(added->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().handedOn == QDate(2026, 11, 21));
    CHECK(history->first().at.date() == QDate::currentDate());

    const reports::RegisterBook::Request request{reports::RegisterBook::Kind::Incoming, QDate(2026, 1, 1), QDate(2026, 12, 31), false};
    auto doc = reports::RegisterBook::build(session.database(), session.user(), request);
    REQUIRE(doc);
    auto profile = office::ProfileStore(session.database()).load();
    REQUIRE(profile);
    const auto info = reports::RegisterBook::pdfInfo(profile.value(), request);
    // The PDF says which book and which year it holds.
    CHECK(info.title == QStringLiteral("Sổ đăng ký văn bản đến năm 2026"));
    CHECK(info.subject == QStringLiteral("Từ ngày 01/01/2026 đến ngày 31/12/2026"));
    CHECK(info.author == QStringLiteral("Văn phòng Đảng ủy xã Tân Phú"));
    const QString pdf = dir.filePath(QStringLiteral("so-den.pdf"));
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, info));
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Ban Tuyên giáo 21/11/2026")));
    if (QDate::currentDate() != QDate(2026, 11, 21))
        CHECK_FALSE(text.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
    const QString metadata = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(metadata.contains(QStringLiteral("Sổ đăng ký văn bản đến năm 2026")));
}

#include "archives/DossierRegister.h"
#include "reports/ArchivePapers.h"

TEST_CASE("the archive index never leaves a year's heading alone at a page's bottom")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    archives::DossierRegister reg(session.database(), session.actor());
    // Years of 1 to 9 dossiers, with titles of one to three lines: headings fall everywhere on the pages.
    for (int year = 1990; year <= 2025; ++year)
        for (int n = 1; n <= 1 + (year * 7) % 9; ++n) {
            archives::Dossier d;
            d.year = year;
            d.number = QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
            d.title = QStringLiteral("Hồ sơ %1-%2 về công tác").arg(year).arg(n) + QStringLiteral(" xây dựng Đảng").repeated(1 + (year + n) % 6);
            d.retentionYears = 10;
            d.keeper = session.user().login;
            REQUIRE(reg.add(d));
        }
    auto doc = reports::ArchivePapers::archiveIndex(session.database(), 0, 0);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("muc-luc.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("Mục lục"), &pages));
    REQUIRE(pages > 4);
    static const QRegularExpression heading(QStringLiteral("Năm (\\d{4})\\s*$"), QRegularExpression::MultilineOption);
    int headings = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                                               QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        // After the page's last heading, on the same page, at least the first dossier of that year.
        QRegularExpressionMatch last;
        for (auto it = heading.globalMatch(text); it.hasNext();) {
            last = it.next();
            ++headings;
        }
        if (!last.hasMatch())
            continue;
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.mid(last.capturedEnd()).contains(QStringLiteral("Hồ sơ %1-").arg(last.captured(1))));
    }
    CHECK(headings >= 36);
}

TEST_CASE("the year's dossier list never prints its signatures alone on a last page")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    auto &session = *created->session;
    archives::DossierRegister reg(session.database(), session.actor());
    // One dossier more at each step: somewhere the signatures no longer fit under the last rows.
    int lonely = 0, checked = 0;
    for (int n = 1; n <= 34; ++n) {
        archives::Dossier d;
        d.year = 2026;
        d.number = QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        d.title = QStringLiteral("Hồ sơ số %1 về công tác xây dựng Đảng và chính quyền địa phương").arg(n);
        d.retentionYears = 10;
        d.keeper = session.user().login;
        REQUIRE(reg.add(d));
        if (n == 1) // approved, the list is signed (a draft has no signatures)
            REQUIRE(reg.approvePlan(2026, QStringLiteral("Nguyễn Văn An"), QDate(2026, 1, 5)));
        if (n < 10)
            continue;
        auto doc = reports::ArchivePapers::dossierList(session.database(), 2026);
        REQUIRE(doc);
        const QString pdf = dir.filePath(QStringLiteral("danh-muc.pdf"));
        int pages = 0;
        REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, QStringLiteral("Danh mục"), &pages));
        const QString last = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(pages),
                                                               QStringLiteral("-l"), QString::number(pages), pdf, QStringLiteral("-")});
        REQUIRE(last.contains(QStringLiteral("NGƯỜI LẬP")));
        ++checked;
        if (!last.contains(QStringLiteral("về công tác xây dựng")))
            ++lonely;
    }
    CHECK(checked == 25);
    CHECK(lonely == 0);
}
