#pragma once

#include "Attachment.h"
#include "DocumentMarks.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::documents {

// Scans stored inside the encrypted office file, never beside it. Reading
// one checks the reader's clearance against its document's mark.
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
public:
    static constexpr qint64 MaxSize = 64ll * 1024 * 1024;

    AttachmentStore(storage::Database &db, const office::UserAccount &reader, QString actor);

    [[nodiscard]] storage::Result<Attachment> add(const QString &ownerKind, qint64 ownerId, const QString &fileName,
                                                  const QByteArray &data);
    [[nodiscard]] storage::Result<QList<Attachment>> list(const QString &ownerKind, qint64 ownerId) const;
    [[nodiscard]] storage::Result<QByteArray> read(qint64 id) const;
    // A copy to be written outside the encrypted file: needs the right to export.
    [[nodiscard]] storage::Result<QByteArray> extract(qint64 id) const;
    [[nodiscard]] storage::Status remove(qint64 id);
    // Every file of a line, removed when the archive destroys the dossier it
    // is filed in (archives::RetentionReview), inside the caller's
    // transaction, each removal logged with the destruction record's number.
    // secure_delete zeroes the pages they leave; the number removed.
    [[nodiscard]] storage::Result<int> removeDestroyed(const QString &ownerKind, qint64 ownerId, const QString &record);

    // The type from the file's first bytes; empty when it is not a scan we keep.
    static QString sniffMimeType(const QByteArray &data);
    // The SHA-256 stored beside a file and checked when it is read.
    static QByteArray checksum(const QByteArray &data);
    // The stored bytes if they still match their stored checksum.
    [[nodiscard]] static storage::Result<QByteArray> verified(const QByteArray &data, const QByteArray &storedChecksum);
    // The type of a file we keep (size within bounds, a scan or PDF by its
    // first bytes), or why it is refused; for every store of files.
    [[nodiscard]] static storage::Result<QString> acceptedType(const QByteArray &data);
    // The audit entry's JSON for a file added (owner, owner_id, file_name,
    // size, sha256 in hex): office::AuditCrossCheck compares the row with it.
    static QString logged(const Attachment &a, const QByteArray &data);

private:
    storage::Status checkClearance(const QString &ownerKind, qint64 ownerId) const;
    storage::Result<Confidentiality> levelOf(const QString &ownerKind, qint64 ownerId) const;
    storage::Status clearedFor(const storage::Result<Confidentiality> &level) const;

    storage::Database &m_db;
    int m_clearance;
    QString m_actor;
};

} // namespace vanphong::documents
