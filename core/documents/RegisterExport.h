#pragma once

#include "IncomingDocument.h"
#include "OutgoingDocument.h"
#include "spreadsheet/Sheet.h"
#include "storage/StorageError.h"

#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::documents {

// Lists of the registers as spreadsheets the offices already use (written by
// spreadsheet::SpreadsheetFile as CSV, XLSX or ODS). Column titles are those
// of the printed registers, in Vietnamese like them, so that an exported
// file imports again without a mapping. A list leaves the encrypted file only
// for users whose role may export (office::Permission::ExportRegisters).
class RegisterExport final
{
public:
    static storage::Result<spreadsheet::Sheet> incomingSheet(storage::Database &db, const QList<IncomingDocument> &documents);
    static storage::Result<spreadsheet::Sheet> outgoingSheet(storage::Database &db, const QList<OutgoingDocument> &documents);
};

} // namespace vanphong::documents
