#pragma once

#include "AuditSignatures.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

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
//
// It also remembers the log as signed (issue 11): the first signed entry it
// saw, and for each account what the log's believable entries left it and
// which registration gave it its newest signing key. The MAC covers none of
// the signatures, so stripping them all leaves the chain and the head as they
// were, and the log would pass for one made before entries were signed
// (whose unsigned entries are believed): only a memory of having seen them
// can tell, and say what the accounts were before.
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

    // A translated reason when signatures this computer saw are gone: the
    // first signed entry it saw, or the registration of an account's key it
    // saw, is no longer a soundly signed registration (empty otherwise, and
    // when the file is older than that entry: `check` says so). What it
    // remembers of the log is then kept as it was, not replaced by the
    // stripped log's word, so the warning holds until the file is replaced.
    static QString lostSignatures(storage::Database &db);
    // What this computer last believed of `login`'s account in a signed log,
    // and when it saw it; nothing if it never saw the account (or the log signed).
    struct Seen
    {
        AuditSignatures::Standing standing;
        QString when; // ISO date and time, UTC
    };
    static std::optional<Seen> lastSeen(storage::Database &db, const QString &login);
    // A rekey gives the file a new key and id but keeps its log: what this
    // computer saw of the log signed goes with it (taken before the rekey,
    // written under the new key after). Otherwise removing the clerk who took
    // the signatures off would make every computer forget what it saw.
    static QByteArray signedLogToCarry(storage::Database &db);
    static void carrySignedLog(storage::Database &db, const QByteArray &carried);
    // The settings file; VANPHONG_WORKSTATION_MEMORY overrides it (tests).
    static QString settingsPath();
};

} // namespace vanphong::office
