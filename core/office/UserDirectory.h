#pragma once

#include "UserAccount.h"
#include "storage/StorageError.h"

#include <QList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::office {

// The users table: who may sign in and with which role. Every change goes to
// the audit log in the same transaction. Key slots are not touched here; see
// OfficeSession, which keeps slots and rows in step.
class UserDirectory final
{
public:
    explicit UserDirectory(storage::Database &db);

    [[nodiscard]] storage::Result<QList<UserAccount>> list() const;
    [[nodiscard]] std::optional<UserAccount> find(const QString &login) const;
    // As find(), but a read that fails (a damaged page) is an error, not "no such user".
    [[nodiscard]] storage::Result<std::optional<UserAccount>> lookup(const QString &login) const;
    [[nodiscard]] storage::Status insert(const UserAccount &user, const QString &actor);
    [[nodiscard]] storage::Status update(const UserAccount &user, const QString &actor);
    [[nodiscard]] storage::Status remove(const QString &login, const QString &actor);
    // The logins of the users who are not disabled: whom the file's key is sealed to.
    [[nodiscard]] storage::Result<QStringList> activeLogins() const;
    // Admins that are not disabled, other than `except`.
    [[nodiscard]] int activeAdminsOtherThan(const QString &except) const;

private:
    storage::Database &m_db;
};

} // namespace vanphong::office
