#include "PageLayout.h"

#include <QPageSize>

namespace vanphong::reports {

namespace {
const QMarginsF PartyMargins(30, 20, 15, 20); // left, top, right, bottom, in millimetres
}

QPageLayout PageLayout::portrait()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, PartyMargins, QPageLayout::Millimeter);
}

QPageLayout PageLayout::landscape()
{
    // Turned sideways the binding edge is at the top; keep the wider margin on the left as bound books are.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, PartyMargins, QPageLayout::Millimeter);
}

QTextCharFormat PageLayout::text(qreal points, bool bold, bool italic, bool underline)
{
    QTextCharFormat f;
    f.setFontFamilies({fontFamily()});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setFontUnderline(underline);
    return f;
}

QString PageLayout::fontFamily()
{
    return QStringLiteral("Times New Roman");
}

} // namespace vanphong::reports
