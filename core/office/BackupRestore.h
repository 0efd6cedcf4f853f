#pragma once

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace vanphong::office {

class OfficeSession;

// Putting a backup back in place of the office file. Only an office chief of
// the current file may do it, and only with an intact backup of the same
// office (never another office's file or a meeting package). A backup would
// bring back the users who were removed or disabled since it was made; by
// default they stay removed, so that a dismissed clerk cannot undo his
// removal with an old copy. The restored file gets a new key sealed only to
// its active users.
class BackupRestore final
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
public:
    struct Plan
    {
        QString backup;
        QStringList broughtBack; // active in the backup, removed or disabled in the current file
        QStringList notInBackup; // active now, unknown or disabled in the backup: they lose access
    };
    enum class Users { KeepRemovals, AsInBackup };

    // Checks everything and says what would change; writes nothing.
    [[nodiscard]] static storage::Result<Plan> check(OfficeSession &session, const QString &backup, const QByteArray &password,
                                                     const storage::DatabaseOptions &options = {});
    // Replaces the session's file with the backup. The session is closed
    // first (it must be the file's only user). The replaced file is kept
    // beside it as NAME.replaced-DATE; the swap itself is one rename, so a
    // crash leaves either the old file or the restored one in place.
    [[nodiscard]] static storage::Status restore(std::unique_ptr<OfficeSession> session, const Plan &plan,
                                                 const QByteArray &password, Users users,
                                                 const storage::DatabaseOptions &options = {});
};

} // namespace vanphong::office
