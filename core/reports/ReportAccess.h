#pragma once

#include "storage/StorageError.h"

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// Who may print: a printed or saved paper is a copy of the office's data out
// of the encrypted file, as a spreadsheet export is (Permission::ExportRegisters);
// a meeting's minutes, programme and dossier also need clearance for every
// part of the meeting, since they carry its items' documents and conclusions.
class ReportAccess final
{
public:
    [[nodiscard]] static storage::Status mayPrint(storage::Database &db);
    // The asset papers: the accountant's as well (Permission::ExportAssets).
    [[nodiscard]] static storage::Status mayPrintAssets(storage::Database &db);
    [[nodiscard]] static storage::Status mayPrintMeeting(storage::Database &db, qint64 meetingId);
};

} // namespace vanphong::reports
