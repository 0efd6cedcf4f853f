#pragma once

#include "AssetEvent.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::assets {

// What happens to the register's items after they are entered: each is a
// line of the item's history (asset_events) and changes the item with it, in
// one transaction, audited. Permission::KeepAssets. A change dated in a year
// whose depreciation is locked, that would alter it (an upgrade, a
// revaluation, the end of a fixed asset), is refused.
class AssetMovements final
{
    Q_DECLARE_TR_FUNCTIONS(AssetMovements)
public:
    AssetMovements(storage::Database &db, QString actor);

    // Handed over to a room and/or keeper, with the hand-over record's number.
    [[nodiscard]] storage::Result<AssetEvent> move(qint64 assetId, const QDate &on, const QString &toRoom, const QString &toCustodian,
                                                   const QString &record, const QString &note = {});
    // A repair done, with its cost; the item is back in use, or still under repair.
    [[nodiscard]] storage::Result<AssetEvent> repair(qint64 assetId, const QDate &on, qint64 cost, const QString &what,
                                                     bool stillUnderRepair = false);
    // In use, under repair or idle.
    [[nodiscard]] storage::Result<AssetEvent> setStatus(qint64 assetId, const QDate &on, Asset::Status status, const QString &note);
    // Cost added by an upgrade; `remainingYears` > 0 sets the life left from that year.
    [[nodiscard]] storage::Result<AssetEvent> upgrade(qint64 assetId, const QDate &on, qint64 addedCost, int remainingYears,
                                                      const QString &document, const QString &note = {});
    // The cost (and, if the decision says, the accumulated depreciation and the life left) set by a revaluation.
    [[nodiscard]] storage::Result<AssetEvent> revalue(qint64 assetId, const QDate &on, qint64 newCost, std::optional<qint64> accumulated,
                                                      int remainingYears, const QString &decision, const QString &note = {});
    // Disposed of (thanh lý) under `decision`, recorded in `record`, for `proceeds` đồng.
    [[nodiscard]] storage::Result<AssetEvent> dispose(qint64 assetId, const QDate &on, const QString &decision, const QString &record,
                                                      qint64 proceeds, const QString &note = {});
    // Lost, as its record states.
    [[nodiscard]] storage::Result<AssetEvent> lose(qint64 assetId, const QDate &on, const QString &record, const QString &note = {});
    // Transferred out to `receiver` under `decision`.
    [[nodiscard]] storage::Result<AssetEvent> transfer(qint64 assetId, const QDate &on, const QString &receiver, const QString &decision,
                                                       const QString &note = {});

    // The item's history, oldest first.
    [[nodiscard]] storage::Result<QList<AssetEvent>> history(qint64 assetId) const;
    [[nodiscard]] storage::Result<AssetEvent> event(qint64 eventId) const;

    // The row's fields as the audit log keeps them (office::AuditCrossCheck compares them).
    static QJsonObject logged(const AssetEvent &event);
    // A line of the item's history as a person reads it, in parts: the day, what
    // happened, what changed ("Văn phòng → Phòng họp"), the status it left, the
    // amount, the decision, record and note. Translated.
    static QStringList describe(const AssetEvent &event);
    // "Bàn giao", "Sửa chữa"...: translated.
    static QString kindName(AssetEvent::Kind kind);
    static QString statusName(Asset::Status status);

private:
    // Records `event` for its item, after the checks every movement shares.
    [[nodiscard]] storage::Result<AssetEvent> record(AssetEvent event);
    // Ok unless the event's record number already names another act.
    [[nodiscard]] storage::Status checkRecord(const AssetEvent &event) const;

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::assets
