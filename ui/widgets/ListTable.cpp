#include "ListTable.h"

#include <algorithm>

#include <QHeaderView>
#include <QTableWidget>

namespace vanphong::ui {

QTableWidget *ListTable::make(const QStringList &headers, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    // Each column at least as wide as its title, before any row is there.
    for (int i = 0; i < headers.size(); ++i)
        if (i != stretchColumn)
            table->setColumnWidth(i, table->horizontalHeader()->sectionSizeHint(i));
    return table;
}

void ListTable::fitColumns(QTableWidget *table, int stretchColumn)
{
    // No column wider than a short phrase: a long purpose or name is cut
    // with "…" (the whole text is in the tooltip) rather than leaving the
    // stretched column, the title, a few letters at 1024 pixels.
    const int widest = table->fontMetrics().averageCharWidth() * 26;
    for (int i = 0; i < table->columnCount(); ++i)
        if (i != stretchColumn) {
            table->resizeColumnToContents(i);
            table->setColumnWidth(i, std::min(table->columnWidth(i), widest));
        }
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (QTableWidgetItem *item = table->item(r, c); item && item->toolTip().isEmpty())
                item->setToolTip(item->text());
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace vanphong::ui
