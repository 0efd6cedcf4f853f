#include "AnnualDepreciation.h"

#include "AssetCategories.h"
#include "Money.h"
#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vanphong::assets {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
QString day(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

DepreciationYear yearFromRow(const QSqlQuery &q)
{
    DepreciationYear y;
    y.year = q.value(0).toInt();
    y.computedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    y.computedBy = q.value(2).toString();
    y.lines = q.value(3).toInt();
    y.total = q.value(4).toLongLong();
    y.lockedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    y.signedBy = q.value(6).toString();
    y.lockedBy = q.value(7).toString();
    return y;
}

const QString YearColumns = QStringLiteral("year, computed_at, computed_by, lines, total, locked_on, signed_by, locked_by");
const QString LineColumns = QStringLiteral("asset_id, year, cost, rate_bp, amount, accumulated, planned, months");

DepreciationLine lineFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toInt(), q.value(4).toLongLong(),
            q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toInt()};
}

// Among `years`, those whose lines as computed now differ from the stored ones.
QList<int> differing(const QList<DepreciationLine> &computed, const QHash<int, QList<DepreciationLine>> &stored, const QList<int> &years)
{
    QHash<int, QList<DepreciationLine>> now;
    for (const DepreciationLine &l : computed)
        now[l.year] << l;
    QList<int> out;
    for (const int y : years) {
        QList<DepreciationLine> mine = now.value(y);
        std::sort(mine.begin(), mine.end(), [](const DepreciationLine &a, const DepreciationLine &b) { return a.assetId < b.assetId; });
        if (mine != stored.value(y))
            out << y;
    }
    return out;
}
} // namespace

storage::Result<QHash<int, QList<DepreciationLine>>> AnnualDepreciation::storedLines(storage::Database &db, int fromYear, int toYear)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM asset_depreciation WHERE year BETWEEN ? AND ? ORDER BY year, asset_id").arg(LineColumns));
    q.addBindValue(fromYear);
    q.addBindValue(toYear);
    if (!q.exec())
        return db.errorFor(q.lastError());
    QHash<int, QList<DepreciationLine>> out;
    while (q.next())
        out[q.value(1).toInt()] << lineFromRow(q);
    return out;
}

AnnualDepreciation::AnnualDepreciation(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<int> AnnualDepreciation::lastLockedYear(storage::Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(year), 0) FROM asset_depreciation_years WHERE locked_on IS NOT NULL")) || !q.next())
        return db.errorFor(q.lastError());
    return q.value(0).toInt();
}

storage::Result<int> AnnualDepreciation::lockedLines(storage::Database &db, qint64 assetId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM asset_depreciation d JOIN asset_depreciation_years y ON y.year = d.year"
                             " WHERE d.asset_id = ? AND y.locked_on IS NOT NULL"));
    q.addBindValue(assetId);
    if (!q.exec() || !q.next())
        return db.errorFor(q.lastError());
    return q.value(0).toInt();
}

storage::Status AnnualDepreciation::checkOpenYear(storage::Database &db, const QDate &on)
{
    auto locked = lastLockedYear(db);
    if (!locked)
        return locked.error();
    if (on.isValid() && on.year() <= locked.value())
        return StorageError::make(K::Invalid, tr("The depreciation of %1 is locked (its table was signed): "
                                                 "a change dated %2 would alter it. Date it in %3 or later.")
                                                  .arg(locked.value()).arg(day(on)).arg(locked.value() + 1));
    return storage::Ok{};
}

storage::Result<QList<DepreciationYear>> AnnualDepreciation::years() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM asset_depreciation_years ORDER BY year").arg(YearColumns)))
        return m_db.errorFor(q.lastError());
    QList<DepreciationYear> out;
    while (q.next())
        out << yearFromRow(q);
    return out;
}

storage::Result<QList<int>> AnnualDepreciation::staleYears() const
{
    auto lastLocked = lastLockedYear(m_db);
    auto all = years();
    if (!lastLocked)
        return lastLocked.error();
    if (!all)
        return all.error();
    QList<int> open;
    for (const DepreciationYear &y : all.value())
        if (y.year > lastLocked.value())
            open << y.year;
    if (open.isEmpty())
        return open;
    // One computation of every open year, compared year by year.
    auto computed = compute(lastLocked.value() + 1, open.last());
    if (!computed)
        return computed.error();
    auto stored = storedLines(m_db, lastLocked.value() + 1, open.last());
    if (!stored)
        return stored.error();
    return differing(computed.value(), stored.value(), open);
}

storage::Result<std::optional<DepreciationYear>> AnnualDepreciation::year(int year) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM asset_depreciation_years WHERE year = ?").arg(YearColumns));
    q.addBindValue(year);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return std::optional<DepreciationYear>();
    return std::optional<DepreciationYear>(yearFromRow(q));
}

storage::Result<QList<DepreciationLine>> AnnualDepreciation::compute(int fromYear, int toYear) const
{
    auto rules = AssetRules(m_db).load();
    if (!rules)
        return rules.error();
    auto categories = AssetCategories(m_db).all();
    if (!categories)
        return categories.error();
    QHash<QString, int> rates;
    for (const AssetCategory &c : categories.value())
        rates.insert(c.code, c.rateBp);

    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    QList<DepreciationItem> items;
    QHash<qint64, qsizetype> at;
    if (!q.exec(QStringLiteral("SELECT id, acquired_on, original_cost, rate_bp, category_code, opening_year, opening_accumulated, ended_on"
                               " FROM assets WHERE book = 'tscd' ORDER BY id")))
        return m_db.errorFor(q.lastError());
    while (q.next()) {
        DepreciationItem item;
        item.assetId = q.value(0).toLongLong();
        item.acquiredOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        // The item's cost when entered; changes since are replayed below.
        item.originalCost = q.value(2).toLongLong();
        item.rateBp = q.value(3).isNull() ? rates.value(q.value(4).toString()) : q.value(3).toInt();
        item.openingYear = q.value(5).toInt();
        item.openingAccumulated = q.value(6).toLongLong();
        item.endedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        at.insert(item.assetId, items.size());
        items << item;
    }
    if (!q.exec(QStringLiteral("SELECT asset_id, kind, happened_on, amount, accumulated, remaining_years FROM asset_events"
                               " WHERE kind IN ('upgrade', 'revalue') ORDER BY happened_on, id")))
        return m_db.errorFor(q.lastError());
    while (q.next()) {
        const auto i = at.find(q.value(0).toLongLong());
        if (i == at.end())
            continue;
        CostChange c;
        c.kind = q.value(1).toString() == QLatin1String("upgrade") ? CostChange::Kind::Upgrade : CostChange::Kind::Revaluation;
        c.on = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        c.amount = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            c.accumulated = q.value(4).toLongLong();
        c.remainingYears = q.value(5).toInt();
        items[*i].changes << c;
    }
    // Each item goes on from its line of the last locked year that holds it.
    QHash<qint64, DepreciationLine> before;
    q.prepare(QStringLiteral("SELECT %1 FROM asset_depreciation d JOIN (SELECT asset_id AS a, max(year) AS y FROM asset_depreciation"
                             " WHERE year < ? GROUP BY asset_id) m ON m.a = d.asset_id AND m.y = d.year").arg(LineColumns));
    q.addBindValue(fromYear);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    while (q.next())
        before.insert(q.value(0).toLongLong(), lineFromRow(q));
    QList<DepreciationLine> lines;
    for (const DepreciationItem &item : items) {
        const auto b = before.constFind(item.assetId);
        lines << DepreciationSchedule::compute(item, fromYear, toYear, rules->inYear,
                                               b == before.cend() ? std::nullopt : std::optional<DepreciationLine>(*b));
    }
    return lines;
}

storage::Result<DepreciationRun> AnnualDepreciation::run(int year, bool dryRun)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    const int thisYear = QDate::currentDate().year();
    if (year < 1950 || year > thisYear)
        return StorageError::make(K::Invalid, tr("The depreciation is computed for a year up to this one (%1).").arg(thisYear));
    auto lastLocked = lastLockedYear(m_db);
    if (!lastLocked)
        return lastLocked.error();
    if (year <= lastLocked.value()) {
        // The year's own signature when it has one; otherwise the later year locked after it.
        auto own = this->year(year);
        if (own && own.value() && own.value()->isLocked())
            return StorageError::make(K::Invalid, tr("The depreciation of %1 is locked: its table was signed by %2 on %3. "
                                                     "A locked year is not computed again.")
                                                      .arg(year).arg(own.value()->signedBy, day(own.value()->lockedOn)));
        return StorageError::make(K::Invalid, tr("The depreciation is locked up to %1: a year before it is not computed again.")
                                                  .arg(lastLocked.value()));
    }
    auto known = years();
    if (!known)
        return known.error();
    const int latest = known->isEmpty() ? 0 : known->last().year;
    const int toYear = std::max(year, latest);
    const int fromYear = lastLocked.value() + 1;
    auto lines = compute(fromYear, toYear);
    if (!lines)
        return lines.error();

    DepreciationRun result;
    result.year = year;
    result.dryRun = dryRun;
    // The years this run speaks for: from the first with a line (or the year
    // after the last locked one) to the last.
    int first = year;
    for (const DepreciationLine &l : lines.value())
        first = std::min(first, l.year);
    if (lastLocked.value() > 0)
        first = std::min(first, fromYear);
    QHash<int, std::pair<int, qint64>> perYear;
    for (const DepreciationLine &l : lines.value()) {
        auto &[count, total] = perYear[l.year];
        ++count;
        total += l.amount;
        if (l.year == year) {
            result.lines << l;
            result.total += l.amount;
        }
    }
    for (int y = first; y <= toYear; ++y)
        result.years << y;
    if (dryRun)
        return result;

    // A year whose lines come out as they were keeps the day it was computed:
    // the table printed from them, and signed after, is still that day's.
    QHash<int, DepreciationYear> unchanged;
    {
        auto stored = storedLines(m_db, fromYear, toYear);
        if (!stored)
            return stored.error();
        QList<int> before;
        for (const DepreciationYear &y : known.value())
            if (y.year >= fromYear)
                before << y.year;
        const QList<int> changed = differing(lines.value(), stored.value(), before);
        for (const DepreciationYear &y : known.value())
            if (y.year >= fromYear && !changed.contains(y.year))
                unchanged.insert(y.year, y);
    }
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    q.prepare(QStringLiteral("DELETE FROM asset_depreciation WHERE year >= ?"));
    q.addBindValue(fromYear);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM asset_depreciation_years WHERE year >= ?"));
    q.addBindValue(fromYear);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO asset_depreciation (asset_id, year, cost, rate_bp, amount, accumulated, planned, months)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DepreciationLine &l : lines.value()) {
        q.bindValue(0, l.assetId);
        q.bindValue(1, l.year);
        q.bindValue(2, l.cost);
        q.bindValue(3, l.rateBp);
        q.bindValue(4, l.amount);
        q.bindValue(5, l.accumulated);
        q.bindValue(6, l.planned);
        q.bindValue(7, l.months);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
    }
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    q.prepare(QStringLiteral("INSERT INTO asset_depreciation_years (year, computed_at, computed_by, lines, total) VALUES (?, ?, ?, ?, ?)"));
    QJsonArray logged;
    for (const int y : std::as_const(result.years)) {
        const auto [count, total] = perYear.value(y);
        const auto kept = unchanged.constFind(y);
        q.bindValue(0, y);
        q.bindValue(1, kept != unchanged.cend() ? kept->computedAt.toString(Qt::ISODate) : now);
        q.bindValue(2, kept != unchanged.cend() ? kept->computedBy : m_actor);
        q.bindValue(3, count);
        q.bindValue(4, total);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
        logged.append(QJsonObject{{QStringLiteral("year"), y}, {QStringLiteral("lines"), count}, {QStringLiteral("total"), total}});
    }
    storage::AuditLog log(m_db);
    for (const QJsonValue &y : std::as_const(logged))
        if (!log.append({m_actor, QStringLiteral("asset_depreciation_years"), QString::number(y.toObject().value(QStringLiteral("year")).toInt()),
                         QStringLiteral("depreciate"), {}, QString::fromUtf8(QJsonDocument(y.toObject()).toJson(QJsonDocument::Compact))}))
            return m_db.errorFor(m_db.sql().lastError());
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return result;
}

storage::Result<bool> AnnualDepreciation::matchesRegister(int year) const
{
    // A locked year is what was signed, whatever the register says now; staleYears() leaves it out.
    auto stale = staleYears();
    if (!stale)
        return stale.error();
    return !stale->contains(year);
}

storage::Status AnnualDepreciation::lock(int year, const QString &signedBy, const QDate &signedOn)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    auto state = this->year(year);
    if (!state)
        return state.error();
    if (!state.value())
        return StorageError::make(K::Invalid, tr("The depreciation of %1 has not been computed: compute it and print its table first.").arg(year));
    if (state.value()->isLocked())
        return StorageError::make(K::Invalid, tr("The depreciation of %1 is already locked (signed by %2 on %3).")
                                                  .arg(year).arg(state.value()->signedBy, day(state.value()->lockedOn)));
    if (signedBy.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say who signed the depreciation table of %1.").arg(year));
    // The year is over before it is closed: a disposal or a purchase of late
    // December still belongs to it.
    if (QDate::currentDate() <= QDate(year, 12, 31))
        return StorageError::make(K::Invalid, tr("%1 has not ended: its depreciation is locked from 1 January %2.").arg(year).arg(year + 1));
    if (!signedOn.isValid() || signedOn < QDate(year, 12, 1) || signedOn > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("The table of %1 is signed from 1 December %1 to today.").arg(year));
    // Signed after the table it signs was computed, not before.
    if (signedOn < state.value()->computedAt.date())
        return StorageError::make(K::Invalid, tr("The table of %1 was computed on %2: it was signed that day or after.")
                                                  .arg(year).arg(day(state.value()->computedAt.date())));
    auto all = years();
    if (!all)
        return all.error();
    for (const DepreciationYear &y : all.value())
        if (y.year < year && !y.isLocked())
            return StorageError::make(K::Invalid, tr("Lock %1 first: the years are locked in order.").arg(y.year));
    // The signed table is the one the register gives now: a line entered or
    // changed since the run would make the locked year differ from the paper.
    auto current = matchesRegister(year);
    if (!current)
        return current.error();
    if (!current.value())
        return StorageError::make(K::Invalid, tr("The register changed after the depreciation of %1 was computed on %2: "
                                                 "compute it again and print the new table for signature before locking it.")
                                                  .arg(year).arg(state.value()->computedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    QSqlQuery q(m_db.sql());
    storage::Transaction t(m_db.sql());
    q.prepare(QStringLiteral("UPDATE asset_depreciation_years SET locked_on = ?, signed_by = ?, locked_by = ? WHERE year = ?"));
    q.addBindValue(signedOn.toString(Qt::ISODate));
    q.addBindValue(signedBy.simplified());
    q.addBindValue(m_actor);
    q.addBindValue(year);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const QJsonObject logged{{QStringLiteral("year"), year}, {QStringLiteral("lines"), state.value()->lines},
                             {QStringLiteral("total"), state.value()->total}, {QStringLiteral("locked_on"), signedOn.toString(Qt::ISODate)},
                             {QStringLiteral("signed_by"), signedBy.simplified()}};
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("asset_depreciation_years"), QString::number(year), QStringLiteral("lock"), {},
                     QString::fromUtf8(QJsonDocument(logged).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::assets
