#pragma once

#include "Permission.h"
#include "Role.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::office {

// The one table of what each role may do, and the check every writing
// operation of the core makes before it touches the file. The acting user is
// the one the file was opened with (Database::login()), read from the users
// table at the moment of the check, so a role changed or an account disabled
// by the office chief counts at once, in the GUI, the CLI and packages alike.
class AccessControl final
{
    Q_DECLARE_TR_FUNCTIONS(AccessControl)
public:
    static bool allows(Role role, Permission permission);
    static QList<Permission> all();
    // "register documents", translated: what the refusal names.
    static QString describe(Permission permission);
    // The permissions of a role, translated, for the users page and the README's table.
    static QStringList describeRole(Role role);

    // Ok, or a Forbidden error that says who may do it. A recovery session,
    // a disabled account and one that must first choose its own password are refused.
    [[nodiscard]] static storage::Status require(storage::Database &db, Permission permission);
    // How secret a record the acting user may read (Thường for a recovery session or an unknown user).
    [[nodiscard]] static Clearance clearance(storage::Database &db);
};

} // namespace vanphong::office
