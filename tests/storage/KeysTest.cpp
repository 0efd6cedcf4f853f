// Passwords, users, recovery, rekey, backup and restore.
#include "ChildProcess.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/FileFormat.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

namespace {
QByteArray pagesOf(const QString &path) { return readAll(path).mid(storage::format::HeaderSize); }


bool opens(const QString &path, const QString &login, const QByteArray &password)
{
    return bool(storage::Database::open(path, login, password, cheapOptions()));
}
} // namespace

TEST_CASE("a password change rewraps one slot and rewrites no page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto db = createDatabase(path);
    execOrFail(*db, QStringLiteral("CREATE TABLE t (x)"));
    execOrFail(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray pagesBefore = pagesOf(path);

    CHECK(db->changePassword("sai", "moi").error().kind == Kind::WrongCredentials);
    REQUIRE(db->changePassword("mat-khau-1", "Mật khẩu mới 2026"));
    CHECK(pagesOf(path) == pagesBefore);
    db.reset();
    CHECK_FALSE(opens(path, QStringLiteral("chanh"), "mat-khau-1"));
    CHECK(opens(path, QStringLiteral("chanh"), QStringLiteral("Mật khẩu mới 2026").toUtf8()));
}

TEST_CASE("users get and lose their own way into the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto db = createDatabase(path);
    REQUIRE(db->setUserPassword(QStringLiteral("Văn Thư"), "vt-2026"));
    CHECK(db->slotLogins() == QStringList{QStringLiteral("chanh"), QStringLiteral("văn thư")});
    CHECK(opens(path, QStringLiteral("văn thư"), "vt-2026"));

    REQUIRE(db->removeUserSlot(QStringLiteral("VĂN THƯ")));
    CHECK_FALSE(opens(path, QStringLiteral("văn thư"), "vt-2026"));
    CHECK(db->removeUserSlot(QStringLiteral("chanh")).error().kind == Kind::Invalid); // the last one stays
    CHECK(opens(path, QStringLiteral("chanh"), "mat-khau-1"));

    const auto info = storage::Database::inspect(path);
    REQUIRE(info);
    CHECK(info->logins == QStringList{QStringLiteral("chanh")});
    CHECK(info->hasRecoverySlot);
}

TEST_CASE("the recovery code lets the chief set a forgotten password")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    QString code;
    createDatabase(path, &code).reset();
    REQUIRE(code.size() == 29); // five groups of five
    CHECK_FALSE(storage::Database::openWithRecoveryCode(path, QStringLiteral("00000-00000-00000-00000-00000"), cheapOptions()));

    auto recovered = storage::Database::openWithRecoveryCode(path, code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), cheapOptions());
    REQUIRE(recovered);
    CHECK((*recovered)->isRecoverySession());
    REQUIRE((*recovered)->setUserPassword(QStringLiteral("chanh"), "mat-khau-moi"));
    recovered.value().reset();
    CHECK_FALSE(opens(path, QStringLiteral("chanh"), "mat-khau-1"));
    CHECK(opens(path, QStringLiteral("chanh"), "mat-khau-moi"));
}

TEST_CASE("rekey rewrites every page under a new key and keeps every password")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    QString oldCode;
    auto db = createDatabase(path, &oldCode);
    REQUIRE(db->setUserPassword(QStringLiteral("ketoan"), "kt-1"));
    execOrFail(*db, QStringLiteral("CREATE TABLE t (x)"));
    execOrFail(*db, QStringLiteral("INSERT INTO t VALUES ('Quyết định 12-QĐ/ĐU')"));
    REQUIRE(storage::AuditLog(*db).append({QStringLiteral("chanh"), QStringLiteral("t"),
                                                                 QStringLiteral("1"), QStringLiteral("insert"), {}, {}}));
    execOrFail(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray pagesBefore = pagesOf(path);

    auto newCode = db->rekey({QStringLiteral("chanh"), QStringLiteral("ketoan")});
    REQUIRE(newCode);
    CHECK(newCode.value() != oldCode);
    CHECK(countRows(*db, QStringLiteral("t")) == 1);
    execOrFail(*db, QStringLiteral("INSERT INTO t VALUES ('after rekey')"));
    db.reset();

    const QByteArray pagesAfter = pagesOf(path);
    const qint64 pages = std::min(pagesBefore.size(), pagesAfter.size()) / storage::format::PageSize;
    REQUIRE(pages > 0);
    for (qint64 i = 0; i < pages; ++i) // no page image survives: all were encrypted anew
        CHECK(pagesBefore.mid(i * storage::format::PageSize, storage::format::PageSize)
              != pagesAfter.mid(i * storage::format::PageSize, storage::format::PageSize));
    CHECK(opens(path, QStringLiteral("chanh"), "mat-khau-1"));
    CHECK(opens(path, QStringLiteral("ketoan"), "kt-1"));
    CHECK_FALSE(storage::Database::openWithRecoveryCode(path, oldCode, cheapOptions()));
    auto withNew = storage::Database::openWithRecoveryCode(path, newCode.value(), cheapOptions());
    REQUIRE(withNew);
    CHECK(countRows(**withNew, QStringLiteral("t")) == 2);
    const storage::VerifyReport report = (*withNew)->verify();
    CHECK(report.ok);
    // The audit chain survives the new key: the three keys registered before
    // (chanh's, the recovery code's, ketoan's), the entry, and the new code's key.
    CHECK(report.auditEntries == 5);
    const auto keys = storage::AuditLog::registeredKeys((*withNew)->sql());
    CHECK(keys.value(storage::AuditLog::RecoveryActor).size() == 2);
    CHECK(keys.value(QStringLiteral("ketoan")).size() == 1);
}

TEST_CASE("a backup taken while another process writes opens and verifies; restore replaces and keeps the old file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto db = createDatabase(path);
    ChildProcess writer(QStringLiteral("write-loop"), path);
    REQUIRE_FALSE(writer.waitForLine().isEmpty());

    QStringList backups;
    for (int i = 0; i < 3; ++i) {
        const QString backup = dir.filePath(QStringLiteral("backup-%1.vpdb").arg(i));
        REQUIRE(writer.waitForLine().toInt() > 0); // the writer is still committing
        const storage::Status s = db->backupTo(backup);
        const std::string why = s ? std::string() : s.error().message.toStdString();
        INFO(why);
        REQUIRE(s);
        backups << backup;
    }
    writer.killHard();
    CHECK(db->backupTo(backups.first()).error().kind == Kind::Invalid); // never overwrites
    db.reset();

    int rowsInBackup = 0;
    for (const QString &b : backups) {
        auto copy = openDatabase(b);
        CHECK(copy->verify().ok);
        rowsInBackup = countRows(*copy, QStringLiteral("crash_rows"));
        CHECK(rowsInBackup > 0);
    }

    // The live file moves on, then the last backup is restored over it.
    {
        auto live = openDatabase(path);
        execOrFail(*live, QStringLiteral("DELETE FROM crash_rows"));
    }
    // The swap that office::BackupRestore ends with, after its checks.
    const QString prepared = path + QStringLiteral(".restore-tmp");
    REQUIRE(QFile::copy(backups.last(), prepared));
    REQUIRE(storage::Database::replaceFile(prepared, path));
    auto restored = openDatabase(path);
    CHECK(countRows(*restored, QStringLiteral("crash_rows")) == rowsInBackup);
    CHECK(restored->verify().ok);
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("office.vpdb.replaced-*")});
    REQUIRE_FALSE(kept.isEmpty());
    auto old = openDatabase(dir.filePath(kept.filter(QRegularExpression(QStringLiteral("-\\d+$"))).first()));
    CHECK(countRows(*old, QStringLiteral("crash_rows")) == 0);
}
