#pragma once

#include "UserAccount.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vanphong::storage {
class Database;
}

namespace vanphong::office {

// An audit log whose signatures were removed with a tool (issue 11). Without
// them the log passes for one written before entries were signed, whose
// unsigned entries are believed: a clerk who strips every signature and adds
// unsigned entries making himself office chief would be believed. Two things
// tell, and neither alone is enough (FILE-FORMAT.md, "What the format cannot
// detect"):
// - inside the file, a key registration left without its signature
//   (AuditSignatures); a tool that also removes the registrations and
//   chains the log again leaves nothing inside;
// - outside it, this computer's memory of the log as it saw it signed
//   (WorkstationMemory), which also remembers what each account was.
// Once the signatures are gone the log no longer says who holds which role:
// an account gets no more than this computer last believed of it.
class SignatureLoss final
{
    Q_DECLARE_TR_FUNCTIONS(SignatureLoss)
public:
    // The warning for whoever signs in (translated; empty when nothing is found).
    static QString warning(storage::Database &db);
    // Nothing when the log's signatures are where they were (the log decides,
    // OfficeSession::checkStanding). Otherwise the verdict on `user`'s row:
    // refused if it grants more than this computer last believed of the
    // account; for an account this computer never saw, refused for work and
    // allowed read-only (to check the file and save what it holds).
    static std::optional<storage::Status> checkStanding(storage::Database &db, const UserAccount &user);

private:
    // Why the log is known to have lost its signatures (empty: it is not).
    static QString evidence(storage::Database &db);
};

} // namespace vanphong::office
