#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::storage { class Database; }

namespace vanphong::office {
struct UserAccount;

// Content above "Thường" that a version before the clearance keys (schema
// 15) wrote in plain: a secret line's excerpt, direction, handover notes,
// reasons and scans, and a secret meeting's minutes, conclusions, decisions
// and papers' files. At each sign-in of someone cleared for it, what is
// still plain is sealed (ClearanceKeys) at its level, the line's search rows
// are written again without its hidden words, and the audit log records the
// sealing with the row's new values (so verify's cross-check still compares
// the row with its newest entry). Entries the log already holds keep what
// they recorded: the log is append-only and signed (docs/FILE-FORMAT.md).
class LegacySealing final
{
    Q_DECLARE_TR_FUNCTIONS(LegacySealing)
public:
    // Nothing to do costs a few reads; the write lock is taken only when
    // something is sealed. Returns how many values were sealed.
    [[nodiscard]] static storage::Result<int> run(storage::Database &db, const UserAccount &user);
};

} // namespace vanphong::office
