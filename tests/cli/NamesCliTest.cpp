// vanphong-cli names|group: the completion lists and recipient groups from the
// command line, and a group named in --recipients expanded to its members.
#include "CliRun.h"
#include "TestSupport.h"

#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;

TEST_CASE("names: two spellings merged, a typo pruned; group: a group named in --recipients expands")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    auto ordinary = sampleOffice();
    ordinary.forSecrets = false; // the secret file warns on stderr on a networked machine
    {
        auto created = office::OfficeSession::create(db, ordinary, "chanh-2026", cheapOptions());
        REQUIRE(created);
        REQUIRE(office::TermStore(created->session->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    }
    const auto env = pw(QStringLiteral("chanh-2026"));
    auto run = [&](QStringList args) {
        args << QStringLiteral("--db") << db;
        return cli(args, env);
    };
    for (const QString &sender : {QStringLiteral("UBND xã Tân Lập"), QStringLiteral("Ủy ban nhân dân xã Tân Lập")})
        REQUIRE(run({QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), sender, QStringLiteral("--symbol"),
                     QStringLiteral("05-BC/UBND"), QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--type"),
                     QStringLiteral("BC"), QStringLiteral("--excerpt"), QStringLiteral("Báo cáo"), QStringLiteral("--force")}).code == 0);
    REQUIRE(run({QStringLiteral("names"), QStringLiteral("add"), QStringLiteral("sender"), QStringLiteral("Huyen uy")}).code == 0);

    Run merged = run({QStringLiteral("names"), QStringLiteral("merge"), QStringLiteral("sender"), QStringLiteral("UBND xã Tân Lập"),
                      QStringLiteral("Ủy ban nhân dân xã Tân Lập")});
    CHECK(merged.code == 0);
    Run pruned = run({QStringLiteral("names"), QStringLiteral("prune"), QStringLiteral("sender")});
    CHECK(pruned.code == 0);
    CHECK(pruned.out.contains(QStringLiteral("1 name")));
    Run list = run({QStringLiteral("names"), QStringLiteral("list"), QStringLiteral("sender"), QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    const QJsonArray names = list.json().value(QStringLiteral("names")).toArray();
    REQUIRE(names.size() == 1);
    CHECK(names.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Ủy ban nhân dân xã Tân Lập"));
    CHECK(names.at(0).toObject().value(QStringLiteral("uses")).toInt() == 2);
    CHECK(names.at(0).toObject().value(QStringLiteral("aliases")).toArray().at(0).toString() == QStringLiteral("UBND xã Tân Lập"));
    CHECK(run({QStringLiteral("names"), QStringLiteral("list"), QStringLiteral("senders")}).code == 1); // not a list

    REQUIRE(run({QStringLiteral("group"), QStringLiteral("set"), QStringLiteral("Các chi bộ trực thuộc"), QStringLiteral("--members"),
                 QStringLiteral("Chi bộ thôn 1; Chi bộ thôn 2")}).code == 0);
    Run added = run({QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("TB"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-10"), QStringLiteral("--excerpt"), QStringLiteral("Lịch họp"), QStringLiteral("--signer"),
                     QStringLiteral("Nguyễn Văn An"), QStringLiteral("--capacity"), QStringLiteral("T/M"), QStringLiteral("--recipients"),
                     QStringLiteral("Ban Thường vụ Huyện ủy; Các chi bộ trực thuộc"), QStringLiteral("--json")});
    REQUIRE(added.code == 0);
    const QJsonArray recipients = added.json().value(QStringLiteral("recipients")).toArray();
    CHECK(recipients.toVariantList() == QVariantList{QStringLiteral("Ban Thường vụ Huyện ủy"), QStringLiteral("Chi bộ thôn 1"),
                                                     QStringLiteral("Chi bộ thôn 2"), QStringLiteral("Lưu Văn phòng")});
    // In Vietnamese, the listing says its words in Vietnamese.
    Run vi = cli({QStringLiteral("names"), QStringLiteral("list"), QStringLiteral("recipient"), QStringLiteral("--db"), db},
                 {{QStringLiteral("VANPHONG_PASSWORD"), QStringLiteral("chanh-2026")}, {QStringLiteral("VANPHONG_LANG"), QStringLiteral("vi")}});
    CHECK(vi.out.contains(QStringLiteral("Chi bộ thôn 1\t1 dòng")));
    CHECK(run({QStringLiteral("group"), QStringLiteral("remove"), QStringLiteral("Không có")}).code == 1);
}
