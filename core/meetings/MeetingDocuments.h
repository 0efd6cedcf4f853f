#pragma once

#include "documents/DocumentMarks.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// A paper of the meeting: sent ahead or handed out in the room, and for
// Tối mật, Tuyệt mật or anything marked for recall, collected back when the
// meeting ends (DOMAIN.md).
struct MeetingDocument
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString title;
    documents::Confidentiality confidentiality = documents::Confidentiality::Normal;
    bool recall = false;
    QDate sentOn;
};

// Who holds a copy that has not come back.
struct OutstandingCopy
{
    qint64 documentId = 0;
    QString documentTitle;
    qint64 attendeeId = 0;
    QString holder;
    QDateTime givenAt;
};

class MeetingDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDocuments)
public:
    MeetingDocuments(storage::Database &db, QString actor);

    // Tối mật and Tuyệt mật papers are always recalled.
    [[nodiscard]] storage::Result<MeetingDocument> add(MeetingDocument document);
    [[nodiscard]] storage::Result<QList<MeetingDocument>> list(qint64 meetingId) const;
    // A copy given to an attendee (all the meeting's attendees when attendeeId is 0).
    [[nodiscard]] storage::Status give(qint64 documentId, qint64 attendeeId = 0);
    [[nodiscard]] storage::Status returned(qint64 documentId, qint64 attendeeId);
    // Copies of recalled papers not yet back: the recall list.
    [[nodiscard]] storage::Result<QList<OutstandingCopy>> outstanding(qint64 meetingId) const;

private:
    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::meetings
