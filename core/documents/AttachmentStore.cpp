#include "AttachmentStore.h"

#include "ArchiveHold.h"

#include "SealedFields.h"

#include "crypto/Kdf.h"
#include "drafts/TemplateDocument.h"
#include "office/AccessControl.h"
#include "office/ClearanceKeys.h"
#include "office/SecretFile.h"
#include "office/UserAccount.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::documents {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
Attachment fromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
            QDateTime::fromString(q.value(7).toString(), Qt::ISODate)};
}
const QString Columns = QStringLiteral("id, owner_kind, owner_id, file_name, mime_type, size, added_by, added_at");

// A secret line's scans, and their names, are sealed with its level's key (office::ClearanceKeys).
const QString &NameField = SealedFields::AttachmentName;
const QString &DataField = SealedFields::AttachmentData;
} // namespace

QString AttachmentStore::logged(const Attachment &a, const QByteArray &data)
{
    const QJsonObject o{{QStringLiteral("owner"), a.ownerKind}, {QStringLiteral("owner_id"), a.ownerId},
                        {QStringLiteral("file_name"), a.fileName}, {QStringLiteral("size"), a.size},
                        {QStringLiteral("sha256"), QString::fromLatin1(checksum(data).toHex())}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

AttachmentStore::AttachmentStore(storage::Database &db, const office::UserAccount &reader, QString actor)
    : m_db(db)
    , m_clearance(int(reader.clearance))
    , m_actor(std::move(actor))
{
}

QString AttachmentStore::sniffMimeType(const QByteArray &data)
{
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("II*\0") || data.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    // A document drafted from a template and finished in the word processor
    // (drafts::OutgoingDrafter), told by its content, not its name.
    if (data.startsWith("PK\x03\x04"))
        if (auto document = drafts::TemplateDocument::read(data))
            return document->format() == drafts::DraftFormat::Odt
                       ? QStringLiteral("application/vnd.oasis.opendocument.text")
                       : QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    return {};
}

QByteArray AttachmentStore::checksum(const QByteArray &data)
{
    const auto digest = crypto::Kdf::sha256({reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())});
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

storage::Result<QByteArray> AttachmentStore::verified(const QByteArray &data, const QByteArray &storedChecksum)
{
    if (checksum(data) != storedChecksum)
        return StorageError::make(K::Corrupted, tr("The stored file does not match its checksum."));
    return data;
}

storage::Result<QString> AttachmentStore::acceptedType(const QByteArray &data)
{
    if (data.isEmpty() || data.size() > MaxSize)
        return StorageError::make(K::Invalid, tr("A file must be between 1 byte and %1 MB.").arg(MaxSize / 1024 / 1024));
    const QString mime = sniffMimeType(data);
    if (mime.isEmpty())
        return StorageError::make(K::Invalid, tr("Only scans and finished documents are kept: PDF, PNG, JPEG, TIFF, ODT or DOCX files."));
    return mime;
}

storage::Result<Confidentiality> AttachmentStore::levelOf(const QString &ownerKind, qint64 ownerId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(ownerKind == QLatin1String("in") ? QStringLiteral("SELECT confidentiality, excerpt FROM incoming_documents WHERE id = ?")
                                               : QStringLiteral("SELECT confidentiality, excerpt FROM outgoing_documents WHERE id = ?"));
    q.addBindValue(ownerId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("The document does not exist."));
    // A mark lowered with a tool does not lower the scans' seal (ClearanceKeys::sealingLevel).
    return Confidentiality(std::clamp(office::ClearanceKeys::sealingLevel(q.value(0).toInt(), q.value(1).toString()), 0, 3));
}

storage::Status AttachmentStore::checkClearance(const QString &ownerKind, qint64 ownerId) const
{
    return clearedFor(levelOf(ownerKind, ownerId));
}

storage::Status AttachmentStore::clearedFor(const storage::Result<Confidentiality> &level) const
{
    if (!level)
        return level.error();
    if (int(*level) > m_clearance)
        return StorageError::make(K::Forbidden, tr("This document's files are above your clearance."));
    return storage::Ok{};
}

storage::Result<Attachment> AttachmentStore::add(const QString &ownerKind, qint64 ownerId, const QString &fileName,
                                                 const QByteArray &data)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    if (ownerKind != QLatin1String("in") && ownerKind != QLatin1String("out"))
        return StorageError::make(K::Invalid, tr("Files belong to incoming or outgoing documents."));
    if (auto held = ArchiveHold::allowsChange(m_db, ownerKind, ownerId, tr("The document")); !held)
        return held.error();
    const auto level = levelOf(ownerKind, ownerId);
    if (auto s = clearedFor(level); !s)
        return s.error();
    if (auto s = office::SecretFile::mayHold(m_db, *level, tr("a scan")); !s)
        return s.error();
    const auto mime = acceptedType(data);
    if (!mime)
        return mime.error();
    Attachment a{0, ownerKind, ownerId, QFileInfo(fileName).fileName(), *mime, data.size(), m_actor, QDateTime::currentDateTime()};
    if (auto s = office::ClearanceKeys::ensure(m_db, int(*level), m_actor); !s)
        return s.error();
    const auto storedName = office::ClearanceKeys::sealText(m_db, int(*level), NameField, a.fileName);
    const auto storedData = office::ClearanceKeys::sealBytes(m_db, int(*level), DataField, data);
    if (!storedName || !storedData)
        return storedName ? storedData.error() : storedName.error();
    Attachment stored = a;
    stored.fileName = *storedName;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO attachments (owner_kind, owner_id, file_name, mime_type, size, sha256, data, added_by, added_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(a.ownerKind), QVariant(a.ownerId), QVariant(stored.fileName), QVariant(a.mimeType), QVariant(a.size),
                              QVariant(checksum(data)),
                              QVariant(*storedData), QVariant(a.addedBy), QVariant(a.addedAt.toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    a.id = stored.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("attachments"), QString::number(a.id), QStringLiteral("insert"), {}, logged(stored, data)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return a;
}

storage::Result<QList<Attachment>> AttachmentStore::list(const QString &ownerKind, qint64 ownerId) const
{
    // Even a file's name can tell what a secret document is about.
    if (auto s = checkClearance(ownerKind, ownerId); !s)
        return s.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id").arg(Columns));
    q.addBindValue(ownerKind);
    q.addBindValue(ownerId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Attachment> out;
    while (q.next()) {
        Attachment a = fromRow(q);
        a.fileName = office::ClearanceKeys::openText(m_db, a.fileName, NameField).value_or(office::ClearanceKeys::notGivenText());
        out.append(a);
    }
    return out;
}

storage::Result<QByteArray> AttachmentStore::read(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT owner_kind, owner_id, data, sha256 FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such file."));
    if (auto s = checkClearance(q.value(0).toString(), q.value(1).toLongLong()); !s)
        return s.error();
    const auto data = office::ClearanceKeys::openBytes(m_db, q.value(2).toByteArray(), DataField);
    if (!data)
        return StorageError::make(K::Forbidden, office::ClearanceKeys::notGivenText());
    return verified(*data, q.value(3).toByteArray());
}

storage::Result<QByteArray> AttachmentStore::extract(qint64 id) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    return read(id);
}

storage::Status AttachmentStore::remove(qint64 id)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return StorageError::make(K::Invalid, tr("There is no such file."));
    const Attachment a = fromRow(q);
    if (auto s = checkClearance(a.ownerKind, a.ownerId); !s)
        return s;
    if (auto held = ArchiveHold::allowsChange(m_db, a.ownerKind, a.ownerId, tr("The document of %1").arg(a.fileName)); !held)
        return held;
    storage::Transaction t(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("attachments"), QString::number(id), QStringLiteral("delete"),
                     QStringLiteral("%1 %2 %3").arg(a.ownerKind).arg(a.ownerId).arg(a.fileName), {}})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<int> AttachmentStore::removeDestroyed(const QString &ownerKind, qint64 ownerId, const QString &record)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::DestroyArchives); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, owner_kind || ' ' || owner_id || ' ' || file_name FROM attachments WHERE owner_kind = ? AND owner_id = ?"));
    q.addBindValue(ownerKind);
    q.addBindValue(ownerId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    int removed = 0;
    if (const QSqlError failed = storage::AuditLog(m_db).deleteListed(m_actor, QStringLiteral("attachments"), q, record, &removed); failed.isValid())
        return m_db.errorFor(failed);
    return removed;
}

} // namespace vanphong::documents
