#include "SpreadsheetFile.h"

#include "CsvFormat.h"
#include "OdsFormat.h"
#include "XlsxFormat.h"
#include "ZipArchive.h"

#include <QStringDecoder>

namespace vanphong::spreadsheet {

std::optional<Rows> SpreadsheetFile::read(const QByteArray &data, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (data.isEmpty())
        return fail(tr("The file is empty."));
    if (data.startsWith("\xD0\xCF\x11\xE0"))
        return fail(tr("This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv."));
    if (data.startsWith("PK\x03\x04")) {
        const auto archive = ZipArchive::read(data, error);
        if (!archive)
            return std::nullopt;
        if (archive->contains(QStringLiteral("xl/workbook.xml")))
            return XlsxFormat::read(*archive, error);
        if (archive->contains(QStringLiteral("content.xml"))) {
            const auto mime = archive->entry(QStringLiteral("mimetype"), nullptr);
            if (!mime || mime->trimmed() == OdsFormat::MimeType)
                return OdsFormat::read(*archive, error);
        }
        return fail(tr("The file is a ZIP archive but not an XLSX or ODS spreadsheet."));
    }
    if (data.contains('\0'))
        return fail(tr("The file is not a spreadsheet VanPhong can read: save it as .xlsx, .ods or .csv (UTF-8)."));
    // A CSV saved in a legacy code page would turn Vietnamese into garbage; ask for UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(data);
    if (utf8.hasError())
        return fail(tr("The CSV file is not in UTF-8. In Excel choose \"CSV UTF-8\" when saving; in LibreOffice choose the "
                       "character set Unicode (UTF-8)."));
    return CsvFormat::parse(data);
}

QByteArray SpreadsheetFile::write(const Sheet &sheet, Format format)
{
    switch (format) {
    case Format::Xlsx:
        return XlsxFormat::write(sheet);
    case Format::Ods:
        return OdsFormat::write(sheet);
    case Format::Csv:
        break;
    }
    return CsvFormat::write(sheet);
}

SpreadsheetFile::Format SpreadsheetFile::formatFor(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".xlsx")))
        return Format::Xlsx;
    if (lower.endsWith(QLatin1String(".ods")))
        return Format::Ods;
    return Format::Csv;
}

QString SpreadsheetFile::extension(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Ods:
        return QStringLiteral("ods");
    case Format::Csv:
        break;
    }
    return QStringLiteral("csv");
}

} // namespace vanphong::spreadsheet
