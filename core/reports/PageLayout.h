#pragma once

#include <QMarginsF>
#include <QPageLayout>

namespace vanphong::reports {

// The Party format's page (DOMAIN.md): A4, margins top/bottom 20 mm,
// left 30 mm, right 15 mm (the "check" defaults), Times New Roman.
class PageLayout final
{
public:
    static QPageLayout portrait();
    static QPageLayout landscape(); // registers
    static QString fontFamily();    // "Times New Roman" (Liberation Serif on Linux)
};

} // namespace vanphong::reports
