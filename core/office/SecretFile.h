#pragma once

#include "Role.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage { class Database; }

namespace vanphong::office {

// The Law on Protection of State Secrets (2018, Điều 5) forbids drafting or
// keeping state-secret content on a computer that is or has been connected to
// a network; offices keep a standalone computer for it. So an office file is
// either ordinary or for secrets, decided when it is made. On an ordinary file
// a Mật or higher line keeps only what its register may show (number, date,
// sender, symbol, mark); its excerpt, the leader's direction, scans, papers'
// files and minutes belong to the secret file on the standalone computer.
class SecretFile final
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)
public:
    [[nodiscard]] static bool isSecretFile(storage::Database &db);
    // Written once, when the file is made, with its audit entry in the same
    // transaction (table "file", record "file.kind", action "kind"): the
    // audit cross-check (FileKindCheck) compares the meta row with it.
    [[nodiscard]] static storage::Status mark(storage::Database &db, bool forSecrets, const QString &actor);
    // A file made before the kind was logged gets its entry (action
    // "kind-adopted") at its first working sign-in; nothing if it has one.
    [[nodiscard]] static storage::Status adoptKind(storage::Database &db, const QString &actor);
    // "secret" or "ordinary", as the application reads the meta row (a
    // missing or unknown value is ordinary).
    [[nodiscard]] static QString kindOf(storage::Database &db);

    // Where the kind is logged.
    static const QString LogTable;  // "file"
    static const QString LogRecord; // "file.kind"
    // Ok, or Forbidden naming `what` ("the excerpt") when content of `level` may not be kept in this file.
    [[nodiscard]] static storage::Status mayHold(storage::Database &db, Clearance level, const QString &what);

    // The network interfaces that are up and not loopback, by name: a secret
    // file should not be opened while any is connected.
    [[nodiscard]] static QStringList connectedInterfaces();
    // The office chief confirms that this computer is the office's standalone
    // one despite `interfaces`; recorded in the audit log.
    [[nodiscard]] static storage::Status confirmStandalone(storage::Database &db, const QString &actor, const QStringList &interfaces);
};

} // namespace vanphong::office
