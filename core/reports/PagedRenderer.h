#pragma once

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace vanphong::reports {

// Lays a QTextDocument out on pages of a paint device (PDF writer or
// printer) and paints them with a page number at the bottom from page 2 on,
// as the Party format has it. Table header rows repeat on each page.
class PagedRenderer final
{
public:
    // Returns the number of pages painted, 0 on failure.
    static int render(QTextDocument &document, QPagedPaintDevice &device, const QPageLayout &layout);
    // Writes a PDF file; false if it cannot be written.
    [[nodiscard]] static bool writePdf(QTextDocument &document, const QPageLayout &layout, const QString &path,
                                       const QString &title, int *pages = nullptr);
};

} // namespace vanphong::reports
