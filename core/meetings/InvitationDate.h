#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// The issue date of a meeting's invitations (giấy mời). An invitation is a
// paper of its own and carries the day it was made on its date line
// (Hướng dẫn 36-HD/VPTW, element 4), not the meeting's day and not the day
// it happens to be printed again: the date is kept (meeting_invitations,
// schema 16), set by the clerk or, when none was set, fixed to the day the
// invitations are issued, when they take their number (PaperNumbers); a proof
// printed before that fixes nothing. Audited as the meeting's other facts.
class InvitationDate final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationDate)
public:
    explicit InvitationDate(storage::Database &db);

    // The kept date; no value when the invitations were never made nor dated.
    [[nodiscard]] storage::Result<std::optional<QDate>> issuedOn(qint64 meetingId) const;
    // Sets the date (PrepareMeetings). A date on or after the meeting's day is
    // kept (the clerk may be re-issuing) but warned about by warning().
    [[nodiscard]] storage::Status set(qint64 meetingId, const QDate &date);
    // The kept date, or today's kept as the day the invitations are made.
    [[nodiscard]] storage::Result<QDate> fix(qint64 meetingId, const QDate &today = QDate::currentDate());

    // Translated; empty when the date is before the meeting's day. An
    // invitation dated on or after the meeting reaches nobody in time.
    static QString warning(const QDate &issuedOn, const QDate &meetingDay);

private:
    storage::Database &m_db;
};

} // namespace vanphong::meetings
