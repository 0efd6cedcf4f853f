// A damaged write-ahead log from the command line: exit 3 with the frame
// named, the file left alone, and its last good state saved read-only.
#include "CliRun.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace vanphong;
using namespace vanphong::test;

TEST_CASE("cli: a damaged WAL frame exits 3 naming it; backup --read-only saves the last good state")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const QString wal = path + QStringLiteral("-wal");
    const qint64 frame = officeWithDamagedWal(path);
    const QByteArray before = fileSha256(path) + fileSha256(wal);

    const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("chanhvp")},
                           pw(QStringLiteral("chanh-2026")));
    REQUIRE(verify.code == 3);
    REQUIRE(verify.out.contains(QStringLiteral("damaged at frame %1,").arg(frame)));
    REQUIRE(verify.out.contains(QStringLiteral("--read-only")));
    // verify writes nothing, not even a checkpoint.
    REQUIRE(fileSha256(path) + fileSha256(wal) == before);

    const QString rescue = dir.filePath(QStringLiteral("rescue.vpdb"));
    const Run backup = cli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("chanhvp"),
                            QStringLiteral("--to"), rescue, QStringLiteral("--read-only")},
                           pw(QStringLiteral("chanh-2026")));
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == 0);
    REQUIRE(fileSha256(path) + fileSha256(wal) == before);

    const Run saved = cli({QStringLiteral("verify"), QStringLiteral("--db"), rescue, QStringLiteral("--user"), QStringLiteral("chanhvp")},
                          pw(QStringLiteral("chanh-2026")));
    INFO(saved.out.toStdString() << saved.err.toStdString());
    REQUIRE(saved.code == 0);
    const Run listed = cli({QStringLiteral("incoming"), QStringLiteral("list"), QStringLiteral("--db"), rescue, QStringLiteral("--user"),
                            QStringLiteral("chanhvp"), QStringLiteral("--all"), QStringLiteral("--json")},
                           pw(QStringLiteral("chanh-2026")));
    REQUIRE(listed.code == 0);
}
