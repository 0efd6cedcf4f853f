#pragma once

#include "documents/LineHistory.h"
#include "office/Role.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// Once a meeting is closed its record (attendance, minutes, conclusions,
// the meeting's own facts) is what the minutes were signed on: it can still
// be corrected, but only with a reason, and each correction is written to
// the audit log with the values before and after. The meeting's history of
// corrections is read back from there, as a register line's is.
class ClosedRecord final
{
    Q_DECLARE_TR_FUNCTIONS(ClosedRecord)
public:
    // Whether the meeting is closed (a correction then needs a reason).
    [[nodiscard]] static storage::Result<bool> isClosed(storage::Database &db, qint64 meetingId);
    // Ok when the meeting is open, or closed and a reason is given; the
    // reason as kept (composed, single spaces) in `cleaned`.
    [[nodiscard]] static storage::Result<bool> check(storage::Database &db, qint64 meetingId, const QString &reason, QString *cleaned);
    // Writes one correction of a closed meeting's record: `before` and `after`
    // hold the fields as a clerk reads them. Above "Thường" they and the
    // reason are logged sealed (MeetingSeals) at `level`: that of the part
    // corrected, the meeting's own mark when not given.
    [[nodiscard]] static storage::Status log(storage::Database &db, const QString &actor, const QString &table, qint64 recordId,
                                             qint64 meetingId, const QString &reason, const QJsonObject &before, const QJsonObject &after,
                                             std::optional<office::Clearance> level = std::nullopt);
    // Every correction of the meeting's record, oldest first.
    [[nodiscard]] static storage::Result<QList<documents::LineEvent>> history(storage::Database &db, qint64 meetingId);
    // "Attendance", "Minutes", ...: what part of the record a table holds.
    [[nodiscard]] static QString partName(const QString &table);
    // "present", "absent"..., translated, for people to read.
    [[nodiscard]] static QString presenceName(const QString &code);
};

} // namespace vanphong::meetings
