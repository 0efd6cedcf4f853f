// The asset register: items and their books, movements, the yearly run and its lock (issue 14).
#include "InsiderTool.h"
#include "TestSupport.h"

#include "assets/AnnualDepreciation.h"
#include "assets/AssetCategories.h"
#include "assets/AssetImport.h"
#include "assets/AssetInventory.h"
#include "assets/AssetMovements.h"
#include "assets/AssetRegister.h"
#include "assets/AssetRules.h"
#include "office/OfficeSession.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::assets;
using namespace vanphong::test;

namespace {
const int ThisYear = QDate::currentDate().year();

struct AssetOffice
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.vpdb"));
    std::unique_ptr<office::OfficeSession> chief;
    std::unique_ptr<office::OfficeSession> accountant;

    AssetOffice()
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        accountant = addSignedInUser(*chief, QStringLiteral("ketoan"), office::Role::Accountant, office::Clearance::Normal, "ke-toan-2026");
    }
    AssetRegister reg() { return AssetRegister(accountant->database(), accountant->actor()); }
    AssetMovements moves() { return AssetMovements(accountant->database(), accountant->actor()); }
    AnnualDepreciation depreciation() { return AnnualDepreciation(accountant->database(), accountant->actor()); }
    Asset add(const QString &name, const QString &category, qint64 cost, const QDate &acquired, const QString &room = QStringLiteral("Phòng 1"))
    {
        Asset a;
        a.name = name;
        a.categoryCode = category;
        a.originalCost = cost;
        a.acquiredOn = acquired;
        a.room = room;
        auto added = reg().add(a);
        if (!added)
            FAIL(added.error().message.toStdString());
        return added.value();
    }
    QList<QList<qint64>> storedLines(int year)
    {
        QSqlQuery q(accountant->database().sql());
        q.prepare(QStringLiteral("SELECT asset_id, cost, rate_bp, amount, accumulated FROM asset_depreciation WHERE year = ? ORDER BY asset_id"));
        q.addBindValue(year);
        REQUIRE(q.exec());
        QList<QList<qint64>> rows;
        while (q.next())
            rows << QList<qint64>{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                  q.value(4).toLongLong()};
        return rows;
    }
};
} // namespace

TEST_CASE("an item is a fixed asset from the thresholds, a tool below them; a threshold changed applies to new items only")
{
    AssetOffice office;
    const Asset laptop = office.add(QStringLiteral("Máy tính xách tay Dell"), QStringLiteral("may-tinh"), 10'000'000, QDate(2026, 3, 5));
    const Asset tablet = office.add(QStringLiteral("Máy tính bảng"), QStringLiteral("may-tinh"), 9'999'999, QDate(2026, 3, 5));
    CHECK(laptop.book == Asset::Book::Fixed);
    CHECK(tablet.book == Asset::Book::Tool);
    // Codes from the category's prefix, in order.
    CHECK(laptop.code == QStringLiteral("MT-0001"));
    CHECK(tablet.code == QStringLiteral("MT-0002"));
    CHECK(laptop.categoryName == QStringLiteral("Máy vi tính để bàn, máy tính xách tay, máy tính bảng"));
    CHECK(laptop.effectiveRateBp() == 2000);

    AssetRules rules(office.accountant->database());
    AssetRuleValues raised = rules.load().value();
    raised.fixedAssetMinCost = 30'000'000;
    REQUIRE(rules.save(raised, office.accountant->actor()));
    const Asset another = office.add(QStringLiteral("Máy tính xách tay HP"), QStringLiteral("may-tinh"), 20'000'000, QDate(2026, 4, 1));
    CHECK(another.book == Asset::Book::Tool);
    CHECK(office.reg().get(laptop.id)->book == Asset::Book::Fixed);

    // A code is unique whatever its case; a given code is kept.
    Asset copy;
    copy.name = QStringLiteral("Bàn làm việc");
    copy.categoryCode = QStringLiteral("ban-ghe");
    copy.acquiredOn = QDate(2026, 1, 2);
    CHECK_FALSE(office.reg().add(copy)); // no cost: nothing in the register is worth 0
    copy.originalCost = 2'000'000;
    copy.code = QStringLiteral("mt-0001");
    auto refused = office.reg().add(copy);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("mt-0001")));
    copy.code = QStringLiteral("BG-CU-01");
    CHECK(office.reg().add(copy)->code == QStringLiteral("BG-CU-01"));
    CHECK(office.reg().find(QStringLiteral("bg-cu-01"))->name == QStringLiteral("Bàn làm việc"));
    copy.code = QStringLiteral("BG 02");
    CHECK_FALSE(office.reg().add(copy));
}

TEST_CASE("the register refuses what it cannot hold, and only the accountant and the office chief write it")
{
    AssetOffice office;
    Asset a;
    a.name = QStringLiteral("Máy chiếu");
    a.categoryCode = QStringLiteral("may-photocopy");
    a.originalCost = 15'000'000;
    a.acquiredOn = QDate::currentDate().addDays(1);
    CHECK_FALSE(office.reg().add(a)); // after today
    a.acquiredOn = QDate(2025, 5, 1);
    a.categoryCode = QStringLiteral("khong-co");
    CHECK_FALSE(office.reg().add(a));
    a.categoryCode = QStringLiteral("may-photocopy");
    a.openingAccumulated = 20'000'000;
    a.openingYear = 2025;
    CHECK_FALSE(office.reg().add(a)); // more than its cost
    a.openingAccumulated = 0;
    a.openingYear = 0;

    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    auto refused = AssetRegister(clerk->database(), clerk->actor()).add(a);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == storage::StorageError::Kind::Forbidden);
    CHECK(AssetRegister(office.chief->database(), office.chief->actor()).add(a));
    CHECK_FALSE(AnnualDepreciation(clerk->database(), clerk->actor()).run(ThisYear));
    // Everyone reads.
    CHECK(AssetRegister(clerk->database(), clerk->actor()).list({})->size() == 1);
}

TEST_CASE("the list finds items by any word of their code, name, serial, room or keeper, without marks")
{
    AssetOffice office;
    office.add(QStringLiteral("Máy điều hòa Daikin"), QStringLiteral("dieu-hoa"), 18'000'000, QDate(2025, 6, 1), QStringLiteral("Phòng họp"));
    office.add(QStringLiteral("Bộ bàn ghế họp"), QStringLiteral("ban-ghe"), 25'000'000, QDate(2025, 6, 1), QStringLiteral("Phòng họp"));
    office.add(QStringLiteral("Máy tính để bàn"), QStringLiteral("may-tinh"), 14'000'000, QDate(2025, 6, 1), QStringLiteral("Văn phòng"));
    AssetFilter f;
    f.text = QStringLiteral("may dieu hoa");
    CHECK(office.reg().list(f)->size() == 1);
    f.text = QStringLiteral("phong hop");
    CHECK(office.reg().list(f)->size() == 2);
    f.text = QStringLiteral("DH-0001");
    CHECK(office.reg().list(f)->first().name == QStringLiteral("Máy điều hòa Daikin"));
    f = {};
    f.room = QStringLiteral("phòng họp");
    CHECK(office.reg().list(f)->size() == 2);
}

TEST_CASE("a year's run is reproducible: twice gives the same lines, a rate changed and run again recomputes the unlocked year")
{
    AssetOffice office;
    const Asset pc = office.add(QStringLiteral("Máy tính"), QStringLiteral("may-tinh"), 15'000'000, QDate(ThisYear - 2, 4, 1));
    const Asset car = office.add(QStringLiteral("Xe ô tô"), QStringLiteral("o-to"), 800'000'000, QDate(ThisYear - 1, 12, 31));
    office.add(QStringLiteral("Ghế"), QStringLiteral("ban-ghe"), 900'000, QDate(ThisYear - 1, 1, 1)); // a tool: not depreciated
    auto first = office.depreciation().run(ThisYear);
    REQUIRE(first);
    CHECK(first->years == QList<int>{ThisYear - 2, ThisYear - 1, ThisYear});
    REQUIRE(first->lines.size() == 2);
    CHECK(first->total == 3'000'000 + 53'360'000);
    const auto once = office.storedLines(ThisYear);
    REQUIRE(office.depreciation().run(ThisYear));
    CHECK(office.storedLines(ThisYear) == once);
    CHECK(office.reg().get(pc.id)->accumulated == 9'000'000);
    CHECK(office.reg().get(car.id)->bookValue() == 800'000'000 - 2 * 53'360'000);

    // A dry run writes nothing.
    AssetCategories categories(office.accountant->database());
    QList<AssetCategory> table = categories.all().value();
    for (AssetCategory &c : table)
        if (c.code == QLatin1String("may-tinh"))
            c.rateBp = 2500;
    REQUIRE(categories.save(table, office.accountant->actor()));
    auto dry = office.depreciation().run(ThisYear, true);
    REQUIRE(dry);
    CHECK(dry->total == 3'750'000 + 53'360'000); // the computer's year at 25 %
    CHECK(office.storedLines(ThisYear) == once);
    REQUIRE(office.depreciation().run(ThisYear));
    CHECK(office.reg().get(pc.id)->accumulated == 11'250'000);
}

TEST_CASE("a year is locked once its table is signed: in order, never stale, never computed again, its items' values kept")
{
    AssetOffice office;
    const Asset pc = office.add(QStringLiteral("Máy tính"), QStringLiteral("may-tinh"), 15'000'000, QDate(ThisYear - 2, 4, 1));
    auto dep = office.depreciation();
    REQUIRE(dep.run(ThisYear - 1));
    CHECK(dep.years()->size() == 2);
    CHECK_FALSE(dep.lock(ThisYear - 1, QStringLiteral("Nguyễn Thị Hoa"), QDate::currentDate())); // 2 years ago first
    CHECK_FALSE(dep.lock(ThisYear - 2, QString(), QDate::currentDate()));                    // who signed
    CHECK_FALSE(dep.lock(ThisYear - 2, QStringLiteral("Nguyễn Thị Hoa"), QDate(ThisYear - 2, 6, 30))); // before December
    CHECK_FALSE(dep.lock(ThisYear - 2, QStringLiteral("Nguyễn Thị Hoa"), QDate(ThisYear - 2, 12, 31))); // before the table was computed
    REQUIRE(dep.run(ThisYear));
    CHECK_FALSE(dep.lock(ThisYear, QStringLiteral("Nguyễn Thị Hoa"), QDate::currentDate())); // the year has not ended
    REQUIRE(dep.lock(ThisYear - 2, QStringLiteral("Nguyễn Thị Hoa"), QDate::currentDate()));

    // Entered after the run: the year's table no longer matches the register.
    office.add(QStringLiteral("Máy in"), QStringLiteral("may-in"), 12'000'000, QDate(ThisYear - 1, 2, 1));
    auto stale = dep.lock(ThisYear - 1, QStringLiteral("Nguyễn Thị Hoa"), QDate::currentDate());
    REQUIRE_FALSE(stale);
    CHECK(stale.error().message.contains(QStringLiteral("compute it again")));
    REQUIRE(dep.run(ThisYear - 1));
    REQUIRE(dep.lock(ThisYear - 1, QStringLiteral("Nguyễn Thị Hoa"), QDate::currentDate()));
    const auto locked = office.storedLines(ThisYear - 1);

    auto again = dep.run(ThisYear - 1);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("Nguyễn Thị Hoa")));
    CHECK_FALSE(dep.lock(ThisYear - 1, QStringLiteral("Nguyễn Thị Hoa"), QDate::currentDate()));

    // An item found later that was acquired in a locked year: the signed tables did not count it, so it
    // comes with what it had accumulated up to the last locked year.
    Asset found;
    found.name = QStringLiteral("Máy chiếu cũ");
    found.categoryCode = QStringLiteral("may-photocopy");
    found.originalCost = 16'000'000;
    found.acquiredOn = QDate(ThisYear - 2, 2, 1);
    CHECK_FALSE(office.reg().add(found));
    found.openingYear = ThisYear - 1;
    found.openingAccumulated = 4'000'000;
    const auto entered = office.reg().add(found);
    REQUIRE(entered);

    // The item's cost and acquisition stay; an upgrade or disposal dated in the locked year is refused, after it taken.
    Asset changed = office.reg().get(pc.id).value();
    changed.originalCost = 16'000'000;
    CHECK_FALSE(office.reg().correct(changed, QStringLiteral("Sai hóa đơn")));
    changed = office.reg().get(pc.id).value();
    changed.name = QStringLiteral("Máy tính để bàn Dell");
    REQUIRE(office.reg().correct(changed, QStringLiteral("Ghi rõ tên")));
    CHECK_FALSE(office.moves().upgrade(pc.id, QDate(ThisYear - 1, 6, 1), 2'000'000, 0, QStringLiteral("HĐ 12")));
    CHECK_FALSE(office.moves().dispose(pc.id, QDate(ThisYear - 1, 6, 1), QStringLiteral("QĐ 5"), QStringLiteral("BB 1"), 0));
    REQUIRE(office.moves().upgrade(pc.id, QDate(ThisYear, 1, 1), 3'000'000, 0, QStringLiteral("HĐ 12")));
    // A rate changed after the lock changes the open year only.
    AssetCategories categories(office.accountant->database());
    QList<AssetCategory> table = categories.all().value();
    for (AssetCategory &c : table)
        if (c.code == QLatin1String("may-tinh"))
            c.rateBp = 1000;
    REQUIRE(categories.save(table, office.accountant->actor()));
    auto now = dep.run(ThisYear);
    REQUIRE(now);
    CHECK(office.storedLines(ThisYear - 1) == locked);
    // The computer: 2 × 3.000.000 locked, then 10 % of 18.000.000.
    const auto pcLine = std::find_if(now->lines.cbegin(), now->lines.cend(), [&](const DepreciationLine &l) { return l.assetId == pc.id; });
    REQUIRE(pcLine != now->lines.cend());
    CHECK(pcLine->cost == 18'000'000);
    CHECK(pcLine->amount == 1'800'000);
    CHECK(pcLine->accumulated == 7'800'000);
    const auto foundLine = std::find_if(now->lines.cbegin(), now->lines.cend(), [&](const DepreciationLine &l) { return l.assetId == entered->id; });
    REQUIRE(foundLine != now->lines.cend());
    CHECK(foundLine->amount == 2'000'000);
    CHECK(foundLine->accumulated == 6'000'000);
}

TEST_CASE("movements are the item's history: hand-over, repair, disposal; an item gone takes no more movements")
{
    AssetOffice office;
    const Asset ac = office.add(QStringLiteral("Máy điều hòa"), QStringLiteral("dieu-hoa"), 16'000'000, QDate(2024, 5, 1));
    auto moves = office.moves();
    CHECK_FALSE(moves.move(ac.id, QDate(2024, 6, 1), QStringLiteral("Phòng 1"), QString(), QString())); // where it is already
    REQUIRE(moves.move(ac.id, QDate(2024, 6, 1), QStringLiteral("Phòng họp"), QStringLiteral("Trần Văn Bình"), QStringLiteral("05/BB-VP")));
    CHECK_FALSE(moves.repair(ac.id, QDate(2025, 7, 1), 1'500'000, QString()));
    REQUIRE(moves.repair(ac.id, QDate(2025, 7, 1), 1'500'000, QStringLiteral("Thay tụ"), true));
    CHECK(office.reg().get(ac.id)->status == Asset::Status::UnderRepair);
    CHECK_FALSE(moves.dispose(ac.id, QDate(2023, 1, 1), QStringLiteral("QĐ 9"), QStringLiteral("BB 2"), 0)); // before it came
    CHECK_FALSE(moves.dispose(ac.id, QDate(2026, 1, 1), QString(), QStringLiteral("BB 2"), 0));             // no decision
    REQUIRE(moves.dispose(ac.id, QDate(2026, 1, 10), QStringLiteral("QĐ 9-QĐ/ĐU"), QStringLiteral("02/BB-TL"), 500'000));
    const Asset gone = office.reg().get(ac.id).value();
    CHECK(gone.status == Asset::Status::Disposed);
    CHECK(gone.endedOn == QDate(2026, 1, 10));
    CHECK(gone.room == QStringLiteral("Phòng họp"));
    CHECK(gone.custodian == QStringLiteral("Trần Văn Bình"));
    CHECK_FALSE(moves.move(ac.id, QDate(2026, 2, 1), QStringLiteral("Kho"), QString(), QString()));
    const auto history = moves.history(ac.id).value();
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).fromRoom == QStringLiteral("Phòng 1"));
    CHECK(history.at(0).record == QStringLiteral("05/BB-VP"));
    CHECK(history.at(2).amount == 500'000);
    // Disposed of in January 2026: no line for 2026 when held on 31 December.
    REQUIRE(office.depreciation().run(2026));
    CHECK(office.storedLines(2026).isEmpty());
    CHECK(office.storedLines(2025).size() == 1);
    CHECK(office.chief->verify().ok);
}

TEST_CASE("an item's cost or a locked year's lines changed with a tool are found by verify")
{
    AssetOffice office;
    const Asset pc = office.add(QStringLiteral("Máy tính"), QStringLiteral("may-tinh"), 15'000'000, QDate(ThisYear - 2, 4, 1));
    REQUIRE(office.depreciation().run(ThisYear - 2));
    REQUIRE(office.depreciation().lock(ThisYear - 2, QStringLiteral("Nguyễn Thị Hoa"), QDate::currentDate()));
    CHECK(office.chief->verify().ok);
    office.accountant.reset();
    office.chief.reset();
    const QString plain = office.dir.filePath(QStringLiteral("plain.sqlite"));
    auto tool = InsiderTool::unlock(office.path, QStringLiteral("ketoan"), "ke-toan-2026");
    REQUIRE(tool);
    REQUIRE(tool->decryptTo(plain));
    editPlain(plain, {QStringLiteral("UPDATE assets SET cost = 5000000 WHERE id = %1").arg(pc.id),
                      QStringLiteral("UPDATE asset_depreciation SET amount = 1, accumulated = 1 WHERE year = %1").arg(ThisYear - 2)});
    REQUIRE(tool->encryptFrom(plain, office.path));
    auto chief = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(chief);
    const auto report = (*chief)->verify();
    CHECK_FALSE(report.ok);
    const QString problems = report.problems.join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("assets")));
    CHECK(problems.contains(QStringLiteral("asset_depreciation")));
}

TEST_CASE("movements keep their order and their records: no backdated hand-over, one record for one act, a revaluation says its accumulated")
{
    AssetOffice office;
    const Asset pc = office.add(QStringLiteral("Máy tính"), QStringLiteral("may-tinh"), 15'000'000, QDate(2024, 2, 1));
    const Asset ac = office.add(QStringLiteral("Máy điều hòa"), QStringLiteral("dieu-hoa"), 16'000'000, QDate(2024, 2, 1));
    auto moves = office.moves();
    REQUIRE(moves.move(pc.id, QDate(2026, 10, 15), QStringLiteral("Phòng họp"), QStringLiteral("Lê Thị Cúc"), QStringLiteral("05/BB-VP")));
    // Dated before the hand-over already recorded: it would rewrite where the item is now.
    CHECK_FALSE(moves.move(pc.id, QDate(2026, 5, 1), QStringLiteral("Kho"), QString(), QString()));
    CHECK(office.reg().get(pc.id)->room == QStringLiteral("Phòng họp"));
    // The same record for the air conditioner handed over that day to the same keeper: one act.
    REQUIRE(moves.move(ac.id, QDate(2026, 10, 15), QStringLiteral("Phòng họp"), QStringLiteral("Lê Thị Cúc"), QStringLiteral("05/bb-vp")));
    // Another day, or another keeper, under that number: refused.
    CHECK_FALSE(moves.move(pc.id, QDate(2026, 11, 5), QStringLiteral("Văn phòng"), QStringLiteral("Trần Văn Bình"), QStringLiteral("05/BB-VP")));
    CHECK_FALSE(moves.dispose(ac.id, QDate(2026, 11, 20), QStringLiteral("QĐ 9"), QStringLiteral("05/BB-VP"), 0));
    // A revaluation below what was depreciated says what the accumulated becomes.
    REQUIRE(office.depreciation().run(2025));
    CHECK(office.reg().get(pc.id)->accumulated == 6'000'000);
    // Acquired after its first movement: refused.
    Asset later = office.reg().get(pc.id).value();
    later.acquiredOn = QDate(2026, 11, 1);
    CHECK_FALSE(office.reg().correct(later, QStringLiteral("Sai ngày")));
    // December's run does not count against a revaluation of November: what was accumulated then is 2025's.
    REQUIRE(office.depreciation().run(2026));
    CHECK(office.reg().get(pc.id)->accumulated == 9'000'000);
    CHECK(moves.revalue(pc.id, QDate(2026, 11, 1), 7'000'000, std::nullopt, 0, QStringLiteral("QĐ 2")));
    CHECK_FALSE(moves.revalue(pc.id, QDate(2026, 11, 1), 5'000'000, std::nullopt, 0, QStringLiteral("QĐ 3")));
    CHECK(moves.revalue(pc.id, QDate(2026, 11, 1), 5'000'000, qint64(2'000'000), 2, QStringLiteral("QĐ 3")));
}

TEST_CASE("a viewer reads the asset register and changes nothing in it, whatever the door")
{
    AssetOffice office;
    const Asset pc = office.add(QStringLiteral("Máy tính"), QStringLiteral("may-tinh"), 15'000'000, QDate(2025, 2, 1));
    REQUIRE(office.depreciation().run(2025));
    auto viewer = addSignedInUser(*office.chief, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "chi-xem-2026");
    storage::Database &db = viewer->database();
    const QString who = viewer->actor();
    const auto refused = [](const auto &result) { return !result && result.error().kind == storage::StorageError::Kind::Forbidden; };
    AssetMovements moves(db, who);
    CHECK(refused(moves.move(pc.id, QDate::currentDate(), QStringLiteral("Kho"), QString(), QString())));
    CHECK(refused(moves.dispose(pc.id, QDate::currentDate(), QStringLiteral("QĐ 1"), QStringLiteral("BB 1"), 0)));
    Asset changed = pc;
    changed.name = QStringLiteral("Khác");
    CHECK(refused(AssetRegister(db, who).correct(changed, QStringLiteral("Thử"))));
    CHECK(refused(AssetCategories(db).save(AssetCategories::defaults(), who)));
    CHECK(refused(AssetRules(db).save(AssetRuleValues{}, who)));
    CHECK(refused(AnnualDepreciation(db, who).run(2025)));
    CHECK(refused(AnnualDepreciation(db, who).lock(2025, QStringLiteral("A"), QDate::currentDate())));
    AssetInventory inventory(db, who);
    CHECK(refused(inventory.start(QDate::currentDate(), {QStringLiteral("A"), QStringLiteral("B")}, QString())));
    CHECK(refused(inventory.scan(pc.code)));
    CHECK(refused(AssetImport(db, who).importAll({pc})));
    // Reading is everyone's.
    CHECK(AssetRegister(db, who).list({})->size() == 1);
    CHECK(moves.history(pc.id));
    CHECK(office.reg().get(pc.id)->name == QStringLiteral("Máy tính"));
}
