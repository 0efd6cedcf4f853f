// Opening, reading back, refusing what is not ours, migrations, no plaintext at rest.
#include "TestSupport.h"

#include "storage/FileFormat.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

TEST_CASE("a file round-trips its records and refuses wrong credentials without changing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    {
        auto db = createDatabase(path);
        execOrFail(*db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?)"));
        q.addBindValue(QStringLiteral("Đảng ủy xã Tân Phú"));
        REQUIRE(q.exec());
    }
    const QByteArray before = fileSha256(path);

    auto wrong = storage::Database::open(path, QStringLiteral("chanh"), "sai-mat-khau", cheapOptions());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().kind == Kind::WrongCredentials);
    auto nobody = storage::Database::open(path, QStringLiteral("ai-do"), "mat-khau-1", cheapOptions());
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().kind == Kind::WrongCredentials);
    CHECK(fileSha256(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    auto db = openDatabase(path, QStringLiteral("  CHANH "));
    QSqlQuery q(db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT body FROM notes")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Đảng ủy xã Tân Phú"));
}

TEST_CASE("files that are not VanPhong files are refused and left as they were")
{
    QTemporaryDir dir;
    struct Case { const char *name; QByteArray content; };
    QByteArray random(100000, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919) ^ (i >> 3));
    const Case cases[] = {{"empty", {}}, {"random", random}, {"short", QByteArray("VANPHONG")}};
    for (const Case &c : cases) {
        const QString path = dir.filePath(QString::fromLatin1(c.name));
        writeAll(path, c.content);
        auto db = storage::Database::open(path, QStringLiteral("chanh"), "x", cheapOptions());
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::NotVanPhongFile);
        CHECK(readAll(path) == c.content);
    }

    SECTION("a plain SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
        REQUIRE(QProcess::execute(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")}) == 0);
        const QByteArray before = readAll(path);
        auto db = storage::Database::open(path, QStringLiteral("chanh"), "x", cheapOptions());
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::NotVanPhongFile);
        CHECK(readAll(path) == before);
    }
    SECTION("a missing file")
    {
        auto db = storage::Database::open(dir.filePath(QStringLiteral("none")), QStringLiteral("chanh"), "x", cheapOptions());
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::Io);
    }
}

TEST_CASE("a file from a newer format version is refused with a clear message")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    createDatabase(path).reset();
    QByteArray data = readAll(path);
    for (int copy = 0; copy < 2; ++copy) {
        char *p = data.data() + copy * storage::format::HeaderCopySize;
        p[16] = char(storage::format::Version + 1);
        const auto sum = crypto::Kdf::sha256({reinterpret_cast<std::uint8_t *>(p), storage::format::ChecksumOffset});
        std::memcpy(p + storage::format::ChecksumOffset, sum.data(), sum.size());
    }
    writeAll(path, data);
    auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::NewerVersion);
    CHECK(db.error().message.contains(QStringLiteral("newer")));
    CHECK(readAll(path) == data);
}

TEST_CASE("schema migrations upgrade an older file and refuse a newer one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    std::vector<storage::Migration> v1 = storage::schemaMigrations();
    const int base = v1.back().version;
    {
        auto db = createDatabase(path);
        execOrFail(*db, QStringLiteral("CREATE TABLE letters (id INTEGER PRIMARY KEY, subject TEXT)"));
        execOrFail(*db, QStringLiteral("INSERT INTO letters (subject) VALUES ('Báo cáo tháng 11')"));
    }
    std::vector<storage::Migration> v2 = v1;
    v2.push_back({base + 1, QStringLiteral("letters get a priority"), [](QSqlDatabase &db, QString *error) {
                      return storage::execAll(db, {QStringLiteral("ALTER TABLE letters ADD COLUMN priority INTEGER NOT NULL DEFAULT 3")}, error);
                  }});
    auto options = cheapOptions();
    options.migrations = &v2;
    {
        auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", options);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == base + 1);
        QSqlQuery q((*db)->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT subject, priority FROM letters")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("Báo cáo tháng 11"));
        CHECK(q.value(1).toInt() == 3);
    }
    // The upgrade left an encrypted backup of the older file beside it.
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("office.vpdb.schema*.bak")});
    REQUIRE(backups.size() == 1);
    auto old = storage::Database::open(dir.filePath(backups.first()), QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
    REQUIRE(old);
    CHECK((*old)->schemaVersion() == base);
    old.value().reset();

    // Version N of the application opening the N+1 file refuses it.
    const QByteArray before = readAll(path);
    auto refused = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Kind::NewerVersion);
    CHECK(readAll(path) == before);
}

namespace {
const QByteArray Marker = QByteArrayLiteral("BI-MAT-QUOC-GIA-7Q3Z");

// True if any file in `dir` contains the marker.
QStringList filesContaining(const QString &dir)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString f = it.next();
        if (readAll(f).contains(Marker))
            hits << f;
    }
    return hits;
}

void writeMarkers(storage::Database &db, int rows)
{
    execOrFail(db, QStringLiteral("CREATE TABLE IF NOT EXISTS secrets (id INTEGER PRIMARY KEY, body TEXT, blob BLOB)"));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    q.prepare(QStringLiteral("INSERT INTO secrets (body, blob) VALUES (?, ?)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QString::fromLatin1(Marker) + QString::number(i));
        q.addBindValue(i == 0 ? Marker.repeated(1024 * 1024 / Marker.size()) : QByteArray());
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}
} // namespace

TEST_CASE("no office data is on disk in plaintext: database, WAL, journal, backup")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto db = createDatabase(path);
    writeMarkers(*db, 2000);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(filesContaining(dir.path()).isEmpty());

    REQUIRE(db->backupTo(dir.filePath(QStringLiteral("backup.vpdb"))));
    CHECK(filesContaining(dir.path()).isEmpty());

    SECTION("the rollback journal holds only encrypted page images")
    {
        execOrFail(*db, QStringLiteral("PRAGMA journal_mode=DELETE"));
        execOrFail(*db, QStringLiteral("PRAGMA cache_size=5"));
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        // Overwrite every marker row: the journal gets the old page images and,
        // with a tiny cache, the database file gets new pages before commit.
        REQUIRE(q.exec(QStringLiteral("UPDATE secrets SET body = body || 'x', blob = NULL")));
        REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 100000);
        CHECK(filesContaining(dir.path()).isEmpty());
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    }
    SECTION("the system sqlite3 shell cannot read the file")
    {
        db.reset();
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM secrets;")});
        REQUIRE(shell.waitForFinished());
        CHECK(shell.exitCode() != 0);
        CHECK_FALSE(shell.readAllStandardOutput().contains("2000"));
    }
}

TEST_CASE("pragmas that would weaken the file are refused")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir.filePath(QStringLiteral("office.vpdb")));
    QSqlQuery q(db->sql());
    for (const char *sql : {"PRAGMA page_size=8192", "PRAGMA synchronous=OFF", "PRAGMA journal_mode=OFF",
                            "PRAGMA journal_mode=MEMORY", "PRAGMA temp_store=FILE"}) {
        INFO(sql);
        CHECK_FALSE(q.exec(QString::fromLatin1(sql)));
    }
    SECTION("attaching or vacuuming into a file without a key fails")
    {
        CHECK_FALSE(q.exec(QStringLiteral("ATTACH '%1' AS other").arg(dir.filePath(QStringLiteral("plain.db")))));
        CHECK_FALSE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(dir.filePath(QStringLiteral("copy.db")))));
        CHECK_FALSE(QFileInfo(dir.filePath(QStringLiteral("copy.db"))).size() > 0);
    }
}
