// The annual inventory: marks, the reconciliation with found-elsewhere, missing and extras, the closing (issue 14).
#include "TestSupport.h"

#include "assets/AnnualDepreciation.h"
#include "assets/AssetInventory.h"
#include "assets/AssetMovements.h"
#include "assets/AssetRegister.h"
#include "office/OfficeSession.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::assets;
using namespace vanphong::test;
using State = InventoryLine::State;

namespace {
struct InventoryOffice
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> chief;
    QList<Asset> items;

    InventoryOffice()
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        const std::tuple<const char *, const char *, qint64, const char *> entries[] = {
            {"Máy tính để bàn", "may-tinh", 14'000'000, "Văn phòng"},
            {"Máy in laser", "may-in", 11'000'000, "Văn phòng"},
            {"Máy điều hòa", "dieu-hoa", 18'000'000, "Phòng họp"},
            {"Máy chiếu", "may-photocopy", 16'000'000, "Phòng họp"},
            {"Ghế xoay", "ban-ghe", 1'200'000, "Văn phòng"}};
        for (const auto &[name, category, cost, room] : entries) {
            Asset a;
            a.name = QString::fromUtf8(name);
            a.categoryCode = QString::fromUtf8(category);
            a.originalCost = cost;
            a.acquiredOn = QDate(QDate::currentDate().year() - 1, 3, 1);
            a.room = QString::fromUtf8(room);
            auto added = AssetRegister(db(), chief->actor()).add(a);
            REQUIRE(added);
            items << added.value();
        }
    }
    storage::Database &db() { return chief->database(); }
    AssetInventory inventory() { return AssetInventory(db(), chief->actor()); }
};
} // namespace

TEST_CASE("an inventory by scanning: found, found elsewhere, missing and an extra, reconciled and closed")
{
    InventoryOffice office;
    auto inv = office.inventory();
    CHECK_FALSE(inv.scan(office.items.at(0).code)); // nothing open yet
    CHECK_FALSE(inv.start(QDate::currentDate(), {QStringLiteral("Nguyễn Văn An")}, QString())); // one member is no committee
    auto started = inv.start(QDate::currentDate(), {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")},
                             QStringLiteral("Quyết định số 15-QĐ/ĐU ngày 25/11/2026"));
    REQUIRE(started);
    CHECK_FALSE(inv.start(QDate::currentDate(), {QStringLiteral("A"), QStringLiteral("B")}, QString())); // one open at a time
    CHECK(inv.summary(started->id)->items == 5);

    // The scanner types the codes; case as the label's reader gives it.
    auto scanned = inv.scan(office.items.at(0).code.toLower());
    REQUIRE(scanned);
    CHECK(scanned->result == AssetInventory::ScanResult::Marked);
    CHECK(scanned->line.code == office.items.at(0).code);
    CHECK(inv.scan(office.items.at(0).code)->result == AssetInventory::ScanResult::AlreadyMarked);
    CHECK(inv.scan(QStringLiteral("KHONG-CO-01"))->result == AssetInventory::ScanResult::Unknown);
    // The phone's list: a header, a code read twice, one unknown.
    auto imported = inv.importCodes(QStringLiteral("code,time\n%1,08:01\n%1,08:02\n%2;x\nZZ-9\n").arg(office.items.at(1).code, office.items.at(4).code));
    REQUIRE(imported);
    CHECK(imported->marked == 2);
    CHECK(imported->unknown == QStringList{QStringLiteral("ZZ-9")});
    // The projector was in the office, not the meeting room; the air conditioner is missing.
    CHECK_FALSE(inv.mark(office.items.at(3).code, State::Elsewhere)); // where?
    REQUIRE(inv.mark(office.items.at(3).code, State::Elsewhere, QStringLiteral("Văn phòng")));
    REQUIRE(inv.addExtra(QStringLiteral("Bàn họp cũ"), QStringLiteral("ban-ghe"), 2'500'000, QStringLiteral("Kho")));
    auto counts = inv.summary(started->id);
    CHECK(counts->found == 3);
    CHECK(counts->elsewhere == 1);
    CHECK(counts->pending == 1);
    CHECK(counts->extras == 1);

    // Not closed while an item is unchecked, nor with one missing and no decision.
    CHECK_FALSE(inv.close(QDate::currentDate(), QStringLiteral("01/BB-KK"), QString()));
    CHECK(inv.markRestMissing().value() == 1);
    CHECK_FALSE(inv.close(QDate::currentDate(), QStringLiteral("01/BB-KK"), QString()));
    counts = inv.summary(started->id);
    CHECK(counts->missing == 1);
    CHECK(counts->missingCost == 18'000'000);
    REQUIRE(inv.close(QDate::currentDate(), QStringLiteral("01/BB-KK"), QStringLiteral("Quyết định số 20-QĐ/ĐU")));

    // What was agreed is applied: moved, lost, the extra entered.
    AssetRegister reg(office.db(), office.chief->actor());
    CHECK(reg.get(office.items.at(3).id)->room == QStringLiteral("Văn phòng"));
    CHECK(reg.get(office.items.at(2).id)->status == Asset::Status::Lost);
    AssetFilter f;
    f.text = QStringLiteral("ban hop cu");
    auto extra = reg.list(f);
    REQUIRE(extra->size() == 1);
    CHECK(extra->first().room == QStringLiteral("Kho"));
    CHECK(extra->first().originalCost == 2'500'000);
    const auto history = AssetMovements(office.db(), office.chief->actor()).history(office.items.at(2).id).value();
    REQUIRE(history.size() == 1);
    CHECK(history.first().record == QStringLiteral("01/BB-KK"));
    CHECK(inv.current()->has_value() == false);
    CHECK_FALSE(inv.scan(office.items.at(1).code));
    CHECK(office.chief->verify().ok);
}

TEST_CASE("closing is all or nothing: a change refused leaves the inventory open and the register as it was")
{
    InventoryOffice office;
    auto inv = office.inventory();
    const int last = QDate::currentDate().year() - 1;
    // Counted on the last day of last year; last year's depreciation then signed and locked.
    REQUIRE(inv.start(QDate(last, 12, 31), {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")}, QString()));
    CHECK_FALSE(inv.addExtra(QStringLiteral("Tủ"), QStringLiteral("khong-co"), 1, QString())); // no such category
    const Asset &chair = office.items.at(4); // BG-0001: first in code order
    const Asset &pc = office.items.at(0);    // MT-0001: a fixed asset
    REQUIRE(inv.mark(chair.code, State::Elsewhere, QStringLiteral("Kho")));
    REQUIRE(inv.mark(pc.code, State::Missing));
    for (const Asset &a : office.items)
        if (a.id != chair.id && a.id != pc.id)
            REQUIRE(inv.scan(a.code));
    AnnualDepreciation dep(office.db(), office.chief->actor());
    REQUIRE(dep.run(last));
    REQUIRE(dep.lock(last, QStringLiteral("Nguyễn Văn An"), QDate::currentDate()));
    // The chair's move would be made, then the computer's loss, dated in the locked year, refused: nothing stays.
    auto refused = inv.close(QDate(last, 12, 31), QStringLiteral("01/BB-KK"), QStringLiteral("QĐ 20"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(pc.code));
    AssetRegister reg(office.db(), office.chief->actor());
    CHECK(reg.get(chair.id)->room == QStringLiteral("Văn phòng"));
    CHECK(AssetMovements(office.db(), office.chief->actor()).history(chair.id)->isEmpty());
    CHECK(inv.current().value().has_value());
    // Closed after the locked year, it goes through.
    REQUIRE(inv.close(QDate::currentDate(), QStringLiteral("01/BB-KK"), QStringLiteral("QĐ 20")));
    CHECK(reg.get(chair.id)->room == QStringLiteral("Kho"));
    CHECK(reg.get(pc.id)->status == Asset::Status::Lost);
    CHECK(office.chief->verify().ok);
}

TEST_CASE("an inventory counts what the register held on its day, not what came after")
{
    InventoryOffice office;
    Asset bought;
    bought.name = QStringLiteral("Máy tính mới");
    bought.categoryCode = QStringLiteral("may-tinh");
    bought.originalCost = 20'000'000;
    bought.acquiredOn = QDate::currentDate();
    REQUIRE(AssetRegister(office.db(), office.chief->actor()).add(bought));
    auto inv = office.inventory();
    auto started = inv.start(QDate::currentDate().addDays(-1), {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")}, QString());
    REQUIRE(started);
    CHECK(inv.summary(started->id)->items == office.items.size());
}
