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
    return table;
}

} // namespace vanphong::ui
