#include "AssetRules.h"

#include "Money.h"
#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::assets {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const QString MinCost = QStringLiteral("fixed_min_cost");
const QString MinLife = QStringLiteral("fixed_min_life_years");
const QString InYearKey = QStringLiteral("in_year_rule");
} // namespace

AssetRules::AssetRules(storage::Database &db)
    : m_db(db)
{
}

QString AssetRules::inYearCode(AssetRuleValues::InYear rule)
{
    return rule == AssetRuleValues::InYear::MonthsInUse ? QStringLiteral("thang") : QStringLiteral("31-12");
}

std::optional<AssetRuleValues::InYear> AssetRules::inYearFromCode(const QString &code)
{
    if (code == QLatin1String("31-12"))
        return AssetRuleValues::InYear::HeldOnDecember31;
    if (code == QLatin1String("thang"))
        return AssetRuleValues::InYear::MonthsInUse;
    return std::nullopt;
}

QString AssetRules::describe(AssetRuleValues::InYear rule)
{
    return rule == AssetRuleValues::InYear::MonthsInUse
               ? tr("By months in use: the year an item comes in counts from its month, the year it goes up to the month before.")
               : tr("Whole years for the items held on 31 December: an item bought during the year takes the whole year, "
                    "one disposed of or lost during the year takes nothing that year.");
}

storage::Result<AssetRuleValues> AssetRules::load() const
{
    AssetRuleValues v;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT key, value FROM asset_settings")))
        return m_db.errorFor(q.lastError());
    while (q.next()) {
        const QString key = q.value(0).toString(), value = q.value(1).toString();
        if (key == MinCost)
            v.fixedAssetMinCost = value.toLongLong();
        else if (key == MinLife)
            v.fixedAssetMinLifeYears = value.toInt();
        else if (key == InYearKey)
            v.inYear = inYearFromCode(value).value_or(v.inYear);
    }
    return v;
}

storage::Status AssetRules::save(const AssetRuleValues &values, const QString &actor)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    if (values.fixedAssetMinCost < 0 || values.fixedAssetMinCost > Money::Max || values.fixedAssetMinLifeYears < 0
        || values.fixedAssetMinLifeYears > 100)
        return StorageError::make(K::Invalid, tr("The threshold of a fixed asset is an amount of đồng and a number of years."));
    auto before = load();
    if (!before)
        return before.error();
    const QJsonObject logged{{MinCost, QString::number(values.fixedAssetMinCost)}, {MinLife, values.fixedAssetMinLifeYears},
                             {InYearKey, inYearCode(values.inYear)}};
    const QJsonObject old{{MinCost, QString::number(before->fixedAssetMinCost)}, {MinLife, before->fixedAssetMinLifeYears},
                          {InYearKey, inYearCode(before->inYear)}};
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO asset_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : {std::pair{MinCost, QString::number(values.fixedAssetMinCost)},
                                     std::pair{MinLife, QString::number(values.fixedAssetMinLifeYears)},
                                     std::pair{InYearKey, inYearCode(values.inYear)}}) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
    }
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("asset_settings"), QStringLiteral("all"), QStringLiteral("update"),
                     QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(logged).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::assets
