#pragma once

#include "Meeting.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// Meetings: created with their agenda, a preparation checklist from the
// office's templates for their kind (due days from the meeting day) and the
// members of their body invited; moved with their open items; guests
// approved by the standing members before invitations go out.
class MeetingStore final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)
public:
    MeetingStore(storage::Database &db, QString actor);
    // Once the meeting is closed, changing its facts or a conclusion is a correction: it needs this reason (ClosedRecord).
    void setCorrectionReason(const QString &reason) { m_correction = reason; }

    [[nodiscard]] storage::Result<Meeting> add(Meeting draft, const QList<AgendaItem> &agenda = {});
    [[nodiscard]] storage::Result<Meeting> get(qint64 id) const;
    // Meetings starting between the two days (inclusive; invalid: open), soonest first.
    [[nodiscard]] storage::Result<QList<Meeting>> list(const QDate &from = {}, const QDate &to = {}) const;
    // A new day and time: open checklist items move with it, done ones stay as they were.
    [[nodiscard]] storage::Status reschedule(qint64 id, const QDateTime &startsAt);
    [[nodiscard]] storage::Status setStatus(qint64 id, Meeting::Status status);
    [[nodiscard]] storage::Status update(const Meeting &meeting); // place, chair, secretary, title
    // Closed, with the time it ended for the minutes (invalid: kept as it was).
    [[nodiscard]] storage::Status close(qint64 id, const QDateTime &endedAt);

    [[nodiscard]] storage::Result<QList<AgendaItem>> agenda(qint64 meetingId) const;
    [[nodiscard]] storage::Result<AgendaItem> addAgendaItem(qint64 meetingId, AgendaItem item);
    // Title, presenting body, draft documents and planned time of an item.
    [[nodiscard]] storage::Status updateAgendaItem(const AgendaItem &item);
    [[nodiscard]] storage::Status setConclusion(qint64 agendaItemId, const QString &conclusion);

    [[nodiscard]] storage::Result<QList<ChecklistItem>> checklist(qint64 meetingId) const;
    [[nodiscard]] storage::Status setChecklistState(qint64 itemId, ChecklistItem::State state);

    // The guest list approved by the standing members (who, recorded with the time).
    [[nodiscard]] storage::Status approveGuests(qint64 meetingId, const QString &approvedBy);

    // Open checklist items already late on `today`, of meetings not closed, with their meeting.
    struct Late { Meeting meeting; ChecklistItem item; };
    [[nodiscard]] storage::Result<QList<Late>> lateItems(const QDate &today) const;

private:
    storage::Status audit(const QString &table, qint64 id, const QString &action, const QString &after);
    // A meeting's entry: its main fields as the row holds them after the
    // change (compared by office::AuditCrossCheck), and what was done.
    storage::Status auditMeeting(qint64 id, const QString &action, const QString &detail);

    storage::Database &m_db;
    QString m_actor;
    QString m_correction;
};

} // namespace vanphong::meetings
