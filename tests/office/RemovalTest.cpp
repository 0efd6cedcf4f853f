// A removed or disabled user stays out: not through a restore, not through a
// key slot planted with a tool, not through an old copy of the header.
#include "InsiderTool.h"
#include "TestSupport.h"

#include "documents/IncomingRegister.h"
#include "meetings/MeetingStore.h"
#include "meetings/package/MeetingPackage.h"
#include "office/BackupRestore.h"
#include "office/TermStore.h"
#include "storage/FileFormat.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

namespace {
struct Office
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.vpdb"));
    std::unique_ptr<office::OfficeSession> chief;

    Office()
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
    }
    std::unique_ptr<office::OfficeSession> open(const QString &login, const QByteArray &password)
    {
        auto opened = office::OfficeSession::open(path, login, password, cheapOptions());
        return opened ? std::move(opened.value()) : nullptr;
    }
    // A Tuyệt mật line whose excerpt only the cleared may read.
    void addSecret(const QString &excerpt)
    {
        auto added = documents::IncomingRegister(chief->database(), chief->user(), chief->actor())
                         .add(sampleIncoming(documents::Confidentiality::TopSecret, excerpt));
        if (!added)
            FAIL(added.error().message.toStdString());
    }
    QByteArray header() { return readAll(path).left(qsizetype(storage::format::HeaderSize)); }
    void writeHeader(const QByteArray &h)
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.write(h) == h.size());
    }
};
} // namespace

TEST_CASE("an old copy of the header does not let a removed user back in")
{
    Office office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::TopSecret,
                                 "van-thu-2026");
    clerk.reset();
    office.chief.reset();
    const QByteArray before = office.header(); // kept aside by the clerk before he leaves
    office.chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    REQUIRE(office.chief);
    REQUIRE(office.chief->removeUser(QStringLiteral("vanthu")));
    office.addSecret(QStringLiteral("Nhân sự dự kiến HEADER-CANARY"));
    office.chief.reset();

    office.writeHeader(before);
    auto back = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(back);
    // His old slot opens only the old key, which opens none of today's pages.
    CHECK((back.error().kind == Kind::Corrupted || back.error().kind == Kind::WrongCredentials));
}

TEST_CASE("without the rekey, the same old header would let him in: why removal rekeys by default")
{
    Office office;
    addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::TopSecret, "van-thu-2026").reset();
    office.chief.reset();
    const QByteArray before = office.header();
    office.chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    REQUIRE(office.chief->removeUser(QStringLiteral("vanthu"), office::OfficeSession::Rekey::Later));
    office.chief.reset();
    office.writeHeader(before);
    // The file notices that its header is older than its contents...
    auto db = storage::Database::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == storage::StorageError::Kind::Corrupted);
    // ...but the key is the same: his slot opens it with a tool of his own.
    CHECK(InsiderTool::unlock(office.path, QStringLiteral("vanthu"), "van-thu-2026"));
}

TEST_CASE("a key slot planted with a tool is reported by verify and dropped by the next rekey")
{
    Office office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    // The clerk holds the master key while signed in; a tool of his plants a way in.
    REQUIRE(clerk->database().setUserPassword(QStringLiteral("cua-sau"), "cua-sau-2026"));
    clerk.reset();
    const storage::VerifyReport report = office.chief->verify();
    CHECK_FALSE(report.ok);
    CHECK(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("cua-sau")));

    REQUIRE(office.chief->disableUser(QStringLiteral("vanthu")));
    CHECK_FALSE(storage::Database::open(office.path, QStringLiteral("cua-sau"), "cua-sau-2026", cheapOptions()));
    CHECK_FALSE(storage::Database::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions()));
    // The slot is gone; the signed entry that gave it a key stays in the log, naming who did it.
    const storage::VerifyReport after = office.chief->verify();
    INFO(after.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(after.problems.size() == 1);
    CHECK(after.problems.constFirst().contains(QStringLiteral("gives cua-sau a new signing key, but vanthu could not")));
    // The chief goes on working in the rekeyed file.
    office.addSecret(QStringLiteral("Sau khi thay khóa"));
}

TEST_CASE("restore: only an office chief of the current file, only a backup of this office, removals kept")
{
    Office office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    const QString monday = office.dir.filePath(QStringLiteral("monday.vpdb"));
    REQUIRE(office.chief->backupTo(monday));

    // The clerk may back up but not restore.
    auto plan = office::BackupRestore::check(*clerk, monday, "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(plan);
    CHECK(plan.error().kind == Kind::Forbidden);
    clerk.reset();

    // Disabled, he cannot sign in to try (he used to restore with his own password, authenticated by the backup alone).
    office.addSecret(QStringLiteral("Thêm sau thứ Hai"));
    REQUIRE(office.chief->disableUser(QStringLiteral("vanthu")));
    CHECK_FALSE(office.open(QStringLiteral("vanthu"), "van-thu-2026"));

    // Another office's file and a meeting package are not backups of this one.
    QTemporaryDir elsewhere;
    auto other = office::OfficeSession::create(elsewhere.filePath(QStringLiteral("khac.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(other);
    const QString otherPath = other->session->database().path();
    other->session.reset();
    auto foreign = office::BackupRestore::check(*office.chief, otherPath, "chanh-2026", cheapOptions());
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().message.contains(QStringLiteral("another office")));
    REQUIRE(office::TermStore(office.chief->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), office.chief->actor()));

    // A damaged backup is refused and nothing changes.
    const QString damaged = office.dir.filePath(QStringLiteral("damaged.vpdb"));
    REQUIRE(QFile::copy(monday, damaged));
    flipByte(damaged, qint64(storage::format::HeaderSize) + 3 * storage::format::PageSize + 10);
    CHECK_FALSE(office::BackupRestore::check(*office.chief, damaged, "chanh-2026", cheapOptions()));

    // The chief restores Monday: the clerk, disabled since, stays disabled.
    auto monday2 = office::BackupRestore::check(*office.chief, monday, "chanh-2026", cheapOptions());
    REQUIRE(monday2);
    CHECK(monday2->broughtBack == QStringList{QStringLiteral("vanthu")});
    REQUIRE(office::BackupRestore::restore(std::move(office.chief), *monday2, "chanh-2026", office::BackupRestore::Users::KeepRemovals,
                                           cheapOptions()));
    CHECK_FALSE(office.open(QStringLiteral("vanthu"), "van-thu-2026"));
    CHECK_FALSE(storage::Database::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions()));
    office.chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    REQUIRE(office.chief);
    CHECK(office.chief->verify().ok);
    const auto users = office.chief->users();
    REQUIRE(users);
    for (const office::UserAccount &u : *users)
        if (u.login == QStringLiteral("vanthu"))
            CHECK(u.disabled);
    // The file before the restore is kept beside it.
    CHECK_FALSE(QDir(office.dir.path()).entryList({QStringLiteral("office.vpdb.replaced-*")}).isEmpty());
    CHECK_FALSE(QFileInfo::exists(office.path + QStringLiteral(".restore-tmp")));
}

TEST_CASE("restore keeps today's passwords and recovery code: a password changed or a code renewed since does not come back")
{
    Office office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    REQUIRE(clerk);
    const QString monday = office.dir.filePath(QStringLiteral("monday.vpdb"));
    REQUIRE(office.chief->backupTo(monday));
    // After Monday: the clerk's password leaked and was changed; the recovery code was renewed.
    REQUIRE(clerk->changeOwnPassword("van-thu-2026", "van-thu-moi-2026"));
    clerk.reset();
    auto renewed = office.chief->rekey([](const QString &) { return storage::Status(storage::Ok{}); });
    REQUIRE(renewed);
    const QString newCode = renewed.value();
    auto plan = office::BackupRestore::check(*office.chief, monday, "chanh-2026", cheapOptions());
    REQUIRE(plan);
    REQUIRE(office::BackupRestore::restore(std::move(office.chief), *plan, "chanh-2026", office::BackupRestore::Users::KeepRemovals,
                                           cheapOptions()));
    CHECK_FALSE(office.open(QStringLiteral("vanthu"), "van-thu-2026"));
    CHECK(office.open(QStringLiteral("vanthu"), "van-thu-moi-2026"));
    CHECK(office::OfficeSession::openWithRecoveryCode(office.path, newCode, cheapOptions()));
    CHECK(office.open(QStringLiteral("chanhvp"), "chanh-2026"));
}

TEST_CASE("restore refuses a meeting package")
{
    Office office;
    REQUIRE(office::TermStore(office.chief->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), office.chief->actor()));
    meetings::Meeting m;
    m.kind = meetings::MeetingKind::Standing;
    m.startsAt = QDateTime(QDate(2026, 12, 2), QTime(8, 0));
    auto added = meetings::MeetingStore(office.chief->database(), office.chief->actor()).add(m);
    REQUIRE(added);
    const QString package = office.dir.filePath(QStringLiteral("hop.vphop"));
    REQUIRE(meetings::MeetingPackage(*office.chief, cheapOptions()).exportMeeting(added->id, package, "goi-hop-2026"));
    auto plan = office::BackupRestore::check(*office.chief, package, "goi-hop-2026", cheapOptions());
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message.contains(QStringLiteral("meeting package")));
}

TEST_CASE("an office chief who leaves takes no working recovery code along: it is renewed with the key, once kept")
{
    Office office;
    QString oldCode;
    {
        // The code as the founder printed it: take it from a fresh file made the same way.
        auto renewed = office.chief->rekey([&](const QString &code) { oldCode = code; return storage::Status(storage::Ok{}); });
        REQUIRE(renewed);
    }
    auto second = addSignedInUser(*office.chief, QStringLiteral("phochanh"), office::Role::Admin, office::Clearance::TopSecret,
                                  "pho-chanh-2026");
    second.reset();
    // Without anyone to keep the new code, nothing changes.
    const QByteArray before = office.header();
    auto refused = office.chief->disableUser(QStringLiteral("phochanh"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("may know the recovery code")));
    CHECK(office.header() == before);
    CHECK(office.open(QStringLiteral("phochanh"), "pho-chanh-2026"));
    // A code not kept (a file that cannot be written, a code mistyped) changes nothing either.
    auto notKept = office.chief->disableUser(QStringLiteral("phochanh"), office::OfficeSession::Rekey::Now, [](const QString &) {
        return storage::Status(storage::StorageError::make(storage::StorageError::Kind::Invalid, QStringLiteral("not confirmed")));
    });
    REQUIRE_FALSE(notKept);
    CHECK(office.header() == before);
    CHECK(office::OfficeSession::openWithRecoveryCode(office.path, oldCode, cheapOptions()));
    CHECK(office.open(QStringLiteral("phochanh"), "pho-chanh-2026"));
    // Removed, with the code kept: the old code opens nothing, the new one does.
    QString newCode;
    REQUIRE(office.chief->removeUser(QStringLiteral("phochanh"), office::OfficeSession::Rekey::Now, [&](const QString &code) {
        newCode = code;
        return storage::Status(storage::Ok{});
    }));
    CHECK_FALSE(newCode.isEmpty());
    CHECK_FALSE(office::OfficeSession::openWithRecoveryCode(office.path, oldCode, cheapOptions()));
    CHECK(office::OfficeSession::openWithRecoveryCode(office.path, newCode, cheapOptions()));
    CHECK(office.chief->verify().ok);
}
