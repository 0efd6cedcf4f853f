#pragma once

#include "Sheet.h"

#include <QByteArray>

namespace vanphong::spreadsheet {

// CSV as Excel and LibreOffice save and open it.
class CsvFormat final
{
public:
    // UTF-8 (with or without BOM); "," or ";" as separator, whichever the
    // first lines use more outside quotes (Excel in Vietnamese locales saves
    // ";"; a register's title line above the header may hold neither);
    // quoted fields with separators, quotes and line breaks inside.
    static Rows parse(const QByteArray &data);
    // UTF-8 with a byte-order mark (Excel reads UTF-8 only with it), CRLF
    // line ends, fields quoted where needed (RFC 4180), dates as dd/MM/yyyy,
    // and no cell that a spreadsheet would run as a formula.
    static QByteArray write(const Sheet &sheet);
};

} // namespace vanphong::spreadsheet
