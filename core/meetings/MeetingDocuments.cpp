#include "MeetingDocuments.h"

#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;
using documents::Confidentiality;

MeetingDocuments::MeetingDocuments(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<MeetingDocument> MeetingDocuments::add(MeetingDocument d)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    d.title = d.title.normalized(QString::NormalizationForm_C).simplified();
    if (d.title.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("A meeting paper needs a title."));
    d.recall = d.recall || d.confidentiality == Confidentiality::Secret || d.confidentiality == Confidentiality::TopSecret;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meeting_documents (meeting_id, title, confidentiality, recall, sent_on) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{d.meetingId, d.title, int(d.confidentiality), int(d.recall),
                                          d.sentOn.isValid() ? QVariant(d.sentOn.toString(Qt::ISODate)) : QVariant()})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    d.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("meeting_documents"), QString::number(d.id), QStringLiteral("insert"), {},
                     QStringLiteral("%1|%2|%3").arg(d.title).arg(int(d.confidentiality)).arg(int(d.recall))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return d;
}

storage::Result<QList<MeetingDocument>> MeetingDocuments::list(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, meeting_id, title, confidentiality, recall, sent_on FROM meeting_documents WHERE meeting_id = ? ORDER BY id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<MeetingDocument> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    Confidentiality(std::clamp(q.value(3).toInt(), 0, 3)), q.value(4).toBool(), QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    return out;
}

storage::Status MeetingDocuments::give(qint64 documentId, qint64 attendeeId)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    // A copy to each attendee of the paper's meeting, or to one; given again changes nothing.
    q.prepare(QStringLiteral("INSERT INTO meeting_document_copies (document_id, attendee_id, given_at)"
                             " SELECT d.id, a.id, ? FROM meeting_documents d JOIN meeting_attendees a ON a.meeting_id = d.meeting_id"
                             " WHERE d.id = ? AND (? = 0 OR a.id = ?)"
                             " ON CONFLICT (document_id, attendee_id) DO NOTHING"));
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    q.addBindValue(documentId);
    q.addBindValue(attendeeId);
    q.addBindValue(attendeeId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("meeting_document_copies"), QString::number(documentId), QStringLiteral("give"), {},
                     QString::number(attendeeId)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status MeetingDocuments::returned(qint64 documentId, qint64 attendeeId)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE meeting_document_copies SET returned_at = ? WHERE document_id = ? AND attendee_id = ? AND returned_at IS NULL"));
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    q.addBindValue(documentId);
    q.addBindValue(attendeeId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return StorageError::make(StorageError::Kind::Invalid, tr("That attendee holds no copy of this paper to return."));
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("meeting_document_copies"), QString::number(documentId), QStringLiteral("returned"), {},
                     QString::number(attendeeId)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<OutstandingCopy>> MeetingDocuments::outstanding(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT d.id, d.title, a.id, a.full_name, c.given_at FROM meeting_document_copies c"
                             " JOIN meeting_documents d ON d.id = c.document_id JOIN meeting_attendees a ON a.id = c.attendee_id"
                             " WHERE d.meeting_id = ? AND d.recall = 1 AND c.returned_at IS NULL ORDER BY d.id, a.position_in_list, a.id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<OutstandingCopy> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    QDateTime::fromString(q.value(4).toString(), Qt::ISODate)});
    return out;
}

} // namespace vanphong::meetings
