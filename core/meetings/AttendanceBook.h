#pragma once

#include "Meeting.h"
#include "QuorumRules.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

struct Attendee
{
    enum class Presence { Unknown, Present, Absent, Late };
    qint64 id = 0;
    qint64 memberId = 0;      // 0: an invited guest
    QString fullName;
    QString position;
    Presence presence = Presence::Unknown;
    QString reason;           // why absent, or why late
    QDateTime arrivedAt;      // when a late member came in: as the clerk gave it, never the moment of the click

    [[nodiscard]] bool isGuest() const { return memberId == 0; }
    // Counted for the quorum: present, or late and arrived.
    [[nodiscard]] bool counts() const { return presence == Presence::Present || (presence == Presence::Late && arrivedAt.isValid()); }
    static QString presenceCode(Presence p);
    static std::optional<Presence> presenceFromCode(const QString &code);
};

// Who is invited and who came: the members of the meeting's body (invited
// when the meeting was made) and the guests; the quorum computed from them.
class AttendanceBook final
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceBook)
public:
    AttendanceBook(storage::Database &db, QString actor);
    // Once the meeting is closed, changes are corrections: they need this reason (ClosedRecord).
    void setCorrectionReason(const QString &reason) { m_correction = reason; }

    [[nodiscard]] storage::Result<QList<Attendee>> attendees(qint64 meetingId) const;
    // A guest added after the standing members approved the list needs their approval again.
    [[nodiscard]] storage::Result<Attendee> addGuest(qint64 meetingId, const QString &fullName, const QString &position);
    // A late member's arrival must fall inside the meeting (after its start,
    // not after its recorded end, not in the future): the minutes print it.
    [[nodiscard]] storage::Status mark(qint64 attendeeId, Attendee::Presence presence, const QString &reason = {},
                                       const QDateTime &arrivedAt = {});
    // Whether `meeting` is being held at `now` (begun on that day, not closed,
    // not past a recorded end): only then is "now" a fair default for a late
    // arrival. Marked afterwards, the time must be asked.
    [[nodiscard]] static bool underWay(const Meeting &meeting, const QDateTime &now);
    // Why `arrivedAt` cannot be a late arrival at `meeting` (translated; empty: it can).
    [[nodiscard]] static QString arrivalProblem(const Meeting &meeting, const QDateTime &arrivedAt, const QDateTime &now);

    struct Quorum
    {
        int members = 0;        // of the body, invited
        int present = 0;        // counted
        int presentNeeded = 0;
        int votesNeeded = 0;    // for a decision, of all members
        bool canMeet = false;
    };
    [[nodiscard]] storage::Result<Quorum> quorum(qint64 meetingId) const;

private:
    storage::Database &m_db;
    QString m_actor;
    QString m_correction;
};

} // namespace vanphong::meetings
