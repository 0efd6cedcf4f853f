#include "ChecklistTemplates.h"

#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;
using K = StorageError::Kind;

ChecklistTemplates::ChecklistTemplates(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<QList<ChecklistStep>> ChecklistTemplates::list(MeetingKind kind) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, position, title, offset_days, owner FROM checklist_templates WHERE kind = ? ORDER BY position, id"));
    q.addBindValue(MeetingKinds::code(kind));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<ChecklistStep> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), kind, q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toString()});
    return out;
}

storage::Status ChecklistTemplates::check(const ChecklistStep &step) const
{
    if (step.title.simplified().isEmpty())
        return StorageError::make(K::Invalid, tr("Say what the step is."));
    if (step.offsetDays < -MaxOffsetDays || step.offsetDays > MaxOffsetDays)
        return StorageError::make(K::Invalid, tr("A step is due at most %1 days before or after the meeting.").arg(MaxOffsetDays));
    return storage::Ok{};
}

storage::Status ChecklistTemplates::audit(qint64 id, const QString &action, const QString &after)
{
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("checklist_templates"), QString::number(id), action, {}, after}))
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<ChecklistStep> ChecklistTemplates::add(ChecklistStep step)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ManageCommittee); !allowed)
        return allowed.error();
    step.title = step.title.normalized(QString::NormalizationForm_C).simplified();
    step.owner = step.owner.simplified();
    if (auto s = check(step); !s)
        return s.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO checklist_templates (kind, position, title, offset_days, owner)"
                             " VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM checklist_templates), ?, ?, ?)"));
    for (const QVariant &v : QVariantList{MeetingKinds::code(step.kind), step.title, step.offsetDays, storage::notNull(step.owner)})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    step.id = q.lastInsertId().toLongLong();
    if (auto s = audit(step.id, QStringLiteral("insert"), QStringLiteral("%1|%2|%3|%4").arg(MeetingKinds::code(step.kind), step.title)
                                                                 .arg(step.offsetDays).arg(step.owner));
        !s)
        return s.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return step;
}

storage::Status ChecklistTemplates::update(const ChecklistStep &step)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ManageCommittee); !allowed)
        return allowed;
    ChecklistStep clean = step;
    clean.title = step.title.normalized(QString::NormalizationForm_C).simplified();
    if (auto s = check(clean); !s)
        return s;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE checklist_templates SET title = ?, offset_days = ?, owner = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{clean.title, clean.offsetDays, storage::notNull(clean.owner.simplified()), clean.id})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() != 1)
        return StorageError::make(K::Invalid, tr("There is no checklist step %1.").arg(step.id));
    if (auto s = audit(clean.id, QStringLiteral("update"), QStringLiteral("%1|%2|%3").arg(clean.title).arg(clean.offsetDays).arg(clean.owner)); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status ChecklistTemplates::remove(qint64 id)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ManageCommittee); !allowed)
        return allowed;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM checklist_templates WHERE id = ?"));
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() != 1)
        return StorageError::make(K::Invalid, tr("There is no checklist step %1.").arg(id));
    if (auto s = audit(id, QStringLiteral("delete"), {}); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::meetings
