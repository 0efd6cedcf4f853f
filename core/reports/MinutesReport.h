#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The minutes of a meeting (biên bản) in the Party format (DOMAIN.md;
// Hướng dẫn 16-HD/VPTW): the header, time and place, chair and recorder,
// attendance with the absent and their reasons, the documents used, each
// agenda item with its presenter, speakers, votes and the chair's
// conclusion, the end time, and signature blocks for the recorder and the
// chair; made in two copies, each marked with where it is filed.
class MinutesReport final
{
    Q_DECLARE_TR_FUNCTIONS(MinutesReport)
public:
    // What the minutes still lack (translated; empty: complete). Printing is
    // allowed with problems: the clerk sees them first.
    [[nodiscard]] static storage::Result<QStringList> problems(storage::Database &db, qint64 meetingId);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> build(storage::Database &db, qint64 meetingId);
};

} // namespace vanphong::reports
