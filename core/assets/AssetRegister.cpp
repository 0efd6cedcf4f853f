#include "AssetRegister.h"

#include "AnnualDepreciation.h"
#include "AssetCategories.h"
#include "AssetListing.h"
#include "AssetRules.h"
#include "Money.h"
#include "office/AccessControl.h"
#include "search/VietnameseFolding.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::assets {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const QString Columns = QStringLiteral(
    "a.id, a.code, a.name, a.book, a.category_code, a.specification, a.serial, a.acquired_on, a.acquisition_document, a.incoming_id,"
    " a.original_cost, a.cost, a.funding, a.room, a.custodian, a.status, a.rate_bp, a.opening_year, a.opening_accumulated,"
    " a.ended_on, a.note,"
    " (SELECT d.accumulated || '|' || d.year FROM asset_depreciation d WHERE d.asset_id = a.id ORDER BY d.year DESC LIMIT 1)");

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

Asset fromRow(const QSqlQuery &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.name = q.value(2).toString();
    a.book = Asset::bookFromCode(q.value(3).toString()).value_or(Asset::Book::Fixed);
    a.categoryCode = q.value(4).toString();
    a.specification = q.value(5).toString();
    a.serial = q.value(6).toString();
    a.acquiredOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    a.acquisitionDocument = q.value(8).toString();
    a.incomingId = q.value(9).toLongLong();
    a.originalCost = q.value(10).toLongLong();
    a.cost = q.value(11).toLongLong();
    a.funding = Asset::fundingFromCode(q.value(12).toString()).value_or(Asset::Funding::Budget);
    a.room = q.value(13).toString();
    a.custodian = q.value(14).toString();
    a.status = Asset::statusFromCode(q.value(15).toString()).value_or(Asset::Status::InUse);
    if (!q.value(16).isNull())
        a.rateBp = q.value(16).toInt();
    a.openingYear = q.value(17).toInt();
    a.openingAccumulated = q.value(18).toLongLong();
    a.endedOn = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    a.note = q.value(20).toString();
    const QStringList last = q.value(21).toString().split(QLatin1Char('|'));
    if (last.size() == 2) {
        // A line computed before a revaluation lowered the cost says more than the cost: never a negative book value.
        a.accumulated = std::min(last.at(0).toLongLong(), a.cost);
        a.accumulatedYear = last.at(1).toInt();
    } else {
        a.accumulated = a.openingAccumulated;
        a.accumulatedYear = a.openingYear;
    }
    return a;
}
} // namespace

AssetRegister::AssetRegister(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QJsonObject AssetRegister::logged(const Asset &a)
{
    return {{QStringLiteral("code"), a.code}, {QStringLiteral("name"), a.name}, {QStringLiteral("book"), Asset::bookCode(a.book)},
            {QStringLiteral("category_code"), a.categoryCode}, {QStringLiteral("specification"), a.specification},
            {QStringLiteral("serial"), a.serial}, {QStringLiteral("acquired_on"), iso(a.acquiredOn)},
            {QStringLiteral("acquisition_document"), a.acquisitionDocument}, {QStringLiteral("incoming_id"), a.incomingId},
            {QStringLiteral("original_cost"), a.originalCost}, {QStringLiteral("cost"), a.cost},
            {QStringLiteral("funding"), Asset::fundingCode(a.funding)}, {QStringLiteral("room"), a.room},
            {QStringLiteral("custodian"), a.custodian}, {QStringLiteral("status"), Asset::statusCode(a.status)},
            {QStringLiteral("rate_bp"), a.rateBp ? QJsonValue(*a.rateBp) : QJsonValue()},
            {QStringLiteral("opening_year"), a.openingYear}, {QStringLiteral("opening_accumulated"), a.openingAccumulated},
            {QStringLiteral("ended_on"), iso(a.endedOn)}, {QStringLiteral("note"), a.note}};
}

QString AssetRegister::foldedText(const Asset &a)
{
    return search::VietnameseFolding::fold(QStringList{a.code, a.name, a.serial, a.specification, a.room, a.custodian}.join(QLatin1Char(' ')));
}

QString AssetRegister::check(const Asset &a)
{
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,29}$"));
    if (!a.code.isEmpty() && !codeShape.match(a.code).hasMatch())
        return tr("An asset's code is up to 30 letters, digits, dots, dashes or slashes, without spaces or marks (MT-0003).");
    if (a.name.trimmed().isEmpty())
        return tr("Give the item's name.");
    if (!a.acquiredOn.isValid())
        return tr("Give the day the item was acquired.");
    if (a.acquiredOn > QDate::currentDate())
        return tr("The day the item was acquired (%1) is after today.").arg(a.acquiredOn.toString(QStringLiteral("dd/MM/yyyy")));
    if (a.originalCost <= 0 || a.originalCost > Money::Max)
        return tr("The original cost is a whole number of đồng from 1 to %1.").arg(Money::format(Money::Max));
    if (a.rateBp && (*a.rateBp < 0 || *a.rateBp > 10000))
        return tr("An item's own rate is from 0 to 100 % a year.");
    if (a.openingYear != 0 && (a.openingYear < a.acquiredOn.year() || a.openingYear > QDate::currentDate().year()))
        return tr("The year of the opening depreciation is from the year of acquisition to this year.");
    if (a.openingAccumulated < 0 || a.openingAccumulated > a.originalCost)
        return tr("The depreciation accumulated before (%1) cannot exceed the original cost (%2).")
            .arg(Money::format(a.openingAccumulated), Money::format(a.originalCost));
    if (a.openingAccumulated > 0 && a.openingYear == 0)
        return tr("Say up to which year the accumulated depreciation brought in was counted.");
    return {};
}

storage::Status AssetRegister::fillCategory(Asset &item) const
{
    auto category = AssetCategories(m_db).find(item.categoryCode);
    if (!category)
        return category.error();
    item.categoryName = category->name;
    item.categoryRateBp = category->rateBp;
    return storage::Ok{};
}

storage::Status AssetRegister::checkOpening(const Asset &item) const
{
    // A fixed asset acquired in a year whose depreciation is locked has years
    // the signed tables did not count: the register cannot invent them, so it
    // takes what was accumulated up to the last locked year (from the earlier
    // books) and goes on from there.
    if (item.book != Asset::Book::Fixed)
        return storage::Ok{};
    auto locked = AnnualDepreciation::lastLockedYear(m_db);
    if (!locked)
        return locked.error();
    if (item.acquiredOn.year() <= locked.value() && item.openingYear < locked.value())
        return StorageError::make(K::Invalid, tr("The depreciation up to %1 is locked and this item was acquired in %2: give the "
                                                 "depreciation it had accumulated up to the end of %1 (from the earlier books).")
                                                  .arg(locked.value()).arg(item.acquiredOn.year()));
    return storage::Ok{};
}

storage::Result<QString> AssetRegister::nextCode(const QString &prefix) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT code FROM assets WHERE code LIKE ? ESCAPE '\\'"));
    QString pattern = prefix;
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
    q.addBindValue(pattern + QStringLiteral("-%"));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    int last = 0;
    while (q.next()) {
        bool number = false;
        const int n = q.value(0).toString().mid(prefix.size() + 1).toInt(&number);
        if (number)
            last = std::max(last, n);
    }
    return QStringLiteral("%1-%2").arg(prefix).arg(last + 1, 4, 10, QLatin1Char('0'));
}

storage::Result<Asset> AssetRegister::add(Asset item, bool keepBook)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    item.code = item.code.trimmed();
    item.name = item.name.simplified();
    for (QString *s : {&item.specification, &item.serial, &item.acquisitionDocument, &item.room, &item.custodian, &item.note})
        *s = s->simplified();
    item.cost = item.originalCost;
    item.endedOn = {};
    if (item.hasEnded())
        return StorageError::make(K::Invalid, tr("An item enters the register in use, under repair or idle; its disposal or loss is recorded after."));
    if (const QString problem = check(item); !problem.isEmpty())
        return StorageError::make(K::Invalid, problem);
    auto category = AssetCategories(m_db).find(item.categoryCode);
    if (!category)
        return category.error();
    if (!keepBook) {
        auto rules = AssetRules(m_db).load();
        if (!rules)
            return rules.error();
        // A life of 0 is a category that is never depreciated (land-use rights): it counts as long-lived.
        const bool longLived = category->lifeYears == 0 || category->lifeYears >= rules->fixedAssetMinLifeYears;
        item.book = item.originalCost >= rules->fixedAssetMinCost && longLived ? Asset::Book::Fixed : Asset::Book::Tool;
    }
    if (auto opening = checkOpening(item); !opening)
        return opening.error();
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    if (item.code.isEmpty()) {
        auto code = nextCode(category->prefix);
        if (!code)
            return code.error();
        item.code = code.value();
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO assets (code, name, book, category_code, specification, serial, acquired_on, acquisition_document, incoming_id,"
        " original_cost, cost, funding, room, custodian, status, rate_bp, opening_year, opening_accumulated, note, folded, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {storage::notNull(item.code), storage::notNull(item.name), QVariant(Asset::bookCode(item.book)), storage::notNull(item.categoryCode),
                              storage::notNull(item.specification), storage::notNull(item.serial), QVariant(iso(item.acquiredOn)),
                              storage::notNull(item.acquisitionDocument), item.incomingId ? QVariant(item.incomingId) : QVariant(),
                              QVariant(item.originalCost), QVariant(item.cost), QVariant(Asset::fundingCode(item.funding)), storage::notNull(item.room),
                              storage::notNull(item.custodian), QVariant(Asset::statusCode(item.status)), item.rateBp ? QVariant(*item.rateBp) : QVariant(),
                              QVariant(item.openingYear), QVariant(item.openingAccumulated), storage::notNull(item.note), QVariant(foldedText(item)),
                              storage::notNull(m_actor), QVariant(QDateTime::currentDateTime().toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return StorageError::make(K::Invalid, tr("The register already has an item with the code %1.").arg(item.code));
        return m_db.errorFor(q.lastError());
    }
    item.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("assets"), QString::number(item.id), QStringLiteral("insert"), {},
                     QString::fromUtf8(QJsonDocument(logged(item)).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return get(item.id);
}

storage::Status AssetRegister::correct(const Asset &changed, const QString &reason)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say why the item is corrected: the reason stays in its history."));
    auto before = get(changed.id);
    if (!before)
        return before.error();
    Asset after = before.value();
    after.code = changed.code.trimmed();
    after.name = changed.name.simplified();
    after.categoryCode = changed.categoryCode;
    after.specification = changed.specification.simplified();
    after.serial = changed.serial.simplified();
    after.acquisitionDocument = changed.acquisitionDocument.simplified();
    after.incomingId = changed.incomingId;
    after.funding = changed.funding;
    after.rateBp = changed.rateBp;
    after.note = changed.note.simplified();
    after.acquiredOn = changed.acquiredOn;
    after.originalCost = changed.originalCost;
    after.openingYear = changed.openingYear;
    after.openingAccumulated = changed.openingAccumulated;
    if (after.code.isEmpty())
        return StorageError::make(K::Invalid, tr("An item keeps a code."));
    if (const QString problem = check(after); !problem.isEmpty())
        return StorageError::make(K::Invalid, problem);
    if (auto category = AssetCategories(m_db).find(after.categoryCode); !category)
        return category.error();
    const bool valueChanged = after.acquiredOn != before->acquiredOn || after.originalCost != before->originalCost
                              || after.openingYear != before->openingYear || after.openingAccumulated != before->openingAccumulated;
    if (valueChanged) {
        auto locked = AnnualDepreciation::lockedLines(m_db, after.id);
        if (!locked)
            return locked.error();
        if (locked.value() > 0)
            return StorageError::make(K::Invalid, tr("A locked year's depreciation table holds this item: its acquisition, original cost "
                                                     "and opening values stay. Record an upgrade or a revaluation instead."));
    }
    if (valueChanged)
        if (auto opening = checkOpening(after); !opening)
            return opening.error();
    // Acquired before anything happened to it.
    if (after.acquiredOn != before->acquiredOn) {
        QSqlQuery first(m_db.sql());
        first.prepare(QStringLiteral("SELECT min(happened_on) FROM asset_events WHERE asset_id = ?"));
        first.addBindValue(after.id);
        if (!first.exec() || !first.next())
            return m_db.errorFor(first.lastError());
        const QDate earliest = QDate::fromString(first.value(0).toString(), Qt::ISODate);
        if (earliest.isValid() && after.acquiredOn > earliest)
            return StorageError::make(K::Invalid, tr("%1 has a movement dated %2: it was acquired by then.")
                                                      .arg(after.code, earliest.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    // The cost now moves with the original cost; upgrades and revaluations stay on top of it.
    after.cost = before->cost + (after.originalCost - before->originalCost);
    if (after.cost < 0)
        return StorageError::make(K::Invalid, tr("The original cost cannot fall below what a revaluation set."));
    QJsonObject newValues = logged(after);
    newValues.insert(QStringLiteral("reason"), reason.simplified());
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE assets SET code = ?, name = ?, category_code = ?, specification = ?, serial = ?, acquisition_document = ?, incoming_id = ?,"
        " funding = ?, rate_bp = ?, note = ?, acquired_on = ?, original_cost = ?, cost = ?, opening_year = ?, opening_accumulated = ?,"
        " folded = ? WHERE id = ?"));
    for (const QVariant &v : {storage::notNull(after.code), storage::notNull(after.name), storage::notNull(after.categoryCode), storage::notNull(after.specification),
                              storage::notNull(after.serial), storage::notNull(after.acquisitionDocument), after.incomingId ? QVariant(after.incomingId) : QVariant(),
                              QVariant(Asset::fundingCode(after.funding)), after.rateBp ? QVariant(*after.rateBp) : QVariant(), storage::notNull(after.note),
                              QVariant(iso(after.acquiredOn)), QVariant(after.originalCost), QVariant(after.cost), QVariant(after.openingYear),
                              QVariant(after.openingAccumulated), QVariant(foldedText(after)), QVariant(after.id)})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return StorageError::make(K::Invalid, tr("The register already has an item with the code %1.").arg(after.code));
        return m_db.errorFor(q.lastError());
    }
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("assets"), QString::number(after.id), QStringLiteral("update"),
                     QString::fromUtf8(QJsonDocument(logged(before.value())).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(newValues).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<Asset>> AssetRegister::list(const AssetFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (filter.book) {
        where << QStringLiteral("a.book = ?");
        binds << Asset::bookCode(*filter.book);
    }
    if (filter.status) {
        where << QStringLiteral("a.status = ?");
        binds << Asset::statusCode(*filter.status);
    }
    if (filter.currentOnly)
        where << QStringLiteral("a.status NOT IN ('disposed', 'lost', 'transferred')");
    if (!filter.categoryCode.isEmpty()) {
        where << QStringLiteral("a.category_code = ?");
        binds << filter.categoryCode;
    }
    if (!filter.room.trimmed().isEmpty()) {
        where << QStringLiteral("a.room = ? COLLATE NOCASE");
        binds << filter.room.simplified();
    }
    if (!filter.custodian.trimmed().isEmpty()) {
        where << QStringLiteral("a.custodian = ? COLLATE NOCASE");
        binds << filter.custodian.simplified();
    }
    // Every word typed, anywhere: "may tinh" finds "Máy tính xách tay".
    for (const QString &word : search::VietnameseFolding::fold(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where << QStringLiteral("instr(a.folded, ?) > 0");
        binds << word;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM assets a %2 ORDER BY a.code COLLATE NOCASE LIMIT ? OFFSET ?")
                  .arg(Columns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    auto categories = AssetCategories(m_db).all();
    if (!categories)
        return categories.error();
    QHash<QString, AssetCategory> byCode;
    for (const AssetCategory &c : categories.value())
        byCode.insert(c.code, c);
    QList<Asset> out;
    while (q.next()) {
        Asset a = fromRow(q);
        const AssetCategory c = byCode.value(a.categoryCode);
        a.categoryName = c.name;
        a.categoryRateBp = c.rateBp;
        out << a;
    }
    return out;
}

storage::Result<Asset> AssetRegister::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM assets a WHERE a.id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("The register has no item %1.").arg(id));
    Asset a = fromRow(q);
    (void)fillCategory(a); // a category removed from the table leaves the item readable
    return a;
}

storage::Result<Asset> AssetRegister::find(const QString &code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM assets a WHERE a.code = ? COLLATE NOCASE").arg(Columns));
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("The register has no item with the code %1.").arg(code.trimmed()));
    Asset a = fromRow(q);
    (void)fillCategory(a);
    return a;
}

storage::Result<spreadsheet::Sheet> AssetRegister::exportSheet(const QList<Asset> &items) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ExportAssets); !allowed)
        return allowed.error();
    return AssetListing::layout().sheet(items);
}

storage::Result<int> AssetRegister::count() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM assets")) || !q.next())
        return m_db.errorFor(q.lastError());
    return q.value(0).toInt();
}

} // namespace vanphong::assets
