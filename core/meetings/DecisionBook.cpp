#include "DecisionBook.h"

#include "MeetingSeals.h"
#include "MeetingSecrecy.h"
#include "MeetingStore.h"
#include "documents/DocumentMarks.h"
#include "office/UserAccount.h"
#include "office/AccessControl.h"
#include "package/MeetingPackage.h"
#include "documents/OutgoingRegister.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;
using K = StorageError::Kind;

DecisionBook::DecisionBook(storage::Database &db, const office::UserAccount &user, QString actor)
    : m_db(db)
    , m_user(user)
    , m_actor(std::move(actor))
{
}

storage::Result<Decision> DecisionBook::add(qint64 meetingId, qint64 agendaItemId, const QString &typeCode, const QString &excerpt)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    auto meeting = MeetingStore(m_db, m_actor).get(meetingId);
    if (!meeting)
        return meeting.error();
    if (excerpt.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say what the decision is about (its excerpt)."));
    // A laptop's package has no outgoing register of its own: numbers given
    // there would never reach the office's.
    if (!MeetingPackage::packageIdOf(m_db).isEmpty())
        return StorageError::make(K::Invalid, tr("Decisions are recorded in the office file, where their numbers are "
                                                 "reserved in the outgoing register; record this one after the package is brought back."));
    // A decision of a secret meeting or item is a secret document: its own
    // series, its content only for the cleared (and only in the secret file).
    // At the level the part's words are sealed at, when a mark lowered with a tool says less.
    const auto level = MeetingSeals::sealingLevel(m_db, meetingId, agendaItemId);
    if (auto cleared = MeetingSecrecy::requireLevel(m_db, level); !cleared)
        return cleared.error();
    documents::OutgoingDocument draft;
    draft.confidentiality = documents::Confidentiality(int(level.value()));
    draft.typeCode = typeCode;
    draft.excerpt = excerpt;
    draft.signer = meeting->chair;
    draft.capacity = QStringLiteral("T/M");
    draft.congress = meeting->kind == MeetingKind::Congress;
    documents::OutgoingRegister outgoing(m_db, m_user, m_actor);
    // Dated the day of the meeting that decided it (review: the day of the
    // click is no fact of the decision), unless its series already holds a
    // later date: a series' dates never go back (OutgoingRegister::keepsSeriesOrder,
    // issue 12), so it takes the day its number is given.
    draft.documentDate = meeting->startsAt.date();
    auto dated = outgoing.dateInSeriesOrder(draft);
    if (!dated)
        return dated.error();
    draft.documentDate = dated.value();
    auto reserved = outgoing.add(draft, documents::OutgoingRegister::Mode::Reserve);
    if (!reserved)
        return reserved.error();

    Decision d{0, meetingId, agendaItemId, reserved->typeCode, reserved->excerpt, reserved->id, reserved->symbol};
    StorageError failure;
    // The meeting's copy of the excerpt is as sealed as the register's.
    const storage::Status prepared = MeetingSeals::prepare(m_db, *level, m_actor);
    const auto storedExcerpt = prepared ? MeetingSeals::seal(m_db, *level, MeetingSeals::DecisionExcerpt, d.excerpt)
                                        : storage::Result<QString>(prepared.error());
    if (!storedExcerpt) {
        (void)outgoing.release(d.outgoingId);
        return storedExcerpt.error();
    }
    {
        storage::Transaction t(m_db.sql());
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO meeting_decisions (meeting_id, agenda_item_id, type_code, excerpt, outgoing_id) VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{meetingId, agendaItemId ? QVariant(agendaItemId) : QVariant(), d.typeCode, *storedExcerpt,
                                              d.outgoingId})
            q.addBindValue(v);
        bool written = t.isActive() && q.exec();
        if (written) {
            d.id = q.lastInsertId().toLongLong();
            storage::AuditLog log(m_db);
            written = log.append({m_actor, QStringLiteral("meeting_decisions"), QString::number(d.id), QStringLiteral("insert"), {}, d.symbol})
                && t.commit();
        }
        if (written)
            return d;
        failure = m_db.errorFor(q.lastError().isValid() ? q.lastError() : m_db.sql().lastError());
    } // rolled back here, before the register is written again
    // The number was taken already: given up, and so recorded, never reused.
    (void)outgoing.release(d.outgoingId);
    return failure;
}

storage::Result<QList<Decision>> DecisionBook::decisions(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT d.id, d.meeting_id, COALESCE(d.agenda_item_id, 0), d.type_code, d.excerpt, COALESCE(d.outgoing_id, 0),"
                             " COALESCE(o.symbol, ''), COALESCE(o.status, '') = 'issued' FROM meeting_decisions d LEFT JOIN outgoing_documents o ON o.id = d.outgoing_id"
                             " WHERE d.meeting_id = ? ORDER BY d.id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Decision> out;
    while (q.next()) {
        Decision d{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                   q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toBool()};
        d.excerpt = shownAt(MeetingSecrecy::levelOf(m_db, d.meetingId, d.agendaItemId),
                            MeetingSeals::open(m_db, d.excerpt, MeetingSeals::DecisionExcerpt));
        out.append(d);
    }
    return out;
}

QString DecisionBook::shownAt(const storage::Result<office::Clearance> &level, const QString &text) const
{
    if (level && int(level.value()) > int(m_user.clearance))
        return tr("(%1: not shown at your clearance)").arg(documents::DocumentMarks::confidentialityName(documents::Confidentiality(int(level.value()))));
    return text;
}

storage::Result<office::Clearance> DecisionBook::taskLevel(const FollowUpTask &task) const
{
    // The level its decision's words are sealed at (the decision's item), or the meeting's own part's.
    qint64 agendaItemId = 0;
    if (task.decisionId) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT COALESCE(agenda_item_id, 0) FROM meeting_decisions WHERE id = ? AND meeting_id = ?"));
        q.addBindValue(task.decisionId);
        q.addBindValue(task.meetingId);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
        if (!q.next())
            return StorageError::make(K::Invalid, tr("There is no decision %1 in this meeting.").arg(task.decisionId));
        agendaItemId = q.value(0).toLongLong();
    }
    return MeetingSeals::sealingLevel(m_db, task.meetingId, agendaItemId);
}

storage::Result<FollowUpTask> DecisionBook::addTask(FollowUpTask task)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    task.title = task.title.normalized(QString::NormalizationForm_C).simplified();
    if (task.title.isEmpty())
        return StorageError::make(K::Invalid, tr("Say what is to be done."));
    // The follow-up of a secret meeting is written by someone cleared for it,
    // and what it is sealed like the decision it carries out (MeetingSeals).
    QString storedTitle = task.title;
    if (task.meetingId) {
        if (auto cleared = MeetingSecrecy::requireCleared(m_db, task.meetingId); !cleared)
            return cleared.error();
        auto level = taskLevel(task);
        if (!level)
            return level.error();
        if (auto cleared = MeetingSecrecy::requireLevel(m_db, level); !cleared)
            return cleared.error();
        if (auto prepared = MeetingSeals::prepare(m_db, *level, m_actor); !prepared)
            return prepared.error();
        auto sealed = MeetingSeals::seal(m_db, *level, MeetingSeals::TaskTitle, task.title);
        if (!sealed)
            return sealed.error();
        storedTitle = *sealed;
    }
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO follow_up_tasks (meeting_id, decision_id, title, owner, due_on) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{task.meetingId ? QVariant(task.meetingId) : QVariant(), task.decisionId ? QVariant(task.decisionId) : QVariant(),
                                          storedTitle, storage::notNull(task.owner.simplified()),
                                          task.dueOn.isValid() ? QVariant(task.dueOn.toString(Qt::ISODate)) : QVariant()})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    task.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("follow_up_tasks"), QString::number(task.id), QStringLiteral("insert"), {},
                     QStringLiteral("%1|%2|%3").arg(storedTitle, task.owner, task.dueOn.toString(Qt::ISODate))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return task;
}

storage::Result<QList<FollowUpTask>> DecisionBook::openTasks(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, COALESCE(meeting_id, 0), COALESCE(decision_id, 0), title, owner, due_on FROM follow_up_tasks"
                             " WHERE state = 'open' AND (? = 0 OR meeting_id = ?) ORDER BY due_on IS NULL, due_on, id"));
    q.addBindValue(meetingId);
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<FollowUpTask> out;
    QHash<qint64, storage::Result<office::Clearance>> levels; // looked up once per meeting, not per task
    while (q.next()) {
        FollowUpTask task{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                          q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate), false, {}};
        // The task of a secret meeting shows, with its owner and date; what it is, only to the cleared.
        if (task.meetingId) {
            auto level = levels.constFind(task.meetingId);
            if (level == levels.cend())
                level = levels.insert(task.meetingId, MeetingSecrecy::levelOf(m_db, task.meetingId));
            task.title = shownAt(level.value(), MeetingSeals::open(m_db, task.title, MeetingSeals::TaskTitle));
        }
        out.append(task);
    }
    return out;
}

storage::Status DecisionBook::complete(qint64 taskId)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::FollowUpMeetings); !allowed)
        return allowed;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE follow_up_tasks SET state = 'done', done_at = ? WHERE id = ? AND state = 'open'"));
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    q.addBindValue(taskId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return StorageError::make(K::Invalid, tr("There is no open task %1.").arg(taskId));
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("follow_up_tasks"), QString::number(taskId), QStringLiteral("done"), {}, {}}) || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::meetings
