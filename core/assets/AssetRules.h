#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

namespace vanphong::storage { class Database; }

namespace vanphong::assets {

// The office's settings of the asset register: which items are fixed assets,
// and how the year an item came or went is depreciated.
struct AssetRuleValues
{
    // Which year's depreciation an item acquired, disposed of or lost during
    // the year takes (docs/ASSETS.md, "The year an item comes or goes").
    enum class InYear {
        // The year's run covers every fixed asset the office holds on 31
        // December, for a whole year (Thông tư 45/2018/TT-BTC, Điều 13
        // khoản 1, kept by Thông tư 23/2023/TT-BTC): an item bought in March
        // takes the whole year; one disposed of in June takes nothing that year.
        HeldOnDecember31,
        // By months in use: the year it came in takes the months from the
        // month of acquisition to December; the year it went, the months before
        // the month it went (the reading some offices' software applies).
        MonthsInUse,
    };

    // A fixed asset (tài sản cố định) reaches both; below either it is a tool
    // (công cụ, dụng cụ). A change applies to items entered after it.
    qint64 fixedAssetMinCost = 10'000'000;
    int fixedAssetMinLifeYears = 1;
    InYear inYear = InYear::HeldOnDecember31;
};

class AssetRules final
{
    Q_DECLARE_TR_FUNCTIONS(AssetRules)
public:
    explicit AssetRules(storage::Database &db);

    [[nodiscard]] storage::Result<AssetRuleValues> load() const;
    // Permission::KeepAssets; audited.
    [[nodiscard]] storage::Status save(const AssetRuleValues &values, const QString &actor);

    static QString inYearCode(AssetRuleValues::InYear rule);           // "31-12" | "thang"
    static std::optional<AssetRuleValues::InYear> inYearFromCode(const QString &code);
    static QString describe(AssetRuleValues::InYear rule);             // translated sentence

private:
    storage::Database &m_db;
};

} // namespace vanphong::assets
