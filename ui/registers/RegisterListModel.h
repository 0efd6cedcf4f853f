#pragma once

#include <QAbstractTableModel>

namespace vanphong::ui {

// What a register page needs of its list, whatever the register: the line
// under a row, and the row of a line. RegisterTableModel is the one
// implementation, for each register's line type.
class RegisterListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Lines read at a time (fetchMore): never the whole register at once.
    static constexpr int PageSize = 500;

    using QAbstractTableModel::QAbstractTableModel;

    // The line's id under `row`; 0 for none.
    virtual qint64 idAt(int row) const = 0;
    // The row showing line `id`, or -1.
    int rowOf(qint64 id) const;
    virtual void clear() = 0;
};

} // namespace vanphong::ui
