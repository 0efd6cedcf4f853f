#pragma once

#include "OfficeProfile.h"
#include "Permission.h"
#include "UserAccount.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>
#include <utility>

namespace vanphong::office {

// A signed-in user working on one office file: the database plus who they
// are and what they may do. The GUI and the CLI both go through this class.
class OfficeSession final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSession)
public:
    struct NewOffice
    {
        OfficeProfile profile;
        UserAccount chief; // login and full name; role is admin
        bool forSecrets = false; // the secret file, on the office's standalone computer (SecretFile)
    };
    struct Created;

    static storage::Result<Created> create(const QString &path, const NewOffice &office, const QByteArray &password,
                                           const storage::DatabaseOptions &options = {});
    static storage::Result<std::unique_ptr<OfficeSession>> open(const QString &path, const QString &login,
                                                                const QByteArray &password,
                                                                const storage::DatabaseOptions &options = {});
    // A recovery session acts as the office chief but may only reset passwords.
    static storage::Result<std::unique_ptr<OfficeSession>> openWithRecoveryCode(
        const QString &path, const QString &code, const storage::DatabaseOptions &options = {});

    ~OfficeSession();
    OfficeSession(const OfficeSession &) = delete;
    OfficeSession &operator=(const OfficeSession &) = delete;

    storage::Database &database() { return *m_db; }
    // Found at sign-in, taken once, to be shown to the user: this computer saw
    // a newer state of the file (WorkstationMemory); the log names another
    // signing key as this user's (entries in their name may be forged).
    QStringList takeSignInWarnings() { return std::exchange(m_signInWarnings, QStringList()); }
    const UserAccount &user() const { return m_user; }
    bool isRecovery() const { return m_db->isRecoverySession(); }
    QString actor() const; // the name written to the audit log

    storage::Result<OfficeProfile> profile() const;
    storage::Status saveProfile(const OfficeProfile &profile);

    storage::Result<QList<UserAccount>> users() const;
    storage::Status addUser(const UserAccount &user, const QByteArray &password);
    storage::Status updateUser(const UserAccount &user); // role, clearance, name
    // Sets a new password for someone else (admin or recovery); they must change it at sign-in.
    storage::Status resetPassword(const QString &login, const QByteArray &password);
    // Disabling or removing a user takes their key slot away and, unless told
    // otherwise, rekeys the file (the recovery code stays the same, unless an
    // office chief leaves: see below): a copy of
    // the old header or slot kept aside then opens only pages of the past.
    // Pass Rekey::Later for a batch of changes followed by one rekey().
    enum class Rekey { Now, Later };
    // An office chief who leaves may know the recovery code: disabling or
    // removing one (with Rekey::Now) also makes a new code, which
    // `keepNewCode` shows and has confirmed, or saves, before the file's key
    // changes (storage::Database::rekey). Without it, a chief is refused.
    storage::Status disableUser(const QString &login, Rekey rekey = Rekey::Now,
                                const storage::Database::KeepNewCode &keepNewCode = {});
    storage::Status enableUser(const QString &login, const QByteArray &password);
    storage::Status removeUser(const QString &login, Rekey rekey = Rekey::Now,
                               const storage::Database::KeepNewCode &keepNewCode = {});
    storage::Status changeOwnPassword(const QByteArray &oldPassword, const QByteArray &newPassword);
    // Whether the user's role has `permission` (for showing or hiding controls; the core checks again).
    bool may(Permission permission) const;
    // The chief chose this user's password; they must choose their own before anything else.
    bool mustChangePassword() const { return m_user.mustChangePassword; }

    // The file as a whole. A backup is an encrypted copy with the same users.
    storage::Status backupTo(const QString &destination);
    // A new master key sealed only to the active users, and a new recovery code (returned).
    // `keepNewCode` shows or saves the new recovery code before the file is
    // replaced (storage::Database::rekey).
    storage::Result<QString> rekey(const storage::Database::KeepNewCode &keepNewCode);
    // Every page, the database, the audit log, and key slots that belong to no active user.
    storage::VerifyReport verify();
    // Logins of the users who are not disabled.
    storage::Result<QStringList> activeLogins() const;

private:
    // What sign-in finds about the file and this user's signing key; each
    // finding is logged and kept for takeSignInWarnings().
    storage::Status checkSignInState();
    // Refuses an account whose row grants more than the audit log gave it.
    storage::Status checkStanding() const;
    // The sign-in warnings the log records (VerifyReport::notes).
    QStringList signInWarningsLogged() const;
    explicit OfficeSession(std::unique_ptr<storage::Database> db);
    storage::Status requireAdmin(bool allowRecovery = false) const;
    // Opens the clearance keys sealed to this session's slot and shares them (ClearanceKeys).
    storage::Status takeClearanceKeys();
    // Refused when `user`'s clearance is above this session's user's.
    storage::Status grantable(const UserAccount &user) const;
    storage::Status rekeyAfterRemoval(const QString &login);
    // A new key and recovery code sealed to every active user but `login`,
    // made before a chief's account changes (nothing changes if the code is not kept).
    storage::Status rekeyWithout(const QString &login, const storage::Database::KeepNewCode &keepNewCode);
    // Refuses, before anything changes, to remove a chief whose recovery code could not be renewed.
    storage::Status requireNewCodeFor(const QString &login, Rekey rekey, const storage::Database::KeepNewCode &keepNewCode,
                                      bool *wasChief) const;
    storage::Status keepAnAdmin(const QString &login) const;

    std::unique_ptr<storage::Database> m_db;
    UserAccount m_user;
    QStringList m_signInWarnings;
};

struct OfficeSession::Created
{
    std::unique_ptr<OfficeSession> session;
    QString recoveryCode;
};

} // namespace vanphong::office
