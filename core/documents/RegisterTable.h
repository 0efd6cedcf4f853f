#pragma once

#include "RegisterImport.h"
#include "spreadsheet/Sheet.h"

#include <QList>
#include <QStringList>

namespace vanphong::documents {

// A register where it sits in a sheet, as offices keep them in Excel: title
// rows above the header (the party body, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", the year,
// often merged across the page), a header of one row or of two (a merged group
// title over its columns), the column numbers (1), (2)... of the printed form,
// the register's lines, and below them totals and the signatures. The rows
// are kept as read, so that a line's number is the row the clerk sees.
class RegisterTable final
{
public:
    using Register = RegisterImport::Register;

    RegisterTable() = default;

    // The header is the row, among the first 15 that are not blank, with the
    // most titles RegisterColumns knows, completed by the row above or below
    // it when titles span two rows; the earliest wins a tie. Without any known
    // title, the first row that is not blank is the header. Under it, blank
    // rows, column numbers, a repeated header, totals ("Tổng cộng", "Cộng"),
    // signature lines ("Người lập", "(Ký, ghi rõ họ tên)", "…, ngày … tháng …
    // năm …") and the names under them are not lines of the register, nor are
    // rows below the last line that hold no text (a number alone, filler).
    // A row in the middle of the register is never left out for holding too
    // little: it is read, and its problems are named.
    static RegisterTable locate(Register which, spreadsheet::Rows rows);

    // Every row of the sheet: index i is line i + 1 of the file.
    [[nodiscard]] const spreadsheet::Rows &rows() const { return m_rows; }
    // The column titles (a title found twice gets " (2)" so that each names one column).
    [[nodiscard]] const QStringList &header() const { return m_header; }
    // The header's first line in the file; 0 for an empty sheet.
    [[nodiscard]] int headerLine() const { return m_headerFirst + 1; }
    // The register's lines, as indexes into rows().
    [[nodiscard]] const QList<int> &dataRows() const { return m_data; }
    [[nodiscard]] QStringList cells(int index) const { return m_rows.value(index); }

private:
    spreadsheet::Rows m_rows;
    QStringList m_header;
    int m_headerFirst = -1;
    QList<int> m_data;
};

} // namespace vanphong::documents
