#include "MeetingSecrecy.h"

#include "documents/DocumentMarks.h"
#include "office/AccessControl.h"
#include "office/SecretFile.h"
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

storage::Status MeetingSecrecy::mayBecome(storage::Database &db, qint64 meetingId, qint64 agendaItemId, office::Clearance level)
{
    if (level == office::Clearance::Normal || office::SecretFile::isSecretFile(db))
        return storage::Ok{};
    // What a Mật meeting or item may not keep on this file, counted.
    QSqlQuery q(db.sql());
    // An item (agendaItemId set) is found by itself; a meeting by its id, with its papers' files.
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM minutes_entries WHERE CASE WHEN ? = 0 THEN meeting_id = ? ELSE agenda_item_id = ? END)"
        " + (SELECT count(*) FROM agenda_items WHERE CASE WHEN ? = 0 THEN meeting_id = ? ELSE id = ? END AND conclusion <> '')"
        " + (SELECT count(*) FROM meeting_paper_files f JOIN meeting_documents d ON d.id = f.document_id"
        "    WHERE ? = 0 AND d.meeting_id = ?)"));
    for (const QVariant &v : QVariantList{agendaItemId, meetingId, agendaItemId, agendaItemId, meetingId, agendaItemId, agendaItemId, meetingId})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return db.errorFor(q.lastError());
    if (q.value(0).toInt() > 0)
        return storage::StorageError::make(storage::StorageError::Kind::Invalid,
                                           tr("It already holds minutes, conclusions or papers' files, which this ordinary file may not keep "
                                              "at %1: they belong to the secret file, on the office's standalone computer.")
                                               .arg(documents::DocumentMarks::confidentialityName(documents::Confidentiality(int(level)))));
    return storage::Ok{};
}

} // namespace vanphong::meetings
