#pragma once

#include "PackageTable.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QVariant>

#include <functional>
#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// The rows of one meeting, table by table (PackageTable), keyed by their
// primary key written as text ("12", or "3/7" for two columns). Three of
// these meet when a package comes back: as exported, as the office has it
// now, and as the laptop left it.
class PackageSnapshot final
{
public:
    using Row = QVariantList; // the table's columns, in PackageTable order

    // How a stored value is read: a secret meeting's sealed words are opened
    // (MeetingSeals::openValue), since each file seals them with its own keys
    // and only the words themselves can be compared. Left empty, as stored.
    using ValueReader = std::function<QVariant(const QString &table, const QString &column, const QVariant &stored)>;

    [[nodiscard]] static storage::Result<PackageSnapshot> read(storage::Database &db, qint64 meetingId,
                                                               const ValueReader &reader = {});

    // A stable byte form (tables in PackageTable order, rows by key): stored
    // with the export, and hashed to notice a change underneath a merge.
    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] static std::optional<PackageSnapshot> deserialize(const QByteArray &data);
    [[nodiscard]] QByteArray digest() const;

    [[nodiscard]] const QMap<QString, Row> &rows(const QString &table) const;
    [[nodiscard]] const Row *row(const QString &table, const QString &key) const;
    [[nodiscard]] QVariant value(const QString &table, const QString &key, const QString &column) const;
    void insert(const QString &table, const QString &key, Row row) { m_tables[table].insert(key, std::move(row)); }

    // Equal as stored: both NULL, or the same text (SQLite gives integers
    // back as numbers, a stored snapshot as text).
    [[nodiscard]] static bool same(const QVariant &a, const QVariant &b);
    [[nodiscard]] static bool sameRow(const Row &a, const Row &b);
    [[nodiscard]] static QString keyOf(const QVariantList &keyValues);
    [[nodiscard]] static QVariantList keyValues(const QString &key);

private:
    QHash<QString, QMap<QString, Row>> m_tables;
};

} // namespace vanphong::meetings
