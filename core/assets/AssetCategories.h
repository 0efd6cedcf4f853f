#pragma once

#include "AssetCategory.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::assets {

// The office's table of asset categories: editable data with defaults. The
// defaults follow the kinds and rates of Thông tư 23/2023/TT-BTC, Phụ lục I
// as far as they could be read when they were written; each says it is to be
// checked (cần đối chiếu) until the accountant compares it with the
// Thông tư and marks it checked. A rate changed applies to every year not yet
// locked when the depreciation is run again.
class AssetCategories final
{
    Q_DECLARE_TR_FUNCTIONS(AssetCategories)
public:
    explicit AssetCategories(storage::Database &db);

    [[nodiscard]] storage::Result<QList<AssetCategory>> all() const;
    [[nodiscard]] storage::Result<AssetCategory> find(const QString &code) const;
    // Replaces the table (Permission::KeepAssets); audited. A category that
    // items use cannot be removed.
    [[nodiscard]] storage::Status save(const QList<AssetCategory> &categories, const QString &actor);
    static QList<AssetCategory> defaults();
    // "Thông tư 23/2023/TT-BTC, Phụ lục I (cần đối chiếu)" while not checked.
    static QString describeSource(const AssetCategory &category);

private:
    storage::Database &m_db;
};

} // namespace vanphong::assets
