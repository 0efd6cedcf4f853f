#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace vanphong::ui {

// Fits a register's columns to the width the table has: the text column
// (the excerpt, trích yếu) takes what is left and wraps onto two lines; the
// others are as wide as their contents up to a cap; when the table is too
// narrow for the excerpt to be read, the least needed columns are hidden, in
// the order given, and come back when there is room.
class ColumnFitter final : public QObject
{
    Q_OBJECT
public:
    struct Column
    {
        int column;
        int maxWidth; // in pixels at the font's size, scaled with it
    };

    ColumnFitter(QTableView *table, int textColumn, QList<Column> columns, QList<int> hideFirst);

    // Measures the contents again (after the rows changed) and fits.
    void refit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Hides or shows columns for the room there is, and sets the widths.
    void fit();

    QTableView *m_table;
    int m_textColumn;
    QList<Column> m_columns;
    QList<int> m_hideFirst;
    QList<int> m_contentWidth; // by column: what its contents need, capped
};

} // namespace vanphong::ui
