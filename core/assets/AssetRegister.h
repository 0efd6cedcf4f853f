#pragma once

#include "Asset.h"
#include "spreadsheet/Sheet.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::assets {

struct AssetFilter
{
    std::optional<Asset::Book> book;
    std::optional<Asset::Status> status;
    bool currentOnly = false;  // without items disposed of, lost or transferred out
    QString categoryCode;
    QString room;              // exactly, case ignored
    QString custodian;
    QString text;              // words of the code, name, serial, specification, room or custodian; marks and case ignored
    int limit = 500;
    int offset = 0;
    bool registerOrder = true; // by code (the only order; ListExporter sets it)
};

// The asset register (sổ tài sản): its items, entered, corrected, listed and
// found. What happens to an item later (moved, repaired, upgraded, disposed
// of) is AssetMovements; its yearly depreciation, AnnualDepreciation. Every
// write needs Permission::KeepAssets and is audited.
class AssetRegister final
{
    Q_DECLARE_TR_FUNCTIONS(AssetRegister)
public:
    AssetRegister(storage::Database &db, QString actor);

    // Enters an item; its code is made from its category's prefix when none
    // is given, and its book (fixed asset or tool) follows the office's
    // thresholds unless `keepBook` (an import that says which book).
    [[nodiscard]] storage::Result<Asset> add(Asset item, bool keepBook = false);
    // Corrects what describes an item (name, category, serial, documents,
    // funding, rate, note), and its acquisition, original cost or opening
    // values while no locked year holds its depreciation. Its place, keeper
    // and status change through AssetMovements, so that its history has them.
    [[nodiscard]] storage::Status correct(const Asset &changed, const QString &reason);

    [[nodiscard]] storage::Result<QList<Asset>> list(const AssetFilter &filter) const;
    [[nodiscard]] storage::Result<Asset> get(qint64 id) const;
    // By its code, case ignored ("mt-0003" is MT-0003): what a scanner types.
    [[nodiscard]] storage::Result<Asset> find(const QString &code) const;
    // The items as a spreadsheet, under the book's titles (Permission::ExportAssets).
    [[nodiscard]] storage::Result<spreadsheet::Sheet> exportSheet(const QList<Asset> &items) const;
    // How many items the register holds, for the page's count.
    [[nodiscard]] storage::Result<int> count() const;

    // The row's fields as the audit log keeps them (office::AuditCrossCheck compares them).
    static QJsonObject logged(const Asset &item);
    // What the search compares: code, name, serial, specification, room and custodian, folded.
    static QString foldedText(const Asset &item);
    // A problem with the item's fields, translated; empty when it can be saved.
    static QString check(const Asset &item);

private:
    [[nodiscard]] storage::Result<QString> nextCode(const QString &prefix) const;
    storage::Status fillCategory(Asset &item) const;
    // Ok unless a fixed asset acquired in a locked year lacks its opening values.
    [[nodiscard]] storage::Status checkOpening(const Asset &item) const;

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::assets
