#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

namespace vanphong::storage { class Database; }

namespace vanphong::documents {

// Whether the archive holds a register line as it stands: once the dossier it
// is filed in has been handed over to the archive or destroyed, the dossier's
// list (and the papers printed from it) say what the line said, and the line
// no longer changes (Hướng dẫn 17-HD/VPTW: a handed-over dossier is the
// archive's). Read here from the archive's tables, which sit above this
// module, so that the registers, their scans and the meetings all ask one place.
class ArchiveHold final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveHold)
public:
    // Refuses a change to line `refId` of `kind` ("in", "out", "meeting")
    // named `reference` ("12/2026", "05-BC/ĐU") while the archive holds it.
    [[nodiscard]] static storage::Status allowsChange(storage::Database &db, const QString &kind, qint64 refId, const QString &reference);
};

} // namespace vanphong::documents
