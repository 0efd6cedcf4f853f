// Importing the registers offices keep in spreadsheets: the titles of the
// official register forms, the register found under title rows and above
// totals and signatures, the type read from "Tên loại và trích yếu nội dung",
// and a mapping that names only what it changes.
#include "TestSupport.h"

#include "documents/DocumentTypes.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "documents/RegisterExport.h"
#include "documents/RegisterImport.h"
#include "documents/RegisterImportJob.h"
#include "documents/RegisterTable.h"
#include "office/TermStore.h"
#include "spreadsheet/CsvFormat.h"
#include "spreadsheet/OdsFormat.h"
#include "spreadsheet/SpreadsheetFile.h"
#include "spreadsheet/ZipArchive.h"

#include <catch2/catch.hpp>

using namespace vanphong;
using namespace vanphong::documents;
using namespace vanphong::test;
using Register = RegisterImport::Register;
using spreadsheet::SpreadsheetFile;

namespace {
struct ImportOffice
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> session;
    office::UserAccount clerk;

    ImportOffice()
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026",
                                                     cheapOptions());
        if (!created)
            FAIL(created.error().message.toStdString());
        session = std::move(created->session);
        clerk = session->user();
        REQUIRE(office::TermStore(db()).add(QStringLiteral("Khóa XV (2025-2030)"), QDate(2025, 10, 15), clerk.login));
    }
    storage::Database &db() { return session->database(); }
    std::unique_ptr<RegisterImportJob> job(Register which)
    {
        return std::make_unique<RegisterImportJob>(db(), clerk, clerk.login, which);
    }
    QList<DocumentType> types() { return *DocumentTypes(db()).all(); }
};

QStringList texts(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out << QString::fromUtf16(s);
    return out;
}

// An XLSX as Excel saves a register with merged title rows: the sheet
// written by VanPhong, with the merges Excel records beside it.
QByteArray xlsxWithMerges(const spreadsheet::Sheet &sheet, const QStringList &ranges)
{
    QString error;
    const auto zip = spreadsheet::ZipArchive::read(SpreadsheetFile::write(sheet, SpreadsheetFile::Format::Xlsx), &error);
    REQUIRE(zip);
    QByteArray merges = QStringLiteral("<mergeCells count=\"%1\">").arg(ranges.size()).toUtf8();
    for (const QString &r : ranges)
        merges += QStringLiteral("<mergeCell ref=\"%1\"/>").arg(r).toUtf8();
    merges += "</mergeCells>";
    QList<spreadsheet::ZipArchive::Entry> entries;
    for (const QString &name : zip->names()) {
        QByteArray data = *zip->entry(name, &error);
        if (name == QLatin1String("xl/worksheets/sheet1.xml"))
            data.replace("</sheetData>", "</sheetData>" + merges);
        entries << spreadsheet::ZipArchive::Entry{name, data, false};
    }
    return spreadsheet::ZipArchive::write(entries);
}

// An ODS as LibreOffice saves merged cells: the first cell carries the span,
// the cells it covers are <table:covered-table-cell/> (written here as "^").
struct Span { int row, column, rows, columns; };
QByteArray odsWithMerges(const QList<QStringList> &rows, const QList<Span> &spans)
{
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        "<office:body><office:spreadsheet><table:table table:name=\"Sổ\">");
    for (int r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<table:table-row>");
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString text = rows.at(r).at(c);
            if (text == QLatin1String("^")) {
                xml += QStringLiteral("<table:covered-table-cell/>");
                continue;
            }
            if (text.isEmpty()) {
                xml += QStringLiteral("<table:table-cell/>");
                continue;
            }
            QString spanned;
            for (const Span &s : spans)
                if (s.row == r && s.column == c)
                    spanned = QStringLiteral(" table:number-rows-spanned=\"%1\" table:number-columns-spanned=\"%2\"").arg(s.rows).arg(s.columns);
            xml += QStringLiteral("<table:table-cell office:value-type=\"string\"%1><text:p>%2</text:p></table:table-cell>")
                       .arg(spanned, text.toHtmlEscaped());
        }
        xml += QStringLiteral("</table:table-row>");
    }
    xml += QStringLiteral("</table:table></office:spreadsheet></office:body></office:document-content>");
    return spreadsheet::ZipArchive::write({{QStringLiteral("mimetype"), QByteArray(spreadsheet::OdsFormat::MimeType), true},
                                           {QStringLiteral("content.xml"), xml.toUtf8(), false}});
}

// Sổ đăng ký văn bản đến as a commune office keeps it in Excel: the party body
// and the country's name, the book's title, the header on row 3 with the form's
// column numbers under it, three lines, two numbered lines left empty, the
// total and the signatures (the CLI's test has the place and date as text).
spreadsheet::Sheet keptIncomingRegister()
{
    spreadsheet::Sheet sheet;
    const QString none;
    sheet.header = {QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI"), none, none, none, none, none, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), none, none, none};
    sheet.rows << QVariantList{QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2025")};
    QVariantList header;
    for (const QString &t : texts({u"Ngày đến", u"Số đến", u"Tác giả", u"Số, ký hiệu", u"Ngày tháng", u"Tên loại và trích yếu nội dung",
                                   u"Đơn vị hoặc người nhận", u"Ngày chuyển", u"Ký nhận", u"Ghi chú"}))
        header << t;
    sheet.rows << header;
    QVariantList numbers;
    for (int i = 1; i <= 10; ++i)
        numbers << QStringLiteral("(%1)").arg(i);
    sheet.rows << numbers;
    sheet.rows << QVariantList{QDate(2025, 1, 2), 1, QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("01-KH/TU"), QDate(2024, 12, 30),
                               QStringLiteral("Kế hoạch công tác năm 2025"), QStringLiteral("Văn phòng"), QDate(2025, 1, 3), none, none}
               << QVariantList{QDate(2025, 1, 3), 2, QStringLiteral("Công an xã Tân Phú"), QStringLiteral("15/CAX-TH"), QDate(2025, 1, 2),
                               QStringLiteral("Công văn V/v bảo đảm an ninh dịp Tết"), QStringLiteral("Chánh Văn phòng"), none, none, none}
               << QVariantList{QDate(2025, 1, 6), 3, QStringLiteral("Ban Tổ chức Tỉnh ủy"), QStringLiteral("02-HD/BTCTU"), QDate(2025, 1, 2),
                               QStringLiteral("Hướng dẫn về hồ sơ đảng viên"), QStringLiteral("Ban Tổ chức"), none, none, none}
               << QVariantList{none, 4} << QVariantList{none, 5}
               << QVariantList{QStringLiteral("Tổng cộng: 3 văn bản")}
               << QVariantList{}
               // The day of signing as a date cell, formatted "ngày dd tháng mm năm yyyy" in Excel.
               << QVariantList{none, QStringLiteral("Người lập"), none, none, none, none, none, QDate(2025, 12, 31)}
               << QVariantList{none, QStringLiteral("(Ký, ghi rõ họ tên)"), none, none, none, none, none, QStringLiteral("CHÁNH VĂN PHÒNG")}
               << QVariantList{}
               << QVariantList{none, QStringLiteral("Lê Thị Bình"), none, none, none, none, none, QStringLiteral("Nguyễn Thị Hoa")};
    return sheet;
}
} // namespace

TEST_CASE("the titles of the official registers, of VanPhong's export and of its printed book are recognised")
{
    SECTION("Sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP Phụ lục VI and the Party's form")
    {
        const auto m = RegisterImport::guessMapping(
            Register::Incoming, texts({u"Ngày đến", u"Số đến", u"Tác giả", u"Số, ký hiệu", u"Ngày tháng", u"Tên loại và trích yếu nội dung",
                                       u"Đơn vị hoặc người nhận", u"Ngày chuyển", u"Ký nhận", u"Ghi chú"}));
        CHECK(m.value(QStringLiteral("received")) == QStringLiteral("Ngày đến"));
        CHECK(m.value(QStringLiteral("number")) == QStringLiteral("Số đến"));
        CHECK(m.value(QStringLiteral("sender")) == QStringLiteral("Tác giả"));
        CHECK(m.value(QStringLiteral("symbol")) == QStringLiteral("Số, ký hiệu"));
        CHECK(m.value(QStringLiteral("date")) == QStringLiteral("Ngày tháng"));
        CHECK(m.value(QStringLiteral("excerpt")) == QStringLiteral("Tên loại và trích yếu nội dung"));
        CHECK(m.value(QStringLiteral("assignee")) == QStringLiteral("Đơn vị hoặc người nhận"));
        CHECK_FALSE(m.contains(QStringLiteral("type"))); // the column holds the excerpt; one field per column
        CHECK(m.size() == 7); // Ngày chuyển, Ký nhận, Ghi chú: nothing is read from them
    }
    SECTION("Sổ đăng ký văn bản đi, Nghị định 30/2020/NĐ-CP Phụ lục VI")
    {
        const auto m = RegisterImport::guessMapping(
            Register::Outgoing, texts({u"Số, ký hiệu văn bản", u"Ngày tháng văn bản", u"Tên loại và trích yếu nội dung văn bản", u"Người ký",
                                       u"Nơi nhận văn bản", u"Đơn vị, người nhận bản lưu", u"Số lượng bản", u"Ngày chuyển", u"Ký nhận",
                                       u"Ghi chú"}));
        CHECK(m.value(QStringLiteral("symbol")) == QStringLiteral("Số, ký hiệu văn bản"));
        CHECK(m.value(QStringLiteral("date")) == QStringLiteral("Ngày tháng văn bản")); // never "Ngày chuyển"
        CHECK(m.value(QStringLiteral("excerpt")) == QStringLiteral("Tên loại và trích yếu nội dung văn bản"));
        CHECK(m.value(QStringLiteral("signer")) == QStringLiteral("Người ký"));
        CHECK(m.value(QStringLiteral("recipients")) == QStringLiteral("Nơi nhận văn bản")); // never the file copy's holder
        CHECK(m.value(QStringLiteral("copies")) == QStringLiteral("Số lượng bản"));
        CHECK(m.size() == 6);
    }
    SECTION("VanPhong's printed books, titles broken over lines as a copied table has them")
    {
        const auto in = RegisterImport::guessMapping(
            Register::Incoming, texts({u"Ngày đến", u"Số đến", u"Tác giả\n(cơ quan ban hành)", u"Số, ký hiệu", u"Ngày tháng",
                                       u"Tên loại và trích yếu nội dung", u"Đơn vị hoặc người nhận", u"Ngày chuyển", u"Ký nhận", u"Ghi chú"}));
        CHECK(in.value(QStringLiteral("sender")) == QStringLiteral("Tác giả\n(cơ quan ban hành)"));
        CHECK(in.size() == 7);
        const auto out = RegisterImport::guessMapping(
            Register::Outgoing, texts({u"Số, ký hiệu văn bản", u"Ngày tháng văn bản", u"Tên loại và trích yếu nội dung", u"Người ký",
                                       u"Nơi nhận văn bản", u"Đơn vị, người nhận bản lưu", u"Số lượng bản", u"Ngày chuyển", u"Ký nhận",
                                       u"Ghi chú"}));
        CHECK(out.value(QStringLiteral("excerpt")) == QStringLiteral("Tên loại và trích yếu nội dung"));
        CHECK(out.size() == 6);
    }
    SECTION("VanPhong's spreadsheet export: every column it writes, but the year and the status, is read back")
    {
        ImportOffice office;
        const auto incoming = RegisterImport::guessMapping(Register::Incoming, RegisterExport::incomingSheet(office.db(), {})->header);
        CHECK(incoming.size() == 14);
        CHECK(incoming.value(QStringLiteral("sender")) == QStringLiteral("Cơ quan ban hành"));
        CHECK(incoming.value(QStringLiteral("assignee")) == QStringLiteral("Người xử lý"));
        const auto outgoing = RegisterImport::guessMapping(Register::Outgoing, RegisterExport::outgoingSheet(office.db(), {})->header);
        CHECK(outgoing.size() == 10);
        CHECK(outgoing.value(QStringLiteral("capacity")) == QStringLiteral("Chức vụ ký"));
    }
    SECTION("short titles: the most specific wins, each column for one field")
    {
        // "Số" beside "Số đến" is not the incoming number; "Ngày" beside "Ngày đến" is the document's date.
        auto m = RegisterImport::guessMapping(Register::Incoming, texts({u"Số", u"Số đến", u"Ngày", u"Ngày đến", u"Loại", u"Trích yếu"}));
        CHECK(m.value(QStringLiteral("number")) == QStringLiteral("Số đến"));
        CHECK(m.value(QStringLiteral("received")) == QStringLiteral("Ngày đến"));
        CHECK(m.value(QStringLiteral("date")) == QStringLiteral("Ngày"));
        CHECK(m.value(QStringLiteral("type")) == QStringLiteral("Loại"));
        CHECK_FALSE(m.values().contains(QStringLiteral("Số")));
        // Alone, "Số" is the incoming number; "Số trang" and "Số bản" are never it.
        m = RegisterImport::guessMapping(Register::Incoming, texts({u"Số", u"Số trang", u"Số bản", u"Ngày nhận"}));
        CHECK(m.value(QStringLiteral("number")) == QStringLiteral("Số"));
        CHECK(m.value(QStringLiteral("pages")) == QStringLiteral("Số trang"));
        CHECK(m.value(QStringLiteral("copies")) == QStringLiteral("Số bản"));
        // Beside "Ký hiệu", an incoming register's "Số" is the document's number: not guessed.
        m = RegisterImport::guessMapping(Register::Incoming, texts({u"Số", u"Ký hiệu", u"Ngày đến", u"Trích yếu"}));
        CHECK(m.value(QStringLiteral("symbol")) == QStringLiteral("Ký hiệu"));
        CHECK_FALSE(m.contains(QStringLiteral("number")));
        // An outgoing register that keeps the number apart: "Số" | "Ký hiệu".
        m = RegisterImport::guessMapping(Register::Outgoing, texts({u"Số", u"Ký hiệu", u"Ngày", u"Trích yếu", u"Ngày chuyển"}));
        CHECK(m.value(QStringLiteral("symbol")) == QStringLiteral("Ký hiệu"));
        CHECK(m.value(QStringLiteral("number")) == QStringLiteral("Số"));
        CHECK(m.value(QStringLiteral("date")) == QStringLiteral("Ngày"));
        // Alone, "Số" holds the number and symbol.
        m = RegisterImport::guessMapping(Register::Outgoing, texts({u"Số", u"Ngày tháng", u"Trích yếu"}));
        CHECK(m.value(QStringLiteral("symbol")) == QStringLiteral("Số"));
        CHECK_FALSE(m.contains(QStringLiteral("number")));
    }
}

TEST_CASE("the type is read from the start of \"Tên loại và trích yếu nội dung\" when nothing contradicts it")
{
    ImportOffice office;
    const QList<DocumentType> types = office.types();
    QString rest;
    auto t = RegisterImport::leadingType(QStringLiteral("Kết luận về công tác văn phòng"), types, &rest);
    REQUIRE(t);
    CHECK(t->code == QStringLiteral("KL"));
    CHECK(rest == QStringLiteral("về công tác văn phòng"));
    t = RegisterImport::leadingType(QStringLiteral("Báo cáo: tình hình quý I"), types, &rest);
    REQUIRE(t);
    CHECK(rest == QStringLiteral("tình hình quý I"));
    // Marks and case as typed: "KẾ HOẠCH", "ke hoach".
    t = RegisterImport::leadingType(QStringLiteral("KẾ HOẠCH tổ chức hội nghị"), types, &rest);
    REQUIRE(t);
    CHECK(t->code == QStringLiteral("KH"));
    CHECK(rest == QStringLiteral("tổ chức hội nghị"));
    CHECK_FALSE(RegisterImport::leadingType(QStringLiteral("Về việc chuẩn bị đại hội"), types, &rest));
    CHECK_FALSE(RegisterImport::leadingType(QStringLiteral("Báo cáoviên cấp xã"), types, &rest)); // a whole word only
    CHECK_FALSE(RegisterImport::leadingType(QStringLiteral("Báo cáo"), types, &rest));             // nothing after the name
    // The longest name: an office's own "Thông báo kết luận" before "Thông báo".
    REQUIRE(DocumentTypes(office.db()).save({QStringLiteral("TBKL"), QStringLiteral("Thông báo kết luận"), QStringLiteral("TB"),
                                             QStringLiteral("TB")}, office.clerk.login));
    t = RegisterImport::leadingType(QStringLiteral("Thông báo kết luận của Ban Thường vụ"), office.types(), &rest);
    REQUIRE(t);
    CHECK(t->code == QStringLiteral("TBKL"));
    CHECK(rest == QStringLiteral("của Ban Thường vụ"));
}

TEST_CASE("a register kept in Excel: title rows and merged cells above a header on row 3, totals and signatures below")
{
    ImportOffice office;
    const spreadsheet::Sheet sheet = keptIncomingRegister();
    const QByteArray xlsx = xlsxWithMerges(sheet, {QStringLiteral("A1:D1"), QStringLiteral("G1:J1"), QStringLiteral("A2:J2")});
    auto job = office.job(Register::Incoming);
    QString error;
    REQUIRE(job->load(xlsx, &error));
    CHECK(job->headerLine() == 3);
    CHECK(job->dataRows() == QList<int>{4, 5, 6}); // lines 5, 6 and 7 of the file
    CHECK(job->unmappedRequired().isEmpty());
    CHECK(job->mapping().value(QStringLiteral("excerpt")) == QStringLiteral("Tên loại và trích yếu nội dung"));
    const auto lines = job->check();
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).line == 5);
    CHECK(lines.at(2).line == 7);
    for (const auto &l : lines) {
        INFO(l.line << ": " << l.problems.join(QLatin1Char(' ')).toStdString());
        CHECK(l.problems.isEmpty());
    }
    auto imported = job->commit();
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported);
    CHECK(imported.value() == 3);
    IncomingRegister reg(office.db(), office.clerk, office.clerk.login);
    auto plan = reg.getByNumber(2025, 1);
    REQUIRE(plan);
    CHECK(plan->typeCode == QStringLiteral("KH"));
    CHECK(plan->excerpt == QStringLiteral("công tác năm 2025"));
    CHECK(plan->assignee == QStringLiteral("Văn phòng"));
    auto letter = reg.getByNumber(2025, 2);
    REQUIRE(letter);
    CHECK(letter->sender == QStringLiteral("Công an xã Tân Phú")); // "Công" is not "Cộng"
    CHECK(letter->typeCode == QStringLiteral("CV"));
    CHECK(letter->excerpt == QStringLiteral("V/v bảo đảm an ninh dịp Tết"));
    CHECK(reg.getByNumber(2025, 3)->typeCode == QStringLiteral("HD"));
    CHECK_FALSE(reg.getByNumber(2025, 4)); // a numbered line left empty is no document
}

TEST_CASE("problems are named by the line the clerk sees, in XLSX, ODS and CSV")
{
    ImportOffice office;
    spreadsheet::Sheet sheet = keptIncomingRegister();
    sheet.rows[4][0] = QStringLiteral("32/01/2025"); // line 6
    for (const auto format : {SpreadsheetFile::Format::Xlsx, SpreadsheetFile::Format::Ods, SpreadsheetFile::Format::Csv}) {
        INFO(SpreadsheetFile::extension(format).toStdString());
        auto job = office.job(Register::Incoming);
        QString error;
        REQUIRE(job->load(SpreadsheetFile::write(sheet, format), &error));
        CHECK(job->headerLine() == 3);
        const auto lines = job->check();
        REQUIRE(lines.size() == 3);
        CHECK(lines.at(0).problems.isEmpty());
        CHECK(lines.at(1).line == 6);
        CHECK(lines.at(1).problems.join(QLatin1Char(' ')).contains(QStringLiteral("32/01/2025")));
        CHECK_FALSE(job->commit());
    }
    // Blank lines above the titles count too.
    const QByteArray csv = QStringLiteral("\n\nSổ đăng ký văn bản đến\nSố đến;Ngày đến;Tác giả;Số, ký hiệu;Trích yếu\n"
                                          "1;02/01/2025;Văn phòng Tỉnh ủy;01-KH/TU;Kế hoạch năm\n"
                                          "2;99/01/2025;Ban Tổ chức, Tỉnh ủy;02-HD/BTCTU;Hướng dẫn\n").toUtf8();
    auto job = office.job(Register::Incoming);
    QString error;
    REQUIRE(job->load(csv, &error));
    CHECK(job->headerLine() == 4);
    const auto lines = job->check();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).line == 6);
    CHECK(lines.at(1).problems.join(QLatin1Char(' ')).contains(QStringLiteral("99/01/2025")));
}

TEST_CASE("a line in the middle of the register is never left out for holding little: it is read and its problems named")
{
    ImportOffice office;
    const QByteArray csv = QStringLiteral("Số đến,Ngày đến,Tác giả,Số ký hiệu,Trích yếu\n"
                                          "1,02/01/2025,Văn phòng Tỉnh ủy,01-KH/TU,Kế hoạch năm\n"
                                          "2,,,,\n"
                                          "3,06/01/2025,Tổng cục Thuế,15/TCT-VP,Về quyết toán\n"
                                          "Cộng,3,,,\n").toUtf8();
    auto job = office.job(Register::Incoming);
    QString error;
    REQUIRE(job->load(csv, &error));
    const auto lines = job->check();
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1).line == 3);
    CHECK(lines.at(1).problems.join(QLatin1Char(' ')).contains(QStringLiteral("day received")));
    CHECK(lines.at(2).line == 4);
    CHECK(lines.at(2).problems.isEmpty()); // "Tổng cục Thuế" is a sender, not a total
}

TEST_CASE("an outgoing register with a two-row header: the number apart from the symbol under a merged group title")
{
    ImportOffice office;
    // Row 3: "Văn bản" merged over A3:C3, the other titles merged down over rows 3 and 4; row 4: Số | Ký hiệu | Ngày tháng.
    const QList<QStringList> rows = {
        {QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("^"), QStringLiteral("^")},
        {QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), QStringLiteral("^"), QStringLiteral("^")},
        texts({u"Văn bản", u"^", u"^", u"Tên loại và trích yếu nội dung", u"Người ký", u"Nơi nhận", u"Đơn vị, người nhận bản lưu",
               u"Số lượng bản", u"Ghi chú"}),
        texts({u"Số", u"Ký hiệu", u"Ngày tháng", u"^", u"^", u"^", u"^", u"^", u"^"}),
        texts({u"7", u"NQ/ĐU", u"03/11/2025", u"Nghị quyết về chuyển đổi số", u"T/M Nguyễn Văn Bình", u"Ban Thường vụ Tỉnh ủy; Các chi bộ",
               u"Văn phòng", u"5", u""}),
        texts({u"12", u"QĐ/ĐU", u"05/11/2025", u"Quy định về chế độ làm việc", u"Trần Thị Hoa", u"Các chi bộ", u"Văn phòng", u"", u""}),
        // The text names another type than the symbol's: kept whole as the excerpt, the type from the symbol.
        texts({u"13", u"CV/ĐU", u"06/11/2025", u"Kết luận hội nghị chuyên đề", u"Trần Thị Hoa", u"Các chi bộ", u"Văn phòng", u"", u""}),
    };
    QList<Span> spans{{0, 0, 1, 3}, {1, 0, 1, 3}, {2, 0, 1, 3}};
    for (int c = 3; c < 9; ++c)
        spans << Span{2, c, 2, 1};
    auto job = office.job(Register::Outgoing);
    QString error;
    REQUIRE(job->load(odsWithMerges(rows, spans), &error));
    CHECK(job->headerLine() == 3);
    CHECK(job->mapping().value(QStringLiteral("number")) == QStringLiteral("Số"));
    CHECK(job->mapping().value(QStringLiteral("symbol")) == QStringLiteral("Ký hiệu"));
    CHECK(job->mapping().value(QStringLiteral("date")) == QStringLiteral("Ngày tháng"));
    CHECK(job->mapping().value(QStringLiteral("signer")) == QStringLiteral("Người ký"));
    QList<RegisterImportJob::Line> lines;
    auto imported = job->commit(&lines);
    QStringList said;
    for (const auto &l : lines)
        said << QStringLiteral("%1: %2").arg(l.line).arg(l.problems.join(QLatin1Char(' ')));
    INFO(said.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported);
    CHECK(imported.value() == 3);
    OutgoingRegister reg(office.db(), office.clerk, office.clerk.login);
    auto nq = reg.getBySymbol(QStringLiteral("07-NQ/ĐU"));
    REQUIRE(nq);
    CHECK(nq->typeCode == QStringLiteral("NQ"));
    CHECK(nq->excerpt == QStringLiteral("về chuyển đổi số"));
    CHECK(nq->capacity == QStringLiteral("T/M"));
    CHECK(nq->copies == 5);
    // 12-QĐ/ĐU could be a Quyết định or a Quy định (one series): the text tells.
    auto rule = reg.getBySymbol(QStringLiteral("12-QĐ/ĐU"));
    REQUIRE(rule);
    CHECK(rule->typeCode == QStringLiteral("QĐi"));
    CHECK(rule->excerpt == QStringLiteral("về chế độ làm việc"));
    auto letter = reg.getBySymbol(QStringLiteral("13-CV/ĐU"));
    REQUIRE(letter);
    CHECK(letter->typeCode == QStringLiteral("CV"));
    CHECK(letter->excerpt == QStringLiteral("Kết luận hội nghị chuyên đề"));
}

TEST_CASE("a mapping names only what it changes; the rest stays as guessed, and is remembered so")
{
    ImportOffice office;
    spreadsheet::Sheet sheet;
    sheet.header = texts({u"STT đến", u"Ngày nhận", u"Nơi gửi", u"Ký hiệu", u"Trích yếu nội dung", u"Độ mật", u"Ghi chú"});
    sheet.rows << QVariantList{1, QDate(2025, 1, 2), QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("01-KH/TU"),
                               QStringLiteral("Kế hoạch công tác năm"), QStringLiteral("xem ghi chú"), QStringLiteral("Báo cáo Bí thư")};
    const QByteArray xlsx = SpreadsheetFile::write(sheet, SpreadsheetFile::Format::Xlsx);
    auto job = office.job(Register::Incoming);
    QString error;
    REQUIRE(job->load(xlsx, &error));
    const auto guessed = job->mapping();
    CHECK(guessed.size() == 6);
    CHECK(guessed.value(QStringLiteral("secret")) == QStringLiteral("Độ mật"));

    // Unknown field, unknown column: said, and nothing changes.
    QStringList problems = job->changeMapping({{QStringLiteral("recieved"), QStringLiteral("Ngày nhận")}});
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("recieved")));
    CHECK(problems.first().contains(QStringLiteral("received")));
    problems = job->changeMapping({{QStringLiteral("direction"), QStringLiteral("Ý kiến")}, {QStringLiteral("secret"), QString()}});
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("Ý kiến")));
    CHECK(job->mapping() == guessed);

    // One column added, one taken out ("" in a mapping file); the guessed ones stay. A title may be typed without marks.
    REQUIRE(job->changeMapping({{QStringLiteral("direction"), QStringLiteral("ghi chu")}, {QStringLiteral("secret"), QString()}}).isEmpty());
    CHECK(job->mapping().value(QStringLiteral("direction")) == QStringLiteral("Ghi chú"));
    CHECK_FALSE(job->mapping().contains(QStringLiteral("secret")));
    CHECK(job->mapping().size() == 6);
    CHECK(job->unmappedRequired().isEmpty());

    SECTION("a column given to a field is taken from the field it was guessed for")
    {
        REQUIRE(job->changeMapping({{QStringLiteral("symbol"), QString()}, {QStringLiteral("direction"), QStringLiteral("Ký hiệu")}}).isEmpty());
        CHECK(job->mapping().value(QStringLiteral("direction")) == QStringLiteral("Ký hiệu"));
        CHECK(job->mapping().values().count(QStringLiteral("Ký hiệu")) == 1);
    }
    SECTION("remembered: next year's file, with one more column, keeps the clerk's choices and the new guess")
    {
        auto imported = job->commit();
        INFO((imported ? QString() : imported.error().message).toStdString());
        REQUIRE(imported);
        auto first = IncomingRegister(office.db(), office.clerk, office.clerk.login).getByNumber(2025, 1);
        REQUIRE(first);
        CHECK(first->direction == QStringLiteral("Báo cáo Bí thư"));
        CHECK(first->confidentiality == Confidentiality::Normal);

        spreadsheet::Sheet next = sheet;
        next.header << QStringLiteral("Hạn xử lý");
        next.rows.first()[0] = 2;
        next.rows.first() << QDate(2026, 1, 20);
        auto again = office.job(Register::Incoming);
        REQUIRE(again->load(SpreadsheetFile::write(next, SpreadsheetFile::Format::Xlsx), &error));
        CHECK(again->mapping().value(QStringLiteral("direction")) == QStringLiteral("Ghi chú"));
        CHECK(again->mapping().value(QStringLiteral("deadline")) == QStringLiteral("Hạn xử lý"));
        CHECK_FALSE(again->mapping().contains(QStringLiteral("secret")));
        CHECK(again->mapping().value(QStringLiteral("received")) == QStringLiteral("Ngày nhận"));
    }
}
