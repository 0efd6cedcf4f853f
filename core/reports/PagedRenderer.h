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
    static void markRestart(QTextBlockFormat &format) { format.setProperty(RestartNumbering, true); }

    // Returns the number of pages painted, 0 on failure.
    static int render(QTextDocument &document, QPagedPaintDevice &device, const QPageLayout &layout);
    // Writes a PDF file; false if it cannot be written.
    [[nodiscard]] static bool writePdf(QTextDocument &document, const QPageLayout &layout, const QString &path,
                                       const QString &title, int *pages = nullptr);
};

} // namespace vanphong::reports
