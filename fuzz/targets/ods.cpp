// ODS import (core/spreadsheet/OdsFormat, ZipArchive, SpreadsheetFile).
//
// An input is either a whole file (starting with "PK"), which fuzzes the ZIP
// container, or the text of content.xml, which the target zips (stored) with
// the "mimetype" entry before reading.
#include "FuzzSupport.h"

#include "spreadsheet/OdsFormat.h"
#include "spreadsheet/SpreadsheetFile.h"
#include "spreadsheet/ZipArchive.h"

#include <QDate>

using namespace vanphong;
using namespace vanphong::spreadsheet;

namespace {
void makeSeeds(const QString &folder)
{
    Sheet sheet;
    sheet.name = QStringLiteral("Văn bản đi");
    sheet.header = {QStringLiteral("Số"), QStringLiteral("Ngày"), QStringLiteral("Trích yếu")};
    sheet.rows << QVariantList{12, QDate(2026, 3, 5), QStringLiteral("Về việc \"chuẩn bị\" Hội nghị")}
               << QVariantList{13, QString(), QStringLiteral("dòng một\ndòng hai")};
    const QByteArray written = SpreadsheetFile::write(sheet, SpreadsheetFile::Format::Ods);
    fuzz::writeSeed(folder, QStringLiteral("written.ods"), written);
    const auto archive = ZipArchive::read(written, nullptr);
    if (!archive)
        fuzz::fail("seed archive");
    fuzz::writeSeed(folder, QStringLiteral("written-content"), archive->entry(QStringLiteral("content.xml"), nullptr).value_or(QByteArray()));
    // As LibreOffice saves it: repeated cells and rows, spaces, line breaks, covered cells.
    fuzz::writeSeed(folder, QStringLiteral("libreoffice-content"), QString::fromUtf8(
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
        "</office:spreadsheet></office:body></office:document-content>").toUtf8());
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
    if (!file.startsWith("PK"))
        file = ZipArchive::write({{QStringLiteral("mimetype"), OdsFormat::MimeType, true}, {QStringLiteral("content.xml"), file, true}});
    QString error;
    const auto rows = SpreadsheetFile::read(file, &error);
    if (!rows && error.isEmpty())
        fuzz::fail("a refused file without a message");
    return 0;
}
