#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::storage { class Database; }

namespace vanphong::documents {

// A secret register line's sealed content besides its excerpt: the leader's
// direction and the handover notes, the cancellation reason, the scans and
// their names (office::ClearanceKeys). A correction that moves the line to
// another secret level seals them again at it: lowered, the readers of the
// new level read them (not only the excerpt); raised, the holders of the old
// level's key no longer can.
class LineSeals final
{
    Q_DECLARE_TR_FUNCTIONS(LineSeals)
public:
    // Inside the caller's transaction, after ClearanceKeys::ensure(level).
    // `kind` is "in" or "out"; `from` the mark the line had. A value sealed
    // higher than `from` belongs to a mark lowered with a tool (sealingLevel)
    // and is raised, never brought down. Each scan sealed again gets an
    // audit entry (`reseal`) with the fields verify's cross-check compares.
    [[nodiscard]] static storage::Status reseal(storage::Database &db, const QString &kind, qint64 id, int level, int from,
                                                const QString &actor);
};

} // namespace vanphong::documents
