#include "DossierItemFiles.h"

#include "documents/AttachmentStore.h"
#include "meetings/MeetingSeals.h"
#include "office/AccessControl.h"
#include "office/ClearanceKeys.h"
#include "office/UserAccount.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::archives {

using storage::StorageError;
using K = StorageError::Kind;
using documents::Attachment;
using documents::AttachmentStore;
using meetings::MeetingSeals;

namespace {
const QString Kind = QStringLiteral("dossier-item");
}

DossierItemFiles::DossierItemFiles(storage::Database &db, const office::UserAccount &reader, QString actor)
    : m_db(db)
    , m_clearance(int(reader.clearance))
    , m_actor(std::move(actor))
{
}

storage::Status DossierItemFiles::prepare(qint64 meetingId)
{
    auto level = MeetingSeals::highestContent(m_db, meetingId);
    if (!level)
        return level.error();
    if (int(*level) > m_clearance)
        return StorageError::make(K::Forbidden, tr("The meeting is above your clearance: its papers are filed by someone cleared to it."));
    return MeetingSeals::prepare(m_db, *level, m_actor);
}

storage::Status DossierItemFiles::addInside(qint64 itemId, qint64 meetingId, const QList<NewFile> &files)
{
    auto level = MeetingSeals::highestContent(m_db, meetingId);
    if (!level)
        return level.error();
    storage::AuditLog log(m_db);
    for (const NewFile &f : files) {
        Attachment a{0, Kind, itemId, QFileInfo(f.fileName).fileName(), QStringLiteral("application/pdf"), f.data.size(), m_actor,
                     QDateTime::currentDateTime()};
        const auto storedName = MeetingSeals::seal(m_db, *level, MeetingSeals::PaperName, a.fileName);
        const auto storedData = MeetingSeals::sealBytes(m_db, *level, MeetingSeals::PaperData, f.data);
        if (!storedName || !storedData)
            return storedName ? storedData.error() : storedName.error();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO dossier_item_files (item_id, file_name, mime_type, size, sha256, data, added_by, added_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{itemId, *storedName, a.mimeType, a.size, AttachmentStore::checksum(f.data), *storedData,
                                              a.addedBy, a.addedAt.toString(Qt::ISODate)})
            q.addBindValue(v);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
        Attachment stored = a;
        stored.fileName = *storedName;
        if (!log.append({m_actor, QStringLiteral("dossier_item_files"), q.lastInsertId().toString(), QStringLiteral("insert"), {},
                         AttachmentStore::logged(stored, f.data)}))
            return m_db.errorFor(m_db.sql().lastError());
    }
    return storage::Ok{};
}

storage::Result<QList<Attachment>> DossierItemFiles::list(qint64 dossierId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT f.id, f.item_id, f.file_name, f.mime_type, f.size, f.added_by, f.added_at FROM dossier_item_files f"
                             " JOIN dossier_items i ON i.id = f.item_id WHERE i.dossier_id = ? ORDER BY f.id"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Attachment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), Kind, q.value(1).toLongLong(), MeetingSeals::open(m_db, q.value(2).toString(), MeetingSeals::PaperName),
                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                    QDateTime::fromString(q.value(6).toString(), Qt::ISODate)});
    return out;
}

storage::Result<qint64> DossierItemFiles::meetingOfItem(qint64 itemId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ref_id FROM dossier_items WHERE id = ? AND kind = 'meeting'"));
    q.addBindValue(itemId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such file."));
    return q.value(0).toLongLong();
}

storage::Result<QByteArray> DossierItemFiles::read(qint64 fileId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT item_id, data, sha256 FROM dossier_item_files WHERE id = ?"));
    q.addBindValue(fileId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such file."));
    auto meeting = meetingOfItem(q.value(0).toLongLong());
    if (!meeting)
        return meeting.error();
    auto level = MeetingSeals::highestContent(m_db, *meeting);
    if (!level)
        return level.error();
    if (int(*level) > m_clearance)
        return StorageError::make(K::Forbidden, tr("This meeting's papers are above your clearance."));
    const auto data = MeetingSeals::openBytes(m_db, q.value(1).toByteArray(), MeetingSeals::PaperData);
    if (!data)
        return StorageError::make(K::Forbidden, office::ClearanceKeys::notGivenText());
    return AttachmentStore::verified(*data, q.value(2).toByteArray());
}

storage::Result<QByteArray> DossierItemFiles::extract(qint64 fileId) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    return read(fileId);
}

storage::Result<int> DossierItemFiles::removeInside(qint64 itemId, const QString &why)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, item_id || ' ' || file_name FROM dossier_item_files WHERE item_id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    int removed = 0;
    if (const QSqlError failed = storage::AuditLog(m_db).deleteListed(m_actor, QStringLiteral("dossier_item_files"), q, why, &removed); failed.isValid())
        return m_db.errorFor(failed);
    return removed;
}

} // namespace vanphong::archives
