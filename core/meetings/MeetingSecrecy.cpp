#include "MeetingSecrecy.h"

#include "documents/DocumentMarks.h"
#include "office/AccessControl.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
office::Clearance level(int value) { return office::Clearance(std::clamp(value, 0, 3)); }
} // namespace

storage::Result<office::Clearance> MeetingSecrecy::levelOf(storage::Database &db, qint64 meetingId, qint64 agendaItemId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT m.confidentiality, COALESCE((SELECT a.confidentiality FROM agenda_items a"
                             " WHERE a.id = ? AND a.meeting_id = m.id), 0) FROM meetings m WHERE m.id = ?"));
    q.addBindValue(agendaItemId);
    q.addBindValue(meetingId);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no meeting %1.").arg(meetingId));
    return level(std::max(q.value(0).toInt(), q.value(1).toInt()));
}

storage::Result<office::Clearance> MeetingSecrecy::levelOfItem(storage::Database &db, qint64 agendaItemId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT meeting_id FROM agenda_items WHERE id = ?"));
    q.addBindValue(agendaItemId);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such agenda item."));
    return levelOf(db, q.value(0).toLongLong(), agendaItemId);
}

storage::Result<office::Clearance> MeetingSecrecy::highestIn(storage::Database &db, qint64 meetingId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT max(m.confidentiality, COALESCE((SELECT max(a.confidentiality) FROM agenda_items a"
                             " WHERE a.meeting_id = m.id), 0)) FROM meetings m WHERE m.id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no meeting %1.").arg(meetingId));
    return level(q.value(0).toInt());
}

bool MeetingSecrecy::cleared(storage::Database &db, office::Clearance level)
{
    return int(office::AccessControl::clearance(db)) >= int(level);
}

storage::Status MeetingSecrecy::requireLevel(storage::Database &db, const storage::Result<office::Clearance> &needed)
{
    if (!needed)
        return needed.error();
    if (!MeetingSecrecy::cleared(db, *needed))
        return StorageError::make(K::Forbidden, tr("This is marked %1: above your clearance.")
                                                    .arg(documents::DocumentMarks::confidentialityName(*needed)));
    return storage::Ok{};
}

storage::Status MeetingSecrecy::requireCleared(storage::Database &db, qint64 meetingId, qint64 agendaItemId)
{
    return requireLevel(db, levelOf(db, meetingId, agendaItemId));
}

storage::Status MeetingSecrecy::requireClearedForItem(storage::Database &db, qint64 agendaItemId)
{
    return requireLevel(db, levelOfItem(db, agendaItemId));
}

} // namespace vanphong::meetings
