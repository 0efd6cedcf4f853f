// A changed byte anywhere is detected and named; nothing crashes or shows garbage.
#include "ChildProcess.h"
#include "TestSupport.h"

#include "storage/EncryptedVfs.h"
#include "storage/FileFormat.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;
namespace format = storage::format;

namespace {
void fillNotes(const QString &path, int rows)
{
    auto db = createDatabase(path);
    execOrFail(*db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
    QSqlQuery q(db->sql());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    q.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("Công văn số %1 về việc chuẩn bị hội nghị").arg(i).repeated(3));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

qint64 pageOffset(int page) { return qint64(format::HeaderSize) + qint64(page - 1) * format::PageSize; }

void rewriteChecksums(QByteArray &data)
{
    for (int copy = 0; copy < 2; ++copy) {
        auto *p = reinterpret_cast<std::uint8_t *>(data.data()) + copy * format::HeaderCopySize;
        const auto sum = crypto::Kdf::sha256({p, format::ChecksumOffset});
        std::memcpy(p + format::ChecksumOffset, sum.data(), sum.size());
    }
}
} // namespace

TEST_CASE("a flipped byte in a database page is detected and the page named")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    fillNotes(path, 3000);
    // A page of the notes, written last: well inside their pages at the end of the
    // file, wherever the schema's own pages ended (it grows with every module).
    const int page = int((readAll(path).size() - qint64(format::HeaderSize)) / format::PageSize) - 20;
    flipByte(path, pageOffset(page) + 1000);
    const QByteArray before = readAll(path);

    auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
    if (db) {
        QSqlQuery q((*db)->sql());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*), sum(length(body)) FROM notes")));
        const storage::StorageError error = (*db)->errorFor(q.lastError());
        CHECK(error.kind == Kind::Corrupted);
        CHECK(error.page == page);
        CHECK(error.message.contains(QStringLiteral("Page %1").arg(page)));
        const storage::VerifyReport report = (*db)->verify();
        CHECK_FALSE(report.ok);
        CHECK(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Page %1 ").arg(page)));
    } else {
        CHECK(db.error().kind == Kind::Corrupted);
        CHECK(db.error().page == page);
    }
    db = storage::StorageError{};
    CHECK(readAll(path) == before);
}

TEST_CASE("damage to one header copy is survived and reported; to both, refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    fillNotes(path, 10);

    flipByte(path, 200); // inside the first slot of copy 1
    {
        auto db = openDatabase(path);
        const storage::VerifyReport report = db->verify();
        CHECK_FALSE(report.ok);
        CHECK(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Header copy 1 is damaged")));
    }
    flipByte(path, format::HeaderCopySize + 200);
    const QByteArray before = readAll(path);
    auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Kind::Corrupted);
    CHECK(db.error().page == 0);
    CHECK(readAll(path) == before);
}

TEST_CASE("a key slot changed by someone who recomputed the checksum is detected")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    fillNotes(path, 10);
    QByteArray data = readAll(path);

    SECTION("the recovery slot's sealed key: the header MAC no longer matches")
    {
        for (int copy = 0; copy < 2; ++copy)
            data[copy * format::HeaderCopySize + format::SlotsOffset + format::SlotSize + 250] ^= 1;
        rewriteChecksums(data);
        writeAll(path, data);
        auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::Corrupted);
        CHECK(db.error().message.contains(QStringLiteral("header has been altered")));
    }
    SECTION("the user's KDF parameters: the slot no longer opens")
    {
        for (int copy = 0; copy < 2; ++copy)
            data[copy * format::HeaderCopySize + format::SlotsOffset + 1] = 9; // logN 10 -> 9
        rewriteChecksums(data);
        writeAll(path, data);
        auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::WrongCredentials);
    }
    CHECK(readAll(path) == data);
}

TEST_CASE("a hot journal is rolled back, and a tampered one is refused without touching the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    fillNotes(path, 3000);
    {
        ChildProcess child(QStringLiteral("hot-journal"), path);
        REQUIRE(child.waitForLine() == QStringLiteral("ready"));
        child.killHard();
    }
    const QString journal = path + QStringLiteral("-journal");
    REQUIRE(QFileInfo(journal).size() > 3 * format::PageSize);

    SECTION("intact: the interrupted change is undone")
    {
        auto db = openDatabase(path);
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM notes WHERE body LIKE 'đã sửa%'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        CHECK(db->verify().ok);
    }
    SECTION("tampered: refused, the journal named, both files unchanged")
    {
        // The first record's page image starts 4 bytes after the journal header (one sector).
        flipByte(journal, 4096 + 4 + 100);
        const QByteArray dbBefore = readAll(path);
        const QByteArray journalBefore = readAll(journal);
        auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Kind::Corrupted);
        CHECK(db.error().message.contains(QStringLiteral("journal")));
        const QByteArray dbAfter = readAll(path);
        qint64 firstDiff = -1;
        for (qint64 i = 0; i < std::min(dbAfter.size(), dbBefore.size()); ++i)
            if (dbAfter[i] != dbBefore[i]) { firstDiff = i; break; }
        INFO("first changed byte " << firstDiff << " sizes " << dbBefore.size() << " " << dbAfter.size());
        CHECK(dbAfter == dbBefore);
        CHECK(readAll(journal) == journalBefore);
    }
}

TEST_CASE("a file locked by another process gives a clear message")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    fillNotes(path, 10);
    ChildProcess child(QStringLiteral("hold-exclusive"), path);
    REQUIRE(child.waitForLine() == QStringLiteral("ready"));
    auto options = cheapOptions();
    auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", options);
    if (db) {
        // Opening may succeed in WAL mode; the first write must then say the file is busy.
        QSqlQuery q((*db)->sql());
        CHECK_FALSE(q.exec(QStringLiteral("CREATE TABLE mine (x)")));
        CHECK((*db)->errorFor(q.lastError()).kind == Kind::Locked);
    } else {
        CHECK(db.error().kind == Kind::Locked);
    }
}

TEST_CASE("a full disk fails the write with a clear message and loses nothing committed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    fillNotes(path, 100);
    auto db = openDatabase(path);
    {
        storage::EncryptedVfs::setWriteFault([](std::int64_t) { return 13; /* SQLITE_FULL */ });
        QSqlQuery q(db->sql());
        const bool inserted = q.exec(QStringLiteral("INSERT INTO notes (body) VALUES (randomblob(100000))"));
        storage::EncryptedVfs::setWriteFault({});
        REQUIRE_FALSE(inserted);
        const storage::StorageError error = db->errorFor(q.lastError());
        CHECK(error.kind == Kind::DiskFull);
        CHECK(error.message.contains(QStringLiteral("disk is full")));
    }
    db.reset();

    db = openDatabase(path);
    QSqlQuery count(db->sql());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM notes")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 100);
    CHECK(db->verify().ok);
}
