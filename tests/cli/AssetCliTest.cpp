// The asset register from the command line: the accountant's year (issue 14).
#include "CliRun.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace vanphong::test;

namespace {
struct AssetCliOffice
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.vpdb"));
    QMap<QString, QString> env = pw(QStringLiteral("mat-khau-tv"));

    AssetCliOffice()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanhvp"),
                     QStringLiteral("--office-name"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--place"), QStringLiteral("Tân Phú")},
                    {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-tv")}}).code == 0);
    }
    Run run(QStringList args) const
    {
        args << QStringLiteral("--db") << db;
        return cli(args, env);
    }
};

QString s(const char *text) { return QString::fromUtf8(text); }
} // namespace

TEST_CASE("asset: items entered in their books, found, moved, depreciated for the year, locked once signed, disposed of")
{
    const AssetCliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    const int year = QDate::currentDate().year();
    const QString lastYear = QString::number(year - 1);

    Run laptop = run({s("asset"), s("add"), s("--name"), s("Máy tính xách tay Dell"), s("--category"), s("may-tinh"), s("--cost"), s("15.000.000"),
                      s("--acquired"), QStringLiteral("%1-03-05").arg(lastYear), s("--room"), s("Văn phòng"), s("--serial"), s("SN-778"), s("--json")});
    REQUIRE(laptop.code == 0);
    CHECK(laptop.json().value(s("code")).toString() == s("MT-0001"));
    CHECK(laptop.json().value(s("book")).toString() == s("tscd"));
    CHECK(laptop.json().value(s("cost")).toInteger() == 15'000'000);
    Run chair = run({s("asset"), s("add"), s("--name"), s("Ghế xoay"), s("--category"), s("ban-ghe"), s("--cost"), s("1200000"),
                     s("--acquired"), QStringLiteral("%1-01-10").arg(year)});
    REQUIRE(chair.code == 0);
    CHECK(chair.out.contains(s("BG-0001")));
    CHECK(chair.out.contains(s("tool")));
    // Money that is not whole đồng, an unknown category, a typo in an option: refused before anything is written.
    CHECK(run({s("asset"), s("add"), s("--name"), s("Xe"), s("--category"), s("o-to"), s("--cost"), s("12,5"), s("--acquired"), s("2025-01-01")}).code == 1);
    CHECK(run({s("asset"), s("add"), s("--name"), s("Xe"), s("--category"), s("khong-co"), s("--cost"), s("1"), s("--acquired"), s("2025-01-01")}).code == 1);
    CHECK(run({s("asset"), s("list"), s("--serach"), s("dell")}).code == 1);

    // The list: money with separators; the search without marks.
    Run listed = run({s("asset"), s("list"), s("--search"), s("may tinh")});
    REQUIRE(listed.code == 0);
    CHECK(listed.out.contains(s("MT-0001\tMáy tính xách tay Dell")));
    CHECK(listed.out.contains(s("15.000.000")));
    CHECK_FALSE(listed.out.contains(s("BG-0001")));
    CHECK(run({s("asset"), s("list"), s("--book"), s("ccdc"), s("--json")}).json().value(s("assets")).toArray().size() == 1);

    // The year's run: a dry run first, then the run, twice the same.
    Run dry = run({s("asset"), s("depreciate"), s("--year"), QString::number(year), s("--dry-run"), s("--json")});
    REQUIRE(dry.code == 0);
    CHECK(dry.json().value(s("total")).toInteger() == 3'000'000);
    CHECK(dry.json().value(s("dry_run")).toBool());
    CHECK(run({s("asset"), s("years")}).out.contains(s("No year")));
    Run computed = run({s("asset"), s("depreciate"), s("--year"), QString::number(year)});
    REQUIRE(computed.code == 0);
    CHECK(computed.out.contains(s("MT-0001\t15.000.000\t20%\t3.000.000\t6.000.000\t9.000.000")));
    CHECK(run({s("asset"), s("depreciate"), s("--year"), QString::number(year)}).out == computed.out);

    // Locked in order, by who signed; the locked year is not computed again.
    CHECK(run({s("asset"), s("lock"), s("--year"), QString::number(year), s("--signed-by"), s("Nguyễn Thị Hoa")}).code == 1);
    REQUIRE(run({s("asset"), s("lock"), s("--year"), lastYear, s("--signed-by"), s("Nguyễn Thị Hoa")}).code == 0);
    Run locked = run({s("asset"), s("depreciate"), s("--year"), lastYear});
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(s("locked")));
    CHECK(run({s("asset"), s("years")}).out.contains(s("signed by Nguyễn Thị Hoa")));

    // Handed over, then disposed of with its decision; its history shows both.
    REQUIRE(run({s("asset"), s("move"), s("MT-0001"), s("--room"), s("Phòng họp"), s("--custodian"), s("Trần Văn Bình"), s("--record"),
                 s("05/BB-VP")}).code == 0);
    CHECK(run({s("asset"), s("dispose"), s("MT-0001"), s("--record"), s("02/BB-TL")}).code == 1); // no decision
    CHECK(run({s("asset"), s("dispose"), s("MT-0001"), s("--decision"), s("12-QĐ/ĐU"), s("--on"), QStringLiteral("%1-06-01").arg(lastYear)}).code == 1);
    REQUIRE(run({s("asset"), s("dispose"), s("mt-0001"), s("--decision"), s("12-QĐ/ĐU"), s("--record"), s("02/BB-TL"), s("--proceeds"),
                 s("500.000")}).code == 0);
    Run shown = run({s("asset"), s("show"), s("MT-0001")});
    CHECK(shown.out.contains(s("Văn phòng → Phòng họp")));
    CHECK(shown.out.contains(s("Disposed of")));
    CHECK(shown.out.contains(s("500.000")));
    Run json = run({s("asset"), s("show"), s("MT-0001"), s("--json")});
    CHECK(json.json().value(s("status")).toString() == s("disposed"));
    CHECK(json.json().value(s("history")).toArray().size() == 2);
    CHECK(run({s("asset"), s("list"), s("--current"), s("--json")}).json().value(s("assets")).toArray().size() == 1);
    CHECK(run({s("verify")}).code == 0);
}

TEST_CASE("asset categories and rules: a rate set and marked checked, the thresholds, the reading of the in-year rule")
{
    const AssetCliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    Run table = run({s("asset"), s("categories")});
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(s("may-tinh\tMT\t5 year(s)\t20%")));
    CHECK(table.out.contains(s("(to be checked)")));
    REQUIRE(run({s("asset"), s("categories"), s("--set"), s("may-tinh"), s("--rate"), s("20"), s("--source"),
                 s("Thông tư 23/2023/TT-BTC, Phụ lục I"), s("--checked"), s("yes")}).code == 0);
    Run after = run({s("asset"), s("categories"), s("--json")});
    bool seen = false;
    for (const QJsonValue &c : after.json().value(s("categories")).toArray())
        if (c.toObject().value(s("code")).toString() == s("may-tinh")) {
            seen = true;
            CHECK(c.toObject().value(s("checked")).toBool());
        }
    CHECK(seen);
    CHECK(run({s("asset"), s("categories"), s("--set"), s("moi"), s("--rate"), s("10")}).code == 1); // a new row needs its name, prefix, life
    REQUIRE(run({s("asset"), s("categories"), s("--set"), s("may-phat"), s("--name"), s("Máy phát điện"), s("--prefix"), s("MPD"), s("--life"),
                 s("8"), s("--rate"), s("12,5")}).code == 0);
    CHECK(run({s("asset"), s("add"), s("--name"), s("Máy phát điện Honda"), s("--category"), s("may-phat"), s("--cost"), s("30.000.000"),
               s("--acquired"), s("2025-05-01")}).out.contains(s("MPD-0001")));
    CHECK(run({s("asset"), s("categories"), s("--remove"), s("may-phat")}).code == 1); // an item uses it

    REQUIRE(run({s("asset"), s("rules"), s("--min-cost"), s("20.000.000"), s("--in-year"), s("thang")}).code == 0);
    Run rules = run({s("asset"), s("rules"), s("--json")});
    CHECK(rules.json().value(s("min_cost")).toInteger() == 20'000'000);
    CHECK(rules.json().value(s("in_year")).toString() == s("thang"));
    CHECK(run({s("asset"), s("rules"), s("--in-year"), s("nua-nam")}).code == 1);
    CHECK(run({s("asset"), s("add"), s("--name"), s("Máy in"), s("--category"), s("may-in"), s("--cost"), s("15.000.000"),
               s("--acquired"), s("2025-05-01")}).out.contains(s("tool")));
}

TEST_CASE("import assets: last year's book from a spreadsheet, its title rows and totals left out, all rows or none")
{
    const AssetCliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    const int last = QDate::currentDate().year() - 1;
    const QString sheet = office.dir.filePath(QStringLiteral("so-tai-san.csv"));
    QFile file(sheet);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ,,,,,,,\n"
                              "SỔ TÀI SẢN CỐ ĐỊNH NĂM %1,,,,,,,\n"
                              "STT,Mã tài sản,Tên tài sản,Loại tài sản,Ngày đưa vào sử dụng,Nguyên giá,Hao mòn lũy kế,Nơi sử dụng\n"
                              "1,MT-0001,Máy tính để bàn Dell,Máy vi tính để bàn máy tính xách tay máy tính bảng,15/03/%2,\"15.000.000\",\"9.000.000\",Văn phòng\n"
                              "2,,Bàn họp,\"Máy móc, thiết bị\",10/01/%1,\"8.500.000\",,Phòng họp\n"
                              "3,,Máy phát điện,Không có loại này,10/01/%1,\"30.000.000\",,Kho\n"
                              ",,Tổng cộng,,,53.500.000,,\n")
                   .arg(last).arg(last - 2).toUtf8());
    file.close();
    // One row's category is unknown: nothing is imported, and the row is named.
    Run refused = run({s("import"), s("assets"), sheet});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(s("Line 6")));
    CHECK(run({s("asset"), s("list"), s("--json")}).json().value(s("assets")).toArray().isEmpty());
    // Corrected, the book comes in: the accumulated depreciation counted to the end of last year.
    QString text = QString::fromUtf8(readAll(sheet));
    text.replace(s("Không có loại này"), s("\"Máy móc, thiết bị\""));
    writeAll(sheet, text.toUtf8());
    Run dry = run({s("import"), s("assets"), sheet, s("--dry-run")});
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(s("Accumulated depreciation: column \"Hao mòn lũy kế\"")));
    REQUIRE(run({s("import"), s("assets"), sheet}).code == 0);
    Run pc = run({s("asset"), s("show"), s("MT-0001"), s("--json")});
    CHECK(pc.json().value(s("opening_year")).toInt() == last);
    CHECK(pc.json().value(s("opening_accumulated")).toInteger() == 9'000'000);
    Run all = run({s("asset"), s("list"), s("--json")});
    REQUIRE(all.json().value(s("assets")).toArray().size() == 3);
    // This year's run goes on from the book: 20 % of 15.000.000 on top of 9.000.000.
    Run year = run({s("asset"), s("depreciate"), s("--year"), QString::number(last + 1), s("--json")});
    REQUIRE(year.code == 0);
    bool seen = false;
    for (const QJsonValue &l : year.json().value(s("lines")).toArray())
        if (l.toObject().value(s("code")).toString() == s("MT-0001")) {
            seen = true;
            CHECK(l.toObject().value(s("amount")).toInteger() == 3'000'000);
            CHECK(l.toObject().value(s("accumulated")).toInteger() == 12'000'000);
        }
    CHECK(seen);
    // A kind alone goes to its "other" row; an item below the threshold to the tools book.
    Run table = run({s("asset"), s("list"), s("--book"), s("ccdc"), s("--json")});
    REQUIRE(table.json().value(s("assets")).toArray().size() == 1);
    CHECK(table.json().value(s("assets")).toArray().first().toObject().value(s("category")).toString() == s("may-khac"));
    CHECK(run({s("verify")}).code == 0);
}

TEST_CASE("the accountant's year from the command line: last year's book, purchases, December, labels, inventory, a disposal")
{
    const AssetCliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    const int year = QDate::currentDate().year();
    const QString sheet = office.dir.filePath(QStringLiteral("so-%1.csv").arg(year - 1));
    writeAll(sheet, QStringLiteral("SỔ TÀI SẢN CỐ ĐỊNH NĂM %1\n"
                                   "STT,Mã tài sản,Tên tài sản,Loại tài sản,Ngày đưa vào sử dụng,Nguyên giá,Hao mòn lũy kế,Nơi sử dụng\n"
                                   "1,MT-0001,Máy tính để bàn,may-tinh,10/02/%2,\"16.000.000\",\"6.400.000\",Văn phòng\n"
                                   "2,DH-0001,Máy điều hòa,dieu-hoa,05/05/%2,\"20.000.000\",\"5.000.000\",Phòng họp\n"
                                   "3,MI-0001,Máy in,may-in,01/08/%2,\"12.000.000\",\"2.400.000\",Văn phòng\n")
                           .arg(year - 1).arg(year - 2).toUtf8());
    REQUIRE(run({s("import"), s("assets"), sheet}).code == 0);
    // This year's purchase.
    REQUIRE(run({s("asset"), s("add"), s("--name"), s("Máy tính xách tay"), s("--category"), s("may-tinh"), s("--cost"), s("18.000.000"),
                 s("--acquired"), QStringLiteral("%1-03-01").arg(year), s("--room"), s("Văn phòng")}).code == 0);
    // December: 3.200.000 + 2.500.000 + 2.400.000 + 3.600.000.
    Run december = run({s("asset"), s("depreciate"), s("--year"), QString::number(year), s("--json")});
    REQUIRE(december.code == 0);
    CHECK(december.json().value(s("total")).toInteger() == 11'700'000);
    const QString table = office.dir.filePath(QStringLiteral("hao-mon.pdf"));
    REQUIRE(run({s("report"), s("depreciation"), s("--year"), QString::number(year), s("--pdf"), table}).code == 0);
    const QString labels = office.dir.filePath(QStringLiteral("nhan.pdf"));
    REQUIRE(run({s("report"), s("labels"), s("--pdf"), labels}).code == 0);
    CHECK(QFile::exists(labels));
    // The inventory: two scanned, the air conditioner found in the store, the printer missing.
    REQUIRE(run({s("inventory"), s("start"), s("--committee"), s("Nguyễn Văn An; Trần Thị Bình")}).code == 0);
    REQUIRE(run({s("inventory"), s("mark"), s("MT-0001"), s("MT-0002")}).code == 0);
    REQUIRE(run({s("inventory"), s("mark"), s("DH-0001"), s("--state"), s("elsewhere"), s("--room"), s("Kho")}).code == 0);
    CHECK(run({s("inventory"), s("close"), s("--record"), s("01/BB-KK")}).code == 1); // the printer not checked yet
    REQUIRE(run({s("inventory"), s("rest-missing")}).code == 0);
    CHECK(run({s("inventory"), s("close"), s("--record"), s("01/BB-KK")}).code == 1); // missing: the decision first
    REQUIRE(run({s("inventory"), s("close"), s("--record"), s("01/BB-KK"), s("--decision"), s("Quyết định số 20-QĐ/ĐU")}).code == 0);
    const QString lines = office.dir.filePath(QStringLiteral("kiem-ke.csv"));
    REQUIRE(run({s("export"), s("inventory"), s("--csv"), lines}).code == 0);
    const QString exported = QString::fromUtf8(readAll(lines));
    CHECK(exported.contains(s("Kết quả kiểm kê")));
    CHECK(exported.contains(s("Không thấy")));
    CHECK(exported.contains(s("Kho")));
    const QString record = office.dir.filePath(QStringLiteral("kiem-ke.pdf"));
    REQUIRE(run({s("report"), s("inventory"), s("--pdf"), record}).code == 0);
    CHECK(run({s("asset"), s("show"), s("DH-0001"), s("--json")}).json().value(s("room")).toString() == s("Kho"));
    CHECK(run({s("asset"), s("show"), s("MI-0001"), s("--json")}).json().value(s("status")).toString() == s("lost"));
    // The broken computer disposed of, with its record printed.
    REQUIRE(run({s("asset"), s("dispose"), s("MT-0001"), s("--decision"), s("Quyết định số 21-QĐ/ĐU"), s("--record"), s("02/BB-TL"),
                 s("--proceeds"), s("300.000")}).code == 0);
    const QString disposal = office.dir.filePath(QStringLiteral("thanh-ly.pdf"));
    REQUIRE(run({s("report"), s("asset-disposal"), s("--record"), s("02/BB-TL"), s("--pdf"), disposal}).code == 0);
    CHECK(run({s("verify")}).code == 0);
}
