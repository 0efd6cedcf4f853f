// Money in whole đồng and the straight-line yearly depreciation at its edges (issue 14).
#include "assets/DepreciationSchedule.h"
#include "assets/Money.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace vanphong::assets;
using InYear = AssetRuleValues::InYear;

namespace {
DepreciationItem item(qint64 cost, int rateBp, const QDate &acquired = QDate(2020, 3, 15))
{
    DepreciationItem i;
    i.assetId = 1;
    i.acquiredOn = acquired;
    i.originalCost = cost;
    i.rateBp = rateBp;
    return i;
}

qint64 total(const QList<DepreciationLine> &lines)
{
    return std::accumulate(lines.cbegin(), lines.cend(), qint64(0), [](qint64 sum, const DepreciationLine &l) { return sum + l.amount; });
}
} // namespace

TEST_CASE("money is written with Vietnamese separators and read back only when it is a whole number of đồng")
{
    CHECK(Money::format(12'500'000) == QStringLiteral("12.500.000"));
    CHECK(Money::format(0) == QStringLiteral("0"));
    CHECK(Money::format(999) == QStringLiteral("999"));
    CHECK(Money::format(1000) == QStringLiteral("1.000"));
    CHECK(Money::format(-2'500'000) == QStringLiteral("-2.500.000"));
    CHECK(Money::format(Money::Max) == QStringLiteral("100.000.000.000.000"));

    CHECK(Money::parse(QStringLiteral("12.500.000")) == 12'500'000);
    CHECK(Money::parse(QStringLiteral("12500000")) == 12'500'000);
    CHECK(Money::parse(QStringLiteral(" 12 500 000 đ")) == 12'500'000);
    CHECK(Money::parse(QStringLiteral("12.500.000 đồng")) == 12'500'000);
    CHECK(Money::parse(QStringLiteral("0")) == 0);
    for (const char *bad : {"12,5", "1.25.000", "12.500.00", "-1.000", "abc", "", "1.000 000", "100.000.000.000.001", "12.500,50"})
        CHECK_FALSE(Money::parse(QString::fromUtf8(bad)));

    CHECK(Money::formatRate(667) == QStringLiteral("6,67"));
    CHECK(Money::formatRate(1250) == QStringLiteral("12,5"));
    CHECK(Money::formatRate(2000) == QStringLiteral("20"));
    CHECK(Money::parseRate(QStringLiteral("6,67")) == 667);
    CHECK(Money::parseRate(QStringLiteral("12.5 %")) == 1250);
    CHECK(Money::parseRate(QStringLiteral("20")) == 2000);
    CHECK_FALSE(Money::parseRate(QStringLiteral("101")));
    CHECK_FALSE(Money::parseRate(QStringLiteral("6,675")));
}

TEST_CASE("straight-line depreciation: the yearly rate of the cost, the last year takes what is left, to the đồng")
{
    // 20 % of 12.500.000: five years of 2.500.000, then nothing; the item stays at zero.
    const auto lines = DepreciationSchedule::compute(item(12'500'000, 2000), 2020, 2026, InYear::HeldOnDecember31);
    REQUIRE(lines.size() == 7);
    for (int i = 0; i < 5; ++i)
        CHECK(lines.at(i).amount == 2'500'000);
    CHECK(lines.at(4).accumulated == 12'500'000);
    CHECK(lines.at(4).bookValue() == 0);
    CHECK(lines.at(5).amount == 0);
    CHECK(lines.at(6).amount == 0);
    CHECK(lines.at(6).accumulated == 12'500'000);

    // 6,67 % over 15 years is 100,05 %: the fifteenth year takes only what is left.
    const auto car = DepreciationSchedule::compute(item(10'000'000, 667), 2020, 2040, InYear::HeldOnDecember31);
    CHECK(car.at(0).amount == 667'000);
    CHECK(car.at(13).accumulated == 14 * 667'000);
    CHECK(car.at(14).amount == 10'000'000 - 14 * 667'000);
    CHECK(car.at(14).accumulated == 10'000'000);
    CHECK(car.at(15).amount == 0);

    // Whatever the rate and an awkward cost, the whole life adds up to the cost exactly, in the expected number of years.
    for (const int rate : {125, 200, 400, 500, 667, 1000, 1250, 1500, 2000, 3333})
        for (const qint64 cost : {qint64(10'000'000), qint64(13'333'337), qint64(987'654'321), qint64(10'000'001)}) {
            const auto life = DepreciationSchedule::compute(item(cost, rate), 2000, 2000 + 120, InYear::HeldOnDecember31);
            CHECK(total(life) == cost);
            const auto depreciating = std::count_if(life.cbegin(), life.cend(), [](const DepreciationLine &l) { return l.amount > 0; });
            CHECK(depreciating == (10000 + rate - 1) / rate);
            CHECK(life.last().accumulated == cost);
        }
    // A rate of 0 (land-use rights): a line at zero every year.
    const auto land = DepreciationSchedule::compute(item(500'000'000, 0), 2020, 2022, InYear::HeldOnDecember31);
    REQUIRE(land.size() == 3);
    CHECK(total(land) == 0);
}

TEST_CASE("the year an item comes or goes, under each reading of the rule")
{
    DepreciationItem printer = item(24'000'000, 2000, QDate(2024, 9, 10));
    // Held on 31 December: the whole year; by months in use: September to December.
    CHECK(DepreciationSchedule::compute(printer, 2024, 2024, InYear::HeldOnDecember31).first().amount == 4'800'000);
    const auto byMonths = DepreciationSchedule::compute(printer, 2024, 2024, InYear::MonthsInUse);
    CHECK(byMonths.first().months == 4);
    CHECK(byMonths.first().amount == 1'600'000);
    // Its life still adds up to its cost under months in use.
    CHECK(total(DepreciationSchedule::compute(printer, 2024, 2040, InYear::MonthsInUse)) == 24'000'000);

    // Disposed of on 20/6/2026: nothing that year when held on 31/12; January to May by months.
    printer.endedOn = QDate(2026, 6, 20);
    const auto held = DepreciationSchedule::compute(printer, 2024, 2027, InYear::HeldOnDecember31);
    REQUIRE(held.size() == 2); // 2024, 2025
    CHECK(held.last().year == 2025);
    CHECK(held.last().accumulated == 9'600'000);
    const auto months = DepreciationSchedule::compute(printer, 2024, 2027, InYear::MonthsInUse);
    REQUIRE(months.size() == 3);
    CHECK(months.last().year == 2026);
    CHECK(months.last().months == 5);
    CHECK(months.last().amount == 2'000'000);
}

TEST_CASE("an upgrade adds to the cost; with a new life the remaining value goes in equal parts; a revaluation sets cost and accumulated")
{
    // 20.000.000 at 20 %: 4.000.000 in 2020 and 2021; an upgrade of 6.000.000 in 2022.
    DepreciationItem server = item(20'000'000, 2000);
    server.changes << CostChange{CostChange::Kind::Upgrade, QDate(2022, 5, 1), 6'000'000, std::nullopt, 0};
    auto lines = DepreciationSchedule::compute(server, 2020, 2030, InYear::HeldOnDecember31);
    CHECK(lines.at(2).cost == 26'000'000);
    CHECK(lines.at(2).amount == 5'200'000); // the rate on the new cost
    CHECK(total(lines) == 26'000'000);
    CHECK(lines.last().accumulated == 26'000'000);

    // The same upgrade setting 4 years left: (26.000.000 − 8.000.000) / 4 a year from 2022.
    server.changes.first().remainingYears = 4;
    lines = DepreciationSchedule::compute(server, 2020, 2030, InYear::HeldOnDecember31);
    for (int i = 2; i < 6; ++i)
        CHECK(lines.at(i).amount == 4'500'000);
    CHECK(lines.at(5).accumulated == 26'000'000);
    CHECK(lines.at(6).amount == 0);
    CHECK(lines.at(2).planned == 4'500'000);

    // A remaining value that does not divide: the last part takes the rest.
    DepreciationItem odd = item(10'000'000, 1000);
    odd.changes << CostChange{CostChange::Kind::Upgrade, QDate(2021, 1, 5), 1, std::nullopt, 3};
    lines = DepreciationSchedule::compute(odd, 2020, 2030, InYear::HeldOnDecember31);
    CHECK(lines.at(1).amount == 3'000'000); // (10.000.001 − 1.000.000) / 3, rounded
    CHECK(lines.last().accumulated == 10'000'001);
    CHECK(total(lines) == 10'000'001);

    // A revaluation in 2023: cost 15.000.000, accumulated 5.000.000, 5 years left: 2.000.000 a year.
    DepreciationItem house = item(30'000'000, 400);
    house.changes << CostChange{CostChange::Kind::Revaluation, QDate(2023, 7, 1), 15'000'000, qint64(5'000'000), 5};
    lines = DepreciationSchedule::compute(house, 2020, 2030, InYear::HeldOnDecember31);
    CHECK(lines.at(2).accumulated == 3 * 1'200'000);
    CHECK(lines.at(3).cost == 15'000'000);
    CHECK(lines.at(3).amount == 2'000'000);
    CHECK(lines.at(3).accumulated == 7'000'000);
    CHECK(lines.at(7).accumulated == 15'000'000);
}

TEST_CASE("a run goes on from the last locked year's line, and changes before it are already in that line")
{
    DepreciationItem desk = item(16'000'000, 1250);
    desk.changes << CostChange{CostChange::Kind::Upgrade, QDate(2021, 3, 1), 8'000'000, std::nullopt, 0};
    const auto whole = DepreciationSchedule::compute(desk, 2020, 2035, InYear::HeldOnDecember31);
    // Going on from 2022's line gives the same later years as the whole walk.
    const auto after = DepreciationSchedule::compute(desk, 2023, 2035, InYear::HeldOnDecember31, whole.at(2));
    REQUIRE(after.size() == whole.size() - 3);
    for (int i = 0; i < after.size(); ++i)
        CHECK(after.at(i) == whole.at(i + 3));
    // Brought in from last year's spreadsheet: 2025's accumulated, then this register's years.
    DepreciationItem imported = item(50'000'000, 1000, QDate(2019, 1, 1));
    imported.openingYear = 2025;
    imported.openingAccumulated = 35'000'000;
    const auto fromImport = DepreciationSchedule::compute(imported, 2020, 2030, InYear::HeldOnDecember31);
    REQUIRE(fromImport.first().year == 2026);
    CHECK(fromImport.first().amount == 5'000'000);
    CHECK(fromImport.at(2).amount == 5'000'000);
    CHECK(fromImport.at(2).accumulated == 50'000'000);
    CHECK(fromImport.at(3).amount == 0);
}
