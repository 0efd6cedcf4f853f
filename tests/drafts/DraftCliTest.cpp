// vanphong-cli outgoing draft, the finished file attached back, and the
// office's templates exported and imported, run as a script would.
#include "../cli/CliRun.h"
#include "TestSupport.h"

#include "drafts/TemplateDocument.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;

TEST_CASE("vanphong-cli drafts a Công văn where told, takes the finished file back, and round-trips a template")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("o.vpdb"));
    const auto env = QMap<QString, QString>{{QStringLiteral("VANPHONG_PASSWORD"), QStringLiteral("mat-khau-chanh")},
                                            {QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-chanh")}};
    const auto run = [&](QStringList args) {
        args << QStringLiteral("--db") << db;
        return cli(args, env);
    };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("chanhvp"), QStringLiteral("--office-name"),
                 QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--issuer-abbrev"), QStringLiteral("ĐU"), QStringLiteral("--place"),
                 QStringLiteral("Tân Phú"), QStringLiteral("--parent-org"), QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI")}).code == 0);
    REQUIRE(run({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("Khóa XV"), QStringLiteral("--starts"), QStringLiteral("2025-10-15")}).code == 0);
    const Run added = run({QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("CV"),
                           QStringLiteral("--date"), QStringLiteral("2026-01-05"), QStringLiteral("--excerpt"), QStringLiteral("V/v họp Ban Thường vụ"),
                           QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("--capacity"), QStringLiteral("K/T"),
                           QStringLiteral("--recipients"), QStringLiteral("Các đồng chí Ủy viên Ban Thường vụ")});
    REQUIRE(added.code == 0);
    REQUIRE(added.out.trimmed() == QStringLiteral("01-CV/ĐU"));

    const QString draft = dir.filePath(QStringLiteral("01-CV-DU.odt"));
    const Run drafted = run({QStringLiteral("outgoing"), QStringLiteral("draft"), QStringLiteral("01-CV/ĐU"), QStringLiteral("--out"), draft});
    INFO(drafted.err.toStdString());
    REQUIRE(drafted.code == 0);
    CHECK(QFile(draft).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString text = drafts::TemplateDocument::read(readAll(draft))->plainText();
    CHECK(text.contains(QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI\nĐẢNG ỦY XÃ TÂN PHÚ\n*\nSố 01-CV/ĐU\nV/v họp Ban Thường vụ\n")));
    CHECK(text.contains(QStringLiteral("K/T BÍ THƯ\nPHÓ BÍ THƯ\nNguyễn Văn An\n")));
    // A path the user cannot write to, and a file that is neither kind, are said.
    CHECK(run({QStringLiteral("outgoing"), QStringLiteral("draft"), QStringLiteral("01-CV/ĐU"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("khong-co/x.odt"))}).code == 4);
    CHECK(run({QStringLiteral("outgoing"), QStringLiteral("draft"), QStringLiteral("01-CV/ĐU"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("x.pdf"))}).code == 1);

    // The finished document, back on its line.
    REQUIRE(run({QStringLiteral("outgoing"), QStringLiteral("attach"), QStringLiteral("01-CV/ĐU"), draft}).code == 0);
    const Run files = run({QStringLiteral("outgoing"), QStringLiteral("files"), QStringLiteral("01-CV/ĐU"), QStringLiteral("--json")});
    REQUIRE(files.code == 0);
    CHECK(files.json().value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("type")).toString()
          == QStringLiteral("application/vnd.oasis.opendocument.text"));

    // The template exported to edit, imported back as the office's own.
    const QString mine = dir.filePath(QStringLiteral("mau-cv.docx"));
    REQUIRE(run({QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("CV"), mine}).code == 0);
    CHECK(drafts::TemplateDocument::read(readAll(mine))->fields().contains(QStringLiteral("so_ky_hieu")));
    REQUIRE(run({QStringLiteral("template"), QStringLiteral("import"), QStringLiteral("CV"), mine}).code == 0);
    const Run listed = run({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject first = listed.json().value(QStringLiteral("templates")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("type")).toString() == QStringLiteral("CV"));
    CHECK(first.value(QStringLiteral("format")).toString() == QStringLiteral("docx"));
    const Run bad = run({QStringLiteral("template"), QStringLiteral("import"), QStringLiteral("CV"), db});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral(".docx")));
}
