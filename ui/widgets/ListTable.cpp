#include "ListTable.h"

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
    for (int i = 0; i < table->columnCount(); ++i)
        if (i != stretchColumn)
            table->resizeColumnToContents(i);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace vanphong::ui
