// Audit entries signed by their writers (issue 11): what a user who holds the
// master key (any user) can no longer do with the log unnoticed.
#include "InsiderTool.h"
#include "TestSupport.h"

#include "documents/IncomingRegister.h"
#include "office/BackupRestore.h"
#include "office/OfficeSession.h"
#include "office/UserDirectory.h"
#include "office/WorkstationMemory.h"
#include "storage/AuditLog.h"
#include "storage/KeySlot.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;

namespace {
struct SignedOffice
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.vpdb"));
    QString plain = dir.filePath(QStringLiteral("plain.sqlite"));

    SignedOffice()
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &chief = *created->session;
        REQUIRE(addSignedInUser(chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026"));
        addLine(chief, QStringLiteral("Về việc họp tháng 11"));
        REQUIRE(chief.verify().ok);
    }
    std::unique_ptr<office::OfficeSession> open(const QString &login, const QByteArray &password)
    {
        auto opened = office::OfficeSession::open(path, login, password, cheapOptions());
        if (!opened)
            FAIL(opened.error().message.toStdString());
        return std::move(opened.value());
    }
    static void addLine(office::OfficeSession &session, const QString &excerpt)
    {
        documents::IncomingRegister incoming(session.database(), session.user(), session.actor());
        REQUIRE(incoming.add(sampleIncoming(documents::Confidentiality::Normal, excerpt)));
    }
    // The clerk's tool: his own password, the file decrypted, `edit` run on
    // it with the log's chain key, and the file encrypted back.
    void asClerkWithTool(const std::function<void(QSqlDatabase &, InsiderTool &)> &edit)
    {
        auto tool = InsiderTool::unlock(path, QStringLiteral("vanthu"), "van-thu-2026");
        REQUIRE(tool);
        REQUIRE(tool->signer.isSet());
        REQUIRE(tool->decryptTo(plain));
        withPlain(plain, [&](QSqlDatabase &db) { edit(db, *tool); });
        REQUIRE(tool->encryptFrom(plain, path));
    }
    QStringList problems()
    {
        auto chief = open(QStringLiteral("chanhvp"), "chanh-2026");
        const storage::VerifyReport report = chief->verify();
        return report.problems;
    }
};

QString userJson(const QString &login, const QString &role)
{
    return QStringLiteral("{\"clearance\":0,\"disabled\":false,\"full_name\":\"%1\",\"login\":\"%1\","
                          "\"must_change_password\":false,\"role\":\"%2\"}").arg(login, role);
}

// The clerk's tool raises his row to chief and logs it, chained and signed
// with his own key, in `writer`'s name: row and log agree, only whose
// signature and whose right tell.
void promoteClerkLoggedAs(SignedOffice &office, const QString &writer)
{
    office.asClerkWithTool([&writer](QSqlDatabase &db, const InsiderTool &tool) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'vanthu'")));
        const crypto::SecureBytes key = tool.auditKey();
        storage::AuditLog log(db, key, &tool.signer);
        REQUIRE(log.append({writer, QStringLiteral("users"), QStringLiteral("vanthu"), QStringLiteral("update"),
                            userJson(QStringLiteral("vanthu"), QStringLiteral("clerk")),
                            userJson(QStringLiteral("vanthu"), QStringLiteral("admin"))}));
    });
}

// The log rewritten by a tool as an older version would have written it: the
// same entries but the key registrations, chained again, none signed.
void rechainWithoutSignatures(QSqlDatabase &db, const InsiderTool &tool)
{
    QSqlQuery q(db);
    struct Old { QString at, user, table, record, action, before, after; };
    QList<Old> entries;
    REQUIRE(q.exec(QStringLiteral("SELECT at, user_login, table_name, record_id, action, old_values, new_values"
                                  " FROM audit_log WHERE table_name <> 'signing_keys' ORDER BY id")));
    while (q.next())
        entries.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    for (const char *sql : {"DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log",
                            "DELETE FROM meta WHERE key IN ('audit.head', 'audit.count')",
                            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"})
        REQUIRE(q.exec(QString::fromLatin1(sql)));
    const crypto::SecureBytes key = tool.auditKey();
    qsizetype next = 0;
    storage::AuditLog log(db, key, nullptr, [&] { return QDateTime::fromString(entries[next].at, Qt::ISODateWithMs); });
    for (; next < entries.size(); ++next) {
        const Old &e = entries[next];
        REQUIRE(log.append({e.user, e.table, e.record, e.action, e.before, e.after}));
    }
}

// Every signature taken off, nothing else touched: the MACs do not cover
// them, so the chain and its head stay as they were.
void blankSignatures(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const char *sql : {"DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET signer = NULL, signature = NULL",
                            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"})
        REQUIRE(q.exec(QString::fromLatin1(sql)));
}

// The clerk's row raised to office chief, and an unsigned entry in the
// chief's name that says so: what an older version's log would show.
void promoteClerkUnsigned(QSqlDatabase &db, const InsiderTool &tool)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'vanthu'")));
    const crypto::SecureBytes key = tool.auditKey();
    storage::AuditLog log(db, key); // no signer
    REQUIRE(log.append({QStringLiteral("chanhvp"), QStringLiteral("users"), QStringLiteral("vanthu"), QStringLiteral("update"),
                        userJson(QStringLiteral("vanthu"), QStringLiteral("clerk")),
                        userJson(QStringLiteral("vanthu"), QStringLiteral("admin"))}));
}

// This computer's memory (office::WorkstationMemory) in a file of its own for
// the scope: what one computer saw, apart from the others.
class Computer
{
public:
    Computer() : m_before(qgetenv("VANPHONG_WORKSTATION_MEMORY")) { use(); }
    ~Computer() { qputenv("VANPHONG_WORKSTATION_MEMORY", m_before); }
    Computer(const Computer &) = delete;
    Computer &operator=(const Computer &) = delete;
    void use() { qputenv("VANPHONG_WORKSTATION_MEMORY", m_dir.filePath(QStringLiteral("seen-files.ini")).toLocal8Bit()); }

private:
    QByteArray m_before;
    QTemporaryDir m_dir;
};

// A key pair made by a tool, that no slot holds.
storage::AuditSigner toolKey()
{
    crypto::Ed25519::KeyPair pair;
    REQUIRE(crypto::Ed25519::generate(pair));
    storage::AuditSigner signer = storage::AuditSigner::fromSeed(std::move(pair.privateKey));
    REQUIRE(signer.isSet());
    return signer;
}
} // namespace

TEST_CASE("an entry written with a tool in the chief's name is named, with the key that signed it")
{
    SignedOffice office;
    promoteClerkLoggedAs(office, QStringLiteral("chanhvp"));
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().contains(QStringLiteral("is in the name of chanhvp, but is signed with vanthu's key")));
}

TEST_CASE("an unsigned entry appended with a tool breaks the signed log")
{
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        const crypto::SecureBytes key = tool.auditKey();
        storage::AuditLog log(db, key); // no signer: the tool makes the chain only
        REQUIRE(log.append({QStringLiteral("chanhvp"), QStringLiteral("file"), QStringLiteral("x"), QStringLiteral("note"), {}, {}}));
    });
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(problems.filter(QStringLiteral("is not signed, though the entries before it are")).isEmpty());
}

TEST_CASE("a clerk who promotes himself and logs it under his own name is named")
{
    SignedOffice office;
    promoteClerkLoggedAs(office, QStringLiteral("vanthu"));
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().contains(QStringLiteral("changes the account of vanthu, but vanthu was not an office chief then")));
    // And the raised row is not believed at sign-in: he does not get in as chief.
    auto clerk = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(clerk);
    CHECK(clerk.error().kind == storage::StorageError::Kind::Corrupted);
    CHECK(clerk.error().message.contains(QStringLiteral("is not what its audit log says")));
}

TEST_CASE("a row raised with a tool, without any log entry, is not believed at sign-in")
{
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE users SET role = 'admin', clearance = 3 WHERE login = 'vanthu'")));
    });
    auto clerk = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(clerk);
    CHECK(clerk.error().kind == storage::StorageError::Kind::Corrupted);
    // The chief, whose row is as the log says, works on and is told by verify.
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    CHECK_FALSE(chief->verify().ok);
}

TEST_CASE("a key registered for the chief with a tool is named, and the chief is warned at sign-in")
{
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        const storage::AuditSigner forged = toolKey();
        const crypto::SecureBytes key = tool.auditKey();
        storage::AuditLog log(db, key, &forged);
        REQUIRE(log.registerKey(QStringLiteral("chanhvp"), QStringLiteral("chanhvp"), forged.publicKey, &forged));
        REQUIRE(log.append({QStringLiteral("chanhvp"), QStringLiteral("file"), QStringLiteral("x"), QStringLiteral("note"), {}, {}}));
    });
    {
        auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
        const QStringList warnings = chief->takeSignInWarnings();
        INFO(warnings.join(QLatin1Char('\n')).toStdString());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.constFirst().contains(QStringLiteral("names another signing key as yours")));
    }
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.filter(QStringLiteral("gives chanhvp a new signing key, but chanhvp could not")).size() == 1);
    // Whoever checks the file also reads the warning the chief was given.
    {
        auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
        // (one for each of his sign-ins so far: the warning holds until his password is reset)
        const QStringList notes = chief->verify().notes;
        REQUIRE(notes.size() == 3);
        CHECK(notes.filter(QStringLiteral("warned at sign-in: The audit log names another signing key as yours")).size() == 3);
    }
    // The forged entry after it, and the chief's own entries after the warning, are named too.
    CHECK(problems.filter(QStringLiteral("is in the name of chanhvp, but is signed with a key the log never gave")).size() >= 1);
}

TEST_CASE("a reset password gives a new key, registered by the chief; the user signs with it")
{
    SignedOffice office;
    {
        auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
        REQUIRE(chief->resetPassword(QStringLiteral("vanthu"), "van-thu-moi-2026"));
    }
    {
        auto clerk = office.open(QStringLiteral("vanthu"), "van-thu-moi-2026");
        CHECK(clerk->takeSignInWarnings().isEmpty());
        CHECK(clerk->verify().notes.isEmpty());
        REQUIRE(clerk->changeOwnPassword("van-thu-moi-2026", "van-thu-rieng-2026"));
        SignedOffice::addLine(*clerk, QStringLiteral("Sau khi đặt lại mật khẩu"));
        const auto keys = storage::AuditLog::registeredKeys(clerk->database().sql());
        CHECK(keys.value(QStringLiteral("vanthu")).size() == 2);
        CHECK(keys.value(QStringLiteral("vanthu")).constLast()
              == QByteArray(reinterpret_cast<const char *>(clerk->database().auditSigner().publicKey.data()), 32));
    }
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("a restore keeps today's signing keys: users whose password was reset since the backup sign in without a warning")
{
    SignedOffice office;
    const QString backup = office.dir.filePath(QStringLiteral("monday.vpdb"));
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    REQUIRE(chief->backupTo(backup));
    REQUIRE(chief->resetPassword(QStringLiteral("vanthu"), "van-thu-moi-2026"));
    auto plan = office::BackupRestore::check(*chief, backup, "chanh-2026", cheapOptions());
    REQUIRE(plan);
    REQUIRE(office::BackupRestore::restore(std::move(chief), *plan, "chanh-2026", office::BackupRestore::Users::KeepRemovals,
                                           cheapOptions()));
    {
        auto clerk = office.open(QStringLiteral("vanthu"), "van-thu-moi-2026");
        CHECK(clerk->takeSignInWarnings().isEmpty());
        SignedOffice::addLine(*clerk, QStringLiteral("Sau khi khôi phục"));
    }
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("a file made before entries were signed: its entries stay chained, each user's key is registered at sign-in")
{
    SignedOffice office;
    // The same office as release 13 of the schema kept it: no keys, no signatures.
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        rechainWithoutSignatures(db, tool);
        QSqlQuery q(db);
        for (const char *sql : {"ALTER TABLE audit_log DROP COLUMN signature", "ALTER TABLE audit_log DROP COLUMN signer",
                                "DROP TABLE clearance_keys", "DROP TABLE meeting_invitations", "DROP TABLE document_templates",
                                "DROP TABLE meeting_paper_numbers", "ALTER TABLE incoming_handovers DROP COLUMN handed_on",
                                "DROP TABLE dossier_loans", "DROP TABLE dossier_item_files", "DROP TABLE dossier_items", "DROP TABLE dossiers", "DROP TABLE destructions", "DROP TABLE dossier_plans", "DROP TABLE retention_rules",
                                "DROP TABLE asset_inventory_lines", "DROP TABLE asset_inventories", "DROP TABLE asset_depreciation", "DROP TABLE asset_depreciation_years", "DROP TABLE asset_events",
                                "DROP TABLE assets", "DROP TABLE asset_settings", "DROP TABLE asset_categories",
                                "DELETE FROM schema_migrations WHERE version >= 14"})
            REQUIRE(q.exec(QString::fromLatin1(sql)));
    });
    // Fewer entries than this computer saw: not the rollback this test is about.
    QFile::remove(office::WorkstationMemory::settingsPath());
    qint64 legacy = 0;
    {
        auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
        CHECK(chief->takeSignInWarnings().isEmpty());
        const storage::VerifyReport report = chief->verify();
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report.ok);
        legacy = report.unsignedAuditEntries;
        CHECK(legacy > 3);
        CHECK(report.auditEntries == legacy + 1); // and the chief's key, registered at sign-in
    }
    {
        auto clerk = office.open(QStringLiteral("vanthu"), "van-thu-2026");
        CHECK(clerk->takeSignInWarnings().isEmpty());
        SignedOffice::addLine(*clerk, QStringLiteral("Sau khi nâng cấp"));
    }
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    const storage::VerifyReport report = chief->verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
    CHECK(report.unsignedAuditEntries == legacy);
    const auto keys = storage::AuditLog::registeredKeys(chief->database().sql());
    CHECK(keys.value(QStringLiteral("chanhvp")).size() == 1);
    CHECK(keys.value(QStringLiteral("vanthu")).size() == 1);
}

TEST_CASE("a key registered with a tool for someone without an account, and entries in that name, are named")
{
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        const storage::AuditSigner ghost = toolKey();
        const crypto::SecureBytes key = tool.auditKey();
        storage::AuditLog log(db, key, &ghost);
        REQUIRE(log.registerKey(QStringLiteral("ghost"), QStringLiteral("ghost"), ghost.publicKey, &ghost));
        REQUIRE(log.append({QStringLiteral("ghost"), QStringLiteral("file"), QStringLiteral("x"), QStringLiteral("note"), {}, {}}));
    });
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.filter(QStringLiteral("gives ghost a new signing key, but ghost could not")).size() == 1);
    CHECK(problems.filter(QStringLiteral("in the name of ghost")).size() == 1);
}

TEST_CASE("an account planted with a tool, row and key slot, does not sign in")
{
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, InsiderTool &tool) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (login, full_name, role, clearance, disabled, must_change_password, created_at)"
                                      " VALUES ('ghost', 'ghost', 'admin', 3, 0, 0, '2026-12-01T00:00:00Z')")));
        const QByteArray password("ghost-2026");
        auto slot = storage::KeySlot::create(storage::KeySlot::Kind::User, QStringLiteral("ghost"),
                                             {reinterpret_cast<const std::uint8_t *>(password.constData()), std::size_t(password.size())},
                                             *cheapOptions().kdf, tool.masterKey);
        REQUIRE(slot);
        tool.header.keySlots.push_back(*slot);
    });
    auto ghost = office::OfficeSession::open(office.path, QStringLiteral("ghost"), "ghost-2026", cheapOptions());
    REQUIRE_FALSE(ghost);
    CHECK(ghost.error().message.contains(QStringLiteral("not in the file's audit log")));
}

TEST_CASE("a restore does not carry a key planted in today's file into the restored one")
{
    SignedOffice office;
    const QString backup = office.dir.filePath(QStringLiteral("monday.vpdb"));
    REQUIRE(office.open(QStringLiteral("chanhvp"), "chanh-2026")->backupTo(backup));
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        const storage::AuditSigner forged = toolKey();
        const crypto::SecureBytes key = tool.auditKey();
        storage::AuditLog log(db, key, &forged);
        REQUIRE(log.registerKey(QStringLiteral("chanhvp"), QStringLiteral("chanhvp"), forged.publicKey, &forged));
    });
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    auto plan = office::BackupRestore::check(*chief, backup, "chanh-2026", cheapOptions());
    REQUIRE(plan);
    REQUIRE(office::BackupRestore::restore(std::move(chief), *plan, "chanh-2026", office::BackupRestore::Users::KeepRemovals,
                                           cheapOptions()));
    auto restored = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    CHECK(restored->takeSignInWarnings().isEmpty());
    SignedOffice::addLine(*restored, QStringLiteral("Sau khi khôi phục"));
    const storage::VerifyReport report = restored->verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
}

TEST_CASE("a user reset and removed since the backup, brought back by the restore, signs with the key he had then")
{
    SignedOffice office;
    const QString backup = office.dir.filePath(QStringLiteral("monday.vpdb"));
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    REQUIRE(chief->backupTo(backup));
    REQUIRE(chief->resetPassword(QStringLiteral("vanthu"), "van-thu-moi-2026"));
    REQUIRE(chief->removeUser(QStringLiteral("vanthu")));
    auto plan = office::BackupRestore::check(*chief, backup, "chanh-2026", cheapOptions());
    REQUIRE(plan);
    REQUIRE(office::BackupRestore::restore(std::move(chief), *plan, "chanh-2026", office::BackupRestore::Users::AsInBackup,
                                           cheapOptions()));
    {
        auto clerk = office.open(QStringLiteral("vanthu"), "van-thu-2026");
        CHECK(clerk->takeSignInWarnings().isEmpty());
        SignedOffice::addLine(*clerk, QStringLiteral("Trở lại"));
    }
    const QStringList problems = office.problems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

// Issue 11 goes on: a log whose signatures were taken off with a tool.

TEST_CASE("an unsigned promotion appended to a signed log is not believed at sign-in")
{
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) { promoteClerkUnsigned(db, tool); });
    auto clerk = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(clerk);
    CHECK(clerk.error().message.contains(QStringLiteral("is not what its audit log says")));
}

TEST_CASE("signatures taken off and an unsigned promotion: a computer that saw the log signed warns, and the clerk is not chief")
{
    Computer computer;
    SignedOffice office; // made, and the clerk added, on this computer
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        blankSignatures(db);
        promoteClerkUnsigned(db, tool);
    });
    auto clerk = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(clerk);
    CHECK(clerk.error().kind == storage::StorageError::Kind::Corrupted);
    CHECK(clerk.error().message.contains(QStringLiteral("lost its signatures")));
    CHECK(clerk.error().message.contains(QStringLiteral("more than this computer last saw of it")));
    {
        // The chief, as this computer saw him, works on and is warned loudly.
        auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
        const QStringList warnings = chief->takeSignInWarnings();
        INFO(warnings.join(QLatin1Char('\n')).toStdString());
        REQUIRE(warnings.filter(QStringLiteral("The file's audit log has lost its signatures")).size() == 1);
        CHECK(warnings.filter(QStringLiteral("Audit log entry 1 registers a signing key without a signature")).size() == 1);
        const storage::VerifyReport report = chief->verify();
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        CHECK_FALSE(report.ok);
        CHECK(report.altered);
        CHECK(report.problems.filter(QStringLiteral("registers a signing key but is not signed")).size() == 1);
        CHECK(report.notes.filter(QStringLiteral("warned at sign-in: The file's audit log has lost its signatures")).size() == 1);
    }
    // The clerk as what he was stays welcome: only the raise is refused.
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE users SET role = 'clerk' WHERE login = 'vanthu'")));
    });
    auto asBefore = office.open(QStringLiteral("vanthu"), "van-thu-2026");
    CHECK(asBefore->user().role == office::Role::Clerk);
    CHECK_FALSE(asBefore->takeSignInWarnings().filter(QStringLiteral("lost its signatures")).isEmpty());
}

TEST_CASE("signatures taken off and an unsigned promotion: with no computer's memory, the file itself refuses the raise")
{
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        blankSignatures(db);
        promoteClerkUnsigned(db, tool);
    });
    Computer elsewhere; // a computer that never saw the file
    auto clerk = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(clerk);
    CHECK(clerk.error().message.contains(QStringLiteral("never saw your account while the log was signed")));
    CHECK(clerk.error().message.contains(QStringLiteral("Audit log entry 1 registers a signing key without a signature")));
    // Nobody works on it here; read-only, the chief checks it and is told.
    auto chief = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE_FALSE(chief);
    storage::DatabaseOptions readOnly = cheapOptions();
    readOnly.readOnly = true;
    auto checking = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", readOnly);
    REQUIRE(checking);
    CHECK((*checking)->takeSignInWarnings().filter(QStringLiteral("lost its signatures")).size() == 1);
    const storage::VerifyReport report = (*checking)->verify();
    CHECK(report.altered);
    CHECK(report.problems.filter(QStringLiteral("registers a signing key but is not signed")).size() == 1);
}

TEST_CASE("a log rebuilt without its registrations and signatures: a computer that saw it signed warns, and the clerk is not chief")
{
    Computer computer;
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        rechainWithoutSignatures(db, tool);
        promoteClerkUnsigned(db, tool);
    });
    auto clerk = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE_FALSE(clerk);
    CHECK(clerk.error().message.contains(QStringLiteral("more than this computer last saw of it")));
    CHECK(clerk.error().message.contains(QStringLiteral("this computer saw the file's audit log signed from entry 1 on")));
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    const QStringList warnings = chief->takeSignInWarnings();
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.filter(QStringLiteral("The file's audit log has lost its signatures")).size() == 1);
    CHECK(chief->verify().notes.filter(QStringLiteral("lost its signatures")).size() == 1);
}

TEST_CASE("a log rebuilt without its registrations and signatures, on a computer that never saw it, passes for an older file")
{
    // FILE-FORMAT.md, "What the format cannot detect": everything in such a
    // log is the master key's to write, as in a file made before signing.
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        rechainWithoutSignatures(db, tool);
        promoteClerkUnsigned(db, tool);
    });
    Computer elsewhere;
    auto clerk = office.open(QStringLiteral("vanthu"), "van-thu-2026");
    CHECK(clerk->user().role == office::Role::Admin);
    CHECK(clerk->takeSignInWarnings().isEmpty());
}

TEST_CASE("removing the clerk after the signatures were taken off keeps what this computer saw")
{
    Computer computer;
    SignedOffice office;
    office.asClerkWithTool([](QSqlDatabase &db, const InsiderTool &tool) {
        blankSignatures(db);
        promoteClerkUnsigned(db, tool);
    });
    {
        auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
        // The file gets a new key and id (and, the row saying chief, a new
        // recovery code): the memory goes with it.
        REQUIRE(chief->removeUser(QStringLiteral("vanthu"), office::OfficeSession::Rekey::Now,
                                  [](const QString &) { return storage::Status(storage::Ok{}); }));
    }
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    CHECK(chief->takeSignInWarnings().filter(QStringLiteral("lost its signatures")).size() == 1);
}
