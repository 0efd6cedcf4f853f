#pragma once

#include "AssetRules.h"

#include <QDate>
#include <QList>

#include <optional>

namespace vanphong::assets {

// A change of an item's original cost during its life.
struct CostChange
{
    enum class Kind { Upgrade, Revaluation };
    Kind kind = Kind::Upgrade;
    QDate on;
    // An upgrade (nâng cấp): added to the cost. A revaluation (đánh giá lại):
    // the new cost.
    qint64 amount = 0;
    // A revaluation's accumulated depreciation, as its decision sets it;
    // nothing keeps the accumulated as it was.
    std::optional<qint64> accumulated;
    // The useful life left from the year of the change, when the decision
    // sets it: from that year the item loses its remaining value in equal
    // yearly parts. 0 keeps the rate.
    int remainingYears = 0;
};

// One fixed asset as the yearly run sees it.
struct DepreciationItem
{
    qint64 assetId = 0;
    QDate acquiredOn;
    qint64 originalCost = 0;
    int rateBp = 0;            // the yearly rate applied; 0: not depreciated
    int openingYear = 0;       // brought in with its depreciation up to this year
    qint64 openingAccumulated = 0;
    QDate endedOn;             // disposed of, lost or transferred out
    QList<CostChange> changes; // by date
};

// An item's depreciation of one year (a line of the year's table).
struct DepreciationLine
{
    qint64 assetId = 0;
    int year = 0;
    qint64 cost = 0;        // original cost on 31 December
    int rateBp = 0;         // the rate applied; over a remaining life, the yearly part over the cost
    qint64 amount = 0;      // this year's depreciation (hao mòn năm)
    qint64 accumulated = 0; // after the year (hao mòn lũy kế)
    qint64 planned = 0;     // the yearly part over a remaining life; 0 while by rate
    int months = 12;        // the months the year counted

    [[nodiscard]] qint64 bookValue() const { return cost - accumulated; }
    bool operator==(const DepreciationLine &) const = default;
};

// Straight-line yearly depreciation (Thông tư 23/2023/TT-BTC; docs/ASSETS.md):
// a year's depreciation is the cost × the yearly rate, the last year takes
// what is left so that the accumulated depreciation reaches the cost to the
// đồng, and nothing after that; an item fully depreciated and still in use
// keeps a line at zero. A pure function of the item, so that a year computed
// again from the same facts gives the same lines.
class DepreciationSchedule final
{
public:
    // The item's lines of the years from `fromYear` to `toYear`, starting
    // from `before`, its line of the last year before `fromYear` that was
    // locked (nothing: from its acquisition or the year it was brought in).
    // A year in which the item is not held under `rule` has no line.
    static QList<DepreciationLine> compute(const DepreciationItem &item, int fromYear, int toYear, AssetRuleValues::InYear rule,
                                           const std::optional<DepreciationLine> &before = std::nullopt);
    // The months of `year` the item counts under `rule` (0: not held).
    static int monthsHeld(const DepreciationItem &item, int year, AssetRuleValues::InYear rule);
};

} // namespace vanphong::assets
