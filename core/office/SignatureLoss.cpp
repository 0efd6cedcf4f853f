#include "SignatureLoss.h"

#include "AccessControl.h"
#include "AuditSignatures.h"
#include "WorkstationMemory.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLocale>

namespace vanphong::office {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
// More than what was seen: enabled where it was disabled, a higher clearance,
// or a role that may do anything the seen role could not (roles are not ranked).
bool grantsMore(const UserAccount &row, const AuditSignatures::Standing &seen)
{
    if (seen.disabled || int(row.clearance) > seen.clearance)
        return true;
    const auto was = Roles::fromCode(seen.role);
    if (!was)
        return true;
    for (const Permission p : AccessControl::all())
        if (AccessControl::allows(row.role, p) && !AccessControl::allows(*was, p))
            return true;
    return false;
}
} // namespace

QString SignatureLoss::evidence(storage::Database &db)
{
    // Inside the file first: it holds on every computer.
    const AuditSignatures::Believed believed = AuditSignatures::believed(db);
    if (believed.strippedAt > 0)
        return tr("Audit log entry %1 registers a signing key without a signature, and the application signs every one.")
            .arg(believed.strippedAt);
    return WorkstationMemory::lostSignatures(db);
}

QString SignatureLoss::warning(storage::Database &db)
{
    const QString why = evidence(db);
    if (why.isEmpty())
        return {};
    return tr("The file's audit log has lost its signatures. %1 Someone holding the file's key removed them with a tool, "
              "and may have written entries in other people's names that the log can no longer tell apart (an account "
              "raised to office chief, for one). No account gets more here than this computer last saw of it. Ask the "
              "office chief to check the file (File › Check the file) and to go on with a backup made before.")
        .arg(why);
}

std::optional<storage::Status> SignatureLoss::checkStanding(storage::Database &db, const UserAccount &user)
{
    const QString why = evidence(db);
    if (why.isEmpty())
        return std::nullopt;
    const auto seen = WorkstationMemory::lastSeen(db, user.login);
    if (!seen) {
        // Reading gives nothing a holder of the file's key lacks; checking
        // the file and saving what it holds need it.
        if (db.isReadOnly())
            return storage::Status(storage::Ok{});
        return storage::Status(StorageError::make(
            K::Corrupted,
            tr("The file's audit log has lost its signatures, so it no longer says who holds which role, and this computer "
               "never saw your account while the log was signed. %1 The file is not opened for work: open it read-only to "
               "check it and save what it holds, and ask the office chief to go on with a backup made before.")
                .arg(why)));
    }
    if (!grantsMore(user, seen->standing))
        return storage::Status(storage::Ok{});
    const auto role = Roles::fromCode(seen->standing.role);
    const QString when = QLocale().toString(QDateTime::fromString(seen->when, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    return storage::Status(StorageError::make(
        K::Corrupted,
        tr("The file's audit log has lost its signatures, and your account in the file (%1, clearance %2) is more than "
           "this computer last saw of it on %3 (%4, clearance %5%6): it is not used. %7 Ask the office chief to check the "
           "file (File › Check the file) and to go on with a backup made before.")
            .arg(Roles::displayName(user.role), Roles::clearanceName(user.clearance), when,
                 role ? Roles::displayName(*role) : seen->standing.role,
                 Roles::clearanceName(Clearance(seen->standing.clearance)),
                 seen->standing.disabled ? tr(", disabled") : QString(), why)));
}

} // namespace vanphong::office
