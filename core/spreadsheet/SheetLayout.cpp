#include "SheetLayout.h"

#include <QDate>

#include <algorithm>

namespace vanphong::spreadsheet {

QList<int> SheetLayout::columnWidths(const Sheet &sheet)
{
    QList<int> widths;
    const auto measure = [&widths](int column, const QVariant &value) {
        while (widths.size() <= column)
            widths << 6;
        const int length = value.metaType().id() == QMetaType::QDate ? 10 : int(value.toString().size());
        widths[column] = std::clamp(length + 2, widths[column], 60);
    };
    for (int c = 0; c < sheet.header.size(); ++c)
        measure(c, sheet.header.at(c));
    // The first thousand rows tell enough about a column.
    for (int r = 0; r < std::min<qsizetype>(sheet.rows.size(), 1000); ++r)
        for (int c = 0; c < sheet.rows.at(r).size(); ++c)
            measure(c, sheet.rows.at(r).at(c));
    return widths;
}

QString SheetLayout::xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r')
            if (u != 0xFFFE && u != 0xFFFF)
                out += c;
    }
    return out;
}

} // namespace vanphong::spreadsheet
