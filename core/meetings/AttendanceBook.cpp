#include "AttendanceBook.h"

#include "ClosedRecord.h"
#include "MeetingStore.h"

#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;

namespace {
const char *const PresenceCodes[] = {"unknown", "present", "absent", "late"};
} // namespace

QString Attendee::presenceCode(Presence p) { return QLatin1String(PresenceCodes[int(p)]); }
std::optional<Attendee::Presence> Attendee::presenceFromCode(const QString &code)
{
    for (int i = 0; i < 4; ++i)
        if (code == QLatin1String(PresenceCodes[i]))
            return Presence(i);
    return std::nullopt;
}

AttendanceBook::AttendanceBook(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<QList<Attendee>> AttendanceBook::attendees(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, COALESCE(member_id, 0), full_name, position, attendance, reason, arrived_at"
                             " FROM meeting_attendees WHERE meeting_id = ? ORDER BY member_id IS NULL, position_in_list, id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Attendee> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    Attendee::presenceFromCode(q.value(4).toString()).value_or(Attendee::Presence::Unknown), q.value(5).toString(),
                    QDateTime::fromString(q.value(6).toString(), Qt::ISODate)});
    return out;
}

storage::Result<Attendee> AttendanceBook::addGuest(qint64 meetingId, const QString &fullName, const QString &position)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    Attendee guest;
    guest.fullName = fullName.normalized(QString::NormalizationForm_C).simplified();
    guest.position = position.simplified();
    if (guest.fullName.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("A guest needs a name."));
    QString why;
    auto closed = ClosedRecord::check(m_db, meetingId, m_correction, &why);
    if (!closed)
        return closed.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meeting_attendees (meeting_id, member_id, full_name, position, position_in_list)"
                             " VALUES (?, NULL, ?, ?, (SELECT COALESCE(MAX(position_in_list), 0) + 1 FROM meeting_attendees WHERE meeting_id = ?))"));
    for (const QVariant &v : QVariantList{meetingId, guest.fullName, storage::notNull(guest.position), meetingId})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    guest.id = q.lastInsertId().toLongLong();
    // The list changed: the standing members' approval no longer covers it.
    q.prepare(QStringLiteral("UPDATE meetings SET guests_approved_by = '', guests_approved_at = NULL WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("meeting_attendees"), QString::number(guest.id), QStringLiteral("guest"), {},
                     QStringLiteral("%1|%2").arg(guest.fullName, guest.position)}))
        return m_db.errorFor(m_db.sql().lastError());
    if (closed.value())
        if (auto s = ClosedRecord::log(m_db, m_actor, QStringLiteral("meeting_attendees"), guest.id, meetingId, why, {},
                                       {{QStringLiteral("guest"), QStringLiteral("%1, %2").arg(guest.fullName, guest.position)}});
            !s)
            return s.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return guest;
}

storage::Status AttendanceBook::mark(qint64 attendeeId, Attendee::Presence presence, const QString &reason, const QDateTime &arrivedAt)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    if (presence == Attendee::Presence::Absent && reason.trimmed().isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("Give the reason for the absence; the minutes record it."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT meeting_id, attendance, reason, COALESCE(arrived_at, '') FROM meeting_attendees WHERE id = ?"));
    q.addBindValue(attendeeId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(StorageError::Kind::Invalid, tr("There is no such attendee."));
    const qint64 meetingId = q.value(0).toLongLong();
    const QJsonObject before{{QStringLiteral("presence"), q.value(1).toString()}, {QStringLiteral("absence_reason"), q.value(2).toString()},
                             {QStringLiteral("arrived"), q.value(3).toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' '))}};
    QString why;
    auto closed = ClosedRecord::check(m_db, meetingId, m_correction, &why);
    if (!closed)
        return closed.error();
    if (presence == Attendee::Presence::Late && arrivedAt.isValid()) {
        auto meeting = MeetingStore(m_db, QString()).get(meetingId);
        if (!meeting)
            return meeting.error();
        if (const QString problem = arrivalProblem(meeting.value(), arrivedAt, QDateTime::currentDateTime()); !problem.isEmpty())
            return StorageError::make(StorageError::Kind::Invalid, problem);
    }
    const QString arrived = presence == Attendee::Presence::Late && arrivedAt.isValid() ? arrivedAt.toString(Qt::ISODate) : QString();
    const QJsonObject after{{QStringLiteral("presence"), Attendee::presenceCode(presence)}, {QStringLiteral("absence_reason"), reason.simplified()},
                            {QStringLiteral("arrived"), arrived.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))}};
    if (closed.value() && before == after)
        return StorageError::make(StorageError::Kind::Invalid, tr("Nothing was changed."));
    storage::Transaction t(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meeting_attendees SET attendance = ?, reason = ?, arrived_at = ? WHERE id = ?"));
    q.addBindValue(Attendee::presenceCode(presence));
    q.addBindValue(storage::notNull(reason.simplified()));
    q.addBindValue(presence == Attendee::Presence::Late && arrivedAt.isValid() ? QVariant(arrivedAt.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(attendeeId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (closed.value()) {
        if (auto s = ClosedRecord::log(m_db, m_actor, QStringLiteral("meeting_attendees"), attendeeId, meetingId, why, before, after); !s)
            return s;
    } else {
        storage::AuditLog log(m_db);
        if (!log.append({m_actor, QStringLiteral("meeting_attendees"), QString::number(attendeeId), QStringLiteral("attendance"), {},
                         QStringLiteral("%1|%2").arg(Attendee::presenceCode(presence), reason.simplified())}))
            return m_db.errorFor(m_db.sql().lastError());
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

bool AttendanceBook::underWay(const Meeting &meeting, const QDateTime &now)
{
    return meeting.status != Meeting::Status::Closed && meeting.status != Meeting::Status::Cancelled && meeting.startsAt.isValid()
        && now > meeting.startsAt && now.date() == meeting.startsAt.date() && (!meeting.endsAt.isValid() || now <= meeting.endsAt);
}

QString AttendanceBook::arrivalProblem(const Meeting &meeting, const QDateTime &arrivedAt, const QDateTime &now)
{
    const QString format = QStringLiteral("HH:mm dd/MM/yyyy");
    if (!arrivedAt.isValid())
        return tr("Give the time the member came in.");
    if (arrivedAt <= meeting.startsAt)
        return tr("The meeting began at %1: a late arrival comes after that.").arg(meeting.startsAt.toString(format));
    // "đến muộn lúc 23 giờ 12" under a meeting that ended at 16:30 was a false fact in the minutes.
    if (meeting.endsAt.isValid() && arrivedAt > meeting.endsAt)
        return tr("The meeting ended at %1: a member who came in at %2 did not attend it.")
            .arg(meeting.endsAt.toString(format), arrivedAt.toString(format));
    if (arrivedAt > now.addSecs(60))
        return tr("%1 is still to come: give the time the member came in.").arg(arrivedAt.toString(format));
    return {};
}

storage::Result<AttendanceBook::Quorum> AttendanceBook::quorum(qint64 meetingId) const
{
    auto list = attendees(meetingId);
    if (!list)
        return list.error();
    auto rules = QuorumRules::load(m_db);
    if (!rules)
        return rules.error();
    Quorum quorum;
    for (const Attendee &a : list.value()) {
        if (a.isGuest())
            continue; // guests neither make the quorum nor vote
        ++quorum.members;
        if (a.counts())
            ++quorum.present;
    }
    quorum.presentNeeded = rules->presentNeeded(quorum.members);
    quorum.votesNeeded = rules->votesNeeded(quorum.members);
    quorum.canMeet = quorum.members > 0 && rules->canMeet(quorum.members, quorum.present);
    return quorum;
}

} // namespace vanphong::meetings
