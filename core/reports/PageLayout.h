#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QTextCharFormat>

namespace vanphong::reports {

// The Party format's page (DOMAIN.md): A4, margins top/bottom 20 mm,
// left 30 mm, right 15 mm (the "check" defaults), Times New Roman.
class PageLayout final
{
public:
    static QPageLayout portrait();
    static QPageLayout landscape(); // registers
    static QString fontFamily();    // "Times New Roman" (Liberation Serif on Linux)
    // Text of the printed documents: the format's font at a size and style.
    static QTextCharFormat text(qreal points, bool bold = false, bool italic = false, bool underline = false);
};

} // namespace vanphong::reports
