#include "RegisterExport.h"

#include "IncomingListing.h"
#include "OutgoingListing.h"
#include "office/AccessControl.h"

namespace vanphong::documents {

storage::Result<spreadsheet::Sheet> RegisterExport::incomingSheet(storage::Database &db, const QList<IncomingDocument> &documents)
{
    if (auto allowed = office::AccessControl::require(db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    return IncomingListing::layout().sheet(documents);
}

storage::Result<spreadsheet::Sheet> RegisterExport::outgoingSheet(storage::Database &db, const QList<OutgoingDocument> &documents)
{
    if (auto allowed = office::AccessControl::require(db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    return OutgoingListing::layout().sheet(documents);
}

} // namespace vanphong::documents
