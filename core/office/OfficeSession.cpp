#include "OfficeSession.h"

#include "AuditCrossCheck.h"
#include "AuditSignatures.h"
#include "ClearanceKeys.h"
#include "LegacySealing.h"
#include "documents/SearchIndexCheck.h"
#include "WorkstationMemory.h"
#include "storage/AuditLog.h"

#include "AccessControl.h"
#include "PasswordPolicy.h"
#include "ProfileStore.h"
#include "SecretFile.h"
#include "SignatureLoss.h"
#include "UserDirectory.h"
#include "storage/KeySlot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::office {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
// One password rule for every way a password is set (PasswordPolicy).
storage::Status acceptable(const QByteArray &password)
{
    const QString text = QString::fromUtf8(password);
    if (const QString problem = PasswordPolicy::problem(text, text); !problem.isEmpty())
        return StorageError::make(K::Invalid, problem);
    return storage::Ok{};
}
} // namespace

OfficeSession::OfficeSession(std::unique_ptr<storage::Database> db)
    : m_db(std::move(db))
{
}

OfficeSession::~OfficeSession()
{
    if (m_db)
        WorkstationMemory::remember(*m_db);
}

bool OfficeSession::may(Permission permission) const
{
    return !isRecovery() && !m_user.disabled && AccessControl::allows(m_user.role, permission);
}

QString OfficeSession::actor() const
{
    return isRecovery() ? storage::AuditLog::RecoveryActor : m_user.login;
}

storage::Result<OfficeSession::Created> OfficeSession::create(const QString &path, const NewOffice &office,
                                                              const QByteArray &password,
                                                              const storage::DatabaseOptions &options)
{
    // A profile may be left for later only as a whole (the CLI's init without names).
    const bool profileLater = office.profile.organisationName.isEmpty() && office.profile.placeName.isEmpty();
    if (auto s = acceptable(password); !s)
        return s.error();
    const QStringList problems = profileLater ? QStringList() : office.profile.validate();
    if (!problems.isEmpty())
        return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    QString code;
    auto db = storage::Database::create(path, office.chief.login, password, &code, options);
    if (!db)
        return db.error();
    std::unique_ptr<OfficeSession> session(new OfficeSession(std::move(db.value())));
    UserAccount chief = office.chief;
    chief.login = storage::KeySlot::normalizeLogin(chief.login);
    chief.role = Role::Admin;
    chief.clearance = Clearance::TopSecret;
    storage::Status s = UserDirectory(*session->m_db).insert(chief, chief.login);
    if (s)
        s = SecretFile::mark(*session->m_db, office.forSecrets, chief.login);
    if (s)
        s = ProfileStore(*session->m_db).save(office.profile, chief.login,
                                              profileLater ? ProfileStore::Check::None : ProfileStore::Check::Rules);
    if (!s) {
        const QString file = session->m_db->path();
        session.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));
        return s.error();
    }
    session->m_user = *UserDirectory(*session->m_db).find(chief.login);
    return Created{std::move(session), code};
}

storage::Result<std::unique_ptr<OfficeSession>> OfficeSession::open(const QString &path, const QString &login,
                                                                    const QByteArray &password,
                                                                    const storage::DatabaseOptions &options)
{
    auto db = storage::Database::open(path, login, password, options);
    if (!db)
        return db.error();
    std::unique_ptr<OfficeSession> session(new OfficeSession(std::move(db.value())));
    const auto found = UserDirectory(*session->m_db).lookup(login);
    if (!found)
        return found.error(); // a damaged users page is damage, not a disabled account
    const std::optional<UserAccount> &user = found.value();
    // A slot without an enabled account (left by an interrupted removal) does not let anyone in.
    if (!user || user->disabled)
        return StorageError::make(K::WrongCredentials, tr("This account is disabled. Ask the office chief."));
    session->m_user = *user;
    if (auto s = session->checkStanding(); !s)
        return s.error();
    if (auto s = session->checkSignInState(); !s)
        return s.error();
    // A file made before its kind was logged has it logged now (read-only: not).
    if (auto s = SecretFile::adoptKind(*session->m_db, session->actor()); !s)
        return s.error();
    if (auto s = session->takeClearanceKeys(); !s)
        return s.error();
    return session;
}

storage::Result<std::unique_ptr<OfficeSession>> OfficeSession::openWithRecoveryCode(
    const QString &path, const QString &code, const storage::DatabaseOptions &options)
{
    auto db = storage::Database::openWithRecoveryCode(path, code, options);
    if (!db)
        return db.error();
    std::unique_ptr<OfficeSession> session(new OfficeSession(std::move(db.value())));
    session->m_user.role = Role::Admin;
    session->m_user.fullName = tr("Recovery code");
    if (auto s = session->checkSignInState(); !s)
        return s.error();
    if (auto s = SecretFile::adoptKind(*session->m_db, session->actor()); !s)
        return s.error();
    if (auto s = session->takeClearanceKeys(); !s)
        return s.error();
    return session;
}

storage::Status OfficeSession::checkStanding() const
{
    // The core's checks read the users row; a row raised with a tool (a clerk
    // making himself chief with his own password) must not be believed. The
    // log's entries that their writers could make say what the account is.
    // A log whose signatures were removed says nothing: what this computer
    // saw of the account does (SignatureLoss).
    if (auto lost = SignatureLoss::checkStanding(*m_db, m_user))
        return *lost;
    const auto logged = AuditSignatures::standing(*m_db, m_user.login);
    if (!logged) {
        // A row the log never mentions: in a file whose log is signed, only a
        // tool writes one (an account of an older file is in its log too).
        if (!AuditSignatures::logIsSigned(*m_db))
            return storage::Ok{};
        return StorageError::make(K::Corrupted, tr("Your account is not in the file's audit log: it was written outside the "
                                                   "application, so it is not used. Ask the office chief to check the file "
                                                   "(File › Check the file)."));
    }
    const QString inLog = Roles::fromCode(logged->role) ? Roles::displayName(*Roles::fromCode(logged->role)) : logged->role;
    if (logged->role == Roles::code(m_user.role) && int(m_user.clearance) <= logged->clearance && !logged->disabled)
        return storage::Ok{};
    return StorageError::make(K::Corrupted,
                              tr("Your account in the file (%1, clearance %2) is not what its audit log says (%3, clearance %4%5): "
                                 "it was changed outside the application, so it is not used. Ask the office chief to check "
                                 "the file (File › Check the file).")
                                  .arg(Roles::displayName(m_user.role), Roles::clearanceName(m_user.clearance), inLog,
                                       Roles::clearanceName(Clearance(logged->clearance)),
                                       logged->disabled ? tr(", disabled") : QString()));
}

QStringList OfficeSession::signInWarningsLogged() const
{
    QStringList notes;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_login, new_values FROM audit_log WHERE table_name = 'file'"
                               " AND action IN ('rollback-warning', 'signing-key-foreign', 'signatures-lost-warning') ORDER BY id"))) {
        return {m_db->errorFor(q.lastError()).message};
    }
    while (q.next())
        notes << tr("Audit log entry %1 (%2, %3): warned at sign-in: %4")
                     .arg(q.value(0).toLongLong())
                     .arg(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                          storage::AuditLog::actorName(q.value(2).toString()), q.value(3).toString());
    return notes;
}

storage::Status OfficeSession::checkSignInState()
{
    // The key first: on a file older than signed entries, the entries below
    // are signed with a key the log already names.
    const auto ownKey = m_db->checkOwnSigningKey();
    if (!ownKey)
        return ownKey.error();
    struct Finding { QString action; QString text; };
    QList<Finding> findings;
    if (*ownKey == storage::Database::OwnKey::Foreign)
        findings.push_back({QStringLiteral("signing-key-foreign"),
                            tr("The audit log names another signing key as yours: entries in your name may have been "
                               "written by someone else with a tool. Ask the office chief to check the file (it names "
                               "those entries) and to reset your password, which gives you a key of your own again.")});
    if (const QString lost = SignatureLoss::warning(*m_db); !lost.isEmpty())
        findings.push_back({QStringLiteral("signatures-lost-warning"), lost});
    if (const QString rolledBack = WorkstationMemory::check(*m_db); !rolledBack.isEmpty())
        findings.push_back({QStringLiteral("rollback-warning"), rolledBack});
    for (const Finding &f : findings) {
        m_signInWarnings << f.text;
        if (m_db->isReadOnly())
            continue;
        // Kept in the file too: the warning is shown once on this computer.
        storage::AuditLog log(*m_db);
        if (!log.append({actor(), QStringLiteral("file"), QString::fromLatin1(m_db->fileId().toHex()), f.action, {}, f.text}))
            return m_db->errorFor(m_db->sql().lastError());
    }
    return storage::Ok{};
}

storage::Status OfficeSession::takeClearanceKeys()
{
    m_signInWarnings << ClearanceKeys::load(*m_db);
    auto synced = ClearanceKeys::sync(*m_db, actor());
    // A colleague saving at this moment holds the write lock: the keys are
    // shared at a later sign-in, and this one goes on.
    if (!synced && synced.error().kind == K::Locked) {
        m_signInWarnings << tr("The secrecy keys could not be shared or renewed now because the file is busy; "
                               "this is done at your next sign-in.");
        return storage::Ok{};
    }
    if (!synced)
        return synced;
    // What an older version kept in plain above Thường is sealed now; nothing
    // is lost when it cannot be (it stays as it was, and is tried again).
    if (auto sealed = LegacySealing::run(*m_db, m_user); !sealed)
        m_signInWarnings << tr("Secret content written by an older version could not be sealed now (%1); "
                               "this is tried again at your next sign-in.").arg(sealed.error().message);
    return storage::Ok{};
}

storage::Status OfficeSession::grantable(const UserAccount &user) const
{
    // The keys of a level are given by someone who holds them (ClearanceKeys).
    if (int(user.clearance) > int(m_user.clearance))
        return StorageError::make(K::Forbidden, tr("You cannot give a clearance above your own (%1).")
                                                    .arg(Roles::clearanceName(m_user.clearance)));
    return storage::Ok{};
}

storage::Status OfficeSession::requireAdmin(bool allowRecovery) const
{
    if (isRecovery())
        return allowRecovery ? storage::Status(storage::Ok{})
                             : storage::Status(StorageError::make(K::Forbidden, tr("With the recovery code you may only set a new password.")));
    return AccessControl::require(*m_db, Permission::ManageUsers);
}

storage::Status OfficeSession::keepAnAdmin(const QString &login) const
{
    const auto target = UserDirectory(*m_db).find(login);
    if (target && target->role == Role::Admin && UserDirectory(*m_db).activeAdminsOtherThan(login) == 0)
        return StorageError::make(K::Invalid, tr("The office must keep at least one active office chief."));
    return storage::Ok{};
}

storage::Result<OfficeProfile> OfficeSession::profile() const
{
    return ProfileStore(*m_db).load();
}

storage::Status OfficeSession::saveProfile(const OfficeProfile &profile)
{
    // ProfileStore checks EditProfile itself, and says so when refused.
    return ProfileStore(*m_db).save(profile, actor());
}

storage::Result<QList<UserAccount>> OfficeSession::users() const
{
    return UserDirectory(*m_db).list();
}

storage::Status OfficeSession::addUser(const UserAccount &user, const QByteArray &password)
{
    if (auto s = requireAdmin(); !s)
        return s;
    if (auto s = grantable(user); !s)
        return s;
    if (auto s = acceptable(password); !s)
        return s;
    UserDirectory dir(*m_db);
    if (dir.find(user.login))
        return StorageError::make(K::Invalid, tr("A user named %1 already exists.").arg(user.login));
    if (auto s = m_db->setUserPassword(user.login, password); !s)
        return s;
    UserAccount row = user;
    row.mustChangePassword = true; // the chief chose it; the user should choose their own
    if (auto s = dir.insert(row, actor()); !s) {
        (void)m_db->removeUserSlot(user.login);
        return s;
    }
    return ClearanceKeys::sync(*m_db, actor());
}

storage::Status OfficeSession::updateUser(const UserAccount &user)
{
    if (auto s = requireAdmin(); !s)
        return s;
    const auto before = UserDirectory(*m_db).find(user.login);
    if (before && before->role == Role::Admin && user.role != Role::Admin)
        if (auto s = keepAnAdmin(user.login); !s)
            return s;
    // Lowering takes the level's key away, which its holder renews (ClearanceKeys::sync).
    if (before && (before->clearance != user.clearance))
        if (auto s = grantable(int(before->clearance) > int(user.clearance) ? *before : user); !s)
            return s;
    if (auto s = UserDirectory(*m_db).update(user, actor()); !s)
        return s;
    return ClearanceKeys::sync(*m_db, actor());
}

storage::Status OfficeSession::resetPassword(const QString &login, const QByteArray &password)
{
    if (auto s = requireAdmin(true); !s)
        return s;
    if (auto s = acceptable(password); !s)
        return s;
    auto user = UserDirectory(*m_db).find(login);
    if (!user)
        return StorageError::make(K::Invalid, tr("There is no user %1.").arg(login));
    // A new slot for someone is given his clearance's keys: by someone who holds them.
    if (!isRecovery())
        if (auto s = grantable(*user); !s)
            return s;
    // The recovery code gives a forgotten password back; it does not undo the chief's decision to disable someone.
    if (isRecovery() && user->disabled)
        return StorageError::make(K::Forbidden, tr("%1 is disabled; only the office chief can enable the account again.").arg(login));
    if (auto s = m_db->setUserPassword(login, password); !s)
        return s;
    // The chief chose it for someone, who must then choose their own; whoever
    // holds the recovery code chose it for themselves.
    user->mustChangePassword = !isRecovery();
    user->disabled = false;
    if (auto s = UserDirectory(*m_db).update(*user, actor()); !s)
        return s;
    return ClearanceKeys::sync(*m_db, actor());
}

storage::Status OfficeSession::disableUser(const QString &login, Rekey rekey, const storage::Database::KeepNewCode &keepNewCode)
{
    if (auto s = requireAdmin(); !s)
        return s;
    if (auto s = keepAnAdmin(login); !s)
        return s;
    auto user = UserDirectory(*m_db).find(login);
    if (!user)
        return StorageError::make(K::Invalid, tr("There is no user %1.").arg(login));
    bool wasChief = false;
    if (auto s = requireNewCodeFor(user->login, rekey, keepNewCode, &wasChief); !s)
        return s;
    // A chief's leaving starts with the new key and code: if the code is not
    // kept, nothing has changed at all.
    if (wasChief && rekey == Rekey::Now)
        if (auto s = rekeyWithout(user->login, keepNewCode); !s)
            return s;
    // Without a key slot, the password opens nothing any more.
    if (m_db->slotLogins().contains(user->login))
        if (auto s = m_db->removeUserSlot(login); !s)
            return s;
    user->disabled = true;
    if (auto s = UserDirectory(*m_db).update(*user, actor()); !s)
        return s;
    if (rekey == Rekey::Now && !wasChief)
        if (auto s = rekeyAfterRemoval(user->login); !s)
            return s;
    return ClearanceKeys::sync(*m_db, actor());
}

storage::Status OfficeSession::enableUser(const QString &login, const QByteArray &password)
{
    return resetPassword(login, password);
}

storage::Status OfficeSession::removeUser(const QString &login, Rekey rekey, const storage::Database::KeepNewCode &keepNewCode)
{
    if (auto s = requireAdmin(); !s)
        return s;
    if (storage::KeySlot::normalizeLogin(login) == m_user.login)
        return StorageError::make(K::Invalid, tr("You cannot remove your own account."));
    if (auto s = keepAnAdmin(login); !s)
        return s;
    bool wasChief = false;
    if (auto s = requireNewCodeFor(storage::KeySlot::normalizeLogin(login), rekey, keepNewCode, &wasChief); !s)
        return s;
    if (wasChief && rekey == Rekey::Now)
        if (auto s = rekeyWithout(storage::KeySlot::normalizeLogin(login), keepNewCode); !s)
            return s;
    if (m_db->slotLogins().contains(storage::KeySlot::normalizeLogin(login)))
        if (auto s = m_db->removeUserSlot(login); !s)
            return s;
    if (auto s = UserDirectory(*m_db).remove(login, actor()); !s)
        return s;
    if (rekey == Rekey::Now && !wasChief)
        if (auto s = rekeyAfterRemoval(login); !s)
            return s;
    return ClearanceKeys::sync(*m_db, actor());
}

storage::Status OfficeSession::requireNewCodeFor(const QString &login, Rekey rekey,
                                                 const storage::Database::KeepNewCode &keepNewCode, bool *wasChief) const
{
    const auto user = UserDirectory(*m_db).find(login);
    *wasChief = user && user->role == Role::Admin;
    if (!*wasChief || rekey == Rekey::Later || keepNewCode)
        return storage::Ok{};
    return StorageError::make(K::Invalid, tr("%1 is an office chief and may know the recovery code: a new code is made with "
                                             "the new key, and must be shown or saved first. Nothing was changed.").arg(login));
}

storage::Status OfficeSession::rekeyAfterRemoval(const QString &login)
{
    auto active = activeLogins();
    if (!active)
        return active.error();
    const QByteArray seen = WorkstationMemory::signedLogToCarry(*m_db);
    auto rekeyed = m_db->rekey(*active, storage::Database::RecoveryCode::Keep);
    if (rekeyed)
        WorkstationMemory::carrySignedLog(*m_db, seen);
    if (!rekeyed)
        return StorageError::make(rekeyed.error().kind,
                                  tr("%1 can no longer sign in, but the file could not be given a new key: %2 "
                                     "Change the file's key (rekey) as soon as it is free, so that an old copy of "
                                     "the key slots does not let them in.").arg(login, rekeyed.error().message));
    return storage::Ok{};
}

storage::Status OfficeSession::rekeyWithout(const QString &login, const storage::Database::KeepNewCode &keepNewCode)
{
    auto active = activeLogins();
    if (!active)
        return active.error();
    QStringList keep = *active;
    keep.removeAll(login);
    const QByteArray seen = WorkstationMemory::signedLogToCarry(*m_db);
    auto rekeyed = m_db->rekey(keep, storage::Database::RecoveryCode::New, {}, keepNewCode);
    if (!rekeyed)
        return rekeyed.error();
    WorkstationMemory::carrySignedLog(*m_db, seen);
    return storage::Ok{};
}

storage::Result<QStringList> OfficeSession::activeLogins() const
{
    return UserDirectory(*m_db).activeLogins();
}

storage::Status OfficeSession::backupTo(const QString &destination)
{
    if (auto allowed = AccessControl::require(*m_db, Permission::BackUpFile); !allowed)
        return allowed;
    return m_db->backupTo(destination);
}

storage::Result<QString> OfficeSession::rekey(const storage::Database::KeepNewCode &keepNewCode)
{
    if (auto allowed = AccessControl::require(*m_db, Permission::MaintainFile); !allowed)
        return allowed.error();
    auto active = activeLogins();
    if (!active)
        return active.error();
    if (!keepNewCode)
        return StorageError::make(K::Invalid, tr("The new recovery code must be shown or saved before the file's key changes."));
    const QByteArray seen = WorkstationMemory::signedLogToCarry(*m_db);
    auto rekeyed = m_db->rekey(*active, storage::Database::RecoveryCode::New, {}, keepNewCode);
    if (!rekeyed)
        return rekeyed;
    WorkstationMemory::carrySignedLog(*m_db, seen);
    // The new recovery code's slot gets the clearance keys this session holds.
    if (auto s = ClearanceKeys::sync(*m_db, actor()); !s)
        return s.error();
    return rekeyed;
}

storage::VerifyReport OfficeSession::verify()
{
    storage::VerifyReport report = m_db->verify();
    // Rows that disagree with the log, entries their writers could not have
    // made, keys sealed to someone not cleared: changes made outside the
    // application, not damage.
    const QStringList altered = AuditCrossCheck::mismatches(*m_db) + AuditSignatures::problems(*m_db)
        + ClearanceKeys::problems(*m_db);
    report.problems << altered;
    report.altered = report.altered || !altered.isEmpty();
    report.notes << signInWarningsLogged();
    report.problems << documents::SearchIndexCheck::mismatches(*m_db);
    const auto active = activeLogins();
    if (!active) {
        report.problems << active.error().message;
    } else {
        for (const QString &login : m_db->slotLogins())
            if (!active->contains(login)) {
                report.altered = true;
                report.problems << tr("The file has a key slot for \"%1\", who is not an active user: "
                                      "someone may have planted it. Change the file's key (rekey) to remove it.").arg(login);
            }
    }
    report.ok = report.problems.isEmpty();
    return report;
}

storage::Status OfficeSession::changeOwnPassword(const QByteArray &oldPassword, const QByteArray &newPassword)
{
    if (auto s = acceptable(newPassword); !s)
        return s;
    // The one the chief chose stays known to the chief: choosing your own means another one.
    if (newPassword == oldPassword)
        return StorageError::make(K::Invalid, tr("Choose a password different from the one you have."));
    if (auto s = m_db->changePassword(oldPassword, newPassword); !s)
        return s;
    if (m_user.mustChangePassword) {
        m_user.mustChangePassword = false;
        return UserDirectory(*m_db).update(m_user, actor());
    }
    return storage::Ok{};
}

} // namespace vanphong::office
