#pragma once

#include "Sheet.h"

#include <QCoreApplication>

#include <optional>

namespace vanphong::spreadsheet {

// Spreadsheet files in and out, whatever their format.
class SpreadsheetFile final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetFile)
public:
    enum class Format { Csv, Xlsx, Ods };

    // Reads CSV, XLSX or ODS, told apart by content (not by the file's name);
    // nullopt with a message for the user when the file cannot be read.
    static std::optional<Rows> read(const QByteArray &data, QString *error);
    static QByteArray write(const Sheet &sheet, Format format);
    // From a file name's extension; CSV when it says nothing known.
    static Format formatFor(const QString &fileName);
    static QString extension(Format format);
};

} // namespace vanphong::spreadsheet
