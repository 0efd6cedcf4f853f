#pragma once

#include <QPageLayout>
#include <QString>
#include <QTextFormat>

class QPagedPaintDevice;
class QTextDocument;

namespace vanphong::reports {

// Lays a QTextDocument out on pages of a paint device (PDF writer or
// printer) and paints them with a page number at the bottom from page 2 on,
// as the Party format has it. Table header rows repeat on each page. A
// block marked with RestartNumbering begins a document of its own (the
// second copy of the minutes, the next invitation): its page is page 1 again.
class PagedRenderer final
{
public:
    static constexpr int RestartNumbering = QTextFormat::UserProperty + 1;
    // A block of one line with a thin rule under it as long as its text (the
    // line under "ĐẢNG CỘNG SẢN VIỆT NAM"), painted as a line of its own.
    static constexpr int RuleUnder = QTextFormat::UserProperty + 2;
    // A block kept on one line, its text made smaller when the line is too
    // narrow for it (OneLineFitter): a register's number and symbol, a date.
    static constexpr int OneLine = QTextFormat::UserProperty + 3;
    // A table (a frame of the root frame) printed whole on one page, moved to
    // the next page rather than cut (the signatures: a title on one page and
    // the name under it on the next is no place to sign).
    static constexpr int KeepTogether = QTextFormat::UserProperty + 4;
    // On a KeepTogether table: how many paragraphs before it go with it to
    // the next page (an int). A signature block never stands alone at the top
    // of a page (nothing above it to show what is signed; 36-HD/VPTW's
    // technique keeps the signature with the text's last lines).
    static constexpr int KeepWithPrevious = QTextFormat::UserProperty + 5;
    // On a block: its first line's indent in millimetres (a double). Qt counts
    // a text indent in the paint device's pixels, unlike margins (pixels of
    // 1/96 inch, scaled), so the renderer sets it for the device it paints on
    // (PageLayout::bodyParagraph).
    static constexpr int FirstLineIndentMm = QTextFormat::UserProperty + 6;
    // On a table row's first cell (its QTextTableCellFormat): a heading row
    // ("Năm 2026" in the archive index) that goes to the next page with the
    // row after it rather than stay alone at a page's bottom (TableRowKeeper).
    static constexpr int KeepWithNextRow = QTextFormat::UserProperty + 7;
    static void markRestart(QTextBlockFormat &format) { format.setProperty(RestartNumbering, true); }

    // What a PDF says of itself (pdfinfo, a reader's "Properties"), in
    // Vietnamese as the paper: its name, its subject and the office that made it.
    struct PdfInfo
    {
        // From a title alone (a test's or a tool's file): no author nor subject.
        PdfInfo(QString t = {}, QString s = {}, QString a = {}) // NOLINT(google-explicit-constructor)
            : title(std::move(t)), subject(std::move(s)), author(std::move(a)) {}
        QString title;   // "Biên bản Hội nghị Ban Thường vụ Đảng ủy ngày …"
        QString subject;
        QString author;  // "Văn phòng Đảng ủy xã Tân Phú"
    };

    // Returns the number of pages painted, 0 on failure.
    static int render(QTextDocument &document, QPagedPaintDevice &device, const QPageLayout &layout);
    // Writes a PDF file; false if it cannot be written.
    [[nodiscard]] static bool writePdf(QTextDocument &document, const QPageLayout &layout, const QString &path,
                                       const PdfInfo &info, int *pages = nullptr);
    // The same PDF in memory, for a copy kept inside the office file (never a
    // plaintext file on disk); empty on failure.
    [[nodiscard]] static QByteArray pdfBytes(QTextDocument &document, const QPageLayout &layout, const PdfInfo &info,
                                             int *pages = nullptr);
};

} // namespace vanphong::reports
