#pragma once

#include "Sheet.h"
#include "ZipArchive.h"

#include <QCoreApplication>

#include <optional>

namespace vanphong::spreadsheet {

// Office Open XML workbooks (.xlsx), as Excel and LibreOffice save them.
class XlsxFormat final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFormat)
public:
    // The first sheet: shared and inline strings, numbers, and numbers with a
    // date format turned into dd/MM/yyyy (the 1900 and 1904 date systems).
    static std::optional<Rows> read(const ZipArchive &archive, QString *error);
    // One sheet, bold frozen header, dates as date cells, column widths to fit.
    static QByteArray write(const Sheet &sheet);
};

} // namespace vanphong::spreadsheet
