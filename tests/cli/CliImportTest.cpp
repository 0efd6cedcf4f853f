// `vanphong-cli import` on registers as offices keep them: the header under
// title rows, a mapping file that names only what it changes, and messages
// that name the fields in the user's language.
#include "CliRun.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace vanphong::test;

namespace {
// An office file made by `init`, and a runner with its --db and password.
struct ImportCli
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.vpdb"));
    QMap<QString, QString> env = pw(QStringLiteral("mat-khau-p1"));

    ImportCli()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")},
                    {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
    }
    Run run(QStringList args, const QString &language = QStringLiteral("en")) const
    {
        auto e = env;
        e.insert(QStringLiteral("VANPHONG_LANG"), language);
        return cli(args << QStringLiteral("--db") << db, e);
    }
    QString file(const QString &name, const QString &text) const
    {
        const QString path = dir.filePath(name);
        writeAll(path, text.toUtf8());
        return path;
    }
};

// The keys of the mapping file and of the JSON output, which a person reading
// Vietnamese should never meet in a sentence.
const QRegularExpression RawKey(QStringLiteral("\\b(number|received|sender|symbol|date|type|excerpt|assignee|secret|urgency|new)\\b"));
} // namespace

TEST_CASE("import in Vietnamese names the fields as the mapping step does; the JSON keeps the keys")
{
    ImportCli office;
    const QString csv = office.file(QStringLiteral("so-den.csv"), QStringLiteral("Số đến,Cơ quan ban hành,Số ký hiệu,Trích yếu\n"
                                                                                 "1,Văn phòng Tỉnh ủy,01-KH/TU,Kế hoạch năm\n"));
    Run vi = office.run({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--dry-run")}, QStringLiteral("vi"));
    INFO(vi.out.toStdString() << vi.err.toStdString());
    CHECK(vi.code == 1);
    CHECK(vi.err.contains(QStringLiteral("Chưa có cột nào ứng với: Ngày đến.")));
    CHECK(vi.err.contains(QStringLiteral("Dòng 2:")));
    CHECK(vi.out.contains(QStringLiteral("Trích yếu: cột \"Trích yếu\"")));
    CHECK_FALSE(RawKey.match(vi.out + vi.err).hasMatch());
    Run failed = office.run({QStringLiteral("import"), QStringLiteral("incoming"), csv}, QStringLiteral("vi"));
    CHECK(failed.code == 1);
    CHECK(failed.err.contains(QStringLiteral("Ngày đến")));
    CHECK_FALSE(RawKey.match(failed.out + failed.err).hasMatch());

    Run json = office.run({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--dry-run"), QStringLiteral("--json")},
                          QStringLiteral("vi"));
    CHECK(json.json().value(QStringLiteral("unmapped")).toArray() == QJsonArray{QStringLiteral("received")});
    CHECK(json.json().value(QStringLiteral("mapping")).toObject().value(QStringLiteral("excerpt")).toString() == QStringLiteral("Trích yếu"));
}

TEST_CASE("import --mapping names only what it changes: the guessed columns stay, \"\" takes one out")
{
    ImportCli office;
    const QString csv = office.file(QStringLiteral("so-den.csv"),
                                    QStringLiteral("Số đến,Ngày đến,Cơ quan ban hành,Số ký hiệu,Trích yếu,Độ mật,Ghi chú\n"
                                                   "1,02/01/2025,Văn phòng Tỉnh ủy,01-KH/TU,Kế hoạch năm,xem ghi chú,Chuyển đồng chí Bí thư\n"));
    // A misspelt field or a column the file does not have: said, nothing imported.
    const QString wrong = office.file(QStringLiteral("sai.json"), QStringLiteral("{\"recieved\": \"Ngày đến\"}"));
    Run refused = office.run({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--mapping"), wrong});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("recieved")));
    const QString missing = office.file(QStringLiteral("thieu.json"), QStringLiteral("{\"direction\": \"Ý kiến\"}"));
    Run noColumn = office.run({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--mapping"), missing});
    CHECK(noColumn.code == 1);
    CHECK(noColumn.err.contains(QStringLiteral("Ý kiến")));

    const QString mapping = office.file(QStringLiteral("cot.json"), QStringLiteral("{\"direction\": \"Ghi chú\", \"secret\": \"\"}"));
    Run imported = office.run({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--mapping"), mapping,
                               QStringLiteral("--json")});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().value(QStringLiteral("imported")).toInt() == 1);
    const QJsonObject used = imported.json().value(QStringLiteral("mapping")).toObject();
    CHECK(used.value(QStringLiteral("received")).toString() == QStringLiteral("Ngày đến"));
    CHECK_FALSE(used.contains(QStringLiteral("secret")));
    Run shown = office.run({QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("1/2025"), QStringLiteral("--json")});
    CHECK(shown.json().value(QStringLiteral("direction")).toString() == QStringLiteral("Chuyển đồng chí Bí thư"));
    CHECK(shown.json().value(QStringLiteral("from")).toString() == QStringLiteral("Văn phòng Tỉnh ủy"));
}

TEST_CASE("import finds the header under title rows and names problems by their line in the file")
{
    ImportCli office;
    const QString top = QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ,,,,,\n"
                                       "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2025,,,,,\n"
                                       "Ngày đến,Số đến,Tác giả,\"Số, ký hiệu\",Ngày tháng,Tên loại và trích yếu nội dung\n"
                                       "(1),(2),(3),(4),(5),(6)\n"
                                       "02/01/2025,1,Văn phòng Trung ương Đảng,07-KL/VPTW,30/12/2024,Kết luận về công tác văn phòng\n");
    const QString bottom = QStringLiteral("Cộng,2,,,,\n"
                                          ",,,,,\n"
                                          "Người lập,,,,\"Tân Phú, ngày 31 tháng 12 năm 2025\",\n"
                                          "(Ký, ghi rõ họ tên),,,,CHÁNH VĂN PHÒNG,\n"
                                          "Lê Thị Bình,,,,Nguyễn Thị Hoa,\n");
    const QString bad = office.file(QStringLiteral("loi.csv"), top + QStringLiteral("35/01/2025,2,Ban Tổ chức Tỉnh ủy,02-HD/BTCTU,02/01/2025,"
                                                                                   "Hướng dẫn về hồ sơ đảng viên\n") + bottom);
    Run dry = office.run({QStringLiteral("import"), QStringLiteral("incoming"), bad, QStringLiteral("--dry-run")});
    CHECK(dry.code == 1);
    CHECK(dry.out.contains(QStringLiteral("Column titles on line 3.")));
    CHECK(dry.err.contains(QStringLiteral("Line 6: \"35/01/2025\"")));
    CHECK_FALSE(dry.err.contains(QStringLiteral("Line 1:")));
    CHECK_FALSE(dry.err.contains(QStringLiteral("Line 7:")));
    Run json = office.run({QStringLiteral("import"), QStringLiteral("incoming"), bad, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    CHECK(json.json().value(QStringLiteral("header_line")).toInt() == 3);
    CHECK(json.json().value(QStringLiteral("rows")).toInt() == 2);
    const QJsonArray problems = json.json().value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().toObject().value(QStringLiteral("line")).toInt() == 6);

    const QString good = office.file(QStringLiteral("so-den.csv"), top + QStringLiteral("06/01/2025,2,Ban Tổ chức Tỉnh ủy,02-HD/BTCTU,02/01/2025,"
                                                                                        "Hướng dẫn về hồ sơ đảng viên\n") + bottom);
    Run imported = office.run({QStringLiteral("import"), QStringLiteral("incoming"), good});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 2 documents.")));
    Run shown = office.run({QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("1/2025"), QStringLiteral("--json")});
    CHECK(shown.json().value(QStringLiteral("type")).toString() == QStringLiteral("KL"));
    CHECK(shown.json().value(QStringLiteral("excerpt")).toString() == QStringLiteral("về công tác văn phòng"));
}
