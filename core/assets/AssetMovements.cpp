#include "AssetMovements.h"

#include "AnnualDepreciation.h"
#include "AssetRegister.h"
#include "Money.h"
#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::assets {

using storage::StorageError;
using K = StorageError::Kind;
using Kind = AssetEvent::Kind;

namespace {
QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QString day(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

const QString EventColumns = QStringLiteral(
    "id, asset_id, kind, happened_on, amount, accumulated, remaining_years, from_room, to_room, from_custodian, to_custodian,"
    " status, document, record, note, created_by, created_at");

AssetEvent eventFromRow(const QSqlQuery &q)
{
    AssetEvent e;
    e.id = q.value(0).toLongLong();
    e.assetId = q.value(1).toLongLong();
    e.kind = AssetEvent::kindFromCode(q.value(2).toString()).value_or(Kind::Move);
    e.on = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (!q.value(4).isNull())
        e.amount = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        e.accumulated = q.value(5).toLongLong();
    e.remainingYears = q.value(6).toInt();
    e.fromRoom = q.value(7).toString();
    e.toRoom = q.value(8).toString();
    e.fromCustodian = q.value(9).toString();
    e.toCustodian = q.value(10).toString();
    e.status = Asset::statusFromCode(q.value(11).toString()).value_or(Asset::Status::InUse);
    e.document = q.value(12).toString();
    e.record = q.value(13).toString();
    e.note = q.value(14).toString();
    e.createdBy = q.value(15).toString();
    e.createdAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODate);
    return e;
}

// A change that alters what a year's depreciation of a fixed asset is.
bool altersDepreciation(Kind kind)
{
    return kind == Kind::Upgrade || kind == Kind::Revalue || kind == Kind::Dispose || kind == Kind::Lose || kind == Kind::Transfer;
}
} // namespace

AssetMovements::AssetMovements(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QString AssetMovements::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Move: return tr("Handed over");
    case Kind::Repair: return tr("Repaired");
    case Kind::Status: return tr("Status changed");
    case Kind::Upgrade: return tr("Upgraded");
    case Kind::Revalue: return tr("Revalued");
    case Kind::Dispose: return tr("Disposed of");
    case Kind::Lose: return tr("Lost");
    case Kind::Transfer: return tr("Transferred out");
    }
    return {};
}

QString AssetMovements::statusName(Asset::Status status)
{
    switch (status) {
    case Asset::Status::InUse: return tr("In use");
    case Asset::Status::UnderRepair: return tr("Under repair");
    case Asset::Status::Idle: return tr("Idle");
    case Asset::Status::Transferred: return tr("Transferred out");
    case Asset::Status::Disposed: return tr("Disposed of");
    case Asset::Status::Lost: return tr("Lost");
    }
    return {};
}

QStringList AssetMovements::describe(const AssetEvent &e)
{
    QStringList parts{day(e.on), kindName(e.kind)};
    if (e.kind == Kind::Move) {
        // "Văn phòng → Phòng họp", "Trần Văn Bình → Lê Thị Cúc": what changed.
        if (e.fromRoom != e.toRoom)
            parts << QStringLiteral("%1 → %2").arg(e.fromRoom.isEmpty() ? QStringLiteral("—") : e.fromRoom, e.toRoom);
        if (e.fromCustodian != e.toCustodian)
            parts << QStringLiteral("%1 → %2").arg(e.fromCustodian.isEmpty() ? QStringLiteral("—") : e.fromCustodian, e.toCustodian);
    }
    if (e.kind == Kind::Transfer)
        parts << e.toCustodian;
    if (e.kind == Kind::Status || e.kind == Kind::Repair)
        parts << statusName(e.status);
    if (e.amount)
        parts << Money::format(*e.amount);
    for (const QString &s : {e.document, e.record, e.note})
        if (!s.isEmpty())
            parts << s;
    return parts;
}

QJsonObject AssetMovements::logged(const AssetEvent &e)
{
    return {{QStringLiteral("asset_id"), e.assetId}, {QStringLiteral("kind"), AssetEvent::kindCode(e.kind)},
            {QStringLiteral("happened_on"), iso(e.on)}, {QStringLiteral("amount"), e.amount ? QJsonValue(*e.amount) : QJsonValue()},
            {QStringLiteral("accumulated"), e.accumulated ? QJsonValue(*e.accumulated) : QJsonValue()},
            {QStringLiteral("remaining_years"), e.remainingYears}, {QStringLiteral("from_room"), e.fromRoom},
            {QStringLiteral("to_room"), e.toRoom}, {QStringLiteral("from_custodian"), e.fromCustodian},
            {QStringLiteral("to_custodian"), e.toCustodian}, {QStringLiteral("status"), Asset::statusCode(e.status)},
            {QStringLiteral("document"), e.document}, {QStringLiteral("record"), e.record}, {QStringLiteral("note"), e.note}};
}

storage::Result<AssetEvent> AssetMovements::move(qint64 assetId, const QDate &on, const QString &toRoom, const QString &toCustodian,
                                                 const QString &record, const QString &note)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Move;
    e.on = on;
    e.toRoom = toRoom.simplified();
    e.toCustodian = toCustodian.simplified();
    e.record = record.simplified();
    e.note = note.simplified();
    return this->record(e);
}

storage::Result<AssetEvent> AssetMovements::repair(qint64 assetId, const QDate &on, qint64 cost, const QString &what, bool stillUnderRepair)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Repair;
    e.on = on;
    e.amount = cost;
    e.note = what.simplified();
    e.status = stillUnderRepair ? Asset::Status::UnderRepair : Asset::Status::InUse;
    return record(e);
}

storage::Result<AssetEvent> AssetMovements::setStatus(qint64 assetId, const QDate &on, Asset::Status status, const QString &note)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Status;
    e.on = on;
    e.status = status;
    e.note = note.simplified();
    return record(e);
}

storage::Result<AssetEvent> AssetMovements::upgrade(qint64 assetId, const QDate &on, qint64 addedCost, int remainingYears,
                                                    const QString &document, const QString &note)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Upgrade;
    e.on = on;
    e.amount = addedCost;
    e.remainingYears = remainingYears;
    e.document = document.simplified();
    e.note = note.simplified();
    return record(e);
}

storage::Result<AssetEvent> AssetMovements::revalue(qint64 assetId, const QDate &on, qint64 newCost, std::optional<qint64> accumulated,
                                                    int remainingYears, const QString &decision, const QString &note)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Revalue;
    e.on = on;
    e.amount = newCost;
    e.accumulated = accumulated;
    e.remainingYears = remainingYears;
    e.document = decision.simplified();
    e.note = note.simplified();
    return record(e);
}

storage::Result<AssetEvent> AssetMovements::dispose(qint64 assetId, const QDate &on, const QString &decision, const QString &record,
                                                    qint64 proceeds, const QString &note)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Dispose;
    e.on = on;
    e.amount = proceeds;
    e.document = decision.simplified();
    e.record = record.simplified();
    e.note = note.simplified();
    e.status = Asset::Status::Disposed;
    return this->record(e);
}

storage::Result<AssetEvent> AssetMovements::lose(qint64 assetId, const QDate &on, const QString &record, const QString &note)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Lose;
    e.on = on;
    e.record = record.simplified();
    e.note = note.simplified();
    e.status = Asset::Status::Lost;
    return this->record(e);
}

storage::Result<AssetEvent> AssetMovements::transfer(qint64 assetId, const QDate &on, const QString &receiver, const QString &decision,
                                                     const QString &note)
{
    AssetEvent e;
    e.assetId = assetId;
    e.kind = Kind::Transfer;
    e.on = on;
    e.toCustodian = receiver.simplified();
    e.document = decision.simplified();
    e.note = note.simplified();
    e.status = Asset::Status::Transferred;
    return record(e);
}

storage::Result<AssetEvent> AssetMovements::record(AssetEvent e)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    AssetRegister reg(m_db, m_actor);
    auto item = reg.get(e.assetId);
    if (!item)
        return item.error();
    const Asset before = item.value();
    Asset after = before;
    const auto invalid = [](const QString &message) { return StorageError::make(K::Invalid, message); };
    if (!e.on.isValid())
        return invalid(tr("Give the day it happened."));
    if (e.on > QDate::currentDate())
        return invalid(tr("The day it happened (%1) is after today.").arg(day(e.on)));
    if (e.on < before.acquiredOn)
        return invalid(tr("%1 was acquired on %2: nothing happened to it before.").arg(before.code, day(before.acquiredOn)));
    if (before.hasEnded())
        return invalid(tr("%1 left the register (%2 on %3).").arg(before.code, statusName(before.status), day(before.endedOn)));
    if (e.amount && (*e.amount < 0 || *e.amount > Money::Max))
        return invalid(tr("An amount is a whole number of đồng from 0 to %1.").arg(Money::format(Money::Max)));
    if (before.book == Asset::Book::Fixed && altersDepreciation(e.kind))
        if (auto open = AnnualDepreciation::checkOpenYear(m_db, e.on); !open)
            return open.error();
    // In order: a movement dated before the item's latest one would rewrite
    // where it is now with an older fact.
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT max(happened_on) FROM asset_events WHERE asset_id = ?"));
        q.addBindValue(before.id);
        if (!q.exec() || !q.next())
            return m_db.errorFor(q.lastError());
        const QDate latest = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (latest.isValid() && e.on < latest)
            return invalid(tr("The latest movement of %1 is dated %2: movements are recorded in order, from that day on.")
                               .arg(before.code, day(latest)));
    }
    e.fromRoom = before.room;
    e.fromCustodian = before.custodian;
    switch (e.kind) {
    case Kind::Move:
        if (e.toRoom.isEmpty())
            e.toRoom = before.room;
        if (e.toCustodian.isEmpty())
            e.toCustodian = before.custodian;
        if (e.toRoom == before.room && e.toCustodian == before.custodian)
            return invalid(tr("Say the room or the keeper %1 is handed over to.").arg(before.code));
        after.room = e.toRoom;
        after.custodian = e.toCustodian;
        e.status = before.status;
        break;
    case Kind::Repair:
        if (e.note.isEmpty())
            return invalid(tr("Say what was repaired."));
        after.status = e.status;
        break;
    case Kind::Status:
        if (e.status != Asset::Status::InUse && e.status != Asset::Status::UnderRepair && e.status != Asset::Status::Idle)
            return invalid(tr("An item is put in use, under repair or idle; its disposal, loss or transfer is recorded as such."));
        if (e.status == before.status)
            return invalid(tr("%1 is already %2.").arg(before.code, statusName(before.status).toLower()));
        after.status = e.status;
        break;
    case Kind::Upgrade:
        if (!e.amount || *e.amount <= 0)
            return invalid(tr("Give the cost the upgrade added."));
        if (e.document.isEmpty())
            return invalid(tr("Give the decision or invoice of the upgrade."));
        if (e.remainingYears < 0 || e.remainingYears > 100)
            return invalid(tr("The life left is a number of years, up to 100."));
        if (before.cost + *e.amount > Money::Max)
            return invalid(tr("The cost would exceed %1.").arg(Money::format(Money::Max)));
        after.cost = before.cost + *e.amount;
        e.status = before.status;
        break;
    case Kind::Revalue:
        if (!e.amount)
            return invalid(tr("Give the cost the revaluation set."));
        // A new cost below what was depreciated: the decision says what the accumulated becomes.
        if (!e.accumulated && before.book == Asset::Book::Fixed) {
            // What was accumulated when the revaluation takes effect: to the end of the year before it.
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT accumulated FROM asset_depreciation WHERE asset_id = ? AND year < ? ORDER BY year DESC LIMIT 1"));
            q.addBindValue(before.id);
            q.addBindValue(e.on.year());
            if (!q.exec())
                return m_db.errorFor(q.lastError());
            const qint64 then = q.next() ? q.value(0).toLongLong()
                                         : (before.openingYear > 0 && before.openingYear < e.on.year() ? before.openingAccumulated : 0);
            if (*e.amount < then)
                return invalid(tr("The new cost (%1) is below the depreciation accumulated (%2): give the accumulated depreciation the decision sets.")
                                   .arg(Money::format(*e.amount), Money::format(then)));
        }
        if (e.document.isEmpty())
            return invalid(tr("Give the decision of the revaluation."));
        if (e.accumulated && (*e.accumulated < 0 || *e.accumulated > *e.amount))
            return invalid(tr("The accumulated depreciation a revaluation sets is from 0 to its new cost."));
        if (e.remainingYears < 0 || e.remainingYears > 100)
            return invalid(tr("The life left is a number of years, up to 100."));
        after.cost = *e.amount;
        e.status = before.status;
        break;
    case Kind::Dispose:
        if (e.document.isEmpty())
            return invalid(tr("Give the decision that disposes of %1.").arg(before.code));
        after.status = Asset::Status::Disposed;
        after.endedOn = e.on;
        break;
    case Kind::Lose:
        if (e.record.isEmpty())
            return invalid(tr("Give the record that states the loss of %1.").arg(before.code));
        after.status = Asset::Status::Lost;
        after.endedOn = e.on;
        break;
    case Kind::Transfer:
        if (e.document.isEmpty() || e.toCustodian.isEmpty())
            return invalid(tr("Give the decision and the body %1 is transferred to.").arg(before.code));
        after.status = Asset::Status::Transferred;
        after.endedOn = e.on;
        break;
    }
    if (auto shared = checkRecord(e); !shared)
        return shared.error();
    e.createdBy = m_actor;
    e.createdAt = QDateTime::currentDateTime();

    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO asset_events (asset_id, kind, happened_on, amount, accumulated, remaining_years, from_room, to_room,"
                             " from_custodian, to_custodian, status, document, record, note, created_by, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.assetId), QVariant(AssetEvent::kindCode(e.kind)), QVariant(iso(e.on)),
                              e.amount ? QVariant(*e.amount) : QVariant(), e.accumulated ? QVariant(*e.accumulated) : QVariant(),
                              QVariant(e.remainingYears), storage::notNull(e.fromRoom), storage::notNull(e.toRoom), storage::notNull(e.fromCustodian),
                              storage::notNull(e.toCustodian), QVariant(Asset::statusCode(e.status)), storage::notNull(e.document), storage::notNull(e.record),
                              storage::notNull(e.note), storage::notNull(e.createdBy), QVariant(e.createdAt.toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    e.id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("UPDATE assets SET room = ?, custodian = ?, status = ?, cost = ?, ended_on = ?, folded = ? WHERE id = ?"));
    for (const QVariant &v : {storage::notNull(after.room), storage::notNull(after.custodian), QVariant(Asset::statusCode(after.status)), QVariant(after.cost),
                              after.endedOn.isValid() ? QVariant(iso(after.endedOn)) : QVariant(), QVariant(AssetRegister::foldedText(after)),
                              QVariant(after.id)})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QJsonObject newValues = AssetRegister::logged(after);
    newValues.insert(QStringLiteral("event"), e.id);
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("asset_events"), QString::number(e.id), QStringLiteral("insert"), {},
                     QString::fromUtf8(QJsonDocument(logged(e)).toJson(QJsonDocument::Compact))})
        || !log.append({m_actor, QStringLiteral("assets"), QString::number(after.id), AssetEvent::kindCode(e.kind),
                        QString::fromUtf8(QJsonDocument(AssetRegister::logged(before)).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(newValues).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return e;
}

storage::Status AssetMovements::checkRecord(const AssetEvent &e) const
{
    // A record's number names one act: a hand-over of that day to that room and
    // keeper, a disposal of that day under that decision. The same number on
    // another act would print it on a paper that never recorded it.
    if (e.record.isEmpty() || (e.kind != Kind::Move && e.kind != Kind::Dispose && e.kind != Kind::Lose))
        return storage::Ok{};
    const auto key = [](QString number) { return number.remove(QLatin1Char(' ')).toUpper(); };
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT record, happened_on, to_room, to_custodian, from_room, from_custodian, document, kind FROM asset_events"
                             " WHERE record <> ''"));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    while (q.next()) {
        if (key(q.value(0).toString()) != key(e.record))
            continue;
        const QDate on = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        bool same = q.value(7).toString() == AssetEvent::kindCode(e.kind) && on == e.on;
        if (same && e.kind == Kind::Move)
            same = q.value(2).toString() == e.toRoom && q.value(3).toString() == e.toCustodian && q.value(5).toString() == e.fromCustodian;
        if (same && e.kind == Kind::Dispose)
            same = q.value(6).toString() == e.document;
        if (!same)
            return StorageError::make(K::Invalid, tr("Record %1 is already the record of another act (dated %2): one record, one act. "
                                                     "Give this one its own number.")
                                                      .arg(q.value(0).toString(), day(on)));
    }
    return storage::Ok{};
}

storage::Result<QList<AssetEvent>> AssetMovements::history(qint64 assetId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM asset_events WHERE asset_id = ? ORDER BY happened_on, id").arg(EventColumns));
    q.addBindValue(assetId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<AssetEvent> out;
    while (q.next())
        out << eventFromRow(q);
    return out;
}

storage::Result<AssetEvent> AssetMovements::event(qint64 eventId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM asset_events WHERE id = ?").arg(EventColumns));
    q.addBindValue(eventId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no movement %1.").arg(eventId));
    return eventFromRow(q);
}

} // namespace vanphong::assets
