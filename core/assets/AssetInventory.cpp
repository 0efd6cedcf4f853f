#include "AssetInventory.h"

#include "AssetCategories.h"
#include "AssetMovements.h"
#include "AssetRegister.h"
#include "Money.h"
#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace vanphong::assets {

using storage::StorageError;
using K = StorageError::Kind;
using State = InventoryLine::State;

namespace {
constexpr std::array<const char *, 6> States = {"pending", "found", "elsewhere", "damaged", "missing", "extra"};

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QString day(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

const QString InventoryColumns = QStringLiteral("id, started_on, committee, decision, status, closed_on, record, loss_decision");

Inventory inventoryFromRow(const QSqlQuery &q)
{
    Inventory i;
    i.id = q.value(0).toLongLong();
    i.startedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    i.committee = q.value(2).toString().split(QStringLiteral("; "), Qt::SkipEmptyParts);
    i.decision = q.value(3).toString();
    i.open = q.value(4).toString() == QLatin1String("open");
    i.closedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    i.record = q.value(6).toString();
    i.lossDecision = q.value(7).toString();
    return i;
}

// A line with its item (or the extra's own words), and the item's book value now.
const QString LineSelect = QStringLiteral(
    "SELECT l.id, coalesce(l.asset_id, 0), l.state, l.booked_room, l.found_room, l.method, l.note, l.marked_by, l.marked_at,"
    " coalesce(a.code, ''), coalesce(a.name, l.extra_name), coalesce(a.category_code, l.extra_category), coalesce(a.cost, l.extra_cost),"
    " CASE WHEN a.book = 'tscd' THEN a.cost - coalesce((SELECT d.accumulated FROM asset_depreciation d WHERE d.asset_id = a.id"
    "   ORDER BY d.year DESC LIMIT 1), a.opening_accumulated) ELSE coalesce(a.cost, l.extra_cost) END,"
    " coalesce(l.extra_asset_id, 0)"
    " FROM asset_inventory_lines l LEFT JOIN assets a ON a.id = l.asset_id");

InventoryLine lineFromRow(const QSqlQuery &q)
{
    InventoryLine l;
    l.id = q.value(0).toLongLong();
    l.assetId = q.value(1).toLongLong();
    l.state = InventoryLine::stateFromCode(q.value(2).toString()).value_or(State::Pending);
    l.bookedRoom = q.value(3).toString();
    l.foundRoom = q.value(4).toString();
    l.method = q.value(5).toString();
    l.note = q.value(6).toString();
    l.markedBy = q.value(7).toString();
    l.markedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    l.code = q.value(9).toString();
    l.name = q.value(10).toString();
    l.category = q.value(11).toString();
    l.cost = q.value(12).toLongLong();
    l.bookValue = q.value(13).toLongLong();
    l.extraAssetId = q.value(14).toLongLong();
    return l;
}
} // namespace

QString InventoryLine::stateCode(State state) { return QLatin1String(States.at(std::size_t(state))); }

QString InventoryLine::printedResult(const InventoryLine &l)
{
    switch (l.state) {
    case State::Pending: return QStringLiteral("Chưa kiểm");
    case State::Found: return QStringLiteral("Có, đúng nơi");
    case State::Elsewhere: return QStringLiteral("Có, ở %1").arg(l.foundRoom);
    case State::Damaged: return QStringLiteral("Có, hư hỏng");
    case State::Missing: return QStringLiteral("Không thấy");
    case State::Extra: return QStringLiteral("Thừa (ngoài sổ)");
    }
    return {};
}

std::optional<State> InventoryLine::stateFromCode(const QString &code)
{
    for (std::size_t i = 0; i < States.size(); ++i)
        if (code == QLatin1String(States[i]))
            return State(i);
    return std::nullopt;
}

QString AssetInventory::stateName(const InventoryLine &l)
{
    switch (l.state) {
    case State::Pending: return tr("Not checked");
    case State::Found: return tr("Found");
    case State::Elsewhere: return tr("Elsewhere: %1").arg(l.foundRoom);
    case State::Damaged: return tr("Damaged");
    case State::Missing: return tr("Missing");
    case State::Extra: return tr("Extra");
    }
    return {};
}

AssetInventory::AssetInventory(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<std::optional<Inventory>> AssetInventory::current() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM asset_inventories WHERE status = 'open'").arg(InventoryColumns)))
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return std::optional<Inventory>();
    return std::optional<Inventory>(inventoryFromRow(q));
}

storage::Result<Inventory> AssetInventory::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM asset_inventories WHERE id = ?").arg(InventoryColumns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no inventory %1.").arg(id));
    return inventoryFromRow(q);
}

storage::Result<Inventory> AssetInventory::chosen(qint64 id) const
{
    if (id > 0)
        return get(id);
    auto open = current();
    if (!open)
        return open.error();
    if (open.value())
        return *open.value();
    auto all = list();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return StorageError::make(K::Invalid, tr("No inventory has been started."));
    return all->first();
}

storage::Result<QList<Inventory>> AssetInventory::list() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM asset_inventories ORDER BY started_on DESC, id DESC").arg(InventoryColumns)))
        return m_db.errorFor(q.lastError());
    QList<Inventory> out;
    while (q.next())
        out << inventoryFromRow(q);
    return out;
}

storage::Result<Inventory> AssetInventory::requireOpen() const
{
    auto open = current();
    if (!open)
        return open.error();
    if (!open.value())
        return StorageError::make(K::Invalid, tr("No inventory is open: start one first."));
    return *open.value();
}

storage::Result<Inventory> AssetInventory::start(const QDate &on, const QStringList &committee, const QString &decision)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    QStringList members;
    for (const QString &m : committee)
        if (!m.simplified().isEmpty())
            members << m.simplified();
    if (!on.isValid() || on > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("The inventory's day is a day up to today."));
    if (members.size() < 2)
        return StorageError::make(K::Invalid, tr("Name the inventory committee: two members at least."));
    auto open = current();
    if (!open)
        return open.error();
    if (open.value())
        return StorageError::make(K::Invalid, tr("The inventory of %1 is still open: close it first.").arg(day(open.value()->startedOn)));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO asset_inventories (started_on, committee, decision, created_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(iso(on));
    q.addBindValue(members.join(QStringLiteral("; ")));
    q.addBindValue(storage::notNull(decision.simplified()));
    q.addBindValue(storage::notNull(m_actor));
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    // Every item the register holds now, where it has it.
    // Every item the register held on the inventory's day.
    q.prepare(QStringLiteral("INSERT INTO asset_inventory_lines (inventory_id, asset_id, booked_room)"
                             " SELECT ?, id, room FROM assets WHERE status NOT IN ('disposed', 'lost', 'transferred') AND acquired_on <= ?"));
    q.addBindValue(id);
    q.addBindValue(iso(on));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    const int items = q.numRowsAffected();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("asset_inventories"), QString::number(id), QStringLiteral("insert"), {},
                     json({{QStringLiteral("started_on"), iso(on)}, {QStringLiteral("committee"), members.join(QStringLiteral("; "))},
                           {QStringLiteral("decision"), decision.simplified()}, {QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("items"), items}})})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return get(id);
}

storage::Result<QList<InventoryLine>> AssetInventory::lines(qint64 inventoryId) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(LineSelect + QStringLiteral(" WHERE l.inventory_id = ? ORDER BY a.code IS NULL, a.code COLLATE NOCASE, l.id"));
    q.addBindValue(inventoryId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<InventoryLine> out;
    while (q.next())
        out << lineFromRow(q);
    return out;
}

storage::Result<InventorySummary> AssetInventory::summary(qint64 inventoryId) const
{
    auto all = lines(inventoryId);
    if (!all)
        return all.error();
    return summarize(all.value());
}

InventorySummary AssetInventory::summarize(const QList<InventoryLine> &lines)
{
    InventorySummary s;
    for (const InventoryLine &l : lines) {
        if (l.state != State::Extra) {
            ++s.items;
            s.bookCost += l.cost;
        }
        switch (l.state) {
        case State::Pending:
            ++s.pending;
            s.pendingCost += l.cost;
            break;
        case State::Found: ++s.found; break;
        case State::Elsewhere: ++s.elsewhere; break;
        case State::Damaged: ++s.damaged; break;
        case State::Missing:
            ++s.missing;
            s.missingCost += l.cost;
            s.missingBookValue += l.bookValue;
            break;
        case State::Extra:
            ++s.extras;
            s.extrasCost += l.cost;
            break;
        }
    }
    return s;
}

storage::Result<spreadsheet::Sheet> AssetInventory::exportSheet(qint64 inventoryId) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ExportAssets); !allowed)
        return allowed.error();
    auto inventory = get(inventoryId);
    if (!inventory)
        return inventory.error();
    auto all = lines(inventoryId);
    if (!all)
        return all.error();
    spreadsheet::Sheet sheet;
    sheet.name = QStringLiteral("Kiểm kê %1").arg(inventory->startedOn.toString(QStringLiteral("dd-MM-yyyy")));
    sheet.header = {QStringLiteral("Mã tài sản"), QStringLiteral("Tên tài sản"), QStringLiteral("Nơi theo sổ"), QStringLiteral("Kết quả kiểm kê"),
                    QStringLiteral("Nơi thực tế"), QStringLiteral("Nguyên giá"), QStringLiteral("Giá trị còn lại"), QStringLiteral("Ghi chú")};
    for (const InventoryLine &l : all.value())
        sheet.rows << QVariantList{l.code, l.name, l.bookedRoom, InventoryLine::printedResult(l), l.foundRoom, l.cost, l.bookValue, l.note};
    return sheet;
}

storage::Result<std::optional<InventoryLine>> AssetInventory::lineOfCode(qint64 inventoryId, const QString &code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(LineSelect + QStringLiteral(" WHERE l.inventory_id = ? AND l.asset_id = (SELECT id FROM assets WHERE code = ? COLLATE NOCASE)"));
    q.addBindValue(inventoryId);
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return std::optional<InventoryLine>();
    return std::optional<InventoryLine>(lineFromRow(q));
}

storage::Result<InventoryLine> AssetInventory::setState(qint64 lineId, State state, const QString &foundRoom, const QString &note,
                                                        const QString &method)
{
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE asset_inventory_lines SET state = ?, found_room = ?, note = ?, method = ?, marked_by = ?, marked_at = ?"
                             " WHERE id = ?"));
    for (const QVariant &v : {QVariant(InventoryLine::stateCode(state)), storage::notNull(foundRoom.simplified()),
                              storage::notNull(note.simplified()), QVariant(method), storage::notNull(m_actor), QVariant(now), QVariant(lineId)})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("asset_inventory_lines"), QString::number(lineId), QStringLiteral("mark"), {},
                     json({{QStringLiteral("state"), InventoryLine::stateCode(state)}, {QStringLiteral("found_room"), foundRoom.simplified()},
                           {QStringLiteral("method"), method}})})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    q.prepare(LineSelect + QStringLiteral(" WHERE l.id = ?"));
    q.addBindValue(lineId);
    if (!q.exec() || !q.next())
        return m_db.errorFor(q.lastError());
    return lineFromRow(q);
}

storage::Result<AssetInventory::Scan> AssetInventory::scan(const QString &code)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    auto open = requireOpen();
    if (!open)
        return open.error();
    auto line = lineOfCode(open->id, code);
    if (!line)
        return line.error();
    Scan s;
    if (!line.value()) {
        s.result = ScanResult::Unknown;
        s.line.code = code.trimmed();
        return s;
    }
    if (line.value()->state != State::Pending) {
        s.result = ScanResult::AlreadyMarked;
        s.line = *line.value();
        return s;
    }
    auto marked = setState(line.value()->id, State::Found, QString(), QString(), QStringLiteral("scan"));
    if (!marked)
        return marked.error();
    s.result = ScanResult::Marked;
    s.line = marked.value();
    return s;
}

storage::Result<InventoryLine> AssetInventory::mark(const QString &code, State state, const QString &foundRoom, const QString &note,
                                                    const QString &method)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    auto open = requireOpen();
    if (!open)
        return open.error();
    if (state == State::Extra || state == State::Pending)
        return StorageError::make(K::Invalid, tr("An item is marked found, found elsewhere, damaged or missing."));
    if (state == State::Elsewhere && foundRoom.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say where %1 was found.").arg(code.trimmed()));
    auto line = lineOfCode(open->id, code);
    if (!line)
        return line.error();
    if (!line.value())
        return StorageError::make(K::Invalid, tr("%1 is not in this inventory: the register has no such item in use. "
                                                 "An item found that the register does not hold is added as an extra.").arg(code.trimmed()));
    return setState(line.value()->id, state, state == State::Elsewhere ? foundRoom : QString(), note, method);
}

storage::Result<AssetInventory::Import> AssetInventory::importCodes(const QString &text)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    auto open = requireOpen();
    if (!open)
        return open.error();
    Import result;
    static const QRegularExpression separators(QStringLiteral("[,;\\t]"));
    QStringList seen;
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    for (const QString &raw : text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts)) {
        QString code = raw.section(separators, 0, 0).trimmed();
        code.remove(QLatin1Char('"'));
        code = code.trimmed();
        // A header row, an empty line or a code the phone read twice.
        if (code.isEmpty() || code.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0
            || code.compare(QStringLiteral("mã"), Qt::CaseInsensitive) == 0 || seen.contains(code, Qt::CaseInsensitive))
            continue;
        seen << code;
        auto line = lineOfCode(open->id, code);
        if (!line)
            return line.error();
        if (!line.value()) {
            result.unknown << code;
            continue;
        }
        if (line.value()->state != State::Pending) {
            ++result.already;
            continue;
        }
        if (auto marked = setState(line.value()->id, State::Found, QString(), QString(), QStringLiteral("import")); !marked)
            return marked.error();
        ++result.marked;
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return result;
}

storage::Result<InventoryLine> AssetInventory::addExtra(const QString &name, const QString &categoryCode, qint64 cost, const QString &room,
                                                        const QString &note)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    auto open = requireOpen();
    if (!open)
        return open.error();
    if (name.trimmed().isEmpty() || categoryCode.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("An extra needs its name and category."));
    if (cost < 0 || cost > Money::Max)
        return StorageError::make(K::Invalid, tr("The value of an extra is a whole number of đồng from 0 to %1.").arg(Money::format(Money::Max)));
    if (auto category = AssetCategories(m_db).find(categoryCode); !category)
        return category.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO asset_inventory_lines (inventory_id, state, found_room, note, extra_name, extra_category, extra_cost,"
                             " method, marked_by, marked_at) VALUES (?, 'extra', ?, ?, ?, ?, ?, 'hand', ?, ?)"));
    for (const QVariant &v : {QVariant(open->id), storage::notNull(room.simplified()), storage::notNull(note.simplified()),
                              storage::notNull(name.simplified()), storage::notNull(categoryCode.trimmed()), QVariant(cost),
                              storage::notNull(m_actor), QVariant(QDateTime::currentDateTime().toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("asset_inventory_lines"), QString::number(id), QStringLiteral("insert"), {},
                     json({{QStringLiteral("state"), QStringLiteral("extra")}, {QStringLiteral("found_room"), room.simplified()},
                           {QStringLiteral("extra_name"), name.simplified()}, {QStringLiteral("extra_cost"), cost}})})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    q.prepare(LineSelect + QStringLiteral(" WHERE l.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.errorFor(q.lastError());
    return lineFromRow(q);
}

storage::Result<int> AssetInventory::markRestMissing()
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    auto open = requireOpen();
    if (!open)
        return open.error();
    auto all = lines(open->id);
    if (!all)
        return all.error();
    int marked = 0;
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    for (const InventoryLine &l : all.value())
        if (l.state == State::Pending) {
            if (auto done = setState(l.id, State::Missing, QString(), QString(), QStringLiteral("hand")); !done)
                return done.error();
            ++marked;
        }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return marked;
}

storage::Status AssetInventory::close(const QDate &on, const QString &record, const QString &lossDecision)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    auto open = requireOpen();
    if (!open)
        return open.error();
    if (!on.isValid() || on < open->startedOn || on > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("The inventory closes on a day from %1 to today.").arg(day(open->startedOn)));
    if (record.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Give the inventory record's number."));
    auto all = lines(open->id);
    if (!all)
        return all.error();
    const InventorySummary counts = summarize(all.value());
    if (counts.pending > 0)
        return StorageError::make(K::Invalid, tr("%n item(s) not checked yet: mark them, or mark the rest missing.", nullptr, counts.pending));
    if (counts.missing > 0 && lossDecision.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("%n item(s) missing: give the decision that writes them off as lost.", nullptr, counts.missing));
    const QString why = tr("Inventory of %1").arg(day(open->startedOn));
    AssetMovements moves(m_db, m_actor);
    AssetRegister reg(m_db, m_actor);
    // What was agreed, applied all together or not at all.
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    for (const InventoryLine &l : all.value()) {
        storage::Status applied = storage::Ok{};
        switch (l.state) {
        case State::Elsewhere: {
            auto item = reg.get(l.assetId);
            // The inventory's record is the reason, not a hand-over record of its own (one record, one act).
            if (item && item->room != l.foundRoom)
                if (auto moved = moves.move(l.assetId, on, l.foundRoom, QString(), QString(), tr("%1, record %2").arg(why, record.simplified()));
                    !moved)
                    applied = moved.error();
            break;
        }
        case State::Damaged:
            // Said on the record; whether it is repaired or disposed of is decided after, and recorded then.
            break;
        case State::Missing:
            if (auto lost = moves.lose(l.assetId, on, record, QStringLiteral("%1; %2").arg(why, lossDecision.simplified())); !lost)
                applied = lost.error();
            break;
        case State::Extra: {
            Asset extra;
            extra.name = l.name;
            extra.categoryCode = l.category;
            extra.originalCost = l.cost;
            extra.acquiredOn = on;
            extra.room = l.foundRoom;
            extra.note = tr("Found in excess by the inventory of %1").arg(day(open->startedOn));
            auto added = reg.add(extra);
            if (!added) {
                applied = added.error();
                break;
            }
            q.prepare(QStringLiteral("UPDATE asset_inventory_lines SET extra_asset_id = ? WHERE id = ?"));
            q.addBindValue(added->id);
            q.addBindValue(l.id);
            if (!q.exec())
                return m_db.errorFor(q.lastError());
            break;
        }
        case State::Pending:
        case State::Found:
            break;
        }
        if (!applied)
            return StorageError::make(applied.error().kind, tr("%1: %2").arg(l.code.isEmpty() ? l.name : l.code, applied.error().message));
    }
    q.prepare(QStringLiteral("UPDATE asset_inventories SET status = 'closed', closed_on = ?, record = ?, loss_decision = ? WHERE id = ?"));
    q.addBindValue(iso(on));
    q.addBindValue(record.simplified());
    q.addBindValue(storage::notNull(lossDecision.simplified()));
    q.addBindValue(open->id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("asset_inventories"), QString::number(open->id), QStringLiteral("close"), {},
                     json({{QStringLiteral("status"), QStringLiteral("closed")}, {QStringLiteral("closed_on"), iso(on)},
                           {QStringLiteral("record"), record.simplified()}, {QStringLiteral("loss_decision"), lossDecision.simplified()}})})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::assets
