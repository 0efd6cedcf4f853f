#pragma once

#include "office/Role.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// A meeting, or one item of its agenda, may be Mật or above (a personnel
// discussion); its minutes, conclusions and papers' files then follow the
// clearance rules of secret documents. An item is as secret as the more
// secret of itself and its meeting. The reader is the user the file was
// opened with (office::AccessControl::clearance).
class MeetingSecrecy final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingSecrecy)
public:
    // The level of the meeting, or of the item within it when `agendaItemId` is set.
    [[nodiscard]] static storage::Result<office::Clearance> levelOf(storage::Database &db, qint64 meetingId, qint64 agendaItemId = 0);
    // The level of an agenda item within its meeting, found by the item alone.
    [[nodiscard]] static storage::Result<office::Clearance> levelOfItem(storage::Database &db, qint64 agendaItemId);
    // The most secret level anywhere in the meeting (itself or any item).
    [[nodiscard]] static storage::Result<office::Clearance> highestIn(storage::Database &db, qint64 meetingId);
    // Ok, or Forbidden when the acting user is not cleared for that level.
    [[nodiscard]] static storage::Status requireCleared(storage::Database &db, qint64 meetingId, qint64 agendaItemId = 0);
    [[nodiscard]] static storage::Status requireClearedForItem(storage::Database &db, qint64 agendaItemId);
    // The same for a level already looked up (its error passed on).
    [[nodiscard]] static storage::Status requireLevel(storage::Database &db, const storage::Result<office::Clearance> &needed);
    [[nodiscard]] static bool cleared(storage::Database &db, office::Clearance level);
    // On the ordinary file, a meeting (agendaItemId 0) or an item (meetingId not needed) that already holds
    // minutes, conclusions or papers' files cannot become Mật or higher: that
    // content would stay where secrets may not be kept (office::SecretFile).
    [[nodiscard]] static storage::Status mayBecome(storage::Database &db, qint64 meetingId, qint64 agendaItemId, office::Clearance level);
};

} // namespace vanphong::meetings
