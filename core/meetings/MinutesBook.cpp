#include "MinutesBook.h"

#include "ClosedRecord.h"

#include "AttendanceBook.h"
#include "MeetingSeals.h"
#include "MeetingSecrecy.h"
#include "office/AccessControl.h"
#include "office/ClearanceKeys.h"
#include "office/SecretFile.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;

namespace {
const char *const KindCodes[] = {"presentation", "speech", "vote", "note"};

QVariant votes(const MinutesEntry &e, int n) { return e.kind == MinutesEntry::Kind::Vote ? QVariant(n) : QVariant(); }
} // namespace

QString MinutesEntry::kindCode(Kind kind) { return QLatin1String(KindCodes[int(kind)]); }
std::optional<MinutesEntry::Kind> MinutesEntry::kindFromCode(const QString &code)
{
    for (int i = 0; i < 4; ++i)
        if (code == QLatin1String(KindCodes[i]))
            return Kind(i);
    return std::nullopt;
}

MinutesBook::MinutesBook(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QStringList MinutesBook::voteProblems(const MinutesEntry &v, int members, int present)
{
    QStringList problems;
    if (v.kind != MinutesEntry::Kind::Vote)
        return problems;
    if (v.votesFor < 0 || v.votesAgainst < 0 || v.votesAbstain < 0)
        problems << tr("Votes cannot be negative.");
    const int cast = v.votesFor + v.votesAgainst + v.votesAbstain;
    // Only those in the room vote: once attendance is taken, it is the limit.
    if (present > 0 && cast > present)
        problems << tr("%1 votes were counted, but only %2 members are present.").arg(cast).arg(present);
    else if (members > 0 && cast > members)
        problems << tr("%1 votes were counted, but the body has %2 members.").arg(cast).arg(members);
    return problems;
}

storage::Status MinutesBook::checkVotes(const MinutesEntry &e) const
{
    // Only a vote is counted against the body; a speech typed at autosave pace costs no attendance lookup.
    if (e.kind != MinutesEntry::Kind::Vote)
        return storage::Ok{};
    auto quorum = AttendanceBook(m_db, m_actor).quorum(e.meetingId);
    if (!quorum)
        return quorum.error();
    if (const QStringList problems = voteProblems(e, quorum->members, quorum->present); !problems.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, problems.join(QLatin1Char(' ')));
    return storage::Ok{};
}

storage::Result<QList<MinutesEntry>> MinutesBook::entries(qint64 meetingId) const
{
    // The minutes of a secret meeting are read only by the cleared; within an
    // ordinary meeting, a secret item's entries are left out for the others.
    if (auto s = MeetingSecrecy::requireCleared(m_db, meetingId); !s)
        return s.error();
    const int reader = int(office::AccessControl::clearance(m_db));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT e.id, e.meeting_id, COALESCE(e.agenda_item_id, 0), e.position, e.kind, e.speaker, e.text,"
                             " COALESCE(e.votes_for, 0), COALESCE(e.votes_against, 0), COALESCE(e.votes_abstain, 0), e.updated_at,"
                             " COALESCE(a.confidentiality, 0)"
                             " FROM minutes_entries e LEFT JOIN agenda_items a ON a.id = e.agenda_item_id"
                             " WHERE e.meeting_id = ? ORDER BY COALESCE(a.position, 0), e.position, e.id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<MinutesEntry> out;
    while (q.next()) {
        if (q.value(11).toInt() > reader)
            continue;
        MinutesEntry e;
        e.id = q.value(0).toLongLong();
        e.meetingId = q.value(1).toLongLong();
        e.agendaItemId = q.value(2).toLongLong();
        e.position = q.value(3).toInt();
        e.kind = MinutesEntry::kindFromCode(q.value(4).toString()).value_or(MinutesEntry::Kind::Note);
        e.speaker = MeetingSeals::open(m_db, q.value(5).toString(), MeetingSeals::Speaker);
        e.text = MeetingSeals::open(m_db, q.value(6).toString(), MeetingSeals::Text);
        e.votesFor = q.value(7).toInt();
        e.votesAgainst = q.value(8).toInt();
        e.votesAbstain = q.value(9).toInt();
        e.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
        out.append(e);
    }
    return out;
}

storage::Result<MinutesEntry> MinutesBook::add(MinutesEntry e)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    const auto level = MeetingSeals::sealingLevel(m_db, e.meetingId, e.agendaItemId);
    if (auto s = MeetingSecrecy::requireLevel(m_db, level); !s)
        return s.error();
    if (auto s = office::SecretFile::mayHold(m_db, *level, tr("the minutes")); !s)
        return s.error();
    if (auto checked = checkVotes(e); !checked)
        return checked.error();
    QString why;
    auto closed = ClosedRecord::check(m_db, e.meetingId, m_correction, &why);
    if (!closed)
        return closed.error();
    if (auto s = MeetingSeals::prepare(m_db, *level, m_actor); !s)
        return s.error();
    const auto speaker = MeetingSeals::seal(m_db, *level, MeetingSeals::Speaker, e.speaker.simplified());
    const auto text = MeetingSeals::seal(m_db, *level, MeetingSeals::Text, e.text.trimmed());
    if (!speaker || !text)
        return speaker ? text.error() : speaker.error();
    e.updatedAt = QDateTime::currentDateTime();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO minutes_entries (meeting_id, agenda_item_id, position, kind, speaker, text, votes_for,"
                             " votes_against, votes_abstain, updated_at)"
                             " VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM minutes_entries WHERE meeting_id = ?), ?, ?, ?, ?, ?, ?, ?)"
                             " RETURNING id, position"));
    for (const QVariant &v : QVariantList{e.meetingId, e.agendaItemId ? QVariant(e.agendaItemId) : QVariant(), e.meetingId,
                                          MinutesEntry::kindCode(e.kind), *speaker, *text, votes(e, e.votesFor),
                                          votes(e, e.votesAgainst), votes(e, e.votesAbstain), e.updatedAt.toString(Qt::ISODate)})
        q.addBindValue(v.userType() == QMetaType::QString ? storage::notNull(v.toString()) : v);
    if (!t.isActive() || !q.exec() || !q.next())
        return m_db.errorFor(q.lastError());
    e.id = q.value(0).toLongLong();
    e.position = q.value(1).toInt();
    q.finish();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("minutes_entries"), QString::number(e.id), QStringLiteral("insert"), {},
                     QStringLiteral("%1|%2").arg(MinutesEntry::kindCode(e.kind), *speaker)}))
        return m_db.errorFor(m_db.sql().lastError());
    if (closed.value()) {
        qint64 meetingId = 0;
        auto after = snapshot(e.id, &meetingId);
        if (!after)
            return after.error();
        if (auto s = ClosedRecord::log(m_db, m_actor, QStringLiteral("minutes_entries"), e.id, e.meetingId, why, {}, after.value(), *level);
            !s)
            return s.error();
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return e;
}

storage::Status MinutesBook::save(const MinutesEntry &e)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    const auto level = levelOfEntry(e.id);
    if (auto s = MeetingSecrecy::requireLevel(m_db, level); !s)
        return s;
    if (auto checked = checkVotes(e); !checked)
        return checked;
    qint64 meetingId = 0;
    auto before = snapshot(e.id, &meetingId);
    if (!before)
        return before.error();
    QString why;
    auto closed = ClosedRecord::check(m_db, meetingId, m_correction, &why);
    if (!closed)
        return closed.error();
    // Autosave comes at typing pace: the key is looked for in the log only
    // when this session holds none for the level.
    if (*level != office::Clearance::Normal && m_db.levelKeys().newestVersion(int(*level)) == 0)
        if (auto s = MeetingSeals::prepare(m_db, *level, m_actor); !s)
            return s;
    const auto speaker = MeetingSeals::seal(m_db, *level, MeetingSeals::Speaker, e.speaker.simplified());
    const auto text = MeetingSeals::seal(m_db, *level, MeetingSeals::Text, e.text.trimmed());
    if (!speaker || !text)
        return speaker ? text.error() : speaker.error();
    // Autosave writes often while the meeting is open: the audit log records
    // that an entry was added, not each keystroke's text. Once the meeting is
    // closed, each change is a correction, logged with its values and reason.
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE minutes_entries SET speaker = ?, text = ?, votes_for = ?, votes_against = ?, votes_abstain = ?,"
                             " updated_at = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{*speaker, *text, votes(e, e.votesFor), votes(e, e.votesAgainst),
                                          votes(e, e.votesAbstain), QDateTime::currentDateTime().toString(Qt::ISODate), e.id})
        q.addBindValue(v.userType() == QMetaType::QString ? storage::notNull(v.toString()) : v);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return StorageError::make(StorageError::Kind::Invalid, tr("This entry of the minutes no longer exists."));
    if (closed.value()) {
        auto after = snapshot(e.id, &meetingId);
        if (!after)
            return after.error();
        if (after.value() == before.value())
            return storage::Ok{}; // nothing changed: nothing to correct
        if (auto s = ClosedRecord::log(m_db, m_actor, QStringLiteral("minutes_entries"), e.id, meetingId, why, before.value(),
                                       after.value(), *level);
            !s)
            return s;
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QJsonObject> MinutesBook::snapshot(qint64 entryId, qint64 *meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT meeting_id, kind, speaker, text, votes_for, votes_against, votes_abstain FROM minutes_entries WHERE id = ?"));
    q.addBindValue(entryId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(StorageError::Kind::Invalid, tr("This entry of the minutes no longer exists."));
    *meetingId = q.value(0).toLongLong();
    // As a clerk reads them: sealed values differ at each sealing, the words they hold do not.
    // Words this session cannot open are not changed by it: what it saved would replace them.
    const auto speaker = office::ClearanceKeys::openText(m_db, q.value(2).toString(), MeetingSeals::Speaker);
    const auto text = office::ClearanceKeys::openText(m_db, q.value(3).toString(), MeetingSeals::Text);
    if (!speaker || !text)
        return StorageError::make(StorageError::Kind::Forbidden, office::ClearanceKeys::notGivenText());
    QJsonObject o{{QStringLiteral("speaker"), *speaker}, {QStringLiteral("text"), *text}};
    if (q.value(1).toString() == MinutesEntry::kindCode(MinutesEntry::Kind::Vote)) {
        o.insert(QStringLiteral("for"), QString::number(q.value(4).toInt()));
        o.insert(QStringLiteral("against"), QString::number(q.value(5).toInt()));
        o.insert(QStringLiteral("abstain"), QString::number(q.value(6).toInt()));
    }
    return o;
}

storage::Result<office::Clearance> MinutesBook::levelOfEntry(qint64 entryId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT meeting_id, COALESCE(agenda_item_id, 0) FROM minutes_entries WHERE id = ?"));
    q.addBindValue(entryId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(StorageError::Kind::Invalid, tr("This entry of the minutes no longer exists."));
    return MeetingSeals::sealingLevel(m_db, q.value(0).toLongLong(), q.value(1).toLongLong());
}

storage::Status MinutesBook::remove(qint64 entryId)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    const auto level = levelOfEntry(entryId);
    if (auto s = MeetingSecrecy::requireLevel(m_db, level); !s)
        return s;
    qint64 meetingId = 0;
    auto before = snapshot(entryId, &meetingId);
    if (!before)
        return before.error();
    QString why;
    auto closed = ClosedRecord::check(m_db, meetingId, m_correction, &why);
    if (!closed)
        return closed.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM minutes_entries WHERE id = ?"));
    q.addBindValue(entryId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("minutes_entries"), QString::number(entryId), QStringLiteral("delete"), {}, {}}))
        return m_db.errorFor(m_db.sql().lastError());
    if (closed.value()) {
        const QString words = before->value(QStringLiteral("speaker")).toString().isEmpty()
                                  ? before->value(QStringLiteral("text")).toString()
                                  : QStringLiteral("%1: %2").arg(before->value(QStringLiteral("speaker")).toString(),
                                                                 before->value(QStringLiteral("text")).toString());
        if (auto s = ClosedRecord::log(m_db, m_actor, QStringLiteral("minutes_entries"), entryId, meetingId, why,
                                       {{QStringLiteral("removed"), words}}, {{QStringLiteral("removed"), QString()}}, *level);
            !s)
            return s;
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::meetings
