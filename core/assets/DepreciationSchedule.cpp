#include "DepreciationSchedule.h"

#include "Money.h"

#include <algorithm>

namespace vanphong::assets {

int DepreciationSchedule::monthsHeld(const DepreciationItem &item, int year, AssetRuleValues::InYear rule)
{
    if (!item.acquiredOn.isValid() || item.acquiredOn.year() > year)
        return 0;
    if (item.endedOn.isValid() && item.endedOn.year() < year)
        return 0;
    if (rule == AssetRuleValues::InYear::HeldOnDecember31)
        // Held on 31 December: came in by then and did not go during the year.
        return item.endedOn.isValid() && item.endedOn.year() == year ? 0 : 12;
    const int first = item.acquiredOn.year() == year ? item.acquiredOn.month() : 1;
    const int last = item.endedOn.isValid() && item.endedOn.year() == year ? item.endedOn.month() - 1 : 12;
    return std::max(0, last - first + 1);
}

QList<DepreciationLine> DepreciationSchedule::compute(const DepreciationItem &item, int fromYear, int toYear, AssetRuleValues::InYear rule,
                                                      const std::optional<DepreciationLine> &before)
{
    QList<DepreciationLine> lines;
    if (!item.acquiredOn.isValid())
        return lines;
    // The state at the end of the year before the walk starts.
    qint64 cost = item.originalCost;
    qint64 accumulated = item.openingAccumulated;
    qint64 planned = 0;
    int year = item.openingYear > 0 ? item.openingYear + 1 : item.acquiredOn.year();
    if (before) {
        cost = before->cost;
        accumulated = before->accumulated;
        planned = before->planned;
        year = before->year + 1;
    }
    // Changes dated before the walk's first year are in the state already
    // (in the opening values, or in the locked line).
    for (; year <= toYear; ++year) {
        int remainingYears = 0;
        for (const CostChange &c : item.changes) {
            if (c.on.year() != year)
                continue;
            if (c.kind == CostChange::Kind::Upgrade) {
                cost += c.amount;
            } else {
                cost = c.amount;
                if (c.accumulated)
                    accumulated = *c.accumulated;
            }
            accumulated = std::min(accumulated, cost);
            if (c.remainingYears > 0)
                remainingYears = c.remainingYears;
            else if (c.kind == CostChange::Kind::Revaluation || planned > 0)
                planned = 0; // a new cost without a new life: by the rate again
        }
        const int months = monthsHeld(item, year, rule);
        if (months == 0 || year < fromYear)
            continue;
        // A life set anew: what is left, in equal parts over it.
        if (remainingYears > 0)
            planned = Money::proportion(cost - accumulated, 1, remainingYears);
        const qint64 yearly = planned > 0 ? planned : Money::proportion(cost, item.rateBp, 10000);
        const qint64 due = months == 12 ? yearly : Money::proportion(yearly, months, 12);
        qint64 amount = std::clamp<qint64>(due, 0, std::max<qint64>(0, cost - accumulated));
        // What rounding each year leaves (at most half a đồng a year) is not a
        // year of its own: the last year of the life takes it.
        const qint64 left = cost - accumulated - amount;
        if (amount > 0 && left > 0 && yearly > 0 && left <= (cost + yearly - 1) / yearly)
            amount += left;
        accumulated += amount;
        const int rate = planned > 0 && cost > 0 ? int(Money::proportion(planned, 10000, cost)) : item.rateBp;
        lines.append({item.assetId, year, cost, rate, amount, accumulated, planned, months});
    }
    return lines;
}

} // namespace vanphong::assets
