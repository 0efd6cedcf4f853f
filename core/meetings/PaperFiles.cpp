#include "PaperFiles.h"

#include "MeetingSeals.h"
#include "documents/AttachmentStore.h"
#include "office/ClearanceKeys.h"
#include "office/AccessControl.h"
#include "office/SecretFile.h"
#include "office/UserAccount.h"
#include "package/MeetingPackage.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;
using K = StorageError::Kind;
using documents::Attachment;
using documents::AttachmentStore;

PaperFiles::PaperFiles(storage::Database &db, const office::UserAccount &reader, QString actor)
    : m_db(db)
    , m_clearance(int(reader.clearance))
    , m_actor(std::move(actor))
{
}

storage::Result<office::Clearance> PaperFiles::levelOf(qint64 paperId) const
{
    QSqlQuery q(m_db.sql());
    // As secret as the paper, or as its meeting if that is more.
    q.prepare(QStringLiteral("SELECT d.confidentiality, d.meeting_id FROM meeting_documents d WHERE d.id = ?"));
    q.addBindValue(paperId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no meeting paper %1.").arg(paperId));
    // Or as the meeting's own words are sealed, when a mark lowered with a tool says less.
    const auto meeting = MeetingSeals::sealingLevel(m_db, q.value(1).toLongLong(), 0);
    if (!meeting)
        return meeting.error();
    return office::Clearance(std::clamp(std::max(q.value(0).toInt(), int(*meeting)), 0, 3));
}

storage::Status PaperFiles::checkClearance(qint64 paperId) const
{
    return clearedFor(levelOf(paperId));
}

storage::Status PaperFiles::clearedFor(const storage::Result<office::Clearance> &level) const
{
    if (!level)
        return level.error();
    if (int(*level) > m_clearance)
        return StorageError::make(K::Forbidden, tr("This paper's files are above your clearance."));
    return storage::Ok{};
}

storage::Result<Attachment> PaperFiles::add(qint64 paperId, const QString &fileName, const QByteArray &data)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    // Files added on a laptop would not come back with the package.
    if (!MeetingPackage::packageIdOf(m_db).isEmpty())
        return StorageError::make(K::Invalid, tr("Files of meeting papers are attached in the office file; this is a laptop's package."));
    const auto level = levelOf(paperId);
    if (auto s = clearedFor(level); !s)
        return s.error();
    if (auto s = office::SecretFile::mayHold(m_db, *level, tr("a file of the paper")); !s)
        return s.error();
    const auto mime = AttachmentStore::acceptedType(data);
    if (!mime)
        return mime.error();
    Attachment a{0, QStringLiteral("paper"), paperId, QFileInfo(fileName).fileName(), *mime, data.size(), m_actor, QDateTime::currentDateTime()};
    // A secret paper's file and its name are sealed at its level (MeetingSeals).
    if (auto s = MeetingSeals::prepare(m_db, *level, m_actor); !s)
        return s.error();
    const auto storedName = MeetingSeals::seal(m_db, *level, MeetingSeals::PaperName, a.fileName);
    const auto storedData = MeetingSeals::sealBytes(m_db, *level, MeetingSeals::PaperData, data);
    if (!storedName || !storedData)
        return storedName ? storedData.error() : storedName.error();
    Attachment stored = a;
    stored.fileName = *storedName;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meeting_paper_files (document_id, file_name, mime_type, size, sha256, data, added_by, added_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{paperId, stored.fileName, a.mimeType, a.size, AttachmentStore::checksum(data), *storedData,
                                          a.addedBy, a.addedAt.toString(Qt::ISODate)})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    a.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("meeting_paper_files"), QString::number(a.id), QStringLiteral("insert"), {},
                     AttachmentStore::logged(stored, data)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return a;
}

storage::Result<QList<Attachment>> PaperFiles::list(qint64 paperId) const
{
    // Even a file's name can tell what a secret paper is about.
    if (auto s = checkClearance(paperId); !s)
        return s.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, file_name, mime_type, size, added_by, added_at FROM meeting_paper_files WHERE document_id = ? ORDER BY id"));
    q.addBindValue(paperId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Attachment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), QStringLiteral("paper"), paperId,
                    MeetingSeals::open(m_db, q.value(1).toString(), MeetingSeals::PaperName), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODate)});
    return out;
}

storage::Result<QByteArray> PaperFiles::read(qint64 fileId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT document_id, data, sha256 FROM meeting_paper_files WHERE id = ?"));
    q.addBindValue(fileId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such file."));
    if (auto s = checkClearance(q.value(0).toLongLong()); !s)
        return s.error();
    const auto data = MeetingSeals::openBytes(m_db, q.value(1).toByteArray(), MeetingSeals::PaperData);
    if (!data)
        return StorageError::make(K::Forbidden, office::ClearanceKeys::notGivenText());
    return AttachmentStore::verified(*data, q.value(2).toByteArray());
}

storage::Result<QByteArray> PaperFiles::extract(qint64 fileId) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    return read(fileId);
}

storage::Result<int> PaperFiles::removeDestroyed(qint64 meetingId, const QString &record)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::DestroyArchives); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT f.id, 'paper ' || f.document_id || ' ' || f.file_name FROM meeting_paper_files f"
                             " JOIN meeting_documents d ON d.id = f.document_id WHERE d.meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    int removed = 0;
    if (const QSqlError failed = storage::AuditLog(m_db).deleteListed(m_actor, QStringLiteral("meeting_paper_files"), q, record, &removed); failed.isValid())
        return m_db.errorFor(failed);
    return removed;
}

} // namespace vanphong::meetings
