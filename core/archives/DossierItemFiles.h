#pragma once

#include "documents/Attachment.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::archives {

// The files a filing keeps in the archive of its own: a meeting's printed
// minutes and invitations as PDFs (reports::MeetingArchiveCopies), made when
// the meeting is filed. Sealed at the meeting's level as its papers' files
// are (meetings::MeetingSeals), read only by users cleared to it; removed
// with the filing, or by a destruction, each removal logged.
// Attachment::ownerKind is "dossier-item", ownerId the filing's id.
class DossierItemFiles final
{
    Q_DECLARE_TR_FUNCTIONS(DossierItemFiles)
public:
    struct NewFile
    {
        QString fileName;
        QByteArray data;
    };

    DossierItemFiles(storage::Database &db, const office::UserAccount &reader, QString actor);

    // The meeting's sealing key for this session: before the caller's transaction.
    [[nodiscard]] storage::Status prepare(qint64 meetingId);
    // Inside the caller's transaction: keeps `files` for filing `itemId` of meeting `meetingId`.
    [[nodiscard]] storage::Status addInside(qint64 itemId, qint64 meetingId, const QList<NewFile> &files);
    // The files kept for the filings of a dossier, in the order they were kept.
    [[nodiscard]] storage::Result<QList<documents::Attachment>> list(qint64 dossierId) const;
    [[nodiscard]] storage::Result<QByteArray> read(qint64 fileId) const;
    // A copy out of the file: the roles that may export (Permission::ExportRegisters).
    [[nodiscard]] storage::Result<QByteArray> extract(qint64 fileId) const;
    // Inside the caller's transaction: the filing's files removed, each logged with `why`. How many.
    [[nodiscard]] storage::Result<int> removeInside(qint64 itemId, const QString &why);

private:
    [[nodiscard]] storage::Result<qint64> meetingOfItem(qint64 itemId) const;

    storage::Database &m_db;
    int m_clearance;
    QString m_actor;
};

} // namespace vanphong::archives
