#pragma once

#include "OutgoingDocument.h"
#include "registers/RegisterLayout.h"

#include <QCoreApplication>

namespace vanphong::documents {

// The outgoing register's columns (registers::RegisterLayout): on the page,
// in the CLI, in JSON and in the spreadsheet export, under the printed
// register's titles.
class OutgoingListing final
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingListing)
public:
    // The screen's columns, in order.
    enum ScreenColumn { Symbol, Date, Excerpt, Signer, Recipients, Status, ScreenColumnCount };

    static registers::RegisterLayout<OutgoingDocument> layout();
    static QString statusName(OutgoingDocument::Status status);
    // The status a clerk reads: a cancelled document is "Cancelled" whatever its number's state.
    static QString lineStatus(const OutgoingDocument &d);
};

} // namespace vanphong::documents
