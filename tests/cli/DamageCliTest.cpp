// A damaged write-ahead log from the command line: exit 3 with the frame
// named, the file left alone, and its last good state saved read-only.
#include "CliRun.h"
#include "TestSupport.h"

#include "documents/IncomingRegister.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace vanphong;
using namespace vanphong::test;

TEST_CASE("cli: a damaged WAL frame exits 3 naming it; backup --read-only saves the last good state")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const QString wal = path + QStringLiteral("-wal");
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &session = *created->session;
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        documents::IncomingRegister incoming(session.database(), session.user(), session.actor());
        for (int i = 0; i < 40; ++i)
            REQUIRE(incoming.add(sampleIncoming(documents::Confidentiality::Normal,
                                                QStringLiteral("Về việc chuẩn bị hội nghị số %1 ").arg(i).repeated(20))));
        REQUIRE(sqlite3_db_config(session.database().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
    }
    const qint64 frameSize = 24 + 4096;
    const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
    REQUIRE(frames > 20);
    flipByte(wal, 32 + (frames / 2) * frameSize + 24 + 77);
    const QByteArray before = fileSha256(path) + fileSha256(wal);

    const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("chanhvp")},
                           pw(QStringLiteral("chanh-2026")));
    REQUIRE(verify.code == 3);
    REQUIRE(verify.out.contains(QStringLiteral("damaged at frame %1,").arg(frames / 2 + 1)));
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
