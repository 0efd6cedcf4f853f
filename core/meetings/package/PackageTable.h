#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vanphong::meetings {

// One table of a meeting package: which rows belong to the meeting, the
// columns compared field by field when the package comes back, and the
// columns that point at rows of another table of the package (a row added on
// the laptop gets a new id at the office, and whatever points at it follows).
struct PackageTable
{
    QString name;
    QStringList keys;                   // the primary key
    QStringList columns;                // compared and merged, in this order
    QString scope;                      // WHERE clause; one ? bound to the meeting id
    QHash<QString, QString> references; // column -> table of the package
    bool rowsComeAndGo = true;          // rows may be added or removed on the laptop

    // A single INTEGER id: rows added on the laptop take a new one at the office.
    [[nodiscard]] bool ownsIds() const { return keys == QStringList{QStringLiteral("id")}; }
    [[nodiscard]] int columnIndex(const QString &column) const { return int(columns.indexOf(column)); }

    // Every table of a package, parents before children.
    static const QList<PackageTable> &all();
    static const PackageTable *find(const QString &name);
};

} // namespace vanphong::meetings
