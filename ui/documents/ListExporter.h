#pragma once

#include "spreadsheet/Sheet.h"

#include <QCoreApplication>

class QWidget;

namespace vanphong::ui {

// Saves a register list where the clerk chooses, as XLSX, ODS or CSV (by the
// filter chosen or the name typed); written whole or not at all. Only this
// file, which the clerk asked for, leaves the encrypted database.
class ListExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ListExporter)
public:
    static void save(QWidget *parent, const spreadsheet::Sheet &sheet, const QString &suggestedName);
};

} // namespace vanphong::ui
