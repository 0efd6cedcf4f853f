#pragma once

#include <QByteArray>
#include <QString>

namespace vanphong::reports {

// Adds the author and the subject to a PDF's document information (what
// pdfinfo, a file manager or a reader's "Properties" show). Qt 6.4's
// QPdfWriter writes only the title and the creator (setAuthor came later),
// so the entries are put into the Info dictionary Qt wrote, and the
// cross-reference table's offsets after it are moved by as many bytes.
// Strings are written as UTF-16BE with a byte-order mark, as the PDF
// standard asks for text outside PDFDocEncoding ("Văn phòng Đảng ủy").
class PdfInfoPatch final
{
public:
    // The PDF with the entries added; empty when its layout is not the one
    // Qt writes (one classic xref table, an Info reference in the trailer).
    static QByteArray withEntries(const QByteArray &pdf, const QString &author, const QString &subject);
    // Rewrites the file in place; false when it cannot be read, patched or written.
    [[nodiscard]] static bool apply(const QString &path, const QString &author, const QString &subject);
};

} // namespace vanphong::reports
