#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace vanphong::spreadsheet {

// One table to write: a title row and rows of values. A value is a QString,
// an int or a QDate; each format writes a QDate as a real date cell, so that
// the office's spreadsheet sorts and filters it as a date.
struct Sheet
{
    QString name;            // the sheet's tab
    QStringList header;
    QList<QVariantList> rows;
};

// What was read from a file: rows of cells as text, the first one the
// header; dates as dd/MM/yyyy whatever the file stored.
using Rows = QList<QStringList>;

} // namespace vanphong::spreadsheet
