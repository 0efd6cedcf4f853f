// vanphong-cli as a script uses it: the real binary, its output and exit codes.
#include "CliRun.h"
#include "TestSupport.h"

#include "reports/PrintedFacts.h"
#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFile>
#include <QRegularExpression>

#include <unistd.h>

using namespace vanphong::test;

namespace {
// The text of a PDF, white space folded, as pdftotext reads it.
QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

const QRegularExpression CodePattern(QStringLiteral("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}"));
} // namespace

TEST_CASE("init, info, verify, profile: the documented commands work as written")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanhvp"),
                    QStringLiteral("--office-name"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--issuer-abbrev"),
                    QStringLiteral("ĐU"), QStringLiteral("--place"), QStringLiteral("Tân Phú")},
                   {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mật khẩu 1")}});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(CodePattern.match(init.out).hasMatch());
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("x")},
              {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("y")}}).code == 1); // never overwrites

    Run info = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(info.code == 0);
    CHECK(info.json().value(QStringLiteral("users")).toArray() == QJsonArray{QStringLiteral("chanhvp")});
    CHECK(info.json().value(QStringLiteral("format_version")).toInt() == 2);

    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}, pw(QStringLiteral("sai"))).code == 2);
    Run verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), db}, pw(QStringLiteral("mật khẩu 1")));
    CHECK(verify.code == 0);
    CHECK(verify.out.contains(QStringLiteral("intact")));

    Run set = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("chief"), QStringLiteral("Nguyễn Văn Bình"),
                   QStringLiteral("deputies"), QStringLiteral("Lê Thị C; Phạm Văn D"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                  pw(QStringLiteral("mật khẩu 1")));
    REQUIRE(set.code == 0);
    CHECK(set.json().value(QStringLiteral("chief")).toString() == QStringLiteral("Nguyễn Văn Bình"));
    Run show = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--db"), db}, pw(QStringLiteral("mật khẩu 1")));
    // --office-name is the committee that issues; the organisation follows from it.
    CHECK(show.out.contains(QStringLiteral("committee-name: ĐẢNG ỦY XÃ TÂN PHÚ")));
    CHECK(show.out.contains(QStringLiteral("organisation-name: ĐẢNG BỘ XÃ TÂN PHÚ")));
    CHECK(show.out.contains(QStringLiteral("deputies: Lê Thị C; Phạm Văn D")));
    CHECK(cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("issuer-abbrev"), QStringLiteral("đu"),
               QStringLiteral("--db"), db}, pw(QStringLiteral("mật khẩu 1"))).code == 1);
    // The organisation's name given as the committee's: saved, but warned (right only on congress papers).
    Run wrong = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("committee-name"), QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ"),
                     QStringLiteral("--db"), db}, pw(QStringLiteral("mật khẩu 1")));
    CHECK(wrong.code == 0);
    CHECK(wrong.err.contains(QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ")));
    Run wrongJson = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                        pw(QStringLiteral("mật khẩu 1")));
    CHECK(wrongJson.json().value(QStringLiteral("warnings")).toArray().size() == 1);
}

TEST_CASE("exit codes: usage 1, credentials 2, not a VanPhong file 3")
{
    QTemporaryDir dir;
    const QString random = dir.filePath(QStringLiteral("random.bin"));
    writeAll(random, QByteArray(50000, 'x'));
    CHECK(cli({}).code == 1);
    CHECK(cli({QStringLiteral("info")}).code == 1);
    CHECK(cli({QStringLiteral("frobnicate"), QStringLiteral("--db"), random}).code == 1);
    Run notOurs = cli({QStringLiteral("info"), QStringLiteral("--db"), random});
    CHECK(notOurs.code == 3);
    CHECK(notOurs.err.contains(QStringLiteral("not a VanPhong office file")));
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), random, QStringLiteral("--user"), QStringLiteral("a")}, pw(QStringLiteral("x"))).code == 3);
    CHECK(cli({QStringLiteral("info"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none"))}).code == 4);
    CHECK(readAll(random) == QByteArray(50000, 'x'));

    // No password and no terminal: a usage error, not a hang.
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")},
                {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}).code == 1);
    const QString pwFile = dir.filePath(QStringLiteral("pw.txt"));
    writeAll(pwFile, "mat-khau-p1\n");
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--password-file"), pwFile}).code == 0);
}

TEST_CASE("users, passwords, recovery, backup, restore and rekey from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh"),
                    QStringLiteral("--json")}, {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}});
    REQUIRE(init.code == 0);
    const QString code = init.json().value(QStringLiteral("recovery_code")).toString();
    REQUIRE(CodePattern.match(code).hasMatch());

    QMap<QString, QString> env = pw(QStringLiteral("mat-khau-p1"));
    env.insert(QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("van-thu-1"));
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("vanthu"), QStringLiteral("--role"), QStringLiteral("clerk"),
                 QStringLiteral("--full-name"), QStringLiteral("Lê Thị Bình"), QStringLiteral("--db"), db}, env).code == 0);
    CHECK(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("boss"),
               QStringLiteral("--db"), db}, env).code == 1);
    // Two users now: the command must be told who is signing in.
    CHECK(cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db}, env).code == 1);
    Run list = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                    QStringLiteral("chanh"), QStringLiteral("--json")}, env);
    REQUIRE(list.code == 0);
    CHECK(list.json().value(QStringLiteral("users")).toArray().size() == 2);
    // The clerk may not add users.
    QMap<QString, QString> clerkEnv = pw(QStringLiteral("van-thu-1"));
    clerkEnv.insert(QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-z"));
    // Not before choosing her own password: the chief chose this one.
    Run early = cli({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")},
                    clerkEnv);
    CHECK(early.code == 5);
    CHECK(early.err.contains(QStringLiteral("passwd")));
    // A password too short is refused, whoever sets it.
    QMap<QString, QString> shortPassword = pw(QStringLiteral("van-thu-1"));
    shortPassword.insert(QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("x"));
    CHECK(cli({QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")}, shortPassword).code == 1);
    QMap<QString, QString> shortReset = pw(QStringLiteral("mat-khau-p1"));
    shortReset.insert(QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("1234567"));
    CHECK(cli({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("vanthu"), QStringLiteral("--db"), db, QStringLiteral("--user"),
               QStringLiteral("chanh")}, shortReset).code == 1);
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("short.vpdb")), QStringLiteral("--user"), QStringLiteral("a")},
              {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("1")}}).code == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("short.vpdb"))));

    // passwd changes one's own password.
    QMap<QString, QString> change = pw(QStringLiteral("van-thu-1"));
    change.insert(QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("van-thu-2"));
    REQUIRE(cli({QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")}, change).code == 0);
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")}, pw(QStringLiteral("van-thu-1"))).code == 2);
    // Now the clerk works, within her role.
    QMap<QString, QString> clerkNow = pw(QStringLiteral("van-thu-2"));
    clerkNow.insert(QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-z"));
    CHECK(cli({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")},
              clerkNow).code == 0);
    CHECK(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("z"), QStringLiteral("--role"), QStringLiteral("admin"),
               QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")}, clerkNow).code == 5);

    // The recovery code sets a forgotten password.
    REQUIRE(cli({QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")},
                {{QStringLiteral("VANPHONG_RECOVERY_CODE"), code}, {QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p2")}}).code == 0);
    QMap<QString, QString> chief = pw(QStringLiteral("mat-khau-p2"));

    const QString backup = dir.filePath(QStringLiteral("backup.vpdb"));
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), backup, QStringLiteral("--user"), QStringLiteral("chanh")}, chief).code == 0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("vanthu"), QStringLiteral("--db"), db,
                 QStringLiteral("--user"), QStringLiteral("chanh")}, chief).code == 0);
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")}, pw(QStringLiteral("van-thu-2"))).code == 2);
    Run restored = cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), backup, QStringLiteral("--user"),
                        QStringLiteral("chanh")}, chief);
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.out.contains(QStringLiteral("vanthu")));
    // Removed since the backup, so removed still.
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")}, pw(QStringLiteral("van-thu-2"))).code == 2);
    // Unless the chief says so.
    REQUIRE(cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), backup, QStringLiteral("--user"),
                 QStringLiteral("chanh"), QStringLiteral("--keep-backup-users")}, chief).code == 0);
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")}, pw(QStringLiteral("van-thu-2"))).code == 0);

    // Without a place for the new code (and no terminal), nothing changes.
    REQUIRE(cli({QStringLiteral("rekey"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")}, chief).code == 1);
    const QString codeFile = dir.filePath(QStringLiteral("ma-khoi-phuc.txt"));
    Run rekey = cli({QStringLiteral("rekey"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh"), QStringLiteral("--json"),
                     QStringLiteral("--recovery-file"), codeFile}, chief);
    REQUIRE(rekey.code == 0);
    const QString newCode = rekey.json().value(QStringLiteral("recovery_code")).toString();
    CHECK(readAll(codeFile).trimmed() == newCode.toLatin1());
    CHECK(QFileInfo(codeFile).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(CodePattern.match(newCode).hasMatch());
    CHECK(newCode != code);
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")}, chief).code == 0);
    CHECK(cli({QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")},
              {{QStringLiteral("VANPHONG_RECOVERY_CODE"), code}, {QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p3")}}).code == 2);

    // A second office chief leaves: he may know the code, so it is renewed with the key.
    QMap<QString, QString> second = chief;
    second.insert(QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("pho-chanh-2026"));
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("phochanh"), QStringLiteral("--role"), QStringLiteral("admin"),
                 QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")}, second).code == 0);
    const QByteArray beforeLeaving = fileSha256(db);
    Run refused = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("phochanh"), QStringLiteral("--db"), db,
                       QStringLiteral("--user"), QStringLiteral("chanh")}, chief);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("--recovery-file")));
    CHECK(fileSha256(db) == beforeLeaving);
    const QString leftCode = dir.filePath(QStringLiteral("ma-sau-khi-nghi.txt"));
    Run disabled = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("phochanh"), QStringLiteral("--db"), db,
                        QStringLiteral("--user"), QStringLiteral("chanh"), QStringLiteral("--recovery-file"), leftCode}, chief);
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.code == 0);
    CHECK(disabled.out.contains(QStringLiteral("new recovery code")));
    const QString renewed = QString::fromLatin1(readAll(leftCode).trimmed());
    CHECK(CodePattern.match(renewed).hasMatch());
    CHECK(cli({QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")},
              {{QStringLiteral("VANPHONG_RECOVERY_CODE"), newCode}, {QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p3")}}).code == 2);
    CHECK(cli({QStringLiteral("passwd"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")},
              {{QStringLiteral("VANPHONG_RECOVERY_CODE"), renewed}, {QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p3")}}).code == 0);
    CHECK(cli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")},
              pw(QStringLiteral("mat-khau-p3"))).code == 0);
}

TEST_CASE("a file in a place that cannot be written gets a clear message and stays unchanged")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("chanh")},
                {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
    const QByteArray before = readAll(db);
    // "nobody" may not reach the build folder (a clone under /root): run a copy from here.
    const QString program = dir.filePath(QStringLiteral("vanphong-cli"));
    REQUIRE(QFile::copy(QStringLiteral(VANPHONG_CLI), program));
    REQUIRE(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                               | QFile::ReadOther | QFile::ExeOther));
    // Read and enter, but not write: for everyone (root is let through by the
    // kernel anyway, so as root the command runs as "nobody").
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    REQUIRE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                  | QFile::ReadOther | QFile::ExeOther));
    QStringList args = {QStringLiteral("verify"), QStringLiteral("--db"), db};
    Run run;
    if (::getuid() == 0) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("VANPHONG_PASSWORD"), QStringLiteral("mat-khau-p1"));
        e.insert(QStringLiteral("VANPHONG_LANG"), QStringLiteral("en"));
        e.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                                       QStringLiteral("--clear-groups"), program} + args);
        REQUIRE(p.waitForFinished(60000));
        run = {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    } else {
        run = cli(args, pw(QStringLiteral("mat-khau-p1")));
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    INFO(run.err.toStdString());
    CHECK(run.code == 4);
    CHECK(run.err.contains(QStringLiteral("cannot be written")));
    CHECK(readAll(db) == before);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
}

TEST_CASE("the document registers from the command line, in the forms the README gives")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu"),
                 QStringLiteral("--office-name"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--place"), QStringLiteral("Tân Phú")},
                {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
    const auto env = pw(QStringLiteral("mat-khau-p1"));
    const auto run = [&](QStringList args) {
        args << QStringLiteral("--db") << db;
        return cli(args, env);
    };
    REQUIRE(run({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("Khóa XV (2025-2030)"), QStringLiteral("--starts"),
                 QStringLiteral("2025-10-15")}).code == 0);

    Run in1 = run({QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Văn phòng Trung ương Đảng"),
                   QStringLiteral("--symbol"), QStringLiteral("07-KL/VPTW"), QStringLiteral("--date"), QStringLiteral("2025-12-01"),
                   QStringLiteral("--type"), QStringLiteral("KL"), QStringLiteral("--excerpt"), QStringLiteral("Kết luận về công tác văn phòng cấp ủy"),
                   QStringLiteral("--received"), QStringLiteral("2026-01-05"), QStringLiteral("--urgency"), QStringLiteral("khan"),
                   QStringLiteral("--deadline"), QStringLiteral("2026-01-20")});
    INFO(in1.err.toStdString());
    REQUIRE(in1.code == 0);
    CHECK(in1.out.contains(QStringLiteral("1/2026")));
    // An ordinary file keeps only the register line of a secret document: its excerpt belongs to the secret file.
    const QStringList secretLine = {QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Tỉnh ủy"),
                                    QStringLiteral("--symbol"), QStringLiteral("15/2023/TT-BTC"), QStringLiteral("--date"), QStringLiteral("2025-12-02"),
                                    QStringLiteral("--type"), QStringLiteral("CV"), QStringLiteral("--received"), QStringLiteral("2026-01-06"),
                                    QStringLiteral("--secret"), QStringLiteral("mat"), QStringLiteral("--json")};
    Run withExcerpt = run(secretLine + QStringList{QStringLiteral("--excerpt"), QStringLiteral("Tài liệu mật")});
    CHECK(withExcerpt.code == 1);
    CHECK(withExcerpt.out.contains(QStringLiteral("secret file")));
    Run secret = run(secretLine);
    REQUIRE(secret.code == 0);
    CHECK(secret.json().value(QStringLiteral("number")).toInt() == 1);
    CHECK(secret.json().value(QStringLiteral("secret_series")).toBool());
    // The duplicate guard asks before a second registration.
    Run dup = run({QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("VĂN PHÒNG TRUNG ƯƠNG ĐẢNG"),
                   QStringLiteral("--symbol"), QStringLiteral("Số 07-KL/VPTW"), QStringLiteral("--date"), QStringLiteral("2025-12-01"),
                   QStringLiteral("--excerpt"), QStringLiteral("x")});
    CHECK(dup.code == 1);
    CHECK(dup.err.contains(QStringLiteral("1/2026")));
    CHECK(run({QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("A"), QStringLiteral("--symbol"),
               QStringLiteral("1-CV/A"), QStringLiteral("--date"), QStringLiteral("05/03/2026"), QStringLiteral("--excerpt"), QStringLiteral("x")}).code == 1);
    // Hỏa tốc hẹn giờ carries the time the sender set; without it the mark is refused.
    const QStringList timed{QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Tỉnh ủy"),
                            QStringLiteral("--symbol"), QStringLiteral("20-CV/TU"), QStringLiteral("--date"), QStringLiteral("2026-01-06"),
                            QStringLiteral("--excerpt"), QStringLiteral("Triệu tập họp khẩn"), QStringLiteral("--urgency"),
                            QStringLiteral("hoa-toc-hen-gio"), QStringLiteral("--json")};
    CHECK(run(timed).code == 1);
    Run timedOk = run(timed + QStringList{QStringLiteral("--by"), QStringLiteral("2026-01-06 14:00")});
    INFO(timedOk.err.toStdString());
    REQUIRE(timedOk.code == 0);
    CHECK(timedOk.json().value(QStringLiteral("urgency")).toString() == QStringLiteral("Hỏa tốc hẹn giờ"));
    CHECK(timedOk.json().value(QStringLiteral("urgency_time")).toString() == QStringLiteral("2026-01-06 14:00"));

    Run out = run({QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("NQ"), QStringLiteral("--date"),
                   QStringLiteral("2026-01-10"), QStringLiteral("--excerpt"), QStringLiteral("Nghị quyết về công tác văn phòng"),
                   QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("--capacity"), QStringLiteral("T/M"),
                   QStringLiteral("--answers"), QStringLiteral("1/2026")});
    REQUIRE(out.code == 0);
    CHECK(out.out.trimmed() == QStringLiteral("01-NQ/ĐU"));
    Run refused = run({QStringLiteral("outgoing"), QStringLiteral("issue"), QStringLiteral("01-NQ/ĐU")});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("recipients")));
    Run second = run({QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("NQ"), QStringLiteral("--date"),
                      QStringLiteral("2026-01-12"), QStringLiteral("--excerpt"), QStringLiteral("Nghị quyết thứ hai"), QStringLiteral("--signer"),
                      QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("--capacity"), QStringLiteral("T/M"), QStringLiteral("--recipients"),
                      QStringLiteral("Ban Thường vụ Tỉnh ủy; Các chi bộ"), QStringLiteral("--issue")});
    REQUIRE(second.code == 0);
    CHECK(second.out.trimmed() == QStringLiteral("02-NQ/ĐU"));

    Run found = run({QStringLiteral("search"), QStringLiteral("cong tac van phong")});
    REQUIRE(found.code == 0);
    const QStringList lines = found.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 2);
    CHECK(found.out.contains(QStringLiteral("07-KL/VPTW")));
    CHECK(found.out.contains(QStringLiteral("01-NQ/ĐU")));
    CHECK(found.out.contains(QStringLiteral("Kết luận về công tác văn phòng cấp ủy")));

    REQUIRE(run({QStringLiteral("incoming"), QStringLiteral("assign"), QStringLiteral("1/2026"), QStringLiteral("--to"),
                 QStringLiteral("Ban Tuyên giáo"), QStringLiteral("--direction"), QStringLiteral("Nghiên cứu, tham mưu")}).code == 0);
    Run shown = run({QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("1/2026"), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    CHECK(shown.json().value(QStringLiteral("status")).toString() == QStringLiteral("in-progress"));
    CHECK(shown.json().value(QStringLiteral("answered_by")).toArray() == QJsonArray{QStringLiteral("01-NQ/ĐU")});
    // A scan goes into the file and comes back out only when asked for by name.
    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    writeAll(scan, QByteArrayLiteral("%PDF-1.4\nbản quét văn bản"));
    Run attached = run({QStringLiteral("incoming"), QStringLiteral("attach"), QStringLiteral("1/2026"), scan, QStringLiteral("--json")});
    REQUIRE(attached.code == 0);
    const QString fileId = QString::number(attached.json().value(QStringLiteral("file")).toInt());
    Run listedFiles = run({QStringLiteral("incoming"), QStringLiteral("files"), QStringLiteral("1/2026")});
    CHECK(listedFiles.out.contains(QStringLiteral("scan.pdf")));
    const QString back = dir.filePath(QStringLiteral("back.pdf"));
    REQUIRE(run({QStringLiteral("incoming"), QStringLiteral("extract"), QStringLiteral("1/2026"), QStringLiteral("--file"), fileId,
                 QStringLiteral("--to"), back}).code == 0);
    CHECK(readAll(back) == readAll(scan));
    // A plaintext copy of the office's data is readable by its owner only.
    CHECK(QFileInfo(back).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    writeAll(scan, QByteArrayLiteral("not a scan"));
    CHECK(run({QStringLiteral("incoming"), QStringLiteral("attach"), QStringLiteral("1/2026"), scan}).code == 1);
    REQUIRE(run({QStringLiteral("incoming"), QStringLiteral("done"), QStringLiteral("1/2026")}).code == 0);
    Run listed = run({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--json")});
    CHECK(listed.json().value(QStringLiteral("documents")).toArray().size() == 1);
    // Done can be undone.
    REQUIRE(run({QStringLiteral("incoming"), QStringLiteral("reopen"), QStringLiteral("1/2026")}).code == 0);
    CHECK(run({QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("1/2026"), QStringLiteral("--json")})
              .json().value(QStringLiteral("status")).toString() == QStringLiteral("in-progress"));

    // Correcting a line: only what is given changes; the reason is required; the history tells.
    Run noReason = run({QStringLiteral("incoming"), QStringLiteral("edit"), QStringLiteral("1/2026"), QStringLiteral("--from"),
                        QStringLiteral("Văn phòng Trung ương Đảng")});
    CHECK(noReason.code == 1);
    Run edited = run({QStringLiteral("incoming"), QStringLiteral("edit"), QStringLiteral("1/2026"), QStringLiteral("--pages"), QStringLiteral("4"),
                      QStringLiteral("--reason"), QStringLiteral("Đếm lại số trang")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.code == 0);
    Run after = run({QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("1/2026"), QStringLiteral("--json")});
    CHECK(after.json().value(QStringLiteral("excerpt")).toString() == QStringLiteral("Kết luận về công tác văn phòng cấp ủy"));
    Run history = run({QStringLiteral("incoming"), QStringLiteral("history"), QStringLiteral("1/2026"), QStringLiteral("--json")});
    REQUIRE(history.code == 0);
    const QJsonArray events = history.json().value(QStringLiteral("history")).toArray();
    REQUIRE(!events.isEmpty());
    const QJsonObject last = events.last().toObject();
    CHECK(last.value(QStringLiteral("action")).toString() == QStringLiteral("correct"));
    CHECK(last.value(QStringLiteral("reason")).toString() == QStringLiteral("Đếm lại số trang"));
    CHECK(last.value(QStringLiteral("changes")).toArray().size() == 1);
    CHECK(last.value(QStringLiteral("changes")).toArray().at(0).toObject().value(QStringLiteral("after")).toString() == QStringLiteral("4"));

    // Cancelling: the reason is required; the line stays, marked.
    CHECK(run({QStringLiteral("outgoing"), QStringLiteral("cancel"), QStringLiteral("02-NQ/ĐU")}).code == 1);
    REQUIRE(run({QStringLiteral("outgoing"), QStringLiteral("cancel"), QStringLiteral("02-NQ/ĐU"), QStringLiteral("--reason"),
                 QStringLiteral("Ban hành nhầm")}).code == 0);
    Run cancelled = run({QStringLiteral("outgoing"), QStringLiteral("show"), QStringLiteral("02-NQ/ĐU"), QStringLiteral("--json")});
    CHECK(cancelled.json().value(QStringLiteral("cancel_reason")).toString() == QStringLiteral("Ban hành nhầm"));
    CHECK(run({QStringLiteral("outgoing"), QStringLiteral("edit"), QStringLiteral("02-NQ/ĐU"), QStringLiteral("--excerpt"), QStringLiteral("x"),
               QStringLiteral("--reason"), QStringLiteral("y")}).code == 1);
    // A line of the secret register is named as every command takes it: M2/2026, not the ordinary 2/2026.
    Run secondSecret = run(QStringList(secretLine.begin(), secretLine.end() - 1) + QStringList{QStringLiteral("--force")});
    REQUIRE(secondSecret.code == 0);
    CHECK(secondSecret.out.trimmed() == QStringLiteral("Incoming number M2/2026"));
}

TEST_CASE("report incoming-register writes the register book as PDF")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu"),
                 QStringLiteral("--office-name"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--place"), QStringLiteral("Tân Phú")},
                {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
    const auto env = pw(QStringLiteral("mat-khau-p1"));
    REQUIRE(cli({QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                 QStringLiteral("Văn phòng Trung ương Đảng"), QStringLiteral("--symbol"), QStringLiteral("07-KL/VPTW"),
                 QStringLiteral("--date"), QStringLiteral("2025-12-01"), QStringLiteral("--excerpt"), QStringLiteral("về công tác văn phòng"),
                 QStringLiteral("--received"), QStringLiteral("2026-01-05")}, env).code == 0);
    const QString pdf = dir.filePath(QStringLiteral("so-den-2026.pdf"));
    Run report = cli({QStringLiteral("report"), QStringLiteral("incoming-register"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db,
                      QStringLiteral("--json")}, env);
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    CHECK(report.json().value(QStringLiteral("documents")).toInt() == 1);
    const QString content = pdfText(pdf);
    CHECK(content.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")));
    CHECK(content.contains(QStringLiteral("Kết luận về công tác văn phòng")));
    const QString csv = dir.filePath(QStringLiteral("so-den.csv"));
    Run exported = cli({QStringLiteral("export"), QStringLiteral("incoming"), QStringLiteral("--csv"), csv, QStringLiteral("--year"),
                        QStringLiteral("2026"), QStringLiteral("--db"), db}, env);
    REQUIRE(exported.code == 0);
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("1,2026,05/01/2026")));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("Văn phòng Trung ương Đảng,07-KL/VPTW")));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("incoming-register"), QStringLiteral("--from"), QStringLiteral("2026-12-31"),
               QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), db}, env).code == 1);
}

TEST_CASE("import incoming: the whole spreadsheet or nothing, problems by line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu")},
                {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
    const auto env = pw(QStringLiteral("mat-khau-p1"));
    const QString csv = dir.filePath(QStringLiteral("so-den-2025.csv"));
    writeAll(csv, QStringLiteral("Số đến,Ngày đến,Cơ quan ban hành,Số ký hiệu,Trích yếu\n"
                                 "1,02/01/2025,Văn phòng Tỉnh ủy,01-KH/TU,Kế hoạch năm\n"
                                 "2,99/01/2025,Ban Tổ chức,02-HD/BTCTU,Hướng dẫn\n").toUtf8());
    Run bad = cli({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--db"), db}, env);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("Line 3")));
    CHECK(bad.err.contains(QStringLiteral("99/01/2025")));
    Run listed = cli({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db}, env);
    CHECK(listed.json().value(QStringLiteral("documents")).toArray().isEmpty());

    writeAll(csv, QStringLiteral("Số đến,Ngày đến,Cơ quan ban hành,Số ký hiệu,Trích yếu\n"
                                 "1,02/01/2025,Văn phòng Tỉnh ủy,01-KH/TU,Kế hoạch năm\n"
                                 "2,3/1/25,Ban Tổ chức,02-HD/BTCTU,Hướng dẫn\n").toUtf8());
    Run good = cli({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--db"), db, QStringLiteral("--json")}, env);
    INFO(good.out.toStdString() << good.err.toStdString());
    REQUIRE(good.code == 0);
    CHECK(good.json().value(QStringLiteral("imported")).toInt() == 2);
    Run shown = cli({QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("2/2025"), QStringLiteral("--json"),
                     QStringLiteral("--db"), db}, env);
    CHECK(shown.json().value(QStringLiteral("symbol")).toString() == QStringLiteral("02-HD/BTCTU"));
}

TEST_CASE("export outgoing --xlsx, then import outgoing into another office: same symbols, no second import")
{
    QTemporaryDir dir;
    const auto env = pw(QStringLiteral("mat-khau-p1"));
    const auto office = [&](const QString &name) {
        const QString db = dir.filePath(name);
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu"),
                     QStringLiteral("--office-name"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--place"), QStringLiteral("Tân Phú")},
                    {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
        REQUIRE(cli({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("Khóa XV (2025-2030)"), QStringLiteral("--starts"),
                     QStringLiteral("2025-10-15"), QStringLiteral("--db"), db}, env).code == 0);
        return db;
    };
    const QString from = office(QStringLiteral("a.vpdb"));
    for (const QString &excerpt : {QStringLiteral("Nghị quyết về chuyển đổi số"), QStringLiteral("Nghị quyết về cải cách hành chính")})
        REQUIRE(cli({QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("NQ"), QStringLiteral("--date"),
                     QStringLiteral("2026-01-10"), QStringLiteral("--excerpt"), excerpt, QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn Bình"),
                     QStringLiteral("--capacity"), QStringLiteral("T/M"), QStringLiteral("--db"), from}, env).code == 0);
    const QString xlsx = dir.filePath(QStringLiteral("so-di.xlsx"));
    Run exported = cli({QStringLiteral("export"), QStringLiteral("outgoing"), QStringLiteral("--xlsx"), xlsx, QStringLiteral("--db"), from,
                        QStringLiteral("--json")}, env);
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.json().value(QStringLiteral("format")).toString() == QStringLiteral("xlsx"));
    CHECK(readAll(xlsx).startsWith("PK\x03\x04"));

    const QString to = office(QStringLiteral("b.vpdb"));
    Run dry = cli({QStringLiteral("import"), QStringLiteral("outgoing"), xlsx, QStringLiteral("--dry-run"), QStringLiteral("--db"), to}, env);
    INFO(dry.err.toStdString());
    CHECK(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("2")));
    Run imported = cli({QStringLiteral("import"), QStringLiteral("outgoing"), xlsx, QStringLiteral("--db"), to, QStringLiteral("--json")}, env);
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().value(QStringLiteral("imported")).toInt() == 2);
    Run listed = cli({QStringLiteral("outgoing"), QStringLiteral("list"), QStringLiteral("--db"), to}, env);
    CHECK(listed.out.contains(QStringLiteral("01-NQ/ĐU")));
    CHECK(listed.out.contains(QStringLiteral("02-NQ/ĐU")));
    Run again = cli({QStringLiteral("import"), QStringLiteral("outgoing"), xlsx, QStringLiteral("--db"), to}, env);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("Line 2")));
    CHECK(again.err.contains(QStringLiteral("already")));
    // A file that is not a spreadsheet: a usage error that says so.
    writeAll(dir.filePath(QStringLiteral("old.xls")), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
    Run old = cli({QStringLiteral("import"), QStringLiteral("incoming"), dir.filePath(QStringLiteral("old.xls")), QStringLiteral("--db"), to}, env);
    CHECK(old.code == 1);
    CHECK(old.err.contains(QStringLiteral(".xlsx")));
}

// An office file made by `init`, with the 2025-2030 term, and a runner that
// adds --db and the password.
struct CliOffice
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.vpdb"));
    QMap<QString, QString> env = pw(QStringLiteral("mat-khau-p1"));

    CliOffice()
    {
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu"),
                     QStringLiteral("--office-name"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--place"), QStringLiteral("Tân Phú")},
                    {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
        REQUIRE(run({QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("Khóa XV (2025-2030)"), QStringLiteral("--starts"),
                     QStringLiteral("2025-10-15")}).code == 0);
    }
    Run run(QStringList args) const
    {
        args << QStringLiteral("--db") << db;
        return cli(args, env);
    }
};

TEST_CASE("meetings from the command line: members, a standing committee meeting, its checklist, attendance and minutes")
{
    const CliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    for (int i = 1; i <= 5; ++i)
        REQUIRE(run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Đồng chí %1").arg(i), QStringLiteral("--position"),
                     QStringLiteral("Ủy viên Ban Thường vụ"), QStringLiteral("--standing"), QStringLiteral("--on"), QStringLiteral("2026-03-01")}).code == 0);
    REQUIRE(run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Đồng chí 6"), QStringLiteral("--on"), QStringLiteral("2026-03-01")}).code == 0);

    Run added = run({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-18"), QStringLiteral("--time"), QStringLiteral("14:00"), QStringLiteral("--place"),
                     QStringLiteral("Phòng họp Đảng ủy"), QStringLiteral("--agenda"), QStringLiteral("Báo cáo quý I; Đề án chuyển đổi số"),
                     QStringLiteral("--json")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QString id = QString::number(added.json().value(QStringLiteral("id")).toInt());

    Run checklist = run({QStringLiteral("meeting"), QStringLiteral("checklist"), id, QStringLiteral("--json")});
    REQUIRE(checklist.code == 0);
    const QJsonArray items = checklist.json().value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(items.isEmpty());
    bool documentsDue = false;
    for (const auto &v : items)
        if (v.toObject().value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Gửi giấy mời")))
            documentsDue = v.toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2026-03-13"); // Sunday 15 -> Friday 13
    CHECK(documentsDue);
    const QString firstItem = QString::number(items.first().toObject().value(QStringLiteral("id")).toInt());
    Run done = run({QStringLiteral("meeting"), QStringLiteral("checklist"), id, QStringLiteral("--done"), firstItem, QStringLiteral("--json")});
    CHECK(done.json().value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("state")).toString() == QStringLiteral("done"));

    // Attendance: the standing committee's five are invited; three present is short of four.
    Run people = run({QStringLiteral("meeting"), QStringLiteral("attend"), id, QStringLiteral("--json")});
    const QJsonArray attendees = people.json().value(QStringLiteral("attendees")).toArray();
    REQUIRE(attendees.size() == 5);
    for (int i = 0; i < 3; ++i)
        REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("attend"), id,
                     QString::number(attendees.at(i).toObject().value(QStringLiteral("id")).toInt()), QStringLiteral("present")}).code == 0);
    Run short3 = run({QStringLiteral("meeting"), QStringLiteral("attend"), id});
    CHECK(short3.out.contains(QStringLiteral("WARNING")));
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("attend"), id, QString::number(attendees.at(3).toObject().value(QStringLiteral("id")).toInt()),
               QStringLiteral("absent")}).code == 1); // the reason is required
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("attend"), id, QString::number(attendees.at(3).toObject().value(QStringLiteral("id")).toInt()),
                 QStringLiteral("absent"), QStringLiteral("--reason"), QStringLiteral("Đi công tác")}).code == 0);
    Run four = run({QStringLiteral("meeting"), QStringLiteral("attend"), id, QString::number(attendees.at(4).toObject().value(QStringLiteral("id")).toInt()),
                    QStringLiteral("present"), QStringLiteral("--json")});
    CHECK(four.json().value(QStringLiteral("quorum")).toObject().value(QStringLiteral("can_meet")).toBool());

    // Minutes: a speech and a vote under item 2, then the conclusion.
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("minutes"), id, QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--speaker"),
                 QStringLiteral("Đồng chí 2"), QStringLiteral("--text"), QStringLiteral("Đề nghị bổ sung chỉ tiêu")}).code == 0);
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("minutes"), id, QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--vote"),
               QStringLiteral("Thông qua Đề án"), QStringLiteral("--for"), QStringLiteral("5"), QStringLiteral("--against"), QStringLiteral("1")}).code == 1);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("minutes"), id, QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--vote"),
                 QStringLiteral("Thông qua Đề án"), QStringLiteral("--for"), QStringLiteral("4")}).code == 0);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("minutes"), id, QStringLiteral("--item"), QStringLiteral("2"), QStringLiteral("--conclusion"),
                 QStringLiteral("Thống nhất thông qua Đề án.")}).code == 0);
    Run minutes = run({QStringLiteral("meeting"), QStringLiteral("minutes"), id, QStringLiteral("--json")});
    const QJsonArray entries = minutes.json().value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).toObject().value(QStringLiteral("for")).toInt() == 4);
    Run shown = run({QStringLiteral("meeting"), QStringLiteral("show"), id, QStringLiteral("--json")});
    CHECK(shown.json().value(QStringLiteral("agenda")).toArray().at(1).toObject().value(QStringLiteral("conclusion")).toString()
          == QStringLiteral("Thống nhất thông qua Đề án."));

    // Moved two days later; then closed.
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("move"), id, QStringLiteral("--date"), QStringLiteral("2026-03-20"), QStringLiteral("--time"),
                 QStringLiteral("08:00")}).code == 0);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("close"), id}).code == 0);
    Run listed = run({QStringLiteral("meeting"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject meeting = listed.json().value(QStringLiteral("meetings")).toArray().first().toObject();
    CHECK(meeting.value(QStringLiteral("starts")).toString() == QStringLiteral("2026-03-20 08:00"));
    CHECK(meeting.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    // A meeting closed with nobody marked present closes, as the chair declared it, and the record's gaps are said.
    Run empty = run({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-25"), QStringLiteral("--time"), QStringLiteral("14:00"), QStringLiteral("--place"),
                     QStringLiteral("Phòng họp Đảng ủy"), QStringLiteral("--json")});
    REQUIRE(empty.code == 0);
    const QString emptyId = QString::number(empty.json().value(QStringLiteral("id")).toInt());
    Run closedEmpty = run({QStringLiteral("meeting"), QStringLiteral("close"), emptyId, QStringLiteral("--json")});
    CHECK(closedEmpty.code == 0);
    const QStringList gaps = closedEmpty.json().value(QStringLiteral("missing")).toVariant().toStringList();
    CHECK(gaps.join(QLatin1Char(' ')).contains(QStringLiteral("is not recorded")));
}

TEST_CASE("a meeting's decision reserves its number in the outgoing register; its follow-up is listed until done")
{
    const CliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-18"), QStringLiteral("--chair"), QStringLiteral("Nguyễn Văn An")}).code == 0);
    Run decided = run({QStringLiteral("meeting"), QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("NQ"),
                       QStringLiteral("--excerpt"), QStringLiteral("về chuyển đổi số")});
    INFO(decided.err.toStdString());
    REQUIRE(decided.code == 0);
    CHECK(decided.out.trimmed() == QStringLiteral("01-NQ/ĐU"));
    Run shown = run({QStringLiteral("outgoing"), QStringLiteral("show"), QStringLiteral("01-NQ/ĐU"), QStringLiteral("--json")});
    CHECK(shown.json().value(QStringLiteral("status")).toString() == QStringLiteral("reserved"));
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("task"), QStringLiteral("1"), QStringLiteral("--title"),
                 QStringLiteral("Kế hoạch thực hiện Nghị quyết"), QStringLiteral("--owner"), QStringLiteral("Ban Tuyên giáo"), QStringLiteral("--due"),
                 QStringLiteral("2026-04-15")}).code == 0);
    Run tasks = run({QStringLiteral("meeting"), QStringLiteral("tasks"), QStringLiteral("--json")});
    const QJsonArray open = tasks.json().value(QStringLiteral("tasks")).toArray();
    REQUIRE(open.size() == 1);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("task-done"), QString::number(open.first().toObject().value(QStringLiteral("id")).toInt())}).code == 0);
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("tasks"), QStringLiteral("--json")}).json().value(QStringLiteral("tasks")).toArray().isEmpty());
}

TEST_CASE("papers of a meeting: a secret one handed to all is on the recall list until each copy is back")
{
    const CliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    for (const QString &name : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")})
        REQUIRE(run({QStringLiteral("member"), QStringLiteral("add"), name, QStringLiteral("--standing"), QStringLiteral("--on"), QStringLiteral("2026-03-01")}).code == 0);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-18")}).code == 0);
    Run paper = run({QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Đề án nhân sự"),
                     QStringLiteral("--secret"), QStringLiteral("toi-mat"), QStringLiteral("--json")});
    INFO(paper.err.toStdString());
    REQUIRE(paper.code == 0);
    CHECK(paper.json().value(QStringLiteral("recall")).toBool());
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("give"), QStringLiteral("1"), QStringLiteral("1")}).code == 0);
    Run recall = run({QStringLiteral("meeting"), QStringLiteral("recall"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonArray out = recall.json().value(QStringLiteral("outstanding")).toArray();
    REQUIRE(out.size() == 2);
    for (const auto &copy : out)
        REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("return"), QStringLiteral("1"), QStringLiteral("1"),
                     QString::number(copy.toObject().value(QStringLiteral("attendee")).toInt())}).code == 0);
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("recall"), QStringLiteral("1")}).out.contains(QStringLiteral("back")));
}

TEST_CASE("the issue's walk-through: a meeting prepared, taken to a laptop as a package, recorded there, brought back, "
          "minutes printed, decisions waiting in the outgoing register")
{
    const CliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    for (int i = 1; i <= 4; ++i)
        REQUIRE(run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Đồng chí %1").arg(i), QStringLiteral("--standing"),
                     QStringLiteral("--on"), QStringLiteral("2026-03-01")}).code == 0);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-18"), QStringLiteral("--time"), QStringLiteral("14:00"), QStringLiteral("--chair"), QStringLiteral("Đồng chí 1"),
                 QStringLiteral("--secretary"), QStringLiteral("Đồng chí 4"), QStringLiteral("--place"), QStringLiteral("Phòng họp Đảng ủy"),
                 QStringLiteral("--agenda"), QStringLiteral("Đề án chuyển đổi số")}).code == 0);
    Run checklist = run({QStringLiteral("meeting"), QStringLiteral("checklist"), QStringLiteral("1"), QStringLiteral("--json")});
    for (const auto &item : checklist.json().value(QStringLiteral("items")).toArray())
        if (item.toObject().value(QStringLiteral("due")).toString() < QStringLiteral("2026-03-18"))
            REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("checklist"), QStringLiteral("1"), QStringLiteral("--done"),
                         QString::number(item.toObject().value(QStringLiteral("id")).toInt())}).code == 0);

    // A draft to read on the laptop, kept inside the file.
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Dự thảo Nghị quyết")}).code == 0);
    const QString draft = office.dir.filePath(QStringLiteral("du-thao.pdf"));
    const QByteArray draftBytes = QByteArrayLiteral("%PDF-1.4\n% du thao\n%%EOF\n");
    writeAll(draft, draftBytes);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("attach"), QStringLiteral("1"), QStringLiteral("1"), draft}).code == 0);
    // Paper 1 is meeting 1's: another meeting's number does not reach it.
    Run elsewhere = run({QStringLiteral("meeting"), QStringLiteral("attach"), QStringLiteral("2"), QStringLiteral("1"), draft});
    CHECK(elsewhere.code == 1);
    CHECK(elsewhere.err.contains(QStringLiteral("no paper 1")));

    const QString package = office.dir.filePath(QStringLiteral("hop.vphop"));
    const QMap<QString, QString> packagePassword = {{QStringLiteral("VANPHONG_PACKAGE_PASSWORD"), QStringLiteral("mang-di-hop")}};
    QMap<QString, QString> both = office.env;
    both.insert(packagePassword);
    Run exported = cli({QStringLiteral("meeting"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--package"), package,
                        QStringLiteral("--db"), office.db, QStringLiteral("--json")}, both);
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.json().value(QStringLiteral("login")).toString() == QStringLiteral("vanthu"));
    CHECK(cli({QStringLiteral("meeting"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--package"), package,
               QStringLiteral("--db"), office.db}, both).code != 0); // never over an existing file

    // On the laptop: the package is opened like an office file, with its own password.
    const auto laptop = [&](QStringList args) {
        args << QStringLiteral("--db") << package;
        return cli(args, {{QStringLiteral("VANPHONG_PASSWORD"), QStringLiteral("mang-di-hop")}});
    };
    CHECK(laptop({QStringLiteral("meeting"), QStringLiteral("files"), QStringLiteral("1"), QStringLiteral("1")}).out.contains(QStringLiteral("du-thao.pdf")));
    const QString copy = office.dir.filePath(QStringLiteral("ban-doc.pdf"));
    REQUIRE(laptop({QStringLiteral("meeting"), QStringLiteral("extract"), QStringLiteral("1"), QStringLiteral("--file"), QStringLiteral("1"),
                    QStringLiteral("--to"), copy}).code == 0);
    CHECK(readAll(copy) == draftBytes);
    Run people = laptop({QStringLiteral("meeting"), QStringLiteral("attend"), QStringLiteral("1"), QStringLiteral("--json")});
    INFO(people.err.toStdString());
    const QJsonArray attendees = people.json().value(QStringLiteral("attendees")).toArray();
    REQUIRE(attendees.size() == 4);
    for (const auto &a : attendees)
        REQUIRE(laptop({QStringLiteral("meeting"), QStringLiteral("attend"), QStringLiteral("1"),
                        QString::number(a.toObject().value(QStringLiteral("id")).toInt()), QStringLiteral("present")}).code == 0);
    REQUIRE(laptop({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("--item"), QStringLiteral("1"),
                    QStringLiteral("--speaker"), QStringLiteral("Đồng chí 2"), QStringLiteral("--text"), QStringLiteral("Đề nghị bổ sung lộ trình")}).code == 0);
    REQUIRE(laptop({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("--item"), QStringLiteral("1"),
                    QStringLiteral("--vote"), QStringLiteral("Thông qua Đề án"), QStringLiteral("--for"), QStringLiteral("4")}).code == 0);
    REQUIRE(laptop({QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("--item"), QStringLiteral("1"),
                    QStringLiteral("--conclusion"), QStringLiteral("Thống nhất ban hành Nghị quyết.")}).code == 0);
    REQUIRE(laptop({QStringLiteral("meeting"), QStringLiteral("close"), QStringLiteral("1"), QStringLiteral("--ended"), QStringLiteral("16:30")}).code == 0);
    CHECK(laptop({QStringLiteral("meeting"), QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("NQ"),
                  QStringLiteral("--excerpt"), QStringLiteral("về chuyển đổi số")}).code != 0); // numbers are the office's

    // Back at the office: what it brings is listed, then merged.
    const QStringList import = {QStringLiteral("meeting"), QStringLiteral("import"), QStringLiteral("--package"), package,
                                QStringLiteral("--db"), office.db};
    Run dry = cli(import + QStringList{QStringLiteral("--dry-run")}, both);
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Đồng chí 2")));
    Run imported = cli(import + QStringList{QStringLiteral("--json")}, both);
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().value(QStringLiteral("written")).toInt() >= 8);
    Run twice = cli(import, both);
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("only once")));

    const QString pdf = office.dir.filePath(QStringLiteral("bien-ban.pdf"));
    Run report = run({QStringLiteral("report"), QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Đề nghị bổ sung lộ trình")));
    CHECK(text.contains(QStringLiteral("Thống nhất ban hành Nghị quyết.")));
    CHECK(text.contains(QStringLiteral("16 giờ 30")));

    Run decided = run({QStringLiteral("meeting"), QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("NQ"),
                       QStringLiteral("--excerpt"), QStringLiteral("về chuyển đổi số"), QStringLiteral("--item"), QStringLiteral("1")});
    REQUIRE(decided.code == 0);
    Run reserved = run({QStringLiteral("outgoing"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("reserved"), QStringLiteral("--json")});
    CHECK(reserved.out.contains(decided.out.trimmed()));
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("task"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Triển khai Nghị quyết"),
                 QStringLiteral("--owner"), QStringLiteral("Văn phòng"), QStringLiteral("--due"), QStringLiteral("2026-04-15")}).code == 0);
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("tasks")}).out.contains(QStringLiteral("Triển khai Nghị quyết")));

    // The dossier: the invitations dated but not issued, the minutes complete
    // but not numbered, the decision there with its document not yet issued.
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("invitation-date"), QStringLiteral("1"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-11")}).code == 0);
    const auto dossierMissing = [&] {
        Run dossier = run({QStringLiteral("report"), QStringLiteral("dossier"), QStringLiteral("--meeting"), QStringLiteral("1"),
                           QStringLiteral("--pdf"), office.dir.filePath(QStringLiteral("ho-so.pdf")), QStringLiteral("--json")});
        REQUIRE(dossier.code == 0);
        QStringList out;
        for (const auto &m : dossier.json().value(QStringLiteral("missing")).toArray())
            out << m.toString();
        return out;
    };
    const QStringList before = dossierMissing();
    INFO(before.join(QLatin1Char('\n')).toStdString());
    REQUIRE(before.size() == 3);
    CHECK(before.at(0).startsWith(QStringLiteral("Giấy mời dự họp")));
    CHECK(before.at(1).startsWith(QStringLiteral("Biên bản hội nghị")));
    CHECK(before.at(2).startsWith(QStringLiteral("Nghị quyết về chuyển đổi số")));
    CHECK(pdfText(office.dir.filePath(QStringLiteral("ho-so.pdf"))).contains(QStringLiteral("MỤC LỤC HỒ SƠ HỘI NGHỊ")));

    // The invitation and the minutes take their numbers when issued; every
    // print after shows them, and the PDF names the paper, not the command.
    // The invitations are signed by the office chief, named in the profile first.
    Run unsignedInvitation = run({QStringLiteral("meeting"), QStringLiteral("number"), QStringLiteral("1"), QStringLiteral("invitation")});
    CHECK(unsignedInvitation.code == 1);
    CHECK(unsignedInvitation.err.contains(QStringLiteral("office profile")));
    REQUIRE(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("chief"), QStringLiteral("Nguyễn Văn Bình")}).code == 0);
    Run numbered = run({QStringLiteral("meeting"), QStringLiteral("number"), QStringLiteral("1"), QStringLiteral("invitation"), QStringLiteral("--json")});
    INFO(numbered.err.toStdString());
    REQUIRE(numbered.code == 0);
    CHECK(numbered.json().value(QStringLiteral("symbol")).toString() == QStringLiteral("01-GM/ĐU"));
    CHECK(numbered.json().value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-11"));
    Run minutesNumber = run({QStringLiteral("meeting"), QStringLiteral("number"), QStringLiteral("1"), QStringLiteral("minutes")});
    INFO(minutesNumber.err.toStdString());
    REQUIRE(minutesNumber.code == 0);
    CHECK(minutesNumber.out.contains(QStringLiteral("01-BB/ĐU")));
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("number"), QStringLiteral("1"), QStringLiteral("agenda")}).code == 1);
    // Issued, the invitation and the minutes are in the dossier; the resolution is still to be issued.
    const QStringList after = dossierMissing();
    INFO(after.join(QLatin1Char('\n')).toStdString());
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).startsWith(QStringLiteral("Nghị quyết về chuyển đổi số")));
    const QString invitation = office.dir.filePath(QStringLiteral("giay-moi.pdf"));
    REQUIRE(run({QStringLiteral("report"), QStringLiteral("invitation"), QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--pdf"),
                 invitation}).code == 0);
    CHECK(pdfText(invitation).contains(QStringLiteral("Số 01-GM/ĐU")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {invitation});
    REQUIRE(info.waitForFinished(60000));
    const QString metadata = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(metadata.contains(QStringLiteral("Giấy mời dự Hội nghị Ban Thường vụ Đảng ủy ngày 18 tháng 3 năm 2026")));
    CHECK(metadata.contains(QStringLiteral("Văn phòng Đảng ủy xã")));
    CHECK_FALSE(metadata.contains(QStringLiteral("invitation")));
}

TEST_CASE("meeting template: the office's checklist for a kind, edited from the command line")
{
    const CliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    Run listed = run({QStringLiteral("meeting"), QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--kind"),
                      QStringLiteral("extraordinary"), QStringLiteral("--json")});
    REQUIRE(listed.code == 0);
    const QJsonArray steps = listed.json().value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 5);
    const QString first = QString::number(steps.first().toObject().value(QStringLiteral("id")).toInt());
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("template"), QStringLiteral("set"), first, QStringLiteral("--offset"), QStringLiteral("-1"),
                 QStringLiteral("--owner"), QStringLiteral("Chánh Văn phòng")}).code == 0);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("extraordinary"),
                 QStringLiteral("--title"), QStringLiteral("Báo cáo kết quả lên cấp trên"), QStringLiteral("--offset"), QStringLiteral("2")}).code == 0);
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("extraordinary"),
               QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--offset"), QStringLiteral("ba")}).code == 1);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("extraordinary"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-18")}).code == 0);
    Run checklist = run({QStringLiteral("meeting"), QStringLiteral("checklist"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonArray items = checklist.json().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 6);
    CHECK(items.first().toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2026-03-17"));
    bool added = false;
    for (const auto &item : items)
        added = added || (item.toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Báo cáo kết quả lên cấp trên")
                          && item.toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2026-03-20"));
    CHECK(added);
}

TEST_CASE("meeting item: an agenda item's presenting body, draft documents and planned time, printed in the programme")
{
    const CliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-18"), QStringLiteral("--time"), QStringLiteral("14:00"), QStringLiteral("--agenda"), QStringLiteral("Báo cáo quý I")}).code == 0);
    REQUIRE(run({QStringLiteral("meeting"), QStringLiteral("item"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("--presenter"),
                 QStringLiteral("Văn phòng"), QStringLiteral("--minutes"), QStringLiteral("30")}).code == 0);
    Run added = run({QStringLiteral("meeting"), QStringLiteral("item"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Đề án chuyển đổi số"),
                     QStringLiteral("--presenter"), QStringLiteral("Ban Tuyên giáo"), QStringLiteral("--documents"),
                     QStringLiteral("Tờ trình số 12; Dự thảo Nghị quyết"), QStringLiteral("--json")});
    REQUIRE(added.code == 0);
    CHECK(added.json().value(QStringLiteral("position")).toInt() == 2);
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("item"), QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("--minutes"), QStringLiteral("5")}).code == 1);
    CHECK(run({QStringLiteral("meeting"), QStringLiteral("item"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral(" ")}).code != 0);
    Run shown = run({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonArray agenda = shown.json().value(QStringLiteral("agenda")).toArray();
    REQUIRE(agenda.size() == 2);
    const QString pdf = office.dir.filePath(QStringLiteral("chuong-trinh.pdf"));
    REQUIRE(run({QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--pdf"), pdf}).code == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("14 giờ 00 Khai mạc hội nghị"))); // the first item follows the opening
    CHECK(text.contains(QStringLiteral("30 phút 1. Báo cáo quý I Văn phòng")));
    CHECK(text.contains(QStringLiteral("2. Đề án chuyển đổi số")));
    CHECK_FALSE(text.contains(QStringLiteral("14 giờ 30")));
    CHECK(text.contains(QStringLiteral("- Tờ trình số 12")));
    CHECK(text.contains(QStringLiteral("- Dự thảo Nghị quyết")));
}

TEST_CASE("a list says when it is cut, and takes --limit N or --all")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    auto ordinary = sampleOffice();
    ordinary.forSecrets = false; // the secret file warns on stderr on a networked machine
    REQUIRE(vanphong::office::OfficeSession::create(db, ordinary, "chanh-2026", cheapOptions()));
    const QString csv = dir.filePath(QStringLiteral("so-den.csv"));
    writeAll(csv, QStringLiteral("Số đến,Ngày đến,Cơ quan ban hành,Số ký hiệu,Trích yếu\n"
                                 "1,02/01/2025,Văn phòng Tỉnh ủy,01-KH/TU,Kế hoạch năm\n"
                                 "2,03/01/2025,Ban Tổ chức Tỉnh ủy,02-HD/BTCTU,Hướng dẫn\n"
                                 "3,04/01/2025,Ủy ban Kiểm tra Tỉnh ủy,03-TB/UBKTTU,Thông báo\n").toUtf8());
    const auto env = pw(QStringLiteral("chanh-2026"));
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("incoming"), csv, QStringLiteral("--db"), db}, env).code == 0);
    const QStringList list = {QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--db"), db};
    Run two = cli(list + QStringList{QStringLiteral("--limit"), QStringLiteral("2")}, env);
    REQUIRE(two.code == 0);
    CHECK(two.out.count(QLatin1Char('\n')) == 2);
    CHECK(two.err.contains(QStringLiteral("--all")));
    Run json = cli(list + QStringList{QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")}, env);
    CHECK(json.json().value(QStringLiteral("truncated")).toBool());
    Run all = cli(list + QStringList{QStringLiteral("--all")}, env);
    CHECK(all.out.count(QLatin1Char('\n')) == 3);
    CHECK(all.err.isEmpty());
    CHECK(cli(list + QStringList{QStringLiteral("--limit"), QStringLiteral("0")}, env).code == 1);
}

TEST_CASE("transfer: the secret lines carried from the ordinary file to the secret file, then completed there")
{
    QTemporaryDir dir;
    const QString ordinary = dir.filePath(QStringLiteral("thuong.vpdb"));
    const QString secret = dir.filePath(QStringLiteral("mat.vpdb"));
    for (const QString &db : {ordinary, secret}) {
        QStringList init = {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("vanthu"),
                            QStringLiteral("--office-name"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("--place"), QStringLiteral("Tân Phú")};
        if (db == secret)
            init << QStringLiteral("--secret-file");
        REQUIRE(cli(init, {{QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-p1")}}).code == 0);
    }
    QMap<QString, QString> env = pw(QStringLiteral("mat-khau-p1"));
    env.insert(QStringLiteral("VANPHONG_TRANSFER_PASSWORD"), QStringLiteral("chuyen-mat-2026"));
    REQUIRE(cli({QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--db"), ordinary, QStringLiteral("--from"),
                 QStringLiteral("Ban Tổ chức Tỉnh ủy"), QStringLiteral("--symbol"), QStringLiteral("15-CV/BTCTU"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-18"), QStringLiteral("--received"), QStringLiteral("2026-11-20"), QStringLiteral("--secret"),
                 QStringLiteral("mat")}, env).code == 0);
    const QString carried = dir.filePath(QStringLiteral("chuyen.vpchuyen"));
    Run exported = cli({QStringLiteral("transfer"), QStringLiteral("export"), QStringLiteral("--to"), carried, QStringLiteral("--db"), ordinary,
                        QStringLiteral("--json")}, env);
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.json().value(QStringLiteral("incoming")).toInt() == 1);
    // Into the wrong file: refused, with the reason.
    Run wrong = cli({QStringLiteral("transfer"), QStringLiteral("receive"), carried, QStringLiteral("--db"), ordinary}, env);
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("secret file")));
    Run received = cli({QStringLiteral("transfer"), QStringLiteral("receive"), carried, QStringLiteral("--db"), secret}, env);
    INFO(received.err.toStdString());
    REQUIRE(received.code == 0);
    CHECK(received.out.contains(QStringLiteral("1/2026 (secret register)")));
    CHECK(cli({QStringLiteral("transfer"), QStringLiteral("receive"), carried, QStringLiteral("--db"), secret}, env).code == 1);
    // Its excerpt is filled in on the secret file: M1/2026 names number 1 of the secret register.
    REQUIRE(cli({QStringLiteral("incoming"), QStringLiteral("edit"), QStringLiteral("M1/2026"), QStringLiteral("--excerpt"),
                 QStringLiteral("Về nhân sự dự kiến"), QStringLiteral("--reason"), QStringLiteral("Bổ sung trích yếu"), QStringLiteral("--db"), secret},
                env).code == 0);
    Run shown = cli({QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("M1/2026"), QStringLiteral("--db"), secret,
                     QStringLiteral("--json")}, env);
    CHECK(shown.json().value(QStringLiteral("excerpt")).toString() == QStringLiteral("Về nhân sự dự kiến"));
    CHECK(shown.json().value(QStringLiteral("secret_series")).toBool());
}

TEST_CASE("archive: the year's dossier list drafted from last year's, documents filed, the unfiled list, a dossier closed")
{
    CliOffice office;
    const auto run = [&](const QStringList &args) { return office.run(args); };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    REQUIRE(run({s("archive"), s("add"), s("--year"), s("2025"), s("--number"), s("01"), s("--title"),
                 s("Hồ sơ hội nghị Ban Chấp hành năm 2025"), s("--retention"), s("hoi-nghi"), s("--room"), s("2"), s("--box"), s("5")}).code == 0);
    REQUIRE(run({s("archive"), s("add"), s("--year"), s("2025"), s("--number"), s("02"), s("--title"), s("Công văn trao đổi"),
                 s("--years"), s("10")}).code == 0);
    CHECK(run({s("archive"), s("add"), s("--year"), s("2025"), s("--number"), s("2"), s("--title"), s("Trùng số"), s("--years"), s("5")}).code == 1);
    CHECK(run({s("archive"), s("add"), s("--year"), s("2025"), s("--number"), s("03"), s("--title"), s("Không thời hạn")}).code == 1);
    // The retention table edited from the CLI: a row added, changed, used, removed.
    REQUIRE(run({s("archive"), s("retention"), s("--set"), s("so-theo-doi"), s("--name"), s("Sổ theo dõi công việc"), s("--years"), s("15"),
                 s("--source"), s("Quyết định của văn phòng")}).code == 0);
    CHECK(run({s("archive"), s("retention"), s("--set"), s("so-theo-doi"), s("--years"), s("vinh-vien")}).code == 0);
    CHECK(run({s("archive"), s("retention"), s("--set"), s("moi"), s("--years"), s("5")}).code == 1); // a new row needs a name
    CHECK(run({s("archive"), s("retention"), s("--set"), s("so-theo-doi"), s("--years"), s("-3")}).code == 1);
    Run table = run({s("archive"), s("retention"), s("--json")});
    bool found = false;
    for (const QJsonValue &r : table.json().value(s("rules")).toArray())
        if (r.toObject().value(s("code")).toString() == s("so-theo-doi")) {
            found = true;
            CHECK(r.toObject().value(s("years")).toInt() == 0);
            CHECK(r.toObject().value(s("name")).toString() == s("Sổ theo dõi công việc"));
        }
    CHECK(found);
    CHECK(run({s("archive"), s("retention"), s("--remove"), s("so-theo-doi")}).code == 0);
    CHECK_FALSE(run({s("archive"), s("retention")}).out.contains(s("so-theo-doi")));
    CHECK(run({s("archive"), s("retention"), s("--remove"), s("so-theo-doi")}).code == 1);
    Run drafted = run({s("archive"), s("plan"), s("2026"), s("--from"), s("2025"), s("--json")});
    REQUIRE(drafted.code == 0);
    CHECK(drafted.json().value(s("copied")).toInt() == 2);
    CHECK(run({s("archive"), s("plan"), s("2026"), s("--json")}).json().value(s("approved")).toBool() == false);
    Run listed = run({s("archive"), s("list"), s("--year"), s("2026"), s("--json")});
    const QJsonArray dossiers = listed.json().value(s("dossiers")).toArray();
    REQUIRE(dossiers.size() == 2);
    CHECK(dossiers.at(0).toObject().value(s("title")).toString() == s("Hồ sơ hội nghị Ban Chấp hành năm 2026"));
    CHECK(dossiers.at(0).toObject().value(s("location")).toString() == s("room 2")); // a new year, new boxes

    REQUIRE(run({s("incoming"), s("add"), s("--from"), s("Văn phòng Tỉnh ủy"), s("--symbol"), s("07-KL/VPTW"), s("--date"), s("2026-11-20"),
                 s("--type"), s("KL"), s("--excerpt"), s("Kết luận về công tác văn phòng"), s("--received"), s("2026-11-21")}).code == 0);
    REQUIRE(run({s("incoming"), s("add"), s("--from"), s("Ban Tuyên giáo"), s("--symbol"), s("03-HD/BTG"), s("--date"), s("2026-11-22"),
                 s("--type"), s("HD"), s("--excerpt"), s("Hướng dẫn tuyên truyền"), s("--received"), s("2026-11-23")}).code == 0);
    CHECK(run({s("archive"), s("unfiled"), s("--year"), s("2026"), s("--json")}).json().value(s("documents")).toArray().size() == 2);
    REQUIRE(run({s("archive"), s("file"), s("02/2026"), s("--incoming"), s("1/2026")}).code == 0);
    // One of the office's own, issued: its author is the committee, its excerpt named with its type.
    Run own = run({s("outgoing"), s("add"), s("--type"), s("TB"), s("--date"), s("2026-11-24"), s("--excerpt"), s("Về lịch làm việc tháng 12"),
                   s("--signer"), s("Nguyễn Văn Bình"), s("--capacity"), s("T/L"), s("--recipients"), s("Các chi bộ"), s("--issue")});
    REQUIRE(own.code == 0);
    Run ownFiled = run({s("archive"), s("file"), s("02/2026"), s("--outgoing"), own.out.trimmed()});
    INFO(own.out.toStdString() << ownFiled.err.toStdString());
    REQUIRE(ownFiled.code == 0);
    Run twice = run({s("archive"), s("file"), s("01/2026"), s("--incoming"), s("1/2026")});
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(s("02/2026")));
    Run left = run({s("archive"), s("unfiled"), s("--year"), s("2026")});
    CHECK(left.out.contains(s("Hướng dẫn tuyên truyền")));
    CHECK_FALSE(left.out.contains(s("Kết luận về công tác văn phòng")));
    CHECK(run({s("archive"), s("file"), s("01/2026")}).code == 1); // which document?

    // Closing: what is missing is named; a closed dossier of 10 years has its sheets numbered.
    Run bare = run({s("archive"), s("close"), s("02/2026")});
    CHECK(bare.code == 1);
    CHECK(bare.err.contains(s("sheets")));
    Run closed = run({s("archive"), s("close"), s("02/2026"), s("--sheets"), s("4"), s("--json")});
    REQUIRE(closed.code == 0);
    CHECK(closed.json().value(s("to_do")).toArray().size() == 1);
    Run shown = run({s("archive"), s("show"), s("02/2026"), s("--json")});
    CHECK(shown.json().value(s("status")).toString() == s("closed"));
    CHECK(shown.json().value(s("sheets")).toInt() == 4);
    CHECK(shown.json().value(s("documents")).toArray().at(0).toObject().value(s("symbol")).toString() == s("07-KL/VPTW"));
    CHECK(run({s("archive"), s("unfile"), s("--incoming"), s("1/2026")}).code == 1); // closed: nothing comes out

    // Handed over to the archive, then lent and given back.
    CHECK(run({s("archive"), s("handover"), s("01/2026"), s("--received-by"), s("Lê Văn Lưu"), s("--record"), s("01/BB")}).code == 1); // open
    REQUIRE(run({s("archive"), s("handover"), s("02/2026"), s("--received-by"), s("Lê Văn Lưu"), s("--record"), s("01/BB")}).code == 0);
    Run again = run({s("archive"), s("handover"), s("02/2026"), s("--received-by"), s("Lê Văn Lưu"), s("--record"), s("02/BB")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(s("01/BB"))); // says under which record it went, not that it is still open
    CHECK(run({s("archive"), s("show"), s("02/2026"), s("--json")}).json().value(s("status")).toString() == s("handed-over"));
    const QString due = QDate::currentDate().addDays(7).toString(Qt::ISODate);
    CHECK(run({s("archive"), s("lend"), s("02/2026"), s("--purpose"), s("Tra cứu"), s("--due"), due}).code == 1); // to whom?
    Run lent = run({s("archive"), s("lend"), s("02/2026"), s("--to-person"), s("Trần Thị Mai"), s("--purpose"), s("Tra cứu"), s("--due"), due,
                    s("--json")});
    REQUIRE(lent.code == 0);
    CHECK(lent.json().value(s("dossier")).toString() == s("02/2026"));
    CHECK(run({s("archive"), s("loans"), s("--json")}).json().value(s("loans")).toArray().size() == 1);
    CHECK(run({s("archive"), s("loans"), s("--overdue"), s("--json")}).json().value(s("loans")).toArray().isEmpty());
    REQUIRE(run({s("archive"), s("return"), s("02/2026")}).code == 0);
    CHECK(run({s("archive"), s("return"), s("02/2026")}).code == 1); // not out any more

    // The archive's forms, in the Party's words.
    const QString list = office.dir.filePath(s("list.pdf"));
    REQUIRE(run({s("report"), s("dossier-list"), s("--year"), s("2026"), s("--pdf"), list}).code == 0);
    const QString listed2026 = pdfText(list);
    CHECK(listed2026.contains(s("ĐẢNG ỦY XÃ TÂN PHÚ")));
    CHECK(listed2026.contains(s("DANH MỤC HỒ SƠ Năm 2026")));
    CHECK(listed2026.contains(s("DỰ THẢO"))); // not approved: a draft, said so
    CHECK(listed2026.contains(s("Hồ sơ hội nghị Ban Chấp hành năm 2026")));
    CHECK(listed2026.contains(s("Vĩnh viễn")));
    CHECK(listed2026.contains(s("Danh mục này có 2 hồ sơ.")));
    CHECK_FALSE(listed2026.contains(s("NGƯỜI DUYỆT"))); // a draft is signed by nobody yet
    REQUIRE(run({s("archive"), s("plan"), s("2026"), s("--approve"), s("--by"), s("Nguyễn Văn An"), s("--on"), s("2026-01-05")}).code == 0);
    REQUIRE(run({s("report"), s("dossier-list"), s("--year"), s("2026"), s("--pdf"), list}).code == 0);
    const QString approved = pdfText(list);
    CHECK_FALSE(approved.contains(s("DỰ THẢO")));
    CHECK(approved.contains(s("ĐẢNG CỘNG SẢN VIỆT NAM")));
    CHECK(approved.contains(s("ngày 05 tháng 01 năm 2026"))); // the approval's day, not the print's
    CHECK(approved.contains(s("NGƯỜI DUYỆT")));
    CHECK(approved.contains(s("Nguyễn Văn An")));
    // Approved with the day the leader signed, earlier than the day the clerk typed the list in: what the file
    // held when the approval was recorded is what was signed, nothing of it is "added".
    CHECK_FALSE(approved.contains(s("Bổ sung")));
    // Added after the approval: marked so, since the signature did not cover it.
    REQUIRE(run({s("archive"), s("add"), s("--year"), s("2026"), s("--number"), s("09"), s("--title"), s("Hồ sơ bổ sung"), s("--years"), s("5")}).code == 0);
    REQUIRE(run({s("report"), s("dossier-list"), s("--year"), s("2026"), s("--pdf"), list}).code == 0);
    const QString supplemented = pdfText(list);
    CHECK(supplemented.count(s("Bổ sung ngày")) == 1);
    CHECK(supplemented.contains(s("Bổ sung ngày %1").arg(QDate::currentDate().toString(s("dd/MM/yyyy")))));
    // The supplemented list approved again: signed later than the first approval, never earlier.
    const Run earlier = run({s("archive"), s("plan"), s("2026"), s("--approve"), s("--by"), s("Nguyễn Văn An"), s("--on"), s("2026-01-04")});
    CHECK(earlier.code != 0);
    CHECK(earlier.err.contains(s("05/01/2026")));
    REQUIRE(run({s("archive"), s("plan"), s("2026"), s("--approve"), s("--by"), s("Nguyễn Văn An"), s("--on"), s("2026-01-10")}).code == 0);
    REQUIRE(run({s("report"), s("dossier-list"), s("--year"), s("2026"), s("--pdf"), list}).code == 0);
    const QString reapproved = pdfText(list);
    CHECK_FALSE(reapproved.contains(s("Bổ sung")));
    CHECK(reapproved.contains(s("ngày 10 tháng 01 năm 2026")));
    const QString contents = office.dir.filePath(s("contents.pdf"));
    REQUIRE(run({s("report"), s("dossier-contents"), s("02/2026"), s("--pdf"), contents}).code == 0);
    const QString contentsText = pdfText(contents);
    INFO(contentsText.toStdString());
    CHECK(contentsText.contains(s("MỤC LỤC VĂN BẢN")));
    CHECK(contentsText.contains(s("07-KL/VPTW")));
    CHECK(contentsText.contains(s("Hồ sơ này có 2 văn bản, 4 tờ.")));
    CHECK(contentsText.contains(s("Thông báo về lịch làm việc")));
    CHECK(contentsText.contains(s("Đảng ủy xã Tân Phú")));
    CHECK_FALSE(contentsText.contains(s("Văn phòng Đảng ủy xã Tân Phú"))); // the committee issues its papers, not its office
    const QString handover = office.dir.filePath(s("handover.pdf"));
    REQUIRE(run({s("report"), s("handover"), s("--record"), s("01/BB"), s("--pdf"), handover}).code == 0);
    const QString handoverText = pdfText(handover);
    INFO(handoverText.toStdString());
    CHECK(handoverText.count(s("MỤC LỤC HỒ SƠ NỘP LƯU")) == 2); // one set for each side
    CHECK(handoverText.count(s("Về việc giao nhận tài liệu vào lưu trữ")) == 2);
    CHECK(handoverText.count(s("Số 01/BB")) == 2);
    CHECK(handoverText.contains(s("Bên nhận (lưu trữ): Lê Văn Lưu")));
    CHECK(handoverText.contains(s("Bên giao: Văn phòng Đảng ủy xã Tân Phú")));
    CHECK(handoverText.contains(s("1. Tài liệu giao nộp: 1 hồ sơ, 4 tờ, của năm 2026.")));
    CHECK(handoverText.contains(vanphong::reports::PrintedFacts::date(QDate::currentDate()))); // the day it was handed over
    CHECK(handoverText.count(s("BÊN NHẬN")) == 2);
    CHECK_FALSE(handoverText.contains(s("Hồ sơ hội nghị Ban Chấp hành năm 2026"))); // still open: not in the record
    // The covers and the box labels, in the Party's words.
    const QString covers = office.dir.filePath(s("covers.pdf"));
    Run coversRun = run({s("report"), s("dossier-cover"), s("--year"), s("2026"), s("--pdf"), covers, s("--json")});
    REQUIRE(coversRun.code == 0);
    CHECK(coversRun.json().value(s("pages")).toInt() == 3); // one page a dossier
    const QString coversText = pdfText(covers);
    CHECK(coversText.contains(s("Hồ sơ hội nghị Ban Chấp hành năm 2026")));
    CHECK(coversText.contains(s("Công văn trao đổi")));
    CHECK(coversText.contains(s("Số: 01")));
    CHECK(coversText.contains(s("Gồm: 4 tờ")));
    CHECK(coversText.contains(s("Thời hạn bảo quản: Vĩnh viễn")));
    CHECK(coversText.contains(s("Nơi bảo quản: Phòng 2")));
    const QString labels = office.dir.filePath(s("labels.pdf"));
    CHECK(run({s("report"), s("box-labels"), s("--year"), s("2026"), s("--pdf"), labels}).code == 1); // not boxed yet
    Run labelsRun = run({s("report"), s("box-labels"), s("--year"), s("2025"), s("--pdf"), labels, s("--json")});
    REQUIRE(labelsRun.code == 0);
    CHECK(labelsRun.json().value(s("rows")).toInt() == 1); // only 01 has a box
    const QString labelsText = pdfText(labels);
    CHECK(labelsText.contains(s("HỘP SỐ")));
    CHECK(labelsText.contains(s("Hồ sơ số 01")));
    CHECK(labelsText.contains(s("Năm 2025")));
    CHECK(run({s("report"), s("handover"), s("--record"), s("99/BB"), s("--pdf"), handover}).code == 1);
    // Named as the hand-over compares records (case and spaces aside), printed as it was signed.
    REQUIRE(run({s("report"), s("handover"), s("--record"), s("01/bb "), s("--pdf"), handover}).code == 0);
    CHECK(pdfText(handover).contains(s("01/BB")));
    // Lists with nothing in them say so.
    CHECK(run({s("archive"), s("loans"), s("--overdue")}).out.contains(s("No loan is overdue.")));
    CHECK(run({s("archive"), s("unfiled"), s("--year"), s("1999")}).out.contains(s("Every document of 1999 is in a dossier.")));
    CHECK(run({s("report"), s("dossier-list"), s("--year"), s("1999"), s("--pdf"), handover}).code != 0); // no list to print
    const QString lending = office.dir.filePath(s("lending.pdf"));
    REQUIRE(run({s("report"), s("lending"), s("--pdf"), lending}).code == 0);
    const QString lendingText = pdfText(lending);
    CHECK(lendingText.contains(s("SỔ THEO DÕI KHAI THÁC")));
    CHECK(lendingText.contains(s("Trần Thị Mai")));
    CHECK(lendingText.contains(s("Tra cứu")));

    // The retention review: a dossier of 2015 kept 5 years is proposed, decided, destroyed.
    REQUIRE(run({s("archive"), s("add"), s("--year"), s("2015"), s("--number"), s("07"), s("--title"), s("Công văn năm 2015"),
                 s("--years"), s("5")}).code == 0);
    // What is not a dossier's number, year or retention is refused, saying why.
    const QStringList addBase{s("archive"), s("add"), s("--title"), s("Hồ sơ thử")};
    Run lettersOnly = run(addBase + QStringList{s("--year"), s("2026"), s("--number"), s("abc"), s("--years"), s("5")});
    CHECK(lettersOnly.code != 0);
    CHECK(lettersOnly.err.contains(s("abc")));
    CHECK(run(addBase + QStringList{s("--year"), s("26"), s("--number"), s("31"), s("--years"), s("5")}).code != 0);
    CHECK(run(addBase + QStringList{s("--year"), s("hai"), s("--number"), s("31"), s("--years"), s("5")}).code != 0);
    CHECK(run(addBase + QStringList{s("--year"), QString::number(QDate::currentDate().year() + 2), s("--number"), s("31"), s("--years"), s("5")}).code != 0);
    CHECK(run(addBase + QStringList{s("--year"), s("2026"), s("--number"), s("31"), s("--years"), s("5"), s("--permanent")}).code != 0);
    const QString code = run({s("archive"), s("retention"), s("--json")}).json().value(s("rules")).toArray().at(0).toObject().value(s("code")).toString();
    REQUIRE_FALSE(code.isEmpty());
    Run twoRetentions = run(addBase + QStringList{s("--year"), s("2026"), s("--number"), s("31"), s("--retention"), code, s("--years"), s("5")});
    CHECK(twoRetentions.code == 1);
    CHECK(twoRetentions.err.contains(s("--retention")));
    CHECK(run({s("archive"), s("show"), s("31/2026")}).code != 0); // none of them was added
    // An option the action does not take (a typo, another action's) is refused before anything is done.
    Run bogus = run({s("archive"), s("list"), s("--bogus"), s("1")});
    CHECK(bogus.code == 1);
    CHECK(bogus.err.contains(s("--bogus")));
    Run closeYears = run({s("archive"), s("close"), s("07/2015"), s("--years"), s("5")});
    CHECK(closeYears.code == 1);
    CHECK(closeYears.err.contains(s("--years")));
    CHECK(run({s("archive"), s("show"), s("07/2015"), s("--json")}).json().value(s("status")).toString() == s("open"));
    CHECK(run({s("report"), s("lending"), s("--pdf"), lending, s("--record"), s("01")}).code == 1);
    // A paper of 2015 with its scan: the dossier closes at the end of its year.
    REQUIRE(run({s("incoming"), s("add"), s("--from"), s("Văn phòng Tỉnh ủy"), s("--symbol"), s("12-CV/VPTU"), s("--date"), s("2015-06-10"),
                 s("--excerpt"), s("Công văn về công tác văn thư"), s("--received"), s("2015-06-12")}).code == 0);
    const QString oldScan = office.dir.filePath(s("cv2015.pdf"));
    {
        QFile f(oldScan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n% 2015\n%%EOF\n");
    }
    REQUIRE(run({s("incoming"), s("attach"), s("1/2015"), oldScan}).code == 0);
    // Its latest document is dated 2015: closing it before that day is refused.
    REQUIRE(run({s("archive"), s("file"), s("07/2015"), s("--incoming"), s("1/2015")}).code == 0);
    Run early = run({s("archive"), s("close"), s("07/2015"), s("--sheets"), s("9"), s("--on"), s("2015-06-01")});
    CHECK(early.code == 1);
    CHECK(early.err.contains(s("10/06/2015")));
    REQUIRE(run({s("archive"), s("close"), s("07/2015"), s("--sheets"), s("9"), s("--on"), s("2015-12-31")}).code == 0);
    Run review = run({s("archive"), s("review"), s("--json")});
    REQUIRE(review.json().value(s("dossiers")).toArray().size() == 1);
    CHECK(review.json().value(s("dossiers")).toArray().at(0).toObject().value(s("expired_on")).toString() == s("2021-01-01"));
    CHECK(run({s("archive"), s("review"), s("01/2026"), s("--decision"), s("05/QĐ-HĐ"), s("--date"), QDate::currentDate().toString(Qt::ISODate)}).code == 1);
    Run decided = run({s("archive"), s("review"), s("07/2015"), s("--decision"), s("05/QĐ-HĐ"), s("--date"),
                       QDate::currentDate().toString(Qt::ISODate), s("--json")});
    REQUIRE(decided.code == 0);
    const QString destruction = QString::number(decided.json().value(s("destruction")).toInt());
    CHECK(run({s("archive"), s("destroy"), destruction, s("--record"), s("01/BB-H"), s("--confirm"), s("01/BB")}).code == 1);
    // The hand-over's record number is not a second record's, whatever its case or spaces.
    Run reused = run({s("archive"), s("destroy"), destruction, s("--record"), s("01/bb"), s("--confirm"), s("01/bb")});
    CHECK(reused.code == 1);
    CHECK(run({s("archive"), s("show"), s("07/2015"), s("--json")}).json().value(s("status")).toString() == s("closed"));
    REQUIRE(run({s("archive"), s("destroy"), destruction, s("--record"), s("01/BB-H"), s("--confirm"), s("01/BB-H")}).code == 0);
    CHECK(run({s("archive"), s("show"), s("07/2015"), s("--json")}).json().value(s("status")).toString() == s("destroyed"));
    // The register line stays, saying where it was kept and under which record it was destroyed.
    const QString filedIn = run({s("incoming"), s("show"), s("1/2015"), s("--json")}).json().value(s("filed_in")).toString();
    CHECK(filedIn.contains(s("07/2015")));
    CHECK(filedIn.contains(s("01/BB-H")));
    CHECK(run({s("verify")}).code == 0);

    // The destruction's papers: its list under the decision, then the record of the act.
    const QString destroyed = office.dir.filePath(s("destroyed.pdf"));
    REQUIRE(run({s("report"), s("destruction"), s("--id"), destruction, s("--pdf"), destroyed}).code == 0);
    const QString destroyedText = pdfText(destroyed);
    INFO(destroyedText.toStdString());
    CHECK(destroyedText.contains(s("DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ")));
    CHECK(destroyedText.contains(s("Căn cứ Quyết định số 05/QĐ-HĐ")));
    CHECK(destroyedText.indexOf(s("BIÊN BẢN")) < destroyedText.indexOf(s("DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ"))); // the record, then what it attaches
    CHECK(destroyedText.contains(s("Kèm theo Biên bản hủy tài liệu số 01/BB-H")));
    CHECK(destroyedText.contains(s("Công văn năm 2015")));
    CHECK(destroyedText.contains(s("Về việc hủy tài liệu hết giá trị")));
    CHECK(destroyedText.contains(s("Số 01/BB-H")));
    CHECK(destroyedText.contains(s("gồm 1 hồ sơ, 9 tờ")));
    CHECK(destroyedText.contains(s("1 tệp điện tử (bản quét, bản in)"))); // the scan it held, and only that
    CHECK(destroyedText.contains(s("NGƯỜI THỰC HIỆN")));
    // With nothing expired left, there is no list to propose.
    CHECK(run({s("report"), s("destruction"), s("--pdf"), destroyed}).code == 1);
    // The index of every dossier, year by year, where each one stands.
    const QString index = office.dir.filePath(s("index.pdf"));
    Run indexed = run({s("report"), s("archive-index"), s("--pdf"), index, s("--json")});
    REQUIRE(indexed.code == 0);
    CHECK(indexed.json().value(s("rows")).toInt() == 6);
    const QString indexText = pdfText(index);
    CHECK(indexText.contains(s("MỤC LỤC HỒ SƠ")));
    CHECK(indexText.contains(s("Từ năm 2015 đến năm 2026")));
    CHECK(indexText.contains(s("Năm 2015")));
    CHECK(indexText.contains(s("Đã hủy")));
    CHECK(indexText.contains(s("Nộp lưu")));
    CHECK(run({s("report"), s("archive-index"), s("--from"), s("2016"), s("--to"), s("2024"), s("--pdf"), index}).code == 1); // none
}
