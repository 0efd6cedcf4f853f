#pragma once

#include "Sheet.h"
#include "ZipArchive.h"

#include <QCoreApplication>

#include <optional>

namespace vanphong::spreadsheet {

// OpenDocument spreadsheets (.ods), LibreOffice Calc's own format.
class OdsFormat final
{
    Q_DECLARE_TR_FUNCTIONS(OdsFormat)
public:
    static constexpr const char *MimeType = "application/vnd.oasis.opendocument.spreadsheet";

    // The first table: text cells, numbers, dates as dd/MM/yyyy; repeated
    // rows and columns expanded only where something follows them.
    static std::optional<Rows> read(const ZipArchive &archive, QString *error);
    static QByteArray write(const Sheet &sheet);
};

} // namespace vanphong::spreadsheet
