#pragma once

#include "IncomingDocument.h"
#include "OutgoingDocument.h"
#include "spreadsheet/Sheet.h"

#include <QList>

namespace vanphong::documents {

// Lists of the registers as spreadsheets the offices already use (written by
// spreadsheet::SpreadsheetFile as CSV, XLSX or ODS). Column titles are those
// of the printed registers, in Vietnamese like them, so that an exported
// file imports again without a mapping.
class RegisterExport final
{
public:
    static spreadsheet::Sheet incomingSheet(const QList<IncomingDocument> &documents);
    static spreadsheet::Sheet outgoingSheet(const QList<OutgoingDocument> &documents);
};

} // namespace vanphong::documents
