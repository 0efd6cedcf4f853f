#pragma once

#include <QCoreApplication>
#include <QString>

namespace vanphong::storage {
class Database;
}

namespace vanphong::office {

// What this computer last saw of each office file it opened: the number of
// audit log entries and the newest entry's MAC, per file id, in a small
// settings file of its own, authenticated under a key of the file (so an edit
// of the settings by someone without the file's key is ignored, not trusted).
// Opening an older state of the file than the one seen here (fewer entries,
// or another entry where the last one seen was) means the file was rolled
// back or replaced by an older copy: every page of such a copy is authentic,
// so only a memory outside the file can tell.
class WorkstationMemory final
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationMemory)
public:
    // A translated warning when the file is older than what this computer
    // saw (empty otherwise); then remembers the file as it is now, so that
    // the warning is given once (and written to the audit log by the caller).
    static QString check(storage::Database &db);
    // Remembers the file's current state (at the end of a session).
    static void remember(storage::Database &db);
    // The settings file; VANPHONG_WORKSTATION_MEMORY overrides it (tests).
    static QString settingsPath();
};

} // namespace vanphong::office
