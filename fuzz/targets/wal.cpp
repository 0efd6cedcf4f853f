// The WAL as the VFS reads it (core/storage/EncryptedVfs): SQLite's recovery
// of a -wal file left beside an office file, through the decrypting VFS.
//
// Each input goes first through storage::WalCheck (which decides whether a
// frame that fails is a torn tail or damage), then, as the office file's
// -wal, through SQLite's own recovery in the VFS. The seeds are WALs written under that key: their
// frames authenticate at their own offsets, and libFuzzer splices them.
#include "FuzzSupport.h"

#include "storage/EncryptedVfs.h"
#include "storage/FileFormat.h"
#include "storage/FileHeader.h"
#include "storage/KeyContext.h"
#include "storage/WalCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <array>
#include <cstdlib>
#include <memory>

using namespace vanphong;
using namespace vanphong::storage;

namespace {
struct Fixture
{
    QString folder;
    QString token;
    QByteArray mainFile; // the office file as checkpointed, before the WAL
    QByteArray wal;      // the WAL of three transactions after it
};

QString uriOf(const Fixture &f, const QString &name)
{
    return QStringLiteral("file:%1/%2?vfs=%3&kid=%4").arg(f.folder, name, QLatin1String(EncryptedVfs::Name), f.token);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fuzz::fail("cannot write the fixture");
}

sqlite3 *open(const Fixture &f, const QString &name, int flags)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(uriOf(f, name).toUtf8().constData(), &db, flags | SQLITE_OPEN_URI, EncryptedVfs::Name) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    // The WAL stays as written: closing must not checkpoint it into the file.
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    return db;
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fuzz::fail(sqlite3_errmsg(db));
}

const Fixture &fixture()
{
    static const Fixture f = [] {
        if (!EncryptedVfs::ensureRegistered())
            fuzz::fail("VFS");
        Fixture f;
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        f.folder = QStringLiteral("%1/vanphong-fuzz-wal-%2").arg(base).arg(QCoreApplication::applicationPid());
        QDir(f.folder).removeRecursively();
        QDir().mkpath(f.folder);
        std::atexit([] { QDir(fixture().folder).removeRecursively(); });
        auto context = std::make_shared<KeyContext>();
        context->pageKey = fuzz::fixedKey("page");
        context->headerMacKey = fuzz::fixedKey("header");
        FileHeader header;
        header.version = format::Version;
        header.sequence = 1;
        header.fileId.fill(0x22);
        const QByteArray copy = header.serializeCopy(context->headerMacKey);
        context->setNewFileHeader(copy + copy);
        f.token = KeyRegistry::add(context);

        sqlite3 *db = open(f, QStringLiteral("made.vpdb"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!db)
            fuzz::fail("cannot create the fixture");
        int reserve = int(format::ReserveBytes);
        sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        exec(db, "PRAGMA temp_store=MEMORY; PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                 "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)"
                 " INSERT INTO t(v) SELECT printf('dòng %d %.*c', i, i * 20, 'x') FROM n;"
                 "PRAGMA wal_checkpoint(TRUNCATE);");
        exec(db, "INSERT INTO t(v) VALUES ('một');");
        exec(db, "UPDATE t SET v = v || ' sửa' WHERE id % 3 = 0;");
        exec(db, "DELETE FROM t WHERE id > 30; CREATE INDEX tv ON t(v);");
        f.wal = readAll(f.folder + QStringLiteral("/made.vpdb-wal"));
        f.mainFile = readAll(f.folder + QStringLiteral("/made.vpdb"));
        sqlite3_close(db);
        if (f.wal.isEmpty() || f.mainFile.size() <= qsizetype(format::HeaderSize))
            fuzz::fail("the fixture has no WAL");
        return f;
    }();
    return f;
}

void makeSeeds(const QString &folder)
{
    const Fixture &f = fixture();
    constexpr qsizetype frame = 24 + format::PageSize;
    fuzz::writeSeed(folder, QStringLiteral("three-transactions"), f.wal);
    fuzz::writeSeed(folder, QStringLiteral("torn-tail"), f.wal.left(f.wal.size() - frame / 2));
    QByteArray flipped = f.wal;
    flipped[32 + frame + 24 + 100] = char(flipped[32 + frame + 24 + 100] ^ 1); // in the second frame's page
    fuzz::writeSeed(folder, QStringLiteral("flipped-page"), flipped);
    fuzz::writeSeed(folder, QStringLiteral("header-only"), f.wal.left(32));
    fuzz::seedsWritten(folder, 4);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QString folder = fuzz::seedFolder(); !folder.isEmpty())
        makeSeeds(folder);
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fixture &f = fixture();
    static const std::array<std::uint8_t, 16> fileId = [] { std::array<std::uint8_t, 16> id; id.fill(0x22); return id; }();
    (void)WalCheck::checkBytes(fuzz::bytesOf(data, size), fuzz::fixedKey("page"), fileId);
    const QString path = f.folder + QStringLiteral("/run.vpdb");
    writeAll(path, f.mainFile);
    writeAll(path + QStringLiteral("-wal"), fuzz::bytesOf(data, size));
    QFile::remove(path + QStringLiteral("-shm")); // recovery reads the WAL itself, not an old index
    sqlite3 *db = open(f, QStringLiteral("run.vpdb"), SQLITE_OPEN_READWRITE);
    if (!db)
        return 0;
    // Errors are expected (a damaged WAL); a crash, a leak or a hang is not.
    sqlite3_exec(db, "PRAGMA temp_store=MEMORY; SELECT count(*), sum(length(v)) FROM t; PRAGMA integrity_check;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}
