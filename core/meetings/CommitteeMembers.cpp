#include "CommitteeMembers.h"

#include "office/AccessControl.h"
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

CommitteeMembers::CommitteeMembers(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<CommitteeMember> CommitteeMembers::add(CommitteeMember m)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ManageCommittee); !allowed)
        return allowed.error();
    m.fullName = m.fullName.normalized(QString::NormalizationForm_C).simplified();
    m.position = m.position.simplified();
    if (m.fullName.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("A member needs a full name."));
    if (m.termId <= 0)
        return StorageError::make(StorageError::Kind::Invalid, tr("Say which term (nhiệm kỳ) the member belongs to."));
    // Thường trực are standing committee members; standing committee members are committee members.
    m.standing = m.standing || m.standingMember;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO committee_members (term_id, full_name, position, standing, standing_member, sort_order)"
                             " VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM committee_members WHERE term_id = ?))"));
    q.addBindValue(m.termId);
    q.addBindValue(m.fullName);
    q.addBindValue(storage::notNull(m.position));
    q.addBindValue(int(m.standing));
    q.addBindValue(int(m.standingMember));
    q.addBindValue(m.termId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    m.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("committee_members"), QString::number(m.id), QStringLiteral("insert"), {},
                     QStringLiteral("%1|%2|%3%4").arg(m.fullName, m.position).arg(int(m.standing)).arg(int(m.standingMember))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return m;
}

storage::Result<QList<CommitteeMember>> CommitteeMembers::of(qint64 termId, MeetingBody body, const QDate &day) const
{
    QString sql = QStringLiteral("SELECT id, term_id, full_name, position, standing, standing_member, left_on FROM committee_members"
                                 " WHERE term_id = ? AND (left_on IS NULL OR left_on > ?)");
    if (body == MeetingBody::Standing)
        sql += QStringLiteral(" AND standing = 1");
    else if (body == MeetingBody::StandingMembers)
        sql += QStringLiteral(" AND standing_member = 1");
    sql += QStringLiteral(" ORDER BY sort_order, id");
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    q.addBindValue(termId);
    q.addBindValue((day.isValid() ? day : QDate(1900, 1, 1)).toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<CommitteeMember> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toBool(),
                    q.value(5).toBool(), QDate::fromString(q.value(6).toString(), Qt::ISODate)});
    return out;
}

storage::Status CommitteeMembers::markLeft(qint64 id, const QDate &day)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ManageCommittee); !allowed)
        return allowed;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE committee_members SET left_on = ? WHERE id = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return StorageError::make(StorageError::Kind::Invalid, tr("There is no such member."));
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("committee_members"), QString::number(id), QStringLiteral("left"), {}, day.toString(Qt::ISODate)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status CommitteeMembers::correct(CommitteeMember m, const QString &reason)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ManageCommittee); !allowed)
        return allowed;
    const QString why = reason.normalized(QString::NormalizationForm_C).simplified();
    if (why.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("Say why the member's entry is corrected; the reason is kept with it."));
    m.fullName = m.fullName.normalized(QString::NormalizationForm_C).simplified();
    m.position = m.position.simplified();
    m.standing = m.standing || m.standingMember;
    if (m.fullName.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("A member needs a full name."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT full_name, position, standing, standing_member FROM committee_members WHERE id = ?"));
    q.addBindValue(m.id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(StorageError::Kind::Invalid, tr("There is no such member."));
    auto facts = [](const QString &name, const QString &position, bool standing, bool standingMember) {
        return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("position"), position},
                           {QStringLiteral("standing"), standing}, {QStringLiteral("standing_member"), standingMember}};
    };
    const QJsonObject before = facts(q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toBool());
    QJsonObject after = facts(m.fullName, m.position, m.standing, m.standingMember);
    if (before == after)
        return StorageError::make(StorageError::Kind::Invalid, tr("Nothing was changed."));
    storage::Transaction t(m_db.sql());
    q.prepare(QStringLiteral("UPDATE committee_members SET full_name = ?, position = ?, standing = ?, standing_member = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{m.fullName, storage::notNull(m.position), int(m.standing), int(m.standingMember), m.id})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    // Invitations and sign-in sheets still to come carry the corrected name;
    // a closed meeting's record keeps the name it was signed with.
    q.prepare(QStringLiteral("UPDATE meeting_attendees SET full_name = ?, position = ? WHERE member_id = ?"
                             " AND meeting_id IN (SELECT id FROM meetings WHERE status <> 'closed')"));
    for (const QVariant &v : QVariantList{m.fullName, storage::notNull(m.position), m.id})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    after.insert(QStringLiteral("reason"), why);
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("committee_members"), QString::number(m.id), QStringLiteral("correct"),
                     QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::meetings
