#pragma once

#include "IncomingDocument.h"
#include "registers/RegisterLayout.h"

#include <QCoreApplication>

namespace vanphong::documents {

// The incoming register's columns (registers::RegisterLayout): on the page,
// in the CLI, in JSON and in the spreadsheet export, which keeps the titles
// of the printed register so that an exported file imports again.
class IncomingListing final
{
    Q_DECLARE_TR_FUNCTIONS(IncomingListing)
public:
    // The screen's columns, in order: the page's model and tests name them.
    enum ScreenColumn { Number, Received, Sender, Symbol, DocumentDate, Excerpt, Assignee, Deadline, Status, ScreenColumnCount };

    static registers::RegisterLayout<IncomingDocument> layout();
    static QString statusName(IncomingDocument::Status status);
};

} // namespace vanphong::documents
