#pragma once

#include "archives/DossierFiling.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The printed papers a meeting's dossier keeps when it goes into the archive
// (issue 13, with issue 4's dossier): the minutes in their two copies and the
// invitations, as PDFs made the way they are printed, to be kept inside the
// office file (archives::DossierItemFiles), never on disk. A meeting whose
// minutes are not complete is not filed: the archive keeps the record as
// signed, not a draft.
class MeetingArchiveCopies final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingArchiveCopies)
public:
    struct Copy
    {
        QString fileName; // "Biên bản Hội nghị Ban Thường vụ Đảng ủy ngày 15 tháng 01 năm 2026.pdf"
        QByteArray pdf;
    };

    [[nodiscard]] static storage::Result<QList<Copy>> render(storage::Database &db, qint64 meetingId);
    // render() as the archive's filing asks for it (archives::DossierFiling).
    [[nodiscard]] static archives::DossierFiling::MeetingPrinter printer(storage::Database &db);
};

} // namespace vanphong::reports
