// Spreadsheet files in and out: CSV as Excel wants it, XLSX and ODS written
// and read back, workbooks as Excel and LibreOffice save them, and damaged
// or hostile files refused with a message.
#include "spreadsheet/CsvFormat.h"
#include "spreadsheet/OdsFormat.h"
#include "spreadsheet/SpreadsheetFile.h"
#include "spreadsheet/XlsxFormat.h"
#include "spreadsheet/ZipArchive.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QtEndian>

using namespace vanphong::spreadsheet;

namespace {
Sheet sampleSheet()
{
    Sheet sheet;
    sheet.name = QStringLiteral("Văn bản đến");
    sheet.header = {QStringLiteral("Số đến"), QStringLiteral("Ngày văn bản"), QStringLiteral("Trích yếu"), QStringLiteral("Ghi chú")};
    sheet.rows << QVariantList{12, QDate(2026, 3, 5), QStringLiteral("Về việc \"chuẩn bị\" Hội nghị Ban Chấp hành Đảng bộ xã"), QString()}
               << QVariantList{13, QDate(2025, 12, 31), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("dòng một\ndòng hai")}
               << QVariantList{14, QString(), QStringLiteral("Có ký tự\x01 điều khiển"), QStringLiteral("  khoảng trắng  ")};
    return sheet;
}

Rows readBack(const QByteArray &data)
{
    QString error;
    const auto rows = SpreadsheetFile::read(data, &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    return *rows;
}

QString readError(const QByteArray &data)
{
    QString error;
    CHECK_FALSE(SpreadsheetFile::read(data, &error));
    return error;
}

QByteArray xlsxPart(const char *xml) { return QByteArray(xml); }

// A workbook as Excel saves it: shared strings, a date style, sparse cells.
QByteArray excelWorkbook(bool system1904)
{
    const QByteArray workbook = QByteArray(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        + (system1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
        + "<sheets><sheet name=\"Sổ\" sheetId=\"1\" r:id=\"rId3\"/><sheet name=\"Khác\" sheetId=\"2\" r:id=\"rId7\"/></sheets></workbook>";
    const QByteArray rels = xlsxPart(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet9.xml\"/>"
        "</Relationships>");
    const QByteArray shared = QString::fromUtf8(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>Số đến</t></si><si><t>Ngày đến</t></si><si><t>Trích yếu</t></si>"
        "<si><r><t>Kế hoạch </t></r><r><rPr><b/></rPr><t>công tác</t></r><rPh><t>ignored</t></rPh></si>"
        "<si><t>Ngày VB</t></si></sst>").toUtf8();
    const QByteArray styles = xlsxPart(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/><numFmt numFmtId=\"165\" formatCode=\"[Red]#,##0\"/></numFmts>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>");
    // Row 3 is missing (empty), column B of row 4 is missing.
    const QByteArray sheet = xlsxPart(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" s=\"3\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>45658</v></c><c r=\"C2\" t=\"s\"><v>3</v></c><c r=\"D2\" s=\"2\"><v>45657.5</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"C4\" t=\"inlineStr\"><is><t>Báo cáo</t></is></c><c r=\"D4\" t=\"str\"><f>TODAY()</f><v>x</v></c></row>"
        "</sheetData></worksheet>");
    return ZipArchive::write({{QStringLiteral("[Content_Types].xml"), "<Types/>", false},
                              {QStringLiteral("xl/workbook.xml"), workbook, false},
                              {QStringLiteral("xl/_rels/workbook.xml.rels"), rels, false},
                              {QStringLiteral("xl/sharedStrings.xml"), shared, false},
                              {QStringLiteral("xl/styles.xml"), styles, false},
                              {QStringLiteral("xl/worksheets/sheet2.xml"), sheet, false},
                              {QStringLiteral("xl/worksheets/sheet9.xml"), "<worksheet/>", false}});
}
} // namespace

TEST_CASE("CSV export opens in Excel: BOM, CRLF, quoting, dates, no formulas")
{
    Sheet sheet;
    sheet.header = {QStringLiteral("Số"), QStringLiteral("Ngày"), QStringLiteral("Trích yếu")};
    sheet.rows << QVariantList{1, QDate(2026, 3, 5), QStringLiteral("Về việc \"chuẩn bị\", hội nghị")}
               << QVariantList{2, QString(), QStringLiteral("=HYPERLINK(\"x\")")}
               << QVariantList{3, QString(), QStringLiteral("dòng một\ndòng hai")};
    const QByteArray csv = CsvFormat::write(sheet);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv.mid(3)) == QStringLiteral("Số,Ngày,Trích yếu\r\n"
                                                           "1,05/03/2026,\"Về việc \"\"chuẩn bị\"\", hội nghị\"\r\n"
                                                           "2,,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                                                           "3,,\"dòng một\ndòng hai\"\r\n"));
    // And it reads back, blank lines kept so that row numbers are file lines.
    const Rows rows = CsvFormat::parse(csv + "\r\n4,,cuối\r\n");
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(3).at(2) == QStringLiteral("dòng một\ndòng hai"));
    CHECK(rows.at(4) == QStringList{QString()});
    CHECK(rows.at(5).at(2) == QStringLiteral("cuối"));
    CHECK(CsvFormat::parse("a;b\r\n1;\"x;y\"\r\n").at(1) == QStringList{QStringLiteral("1"), QStringLiteral("x;y")});
}

TEST_CASE("a CSV register's separator is the one its first lines use, whatever the title line above the header holds")
{
    // The title alone on the first line (no separator at all), a comma in a title and in excerpts.
    const Rows rows = CsvFormat::parse(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN, NĂM 2025\n"
                                                      "Số đến;Ngày đến;Số, ký hiệu;Trích yếu\n"
                                                      "1;02/01/2025;01-KH/TU;Kế hoạch tháng 1, tháng 2\n"
                                                      "2;03/01/2025;02-HD/BTCTU;\"Hướng dẫn; \"\"mẫu\"\"\"\n").toUtf8());
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == QStringList{QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN, NĂM 2025")});
    CHECK(rows.at(1).size() == 4);
    CHECK(rows.at(1).at(2) == QStringLiteral("Số, ký hiệu"));
    CHECK(rows.at(2).at(3) == QStringLiteral("Kế hoạch tháng 1, tháng 2"));
    CHECK(rows.at(3).at(3) == QStringLiteral("Hướng dẫn; \"mẫu\""));
    // Commas throughout, a semicolon inside a quoted excerpt.
    const Rows commas = CsvFormat::parse("Tieu de\nA,B,C\n1,\"x;y;z\",3\n");
    REQUIRE(commas.size() == 3);
    CHECK(commas.at(2) == QStringList{QStringLiteral("1"), QStringLiteral("x;y;z"), QStringLiteral("3")});
}

TEST_CASE("XLSX and ODS exports read back cell for cell, with real dates")
{
    const auto format = GENERATE(SpreadsheetFile::Format::Xlsx, SpreadsheetFile::Format::Ods);
    const QByteArray file = SpreadsheetFile::write(sampleSheet(), format);
    CHECK(SpreadsheetFile::formatFor(QStringLiteral("so-den.") + SpreadsheetFile::extension(format)) == format);
    const Rows rows = readBack(file);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == sampleSheet().header);
    CHECK(rows.at(1).at(0) == QStringLiteral("12"));
    CHECK(rows.at(1).at(1) == QStringLiteral("05/03/2026"));
    CHECK(rows.at(1).at(2) == QStringLiteral("Về việc \"chuẩn bị\" Hội nghị Ban Chấp hành Đảng bộ xã"));
    CHECK(rows.at(2).at(1) == QStringLiteral("31/12/2025"));
    CHECK(rows.at(2).at(2) == QStringLiteral("=HYPERLINK(\"x\")")); // text, not a formula
    CHECK(rows.at(2).at(3) == QStringLiteral("dòng một\ndòng hai"));
    CHECK(rows.at(3).at(2) == QStringLiteral("Có ký tự điều khiển")); // XML cannot hold \x01

    QString error;
    const auto archive = ZipArchive::read(file, &error);
    REQUIRE(archive);
    if (format == SpreadsheetFile::Format::Xlsx) {
        const QString sheet = QString::fromUtf8(*archive->entry(QStringLiteral("xl/worksheets/sheet1.xml"), &error));
        CHECK(sheet.contains(QStringLiteral("<c r=\"B2\" s=\"2\"><v>46086</v></c>"))); // 2026-03-05, style dd/mm/yyyy
        CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
        CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
        const QString workbook = QString::fromUtf8(*archive->entry(QStringLiteral("xl/workbook.xml"), &error));
        CHECK(workbook.contains(QStringLiteral("name=\"Văn bản đến\"")));
    } else {
        // "mimetype" first and stored, so that programs recognise the format by its bytes.
        CHECK(archive->names().first() == QStringLiteral("mimetype"));
        CHECK(file.mid(30, 8) == "mimetype");
        CHECK(file.mid(38, 46) == "application/vnd.oasis.opendocument.spreadsheet");
        const QString content = QString::fromUtf8(*archive->entry(QStringLiteral("content.xml"), &error));
        CHECK(content.contains(QStringLiteral("office:date-value=\"2026-03-05\"")));
        CHECK(content.contains(QStringLiteral("office:value-type=\"float\" office:value=\"12\"")));
    }
}

TEST_CASE("a workbook as Excel saves it: shared strings, date formats, sparse rows, the first sheet found through its relationship")
{
    SECTION("1900 date system")
    {
        const Rows rows = readBack(excelWorkbook(false));
        REQUIRE(rows.size() == 4);
        CHECK(rows.at(0) == QStringList{QStringLiteral("Số đến"), QStringLiteral("Ngày đến"), QStringLiteral("Trích yếu"), QStringLiteral("Ngày VB")});
        CHECK(rows.at(1).at(0) == QStringLiteral("1"));               // a number with a [Red] format is not a date
        CHECK(rows.at(1).at(1) == QStringLiteral("01/01/2025"));      // built-in format 14
        CHECK(rows.at(1).at(2) == QStringLiteral("Kế hoạch công tác")); // rich text runs, phonetic guide left out
        CHECK(rows.at(1).at(3) == QStringLiteral("31/12/2024 12:00")); // custom dd/mm/yyyy with a time of day
        CHECK(rows.at(2).join(QString()).isEmpty());                  // row 3 was not stored: kept blank
        CHECK(rows.at(3) == QStringList{QStringLiteral("2"), QString(), QStringLiteral("Báo cáo"), QStringLiteral("x")});
    }
    SECTION("1904 date system")
    {
        const Rows rows = readBack(excelWorkbook(true));
        CHECK(rows.at(1).at(1) == QDate(1904, 1, 1).addDays(45658).toString(QStringLiteral("dd/MM/yyyy")));
    }
}

TEST_CASE("an ODS as LibreOffice saves it: repeated cells and rows, spaces, line breaks")
{
    const QByteArray content = QString::fromUtf8(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
        "<office:body><office:spreadsheet><table:table table:name=\"Sổ\">"
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Số đến</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"2\"/>"
        "<table:table-cell office:value-type=\"string\"><text:p>Trích yếu</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
        "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"7\"><text:p>7</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-03-05T08:30:00\"><text:p>05/03/26</text:p></table:table-cell>"
        "<table:covered-table-cell/>"
        "<table:table-cell office:value-type=\"string\"><text:p>Hai<text:s text:c=\"2\"/>dấu cách</text:p><text:p>dòng<text:line-break/>mới</text:p></table:table-cell>"
        "</table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        "</table:table><table:table table:name=\"Khác\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>không đọc</text:p></table:table-cell></table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>").toUtf8();
    const QByteArray file = ZipArchive::write({{QStringLiteral("mimetype"), OdsFormat::MimeType, true},
                                               {QStringLiteral("content.xml"), content, false}});
    const Rows rows = readBack(file);
    REQUIRE(rows.size() == 2); // the million empty rows at the end are not materialised
    CHECK(rows.at(0) == QStringList{QStringLiteral("Số đến"), QString(), QString(), QStringLiteral("Trích yếu")});
    CHECK(rows.at(1) == QStringList{QStringLiteral("7"), QStringLiteral("05/03/2026 08:30"), QString(),
                                    QStringLiteral("Hai  dấu cách\ndòng\nmới")});
}

TEST_CASE("damaged and hostile spreadsheet files are refused with a message, never half read")
{
    const QByteArray good = SpreadsheetFile::write(sampleSheet(), SpreadsheetFile::Format::Xlsx);
    SECTION("cut short")
    {
        CHECK(readError(good.left(good.size() / 2)).contains(QStringLiteral("damaged")));
    }
    SECTION("a flipped byte inside a part fails its checksum")
    {
        QByteArray bad = good;
        // Find the sheet's compressed data: after its local header's name.
        const qsizetype at = bad.indexOf("xl/worksheets/sheet1.xml") + 30;
        bad[at] = char(bad[at] ^ 0x5A);
        const QString error = readError(bad);
        CHECK((error.contains(QStringLiteral("checksum")) || error.contains(QStringLiteral("damaged"))));
    }
    SECTION("a part that inflates beyond the limit (a zip bomb) is not inflated")
    {
        const QByteArray zeros(ZipArchive::MaxEntrySize + 1, '\0');
        const QByteArray bomb = ZipArchive::write({{QStringLiteral("xl/workbook.xml"), zeros, false}});
        CHECK(bomb.size() < 1024 * 1024);
        CHECK(readError(bomb).contains(QStringLiteral("larger than")));
    }
    SECTION("a password-protected archive")
    {
        QByteArray locked = ZipArchive::write({{QStringLiteral("content.xml"), "<x/>", false}});
        const qsizetype central = locked.indexOf(QByteArray("PK\x01\x02", 4));
        qToLittleEndian<quint16>(0x0801, locked.data() + central + 8);
        CHECK(readError(locked).contains(QStringLiteral("password")));
    }
    SECTION("other files")
    {
        CHECK(readError(QByteArray()).contains(QStringLiteral("empty")));
        CHECK(readError(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, 'x')).contains(QStringLiteral(".xls")));
        CHECK(readError(ZipArchive::write({{QStringLiteral("word/document.xml"), "<w/>", false}})).contains(QStringLiteral("not an XLSX")));
        // "Số đến" in Windows-1258, as Excel's plain "CSV" saves it on a Vietnamese Windows.
        CHECK(readError(QByteArray("S\xe1 \xf0\xd5n;Ngay\r\n1;2\r\n")).contains(QStringLiteral("UTF-8")));
        QByteArray malformed = ZipArchive::write({{QStringLiteral("xl/workbook.xml"), "<workbook><sheets>", false}});
        CHECK(readError(malformed).contains(QStringLiteral("XML")));
    }
}

#include <QRandomGenerator>

TEST_CASE("a spreadsheet damaged at random is read or refused with a message, never a crash")
{
    QRandomGenerator rng(20261123);
    for (const auto format : {SpreadsheetFile::Format::Xlsx, SpreadsheetFile::Format::Ods, SpreadsheetFile::Format::Csv}) {
        const QByteArray good = SpreadsheetFile::write(sampleSheet(), format);
        for (int round = 0; round < 400; ++round) {
            QByteArray bad = good;
            const int flips = 1 + int(rng.bounded(8));
            for (int i = 0; i < flips; ++i)
                bad[qsizetype(rng.bounded(quint32(bad.size())))] = char(rng.bounded(256));
            if (round % 5 == 0)
                bad.truncate(qsizetype(rng.bounded(quint32(bad.size()))));
            QString error;
            const auto rows = SpreadsheetFile::read(bad, &error);
            if (!rows)
                CHECK_FALSE(error.isEmpty());
        }
    }
}

TEST_CASE("counts and numbers written in a file cannot overflow the reader (found by fuzzing, fuzz/regressions/)")
{
    const auto ods = [](const char *rows) {
        const QByteArray content = QByteArray(
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            "<office:body><office:spreadsheet><table:table>") + rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
        return ZipArchive::write({{QStringLiteral("mimetype"), OdsFormat::MimeType, true}, {QStringLiteral("content.xml"), content, false}});
    };
    SECTION("ODS: a run of 1.5 billion spaces is a thousand")
    {
        const Rows rows = readBack(ods("<table:table-row><table:table-cell><text:p>a<text:s text:c=\"1500000000\"/>b</text:p>"
                                       "</table:table-cell></table:table-row>"));
        REQUIRE(rows.size() == 1);
        CHECK(rows.at(0).at(0) == QStringLiteral("a") + QString(1000, QLatin1Char(' ')) + QStringLiteral("b"));
    }
    SECTION("ODS: repeated empty cells and rows of 2^31 - 1, twice")
    {
        const Rows cells = readBack(ods("<table:table-row><table:table-cell table:number-columns-repeated=\"2147483647\"/>"
                                        "<table:table-cell table:number-columns-repeated=\"2147483647\"/>"
                                        "<table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>"));
        CHECK(cells.isEmpty()); // the value far to the right is left out, and its row with it
        CHECK(readError(ods("<table:table-row table:number-rows-repeated=\"2147483647\"/>"
                            "<table:table-row table:number-rows-repeated=\"2147483647\"/>"
                            "<table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>"))
                  .contains(QStringLiteral("more than")));
    }
    SECTION("XLSX: a column of fifteen letters, a date serial of 1e300")
    {
        const QByteArray workbook("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>");
        const QByteArray sheet("<worksheet><sheetData><row r=\"1\"><c r=\"AAAAAAAAAAAAAAA1\"><v>1</v></c>"
                               "<c r=\"A1\" s=\"1\"><v>1e300</v></c><c r=\"B1\" s=\"1\"><v>45658</v></c></row></sheetData></worksheet>");
        const QByteArray styles("<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
        const Rows rows = readBack(ZipArchive::write({{QStringLiteral("xl/workbook.xml"), workbook, false},
                                                      {QStringLiteral("xl/worksheets/sheet1.xml"), sheet, false},
                                                      {QStringLiteral("xl/styles.xml"), styles, false}}));
        REQUIRE(rows.size() == 1);
        CHECK(rows.at(0) == QStringList{QStringLiteral("1e+300"), QStringLiteral("01/01/2025")});
    }
}
