#pragma once

#include "RegisterImport.h"

#include <QString>
#include <QStringList>

namespace vanphong::documents {

// The titles offices give the columns of their registers, and the field each
// one holds: the registers of Nghị định 30/2020/NĐ-CP (Phụ lục VI), the
// Party's register forms (Quy định 693-QĐ/VPTW), VanPhong's own spreadsheet
// export and printed book, and the words clerks use in their own sheets.
// Titles are compared normalised: marks, case, punctuation and line breaks
// ignored, so that "Số,\nký hiệu" is "so ky hieu".
class RegisterColumns final
{
public:
    using Register = RegisterImport::Register;

    // The fields, in the register's order.
    static QStringList fields(Register which);
    // Field -> column title. The most specific title wins (a whole title
    // before a title's first words, a longer one before a shorter one), and
    // each column goes to one field only: "Số" alone is not also "Số đến".
    static RegisterImport::Mapping guess(Register which, const QStringList &titles);
    // Whether a title names a column of this register, including the columns
    // nothing is read from (Ký nhận, Ghi chú, Ngày chuyển...): how the header
    // row is told from the title rows above it.
    static bool isKnown(Register which, const QString &title);
    static int knownCount(Register which, const QStringList &titles);
    // "Tên loại và trích yếu nội dung": the type's name and the excerpt in one
    // column, as the official registers and VanPhong's printed book have them.
    static bool holdsTypeAndExcerpt(const QString &title);
    // Folded (search/VietnameseFolding), every character but letters and
    // digits made a space, spaces simplified.
    static QString normalise(const QString &text);
};

} // namespace vanphong::documents
