#include "MeetingStore.h"

#include "ClosedRecord.h"

#include "CommitteeMembers.h"
#include "DueDates.h"
#include "MeetingSeals.h"
#include "MeetingSecrecy.h"
#include "office/AccessControl.h"
#include "office/ClearanceKeys.h"
#include "office/SecretFile.h"
#include "office/TermStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const char *const StatusCodes[] = {"planned", "held", "closed", "cancelled"};
const char *const StateCodes[] = {"open", "done", "skipped"};

const QString MeetingColumns = QStringLiteral(
    "id, kind, body, term_id, title, starts_at, place, chair, secretary, status, guests_approved_by, guests_approved_at, created_by, ends_at,"
    " confidentiality");

Meeting meetingFrom(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.kind = MeetingKinds::fromCode(q.value(1).toString()).value_or(MeetingKind::Standing);
    m.body = MeetingKinds::bodyFromCode(q.value(2).toString()).value_or(MeetingBody::Standing);
    m.termId = q.value(3).toLongLong();
    m.title = q.value(4).toString();
    m.startsAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    m.place = q.value(6).toString();
    m.chair = q.value(7).toString();
    m.secretary = q.value(8).toString();
    m.status = Meeting::statusFromCode(q.value(9).toString()).value_or(Meeting::Status::Planned);
    m.guestsApprovedBy = q.value(10).toString();
    m.guestsApprovedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    m.createdBy = q.value(12).toString();
    m.endsAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
    m.confidentiality = office::Clearance(std::clamp(q.value(14).toInt(), 0, 3));
    return m;
}

ChecklistItem itemFrom(const QSqlQuery &q, int at = 0)
{
    ChecklistItem i;
    i.id = q.value(at).toLongLong();
    i.position = q.value(at + 1).toInt();
    i.title = q.value(at + 2).toString();
    i.offsetDays = q.value(at + 3).toInt();
    i.dueOn = QDate::fromString(q.value(at + 4).toString(), Qt::ISODate);
    i.owner = q.value(at + 5).toString();
    i.state = ChecklistItem::stateFromCode(q.value(at + 6).toString()).value_or(ChecklistItem::State::Open);
    i.doneAt = QDateTime::fromString(q.value(at + 7).toString(), Qt::ISODate);
    i.doneBy = q.value(at + 8).toString();
    return i;
}
const QString ItemColumns = QStringLiteral("id, position, title, offset_days, due_on, owner, state, done_at, done_by");
} // namespace

QString Meeting::statusCode(Status s) { return QLatin1String(StatusCodes[int(s)]); }
QString Meeting::statusName(Status s)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Meeting", "planned"), QT_TRANSLATE_NOOP("Meeting", "held"),
                                        QT_TRANSLATE_NOOP("Meeting", "closed"), QT_TRANSLATE_NOOP("Meeting", "cancelled")};
    return QCoreApplication::translate("Meeting", names[int(s)]);
}
std::optional<Meeting::Status> Meeting::statusFromCode(const QString &code)
{
    for (int i = 0; i < 4; ++i)
        if (code == QLatin1String(StatusCodes[i]))
            return Status(i);
    return std::nullopt;
}
QString ChecklistItem::stateCode(State s) { return QLatin1String(StateCodes[int(s)]); }
std::optional<ChecklistItem::State> ChecklistItem::stateFromCode(const QString &code)
{
    for (int i = 0; i < 3; ++i)
        if (code == QLatin1String(StateCodes[i]))
            return State(i);
    return std::nullopt;
}

MeetingStore::MeetingStore(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Status MeetingStore::audit(const QString &table, qint64 id, const QString &action, const QString &after)
{
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, table, QString::number(id), action, {}, after}))
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status MeetingStore::auditMeeting(qint64 id, const QString &action, const QString &detail)
{
    static const QStringList fields = {QStringLiteral("title"), QStringLiteral("starts_at"), QStringLiteral("ends_at"),
                                       QStringLiteral("place"), QStringLiteral("chair"), QStringLiteral("secretary"),
                                       QStringLiteral("status"), QStringLiteral("confidentiality")};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM meetings WHERE id = ?").arg(fields.join(QLatin1String(", "))));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.errorFor(q.lastError());
    QJsonObject o{{QStringLiteral("detail"), detail}};
    for (int i = 0; i < fields.size(); ++i)
        o.insert(fields.at(i), q.value(i).isNull() ? QJsonValue(QStringLiteral("")) : QJsonValue::fromVariant(q.value(i)));
    return audit(QStringLiteral("meetings"), id, action, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

storage::Result<Meeting> MeetingStore::add(Meeting m, const QList<AgendaItem> &agenda)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    m.title = m.title.normalized(QString::NormalizationForm_C).simplified();
    if (m.title.isEmpty())
        m.title = MeetingKinds::name(m.kind);
    if (!m.startsAt.isValid())
        return StorageError::make(K::Invalid, tr("Say when the meeting starts."));
    const auto term = office::TermStore(m_db).termFor(m.startsAt.date());
    if (!term)
        return StorageError::make(K::Invalid, tr("No term of the committee covers %1. Add the term (nhiệm kỳ) in the office profile first.")
                                                  .arg(m.startsAt.date().toString(QStringLiteral("dd/MM/yyyy"))));
    m.termId = term->id;
    m.createdBy = m_actor;
    m.status = Meeting::Status::Planned;
    // Nobody marks a meeting above what they may read themselves.
    if (!MeetingSecrecy::cleared(m_db, m.confidentiality))
        return StorageError::make(K::Forbidden, tr("You may not mark a meeting above your own clearance."));

    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meetings (kind, body, term_id, title, starts_at, place, chair, secretary, status, created_by, created_at,"
                             " confidentiality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?)"));
    for (const QVariant &v : QVariantList{MeetingKinds::code(m.kind), MeetingKinds::code(m.body), m.termId, m.title,
                                          m.startsAt.toString(Qt::ISODate), storage::notNull(m.place.simplified()),
                                          storage::notNull(m.chair.simplified()), storage::notNull(m.secretary.simplified()), m.createdBy,
                                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate), int(m.confidentiality)})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    m.id = q.lastInsertId().toLongLong();

    // The checklist from the office's template for this kind.
    QSqlQuery steps(m_db.sql());
    steps.prepare(QStringLiteral("SELECT title, offset_days, owner FROM checklist_templates WHERE kind = ? ORDER BY position"));
    steps.addBindValue(MeetingKinds::code(m.kind));
    if (!steps.exec())
        return m_db.errorFor(steps.lastError());
    QSqlQuery item(m_db.sql());
    item.prepare(QStringLiteral("INSERT INTO checklist_items (meeting_id, position, title, offset_days, due_on, owner) VALUES (?, ?, ?, ?, ?, ?)"));
    int position = 0;
    while (steps.next()) {
        for (const QVariant &v : QVariantList{m.id, ++position, steps.value(0), steps.value(1),
                                              DueDates::dueDate(m.startsAt.date(), steps.value(1).toInt()).toString(Qt::ISODate), steps.value(2)})
            item.addBindValue(v);
        if (!item.exec())
            return m_db.errorFor(item.lastError());
    }

    // The members of the meeting's body, invited.
    auto members = CommitteeMembers(m_db, m_actor).of(m.termId, m.body, m.startsAt.date());
    if (!members)
        return members.error();
    QSqlQuery invite(m_db.sql());
    invite.prepare(QStringLiteral("INSERT INTO meeting_attendees (meeting_id, member_id, full_name, position, position_in_list) VALUES (?, ?, ?, ?, ?)"));
    position = 0;
    for (const CommitteeMember &member : members.value()) {
        for (const QVariant &v : QVariantList{m.id, member.id, member.fullName, storage::notNull(member.position), ++position})
            invite.addBindValue(v);
        if (!invite.exec())
            return m_db.errorFor(invite.lastError());
    }

    for (const AgendaItem &a : agenda) {
        QSqlQuery ai(m_db.sql());
        if (!MeetingSecrecy::cleared(m_db, a.confidentiality))
            return StorageError::make(K::Forbidden, tr("You may not mark an agenda item above your own clearance."));
        ai.prepare(QStringLiteral("INSERT INTO agenda_items (meeting_id, position, title, presenter, documents, planned_minutes, confidentiality)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{m.id, a.position > 0 ? a.position : int(&a - agenda.data()) + 1, a.title.simplified(),
                                              storage::notNull(a.presenter.simplified()), storage::notNull(a.documents.join(QLatin1Char('\n'))),
                                              a.plannedMinutes, int(a.confidentiality)})
            ai.addBindValue(v);
        if (!ai.exec())
            return m_db.errorFor(ai.lastError());
    }
    if (auto s = auditMeeting(m.id, QStringLiteral("insert"),
                       QStringLiteral("%1|%2|%3").arg(MeetingKinds::code(m.kind), m.title, m.startsAt.toString(Qt::ISODate)));
        !s)
        return s.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return m;
}

storage::Result<Meeting> MeetingStore::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM meetings WHERE id = ?").arg(MeetingColumns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no meeting %1.").arg(id));
    return meetingFrom(q);
}

storage::Result<QList<Meeting>> MeetingStore::list(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM meetings WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id").arg(MeetingColumns));
    q.addBindValue((from.isValid() ? from : QDate(1900, 1, 1)).toString(Qt::ISODate));
    q.addBindValue((to.isValid() ? to.addDays(1) : QDate(9999, 1, 1)).toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Meeting> out;
    while (q.next())
        out.append(meetingFrom(q));
    return out;
}

storage::Status MeetingStore::reschedule(qint64 id, const QDateTime &startsAt)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    if (!startsAt.isValid())
        return StorageError::make(K::Invalid, tr("Say when the meeting starts."));
    auto items = checklist(id);
    if (!items)
        return items.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meetings SET starts_at = ? WHERE id = ?"));
    q.addBindValue(startsAt.toString(Qt::ISODate));
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("UPDATE checklist_items SET due_on = ? WHERE id = ?"));
    for (const ChecklistItem &i : items.value()) {
        if (i.state != ChecklistItem::State::Open)
            continue;
        q.addBindValue(DueDates::dueDate(startsAt.date(), i.offsetDays).toString(Qt::ISODate));
        q.addBindValue(i.id);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
    }
    if (auto s = auditMeeting(id, QStringLiteral("reschedule"), startsAt.toString(Qt::ISODate)); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status MeetingStore::setStatus(qint64 id, Meeting::Status status)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meetings SET status = ? WHERE id = ?"));
    q.addBindValue(Meeting::statusCode(status));
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return StorageError::make(K::Invalid, tr("There is no meeting %1.").arg(id));
    if (auto s = auditMeeting(id, QStringLiteral("status"), Meeting::statusCode(status)); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status MeetingStore::close(qint64 id, const QDateTime &endedAt)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    auto meeting = get(id);
    if (!meeting)
        return meeting.error();
    if (meeting->status == Meeting::Status::Closed)
        return StorageError::make(K::Invalid, tr("The meeting is closed already."));
    // The minutes print it: "Hội nghị kết thúc hồi …" cannot come before "Hồi … giờ".
    if (endedAt.isValid() && endedAt <= meeting->startsAt)
        return StorageError::make(K::Invalid, tr("The meeting began at %1: it cannot end at %2.")
                                                  .arg(meeting->startsAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")),
                                                       endedAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meetings SET status = 'closed', ends_at = COALESCE(?, ends_at) WHERE id = ?"));
    q.addBindValue(endedAt.isValid() ? QVariant(endedAt.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return StorageError::make(K::Invalid, tr("There is no meeting %1.").arg(id));
    if (auto s = auditMeeting(id, QStringLiteral("close"), endedAt.toString(Qt::ISODate)); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status MeetingStore::update(const Meeting &m)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    // Changing a secret meeting, or marking one, needs the clearance for both levels.
    if (auto s = MeetingSecrecy::requireCleared(m_db, m.id); !s)
        return s;
    if (!MeetingSecrecy::cleared(m_db, m.confidentiality))
        return StorageError::make(K::Forbidden, tr("You may not mark a meeting above your own clearance."));
    if (auto s = MeetingSecrecy::mayBecome(m_db, m.id, 0, m.confidentiality); !s)
        return s;
    auto was = get(m.id);
    if (!was)
        return was.error();
    // A new mark: what the meeting holds is sealed again at its new levels.
    const bool remarked = was->confidentiality != m.confidentiality;
    if (remarked)
        if (auto s = MeetingSeals::prepareAll(m_db, m.id, m_actor); !s)
            return s;
    auto facts = [](const Meeting &x) {
        return QJsonObject{{QStringLiteral("title"), x.title.simplified()}, {QStringLiteral("place"), x.place.simplified()},
                           {QStringLiteral("chair"), x.chair.simplified()}, {QStringLiteral("secretary"), x.secretary.simplified()}};
    };
    QString why;
    auto closed = ClosedRecord::check(m_db, m.id, m_correction, &why);
    if (!closed)
        return closed.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meetings SET title = ?, place = ?, chair = ?, secretary = ?, confidentiality = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{m.title.simplified(), storage::notNull(m.place.simplified()), storage::notNull(m.chair.simplified()),
                                          storage::notNull(m.secretary.simplified()), int(m.confidentiality), m.id})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (remarked)
        if (auto s = MeetingSeals::reseal(m_db, m.id, MeetingSeals::Direction::Any, int(was->confidentiality)); !s)
            return s;
    // The correction's entry first: the meeting's newest entry is the one with all its fields.
    if (closed.value() && facts(was.value()) != facts(m))
        if (auto s = ClosedRecord::log(m_db, m_actor, QStringLiteral("meetings"), m.id, m.id, why, facts(was.value()), facts(m)); !s)
            return s;
    if (auto s = auditMeeting(m.id, QStringLiteral("update"),
                              QStringLiteral("%1|%2|%3|%4|%5").arg(m.title, m.place, m.chair, m.secretary).arg(int(m.confidentiality)));
        !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<AgendaItem>> MeetingStore::agenda(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    const auto meetingLevel = MeetingSecrecy::levelOf(m_db, meetingId);
    if (!meetingLevel)
        return meetingLevel.error();
    const int reader = int(office::AccessControl::clearance(m_db));
    q.prepare(QStringLiteral("SELECT id, position, title, presenter, documents, planned_minutes, conclusion, confidentiality FROM agenda_items"
                             " WHERE meeting_id = ? ORDER BY position, id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<AgendaItem> out;
    while (q.next()) {
        AgendaItem a{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts), q.value(5).toInt(), q.value(6).toString(),
                     office::Clearance(std::clamp(q.value(7).toInt(), 0, 3)), false};
        // The item's title stays, as a register line does; what was concluded is hidden.
        if (std::max(int(a.confidentiality), int(*meetingLevel)) > reader) {
            a.contentHidden = true;
            a.conclusion.clear();
        } else {
            a.conclusion = MeetingSeals::open(m_db, a.conclusion, MeetingSeals::Conclusion);
        }
        out.append(a);
    }
    return out;
}

storage::Result<AgendaItem> MeetingStore::addAgendaItem(qint64 meetingId, AgendaItem a)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    a.title = a.title.normalized(QString::NormalizationForm_C).simplified();
    if (a.title.isEmpty())
        return StorageError::make(K::Invalid, tr("An agenda item needs a title."));
    if (auto s = MeetingSecrecy::requireCleared(m_db, meetingId); !s)
        return s.error();
    if (!MeetingSecrecy::cleared(m_db, a.confidentiality))
        return StorageError::make(K::Forbidden, tr("You may not mark an agenda item above your own clearance."));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO agenda_items (meeting_id, position, title, presenter, documents, planned_minutes, confidentiality)"
                             " VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?), ?, ?, ?, ?, ?)"
                             " RETURNING id, position"));
    for (const QVariant &v : QVariantList{meetingId, meetingId, a.title, storage::notNull(a.presenter.simplified()),
                                          storage::notNull(a.documents.join(QLatin1Char('\n'))), a.plannedMinutes, int(a.confidentiality)})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec() || !q.next())
        return m_db.errorFor(q.lastError());
    a.id = q.value(0).toLongLong();
    a.position = q.value(1).toInt();
    q.finish();
    if (auto s = audit(QStringLiteral("agenda_items"), a.id, QStringLiteral("insert"), a.title); !s)
        return s.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return a;
}

storage::Status MeetingStore::updateAgendaItem(const AgendaItem &item)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    const QString title = item.title.normalized(QString::NormalizationForm_C).simplified();
    if (title.isEmpty())
        return StorageError::make(K::Invalid, tr("An agenda item needs a title."));
    if (item.plannedMinutes < 0 || item.plannedMinutes > 24 * 60)
        return StorageError::make(K::Invalid, tr("The planned time is in minutes, from 0 to a day."));
    QStringList documents;
    for (const QString &d : item.documents)
        if (!d.simplified().isEmpty())
            documents << d.simplified();
    if (auto s = MeetingSecrecy::requireClearedForItem(m_db, item.id); !s)
        return s;
    if (!MeetingSecrecy::cleared(m_db, item.confidentiality))
        return StorageError::make(K::Forbidden, tr("You may not mark an agenda item above your own clearance."));
    if (auto s = MeetingSecrecy::mayBecome(m_db, 0, item.id, item.confidentiality); !s)
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT meeting_id, confidentiality FROM agenda_items WHERE id = ?"));
    q.addBindValue(item.id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such agenda item."));
    const qint64 meetingId = q.value(0).toLongLong();
    // A new mark: what the item holds is sealed again at its new level.
    const int markWas = q.value(1).toInt();
    const bool remarked = markWas != int(item.confidentiality);
    q.finish();
    if (remarked)
        if (auto s = MeetingSeals::prepareAll(m_db, meetingId, m_actor); !s)
            return s;
    storage::Transaction t(m_db.sql());
    q.prepare(QStringLiteral("UPDATE agenda_items SET title = ?, presenter = ?, documents = ?, planned_minutes = ?, confidentiality = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{title, storage::notNull(item.presenter.simplified()), storage::notNull(documents.join(QLatin1Char('\n'))),
                                          item.plannedMinutes, int(item.confidentiality), item.id})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() != 1)
        return StorageError::make(K::Invalid, tr("There is no such agenda item."));
    if (remarked)
        if (auto s = MeetingSeals::reseal(m_db, meetingId, MeetingSeals::Direction::Any, markWas); !s)
            return s;
    if (auto s = audit(QStringLiteral("agenda_items"), item.id, QStringLiteral("update"),
                       QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(title, item.presenter, documents.join(QLatin1String("; ")))
                           .arg(item.plannedMinutes)
                           .arg(int(item.confidentiality)));
        !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status MeetingStore::setConclusion(qint64 agendaItemId, const QString &conclusion)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT meeting_id, conclusion FROM agenda_items WHERE id = ?"));
    q.addBindValue(agendaItemId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such agenda item."));
    const qint64 meetingId = q.value(0).toLongLong();
    const QString stored = q.value(1).toString();
    q.finish();
    const auto level = MeetingSeals::sealingLevel(m_db, meetingId, agendaItemId);
    if (auto s = MeetingSecrecy::requireLevel(m_db, level); !s)
        return s;
    if (!conclusion.trimmed().isEmpty())
        if (auto s = office::SecretFile::mayHold(m_db, *level, tr("the conclusion")); !s)
            return s;
    // A conclusion this session cannot open is not replaced by it.
    const auto opened = office::ClearanceKeys::openText(m_db, stored, MeetingSeals::Conclusion);
    if (!opened)
        return StorageError::make(K::Forbidden, office::ClearanceKeys::notGivenText());
    const QString before = *opened;
    if (before == conclusion.trimmed())
        return storage::Ok{};
    QString why;
    auto closed = ClosedRecord::check(m_db, meetingId, m_correction, &why);
    if (!closed)
        return closed.error();
    if (auto s = MeetingSeals::prepare(m_db, *level, m_actor); !s)
        return s;
    const auto sealed = MeetingSeals::seal(m_db, *level, MeetingSeals::Conclusion, conclusion.trimmed());
    if (!sealed)
        return sealed.error();
    storage::Transaction t(m_db.sql());
    q.prepare(QStringLiteral("UPDATE agenda_items SET conclusion = ? WHERE id = ?"));
    q.addBindValue(storage::notNull(*sealed));
    q.addBindValue(agendaItemId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (auto s = audit(QStringLiteral("agenda_items"), agendaItemId, QStringLiteral("conclusion"), *sealed); !s)
        return s;
    if (closed.value())
        if (auto s = ClosedRecord::log(m_db, m_actor, QStringLiteral("agenda_items"), agendaItemId, meetingId, why,
                                       {{QStringLiteral("conclusion"), before}}, {{QStringLiteral("conclusion"), conclusion.trimmed()}},
                                       *level);
            !s)
            return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<ChecklistItem>> MeetingStore::checklist(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM checklist_items WHERE meeting_id = ? ORDER BY due_on, position").arg(ItemColumns));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<ChecklistItem> out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

storage::Status MeetingStore::setChecklistState(qint64 itemId, ChecklistItem::State state)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE checklist_items SET state = ?, done_at = ?, done_by = ? WHERE id = ?"));
    const bool open = state == ChecklistItem::State::Open;
    q.addBindValue(ChecklistItem::stateCode(state));
    q.addBindValue(open ? QVariant() : QVariant(QDateTime::currentDateTime().toString(Qt::ISODate)));
    q.addBindValue(storage::notNull(open ? QString() : m_actor));
    q.addBindValue(itemId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return StorageError::make(K::Invalid, tr("There is no such checklist item."));
    if (auto s = audit(QStringLiteral("checklist_items"), itemId, QStringLiteral("state"), ChecklistItem::stateCode(state)); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status MeetingStore::approveGuests(qint64 meetingId, const QString &approvedBy)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::FollowUpMeetings); !allowed)
        return allowed;
    if (approvedBy.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say who of the standing members approved the guest list."));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meetings SET guests_approved_by = ?, guests_approved_at = ? WHERE id = ?"));
    q.addBindValue(approvedBy.simplified());
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    q.addBindValue(meetingId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (auto s = auditMeeting(meetingId, QStringLiteral("guests-approved"), approvedBy.simplified()); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<MeetingStore::Late>> MeetingStore::lateItems(const QDate &today) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT m.id, m.kind, m.body, m.term_id, m.title, m.starts_at, m.place, m.chair, m.secretary, m.status,"
                             " m.guests_approved_by, m.guests_approved_at, m.created_by, m.ends_at,"
                             " c.id, c.position, c.title, c.offset_days, c.due_on, c.owner, c.state, c.done_at, c.done_by"
                             " FROM checklist_items c JOIN meetings m ON m.id = c.meeting_id"
                             " WHERE c.state = 'open' AND c.due_on < ? AND m.status IN ('planned', 'held')"
                             " ORDER BY c.due_on, m.starts_at"));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Late> out;
    while (q.next())
        out.append({meetingFrom(q), itemFrom(q, 14)});
    return out;
}

} // namespace vanphong::meetings
