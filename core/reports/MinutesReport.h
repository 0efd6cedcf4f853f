#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The minutes of a meeting (biên bản) laid out as the template of Hướng dẫn
// 16-HD/VPTW (2023) in the Party format (DOMAIN.md; docs/PRINTED-PAPERS.md,
// "Minutes"): "Số …-BB/ĐU", "BIÊN BẢN / Hội nghị …", time, place, content,
// chair and recorder with their positions, documents, "1. Thành phần hội
// nghị", "2. Diễn biến hội nghị", the end time, and the signatures "NGƯỜI
// GHI BIÊN BẢN" and "CHỦ TRÌ HỘI NGHỊ"; two copies, each marked at its foot
// with where it is filed. Minutes that still lack something problems()
// names are stamped "DỰ THẢO": never printed as final.
class MinutesReport final
{
    Q_DECLARE_TR_FUNCTIONS(MinutesReport)
public:
    // What the minutes still lack (translated; empty: complete). Printing is
    // allowed with problems, as a draft: the clerk sees them first.
    [[nodiscard]] static storage::Result<QStringList> problems(storage::Database &db, qint64 meetingId);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> build(storage::Database &db, qint64 meetingId);
};

} // namespace vanphong::reports
