#pragma once

#include "storage/StorageError.h"

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The papers of a meeting besides its minutes, in the Party format: one
// invitation (giấy mời) per person invited, each on its own page, and the
// attendee list to sign at the door (danh sách đại biểu, with a column for
// signatures), and the programme. Printed words are Vietnamese.
class MeetingPapers final
{
public:
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> invitations(storage::Database &db, qint64 meetingId);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> signInSheet(storage::Database &db, qint64 meetingId);
    // The programme (chương trình hội nghị): each agenda item with its time,
    // counted from the start by the planned minutes, and who presents it.
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> programme(storage::Database &db, qint64 meetingId);
};

} // namespace vanphong::reports
