#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace vanphong::ui {

// A read-only list of rows chosen one at a time: the look of every small
// table in the meeting tabs, one column stretched to the width.
class ListTable final
{
public:
    static QTableWidget *make(const QStringList &headers, int stretchColumn, QWidget *parent);
    // After the rows changed: each column as wide as its texts, up to a short
    // phrase, the stretched one taking what is left (never pushing the others
    // past the right edge); every cell's whole text in its tooltip.
    static void fitColumns(QTableWidget *table, int stretchColumn);
};

} // namespace vanphong::ui
