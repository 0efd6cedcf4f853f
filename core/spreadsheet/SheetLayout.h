#pragma once

#include "Sheet.h"

namespace vanphong::spreadsheet {

// What the XLSX and ODS writers share: column widths that fit the text, and
// text that XML can hold.
class SheetLayout final
{
public:
    // In characters of the default font, between 6 and 60.
    static QList<int> columnWidths(const Sheet &sheet);
    // Without the control characters XML 1.0 forbids (a pasted excerpt may hold one).
    static QString xmlSafe(const QString &text);
};

} // namespace vanphong::spreadsheet
