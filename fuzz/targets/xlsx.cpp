// XLSX import (core/spreadsheet/XlsxFormat, ZipArchive, SpreadsheetFile).
//
// An input is either a whole file (starting with "PK"), which fuzzes the ZIP
// container, or the XML parts of a workbook separated by fuzz::PartSeparator,
// which the target zips (stored, so mutations land in the XML as written)
// before reading: random bytes would rarely survive deflate and CRC otherwise.
#include "FuzzSupport.h"

#include "spreadsheet/SpreadsheetFile.h"
#include "spreadsheet/ZipArchive.h"

#include <QDate>

using namespace vanphong;
using namespace vanphong::spreadsheet;

namespace {
const QStringList PartNames = {
    QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("xl/worksheets/sheet1.xml"),
    QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/styles.xml"),
};

QByteArray partsOf(const QByteArray &file)
{
    const auto archive = ZipArchive::read(file, nullptr);
    if (!archive)
        fuzz::fail("seed archive");
    QList<QByteArray> parts;
    for (const QString &name : PartNames)
        parts << archive->entry(name, nullptr).value_or(QByteArray());
    return fuzz::joinParts(parts);
}

void makeSeeds(const QString &folder)
{
    Sheet sheet;
    sheet.name = QStringLiteral("Văn bản đến");
    sheet.header = {QStringLiteral("Số"), QStringLiteral("Ngày"), QStringLiteral("Trích yếu")};
    sheet.rows << QVariantList{12, QDate(2026, 3, 5), QStringLiteral("Về việc \"chuẩn bị\" Hội nghị")}
               << QVariantList{13, QDate(1900, 3, 1), QStringLiteral("dòng một\ndòng hai")};
    const QByteArray written = SpreadsheetFile::write(sheet, SpreadsheetFile::Format::Xlsx);
    fuzz::writeSeed(folder, QStringLiteral("written.xlsx"), written);
    fuzz::writeSeed(folder, QStringLiteral("written-parts"), partsOf(written));
    // As Excel saves it: shared strings with rich text, custom date formats, sparse rows, the 1904 system.
    const QList<QByteArray> excel = {
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr date1904=\"1\"/>"
        "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>",
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" s=\"3\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>45658</v></c><c r=\"C2\" s=\"2\"><v>45657.5</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"C4\" t=\"inlineStr\"><is><t>Báo cáo</t></is></c>"
        "<c r=\"D4\" t=\"str\"><f>TODAY()</f><v>x</v></c><c r=\"XFD4\" t=\"b\"><v>1</v></c></row></sheetData></worksheet>",
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Số đến</t></si>"
        "<si><r><t>Kế hoạch </t></r><r><rPr><b/></rPr><t>công tác</t></r><rPh><t>x</t></rPh></si></sst>",
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"2\">"
        "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/><numFmt numFmtId=\"165\" formatCode=\"[Red]#,##0\"/></numFmts>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>",
    };
    fuzz::writeSeed(folder, QStringLiteral("excel-parts"), fuzz::joinParts(excel));
    fuzz::seedsWritten(folder, 3);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QString folder = fuzz::seedFolder(); !folder.isEmpty())
        makeSeeds(folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray file = fuzz::bytesOf(data, size);
    if (!file.startsWith("PK")) {
        const QList<QByteArray> parts = fuzz::splitParts(file);
        QList<ZipArchive::Entry> entries;
        for (qsizetype i = 0; i < parts.size() && i < PartNames.size(); ++i)
            entries.append({PartNames.at(i), parts.at(i), true});
        file = ZipArchive::write(entries);
    }
    QString error;
    const auto rows = SpreadsheetFile::read(file, &error);
    if (!rows && error.isEmpty())
        fuzz::fail("a refused file without a message");
    return 0;
}
