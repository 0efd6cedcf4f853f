#include "BackupRestore.h"

#include "AccessControl.h"
#include "AuditSignatures.h"
#include "OfficeSession.h"
#include "ProfileStore.h"
#include "UserDirectory.h"
#include "storage/AuditLog.h"
#include "storage/MetaValue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace vanphong::office {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
QString metaText(storage::Database &db, const QString &key)
{
    return storage::metaValue(db, key).toString();
}

const QString OfficeIdKey = QStringLiteral("office.id");

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

storage::Result<QList<UserAccount>> usersOf(storage::Database &db)
{
    return UserDirectory(db).list();
}

const UserAccount *findIn(const QList<UserAccount> &users, const QString &login)
{
    for (const UserAccount &u : users)
        if (u.login == login)
            return &u;
    return nullptr;
}

// The backup opened with the restoring chief's login and the password given for it.
storage::Result<std::unique_ptr<storage::Database>> openBackup(const QString &backup, const QString &login,
                                                               const QByteArray &password, storage::DatabaseOptions options)
{
    options.migrate = false;
    options.backupBeforeMigration = false;
    auto opened = storage::Database::open(backup, login, password, options);
    if (!opened && opened.error().kind == K::WrongCredentials)
        return StorageError::make(K::WrongCredentials,
                                  BackupRestore::tr("The backup does not open for %1 with this password (it may be an older "
                                                    "password, or you had no account when it was made).").arg(login));
    return opened;
}
} // namespace

storage::Result<BackupRestore::Plan> BackupRestore::check(OfficeSession &session, const QString &backup,
                                                         const QByteArray &password, const storage::DatabaseOptions &options)
{
    storage::Database &current = session.database();
    if (auto allowed = AccessControl::require(current, Permission::MaintainFile); !allowed)
        return allowed.error();
    if (QFileInfo(backup).canonicalFilePath() == QFileInfo(current.path()).canonicalFilePath())
        return StorageError::make(K::Invalid, tr("The backup and the office file are the same file."));
    auto opened = openBackup(backup, session.user().login, password, options);
    if (!opened)
        return opened.error();
    storage::Database &copy = **opened;
    if (!metaText(copy, QStringLiteral("package.id")).isEmpty())
        return StorageError::make(K::Invalid, tr("%1 is a meeting package, not a backup: bring it back with Import instead.")
                                                  .arg(QDir::toNativeSeparators(backup)));
    // Which office: the id kept in the data (files older than it have none; then the profile's name decides).
    const QString ours = metaText(current, OfficeIdKey);
    const QString theirs = metaText(copy, OfficeIdKey);
    bool sameOffice = !ours.isEmpty() && ours == theirs;
    if (theirs.isEmpty()) {
        const auto a = ProfileStore(current).load();
        const auto b = ProfileStore(copy).load();
        sameOffice = a && b && a->organisationName == b->organisationName && a->placeName == b->placeName;
    }
    if (!sameOffice)
        return StorageError::make(K::Invalid, tr("%1 is a backup of another office's file; it is not restored here.")
                                                  .arg(QDir::toNativeSeparators(backup)));
    const storage::VerifyReport report = copy.verify();
    if (!report.ok)
        return StorageError::make(K::Corrupted, tr("The backup failed its check: %1").arg(report.problems.join(QLatin1String("; "))));

    const auto now = usersOf(current);
    const auto then = usersOf(copy);
    if (!now)
        return now.error();
    if (!then)
        return then.error();
    Plan plan;
    plan.backup = backup;
    for (const UserAccount &u : *then) {
        const UserAccount *here = findIn(*now, u.login);
        if (!u.disabled && (!here || here->disabled))
            plan.broughtBack << u.login;
    }
    for (const UserAccount &u : *now) {
        const UserAccount *there = findIn(*then, u.login);
        if (!u.disabled && (!there || there->disabled))
            plan.notInBackup << u.login;
    }
    return plan;
}

storage::Status BackupRestore::restore(std::unique_ptr<OfficeSession> session, const Plan &plan, const QByteArray &password,
                                       Users users, const storage::DatabaseOptions &options)
{
    storage::Database &current = session->database();
    if (auto allowed = AccessControl::require(current, Permission::MaintainFile); !allowed)
        return allowed;
    const QString target = current.path();
    const QString login = session->user().login;
    const QString actor = session->actor();
    const QString officeId = metaText(current, OfficeIdKey);
    const auto now = usersOf(current);
    if (!now)
        return now.error();
    const std::vector<storage::KeySlot> currentSlots = current.keySlots();
    // Only keys the current log's rules accept (a key planted with a tool is
    // not carried into the restored file), and only for the slots taken from
    // the current file: a user brought back from the backup keeps his key then.
    QHash<QString, QList<QByteArray>> currentKeys = AuditSignatures::believedKeys(current);
    for (auto it = currentKeys.begin(); it != currentKeys.end();) {
        const bool slotCarried = std::any_of(currentSlots.cbegin(), currentSlots.cend(), [&](const storage::KeySlot &slot) {
            return it.key() == storage::AuditLog::RecoveryActor ? slot.kind() == storage::KeySlot::Kind::Recovery
                                                                : slot.kind() == storage::KeySlot::Kind::User && slot.login() == it.key();
        });
        it = slotCarried ? std::next(it) : currentKeys.erase(it);
    }

    // The copy is prepared beside the office file, then put in place in one rename.
    const QString prepared = target + QLatin1String(".restore-tmp");
    removeWithCompanions(prepared);
    if (!QFile::copy(plan.backup, prepared))
        return StorageError::make(K::Io, tr("The backup could not be copied next to %1.").arg(QDir::toNativeSeparators(target)));
    storage::Status made = [&]() -> storage::Status {
        storage::DatabaseOptions prepareOptions = options;
        prepareOptions.backupBeforeMigration = false; // the backup itself stays as it is
        auto opened = storage::Database::open(prepared, login, password, prepareOptions);
        if (!opened)
            return opened.error();
        storage::Database &db = **opened;
        UserDirectory directory(db);
        if (users == Users::KeepRemovals) {
            for (const QString &name : plan.broughtBack) {
                const UserAccount *here = findIn(*now, name);
                auto there = directory.find(name);
                if (!there)
                    continue;
                if (!here) {
                    if (auto s = directory.remove(name, actor); !s)
                        return s;
                } else {
                    there->disabled = true;
                    if (auto s = directory.update(*there, actor); !s)
                        return s;
                }
            }
        }
        // Statements and handles on the connection end before the rekey reopens it.
        if (auto s = [&]() -> storage::Status {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(OfficeIdKey);
        q.addBindValue(officeId);
        if (!officeId.isEmpty() && !q.exec())
            return db.errorFor(q.lastError());
        // The current file's slots replace the backup's below, and with them
        // their signing keys: the log of the restored file says so, signed by
        // whoever restores it, so that entries signed with them are believed.
        if (auto own = db.checkOwnSigningKey(); !own)
            return own.error();
        const auto restoredKeys = storage::AuditLog::registeredKeys(db.sql());
        storage::AuditLog log(db);
        for (auto it = currentKeys.cbegin(); it != currentKeys.cend(); ++it) {
            const QList<QByteArray> there = restoredKeys.value(it.key());
            const bool recovery = it.key() == storage::AuditLog::RecoveryActor;
            for (const QByteArray &key : recovery ? *it : QList<QByteArray>{it->constLast()}) {
                if (recovery ? there.contains(key) : (!there.isEmpty() && there.constLast() == key))
                    continue;
                crypto::Ed25519::PublicKey publicKey{};
                std::copy(key.cbegin(), key.cend(), reinterpret_cast<char *>(publicKey.data()));
                if (!log.registerKey(actor, it.key(), publicKey))
                    return db.errorFor(db.sql().lastError());
            }
        }
        if (!log.append({actor, QStringLiteral("file"), QFileInfo(plan.backup).fileName(), QStringLiteral("restore"), {},
                         tr("restored from %1; users kept as %2").arg(QDir::toNativeSeparators(plan.backup),
                                                                   users == Users::KeepRemovals ? tr("in the current file")
                                                                                                : tr("in the backup"))}))
            return db.errorFor(db.sql().lastError());
        return storage::Ok{};
        }(); !s)
            return s;
        // A new key for the active users only: the slots of anyone dropped
        // above, and copies of the backup's header, open nothing here.
        auto active = directory.activeLogins();
        if (!active)
            return active.error();
        // The current file's passwords and recovery code, not the backup's:
        // a password changed or a code renewed since (after a leak, say)
        // does not come back with the restore.
        auto rekeyed = db.rekey(*active, storage::Database::RecoveryCode::Keep, currentSlots);
        if (!rekeyed)
            return rekeyed.error();
        return storage::Ok{};
    }();
    if (!made) {
        removeWithCompanions(prepared);
        return made;
    }
    // Only now is the current file closed: it must be this program's alone.
    {
        QSqlQuery q(current.sql());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !q.next()
            || q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
            removeWithCompanions(prepared);
            return StorageError::make(K::Locked, tr("The file is in use by another program. Close it there and try again."));
        }
    }
    session.reset();
    return storage::Database::replaceFile(prepared, target);
}

} // namespace vanphong::office
