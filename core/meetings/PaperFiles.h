#pragma once

#include "documents/Attachment.h"
#include "office/Role.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::meetings {

// The files of a meeting's papers (a draft resolution, a report as PDF or
// scans), kept inside the encrypted file with their checksum, read only by
// users cleared for the paper's mark. They travel to the laptop in the
// meeting's package for reading; files are attached in the office file.
class PaperFiles final
{
    Q_DECLARE_TR_FUNCTIONS(PaperFiles)
public:
    PaperFiles(storage::Database &db, const office::UserAccount &reader, QString actor);

    [[nodiscard]] storage::Result<documents::Attachment> add(qint64 paperId, const QString &fileName, const QByteArray &data);
    [[nodiscard]] storage::Result<QList<documents::Attachment>> list(qint64 paperId) const;
    [[nodiscard]] storage::Result<QByteArray> read(qint64 fileId) const;
    // A copy to be written outside the encrypted file: needs the right to export.
    [[nodiscard]] storage::Result<QByteArray> extract(qint64 fileId) const;
    // A destruction of the meeting's dossier (archives::RetentionReview),
    // inside its transaction: every file of the meeting's papers removed,
    // each removal logged with the destruction record's number. How many.
    [[nodiscard]] storage::Result<int> removeDestroyed(qint64 meetingId, const QString &record);

private:
    storage::Status checkClearance(qint64 paperId) const;
    storage::Result<office::Clearance> levelOf(qint64 paperId) const;
    storage::Status clearedFor(const storage::Result<office::Clearance> &level) const;

    storage::Database &m_db;
    int m_clearance;
    QString m_actor;
};

} // namespace vanphong::meetings
