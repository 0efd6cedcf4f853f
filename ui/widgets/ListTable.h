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
};

} // namespace vanphong::ui
