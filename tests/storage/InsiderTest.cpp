// What a user with the documented format, his own password and a few tools can
// do to the office file, and what the file catches (issue 11's review cases).
#include "InsiderTool.h"
#include "TestSupport.h"

#include "office/OfficeSession.h"
#include "storage/FileFormat.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlError>

#include <sqlite3.h>

using namespace vanphong;
using namespace vanphong::test;
namespace format = storage::format;

namespace {
void fillNotes(storage::Database &db, int rows)
{
    execOrFail(db, QStringLiteral("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)"));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    q.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("Công văn số %1 về việc chuẩn bị hội nghị").arg(i).repeated(3));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

qint64 pageOffset(int page) { return qint64(format::HeaderSize) + qint64(page - 1) * format::PageSize; }
} // namespace

TEST_CASE("a format-1 file opens, is rewritten in the current format, and keeps everything")
{
    QTemporaryDir dir;
    const QString made = dir.filePath(QStringLiteral("made.vpdb"));
    {
        auto db = createDatabase(made);
        fillNotes(*db, 300);
    }
    // The same data as an earlier release wrote it: pages not bound to the file id.
    auto tool = InsiderTool::unlock(made, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"));
    REQUIRE(tool);
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    REQUIRE(tool->decryptTo(plain));
    tool->header.version = 1;
    const QString old = dir.filePath(QStringLiteral("old.vpdb"));
    REQUIRE(tool->encryptFrom(plain, old));
    REQUIRE(storage::Database::inspect(old)->formatVersion == 1);

    {
        auto db = openDatabase(old);
        REQUIRE(countRows(*db, QStringLiteral("notes")) == 300);
        const auto report = db->verify();
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok);
        REQUIRE(db->fileId() == QByteArray(reinterpret_cast<const char *>(tool->header.fileId.data()), 16));
    }
    REQUIRE(storage::Database::inspect(old)->formatVersion == format::Version);
    // Pages written under format 1 are gone: the upgrade rewrote every one.
    auto again = InsiderTool::unlock(old, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"));
    REQUIRE(again);
    REQUIRE(again->header.version == format::Version);
    REQUIRE(again->decryptTo(dir.filePath(QStringLiteral("plain2.sqlite"))));
}

TEST_CASE("pages spliced in from a backup made under the same key are named by verify")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.vpdb"));
    const QString office = dir.filePath(QStringLiteral("office.vpdb"));
    const QString backup = dir.filePath(QStringLiteral("backup.vpdb"));
    {
        auto db = createDatabase(source);
        fillNotes(*db, 400);
        // Two copies of one state: the same pages in the same places, same key.
        REQUIRE(db->backupTo(office));
        REQUIRE(db->backupTo(backup));
    }
    // Pages of the notes, which opening the file does not read (the copy's last
    // page may be the schema's: VACUUM INTO writes the triggers' rows last).
    QList<int> spliced;
    {
        auto db = openDatabase(office);
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 13")));
        while (q.next())
            spliced << q.value(0).toInt();
    }
    REQUIRE(spliced.size() == 13);
    QByteArray officeBytes = readAll(office);
    const QByteArray backupBytes = readAll(backup);
    REQUIRE(officeBytes.size() == backupBytes.size());
    for (const int page : spliced)
        officeBytes.replace(pageOffset(page), format::PageSize, backupBytes.mid(pageOffset(page), format::PageSize));
    writeAll(office, officeBytes);

    auto db = openDatabase(office);
    const auto report = db->verify();
    REQUIRE_FALSE(report.ok);
    for (const int page : spliced)
        REQUIRE(report.problems.contains(QStringLiteral("Page %1 of the file is damaged or has been altered.").arg(page)));
}

namespace {
constexpr qint64 WalHeader = 32;
constexpr qint64 WalFrame = 24 + format::PageSize;

// A file whose last 2,000-row import is committed in its WAL, not yet
// checkpointed (as after a power cut right after the import).
void importIntoWal(const QString &path)
{
    auto db = createDatabase(path);
    execOrFail(*db, QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    execOrFail(*db, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
    fillNotes(*db, 2000);
    REQUIRE(sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
}

storage::DatabaseOptions readOnly()
{
    auto options = cheapOptions();
    options.readOnly = true;
    return options;
}
} // namespace

TEST_CASE("a damaged frame in the middle of the WAL is damage, not a torn tail")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const QString wal = path + QStringLiteral("-wal");
    importIntoWal(path);
    const qint64 frames = (QFileInfo(wal).size() - WalHeader) / WalFrame;
    REQUIRE(frames > 100);

    SECTION("one flipped byte in a middle frame: refused, named, nothing changed; read-only rescues the last good state")
    {
        const qint64 frame = frames - 30; // 0-based, inside the import's frames
        flipByte(wal, WalHeader + frame * WalFrame + 24 + 1000);
        const QByteArray fileBefore = fileSha256(path), walBefore = fileSha256(wal);

        auto opened = storage::Database::open(path, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"), cheapOptions());
        REQUIRE_FALSE(opened);
        REQUIRE(opened.error().kind == storage::StorageError::Kind::Corrupted);
        REQUIRE(opened.error().message.contains(QStringLiteral("frame %1,").arg(frame + 1)));
        REQUIRE(fileSha256(path) == fileBefore);
        REQUIRE(fileSha256(wal) == walBefore);

        const QString rescue = dir.filePath(QStringLiteral("rescue.vpdb"));
        {
            auto ro = storage::Database::open(path, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"), readOnly());
            REQUIRE(ro);
            // The import was one transaction past the damaged frame: the last good state has the table, empty.
            REQUIRE(countRows(**ro, QStringLiteral("notes")) == 0);
            const auto report = (*ro)->verify();
            REQUIRE_FALSE(report.ok);
            REQUIRE((*ro)->backupTo(rescue));
        }
        REQUIRE(fileSha256(path) == fileBefore);
        REQUIRE(fileSha256(wal) == walBefore);
        auto saved = openDatabase(rescue);
        REQUIRE(saved->verify().ok);
    }

    SECTION("a torn last frame is the end of the log: the file opens without the unfinished write")
    {
        QFile f(wal);
        REQUIRE(f.resize(WalHeader + (frames - 1) * WalFrame + 24 + 500));
        flipByte(wal, WalHeader + (frames - 1) * WalFrame + 24 + 100);
        auto db = openDatabase(path);
        REQUIRE(countRows(*db, QStringLiteral("notes")) == 0); // the import's commit frame was the torn one
        REQUIRE(db->verify().ok);
    }

    SECTION("untouched, the import is all there")
    {
        auto db = openDatabase(path);
        REQUIRE(countRows(*db, QStringLiteral("notes")) == 2000);
        const auto report = db->verify();
        REQUIRE(report.ok);
    }
}

TEST_CASE("a flipped byte in the WAL's header, while it holds commits, is damage")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    importIntoWal(path);
    flipByte(path + QStringLiteral("-wal"), 17); // a salt
    auto opened = storage::Database::open(path, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"), cheapOptions());
    REQUIRE_FALSE(opened);
    REQUIRE(opened.error().kind == storage::StorageError::Kind::Corrupted);
    REQUIRE(opened.error().message.contains(QStringLiteral("header of the file's write-ahead log")));
}

namespace {
// The first page of a table's b-tree, as SQLite numbers it.
int rootPage(storage::Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"));
    q.addBindValue(table);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("a damaged users or schema page is reported as damage with its page, not as a refusal")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    int page = 0;
    const QString table = GENERATE(QStringLiteral("users"), QStringLiteral("schema_migrations"));
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        page = rootPage(created->session->database(), table);
    }
    flipByte(path, pageOffset(page) + 200);
    auto opened = office::OfficeSession::open(path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE_FALSE(opened);
    INFO(opened.error().message.toStdString());
    REQUIRE(opened.error().kind == storage::StorageError::Kind::Corrupted);
    REQUIRE(opened.error().page == page);
}

#include "documents/IncomingRegister.h"
#include "office/WorkstationMemory.h"

#include <QSettings>

TEST_CASE("a computer that saw a newer state of the file warns, once, when an older copy is put back")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const QString older = dir.filePath(QStringLiteral("older.vpdb"));
    auto addLine = [](office::OfficeSession &s, const QString &excerpt) {
        documents::IncomingRegister incoming(s.database(), s.user(), s.actor());
        REQUIRE(incoming.add(sampleIncoming(documents::Confidentiality::Normal, excerpt)));
    };
    auto open = [&] {
        auto opened = office::OfficeSession::open(path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
        if (!opened)
            FAIL(opened.error().message.toStdString());
        return std::move(opened.value());
    };
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        addLine(*created->session, QStringLiteral("Về việc họp tháng 11"));
    }
    REQUIRE(QFile::copy(path, older)); // closed: the WAL is checkpointed
    {
        auto chief = open();
        REQUIRE(chief->takeSignInWarnings().isEmpty());
        addLine(*chief, QStringLiteral("Về việc họp tháng 12"));
    }

    SECTION("the older copy put back: warned once, and the warning is in the file's log")
    {
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::copy(older, path));
        {
            auto chief = open();
            const QString warning = chief->takeSignInWarnings().join(QLatin1Char('\n'));
            INFO(warning.toStdString());
            REQUIRE(warning.contains(QStringLiteral("older than the one this computer opened")));
        }
        auto chief = open();
        REQUIRE(chief->takeSignInWarnings().isEmpty());
        QSqlQuery q(chief->database().sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rollback-warning'")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 1);
    }

    SECTION("the memory edited by hand, without the file's key, is not trusted")
    {
        {
            QSettings settings(office::WorkstationMemory::settingsPath(), QSettings::IniFormat);
            for (const QString &group : settings.childGroups())
                settings.setValue(group + QStringLiteral("/count"), 99999);
        }
        auto chief = open();
        REQUIRE(chief->takeSignInWarnings().isEmpty());
    }
}

TEST_CASE("a clerk who decrypts the file with his own password and makes himself chief is named by verify")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &chief = *created->session;
        REQUIRE(addSignedInUser(chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026"));
        documents::IncomingRegister incoming(chief.database(), chief.user(), chief.actor());
        auto added = incoming.add(sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Về việc họp")));
        REQUIRE(added);
        REQUIRE(incoming.setStatus(added->id, documents::IncomingDocument::Status::Done));
        REQUIRE(chief.verify().ok);
    }
    auto tool = InsiderTool::unlock(path, QStringLiteral("vanthu"), "van-thu-2026");
    REQUIRE(tool);
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    REQUIRE(tool->decryptTo(plain));
    editPlain(plain, {QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'vanthu'"),
                      QStringLiteral("UPDATE incoming_documents SET status = 'new', confidentiality = 0, excerpt = 'Về việc khác'")});
    REQUIRE(tool->encryptFrom(plain, path));

    auto chief = office::OfficeSession::open(path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(chief);
    const auto report = (*chief)->verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(report.ok);
    REQUIRE(report.problems.filter(QStringLiteral("Row \"vanthu\" of users has role = \"admin\"")).size() == 1);
    REQUIRE(report.problems.filter(QStringLiteral("of incoming_documents has status = \"new\"")).size() == 1);
    REQUIRE(report.problems.filter(QStringLiteral("of incoming_documents has excerpt = \"Về việc khác\"")).size() == 1);
}

TEST_CASE("an old header copied back after a password reset is refused, not a way back in")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    QByteArray oldHeader;
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &chief = *created->session;
        REQUIRE(addSignedInUser(chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026"));
        oldHeader = readAll(path).left(format::HeaderSize);
        // The clerk's password leaked: the chief sets a new one (no rekey).
        REQUIRE(chief.resetPassword(QStringLiteral("vanthu"), "tam-thoi-2026"));
    }
    REQUIRE_FALSE(office::OfficeSession::open(path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions()));
    QByteArray bytes = readAll(path);
    bytes.replace(0, format::HeaderSize, oldHeader);
    writeAll(path, bytes);

    auto clerk = office::OfficeSession::open(path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(clerk);
    REQUIRE(clerk.error().kind == storage::StorageError::Kind::Corrupted);
    REQUIRE(clerk.error().message.contains(QStringLiteral("an old copy of the header was put back")));
    // The chief can still save what the file holds, read-only.
    auto options = cheapOptions();
    options.readOnly = true;
    REQUIRE(office::OfficeSession::open(path, QStringLiteral("chanhvp"), "chanh-2026", options));
}
