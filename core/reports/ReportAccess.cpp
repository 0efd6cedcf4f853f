#include "ReportAccess.h"

#include "meetings/MeetingSecrecy.h"
#include "office/AccessControl.h"

namespace vanphong::reports {

storage::Status ReportAccess::mayPrint(storage::Database &db)
{
    return office::AccessControl::require(db, office::Permission::ExportRegisters);
}

storage::Status ReportAccess::mayPrintAssets(storage::Database &db)
{
    return office::AccessControl::require(db, office::Permission::ExportAssets);
}

storage::Status ReportAccess::mayPrintMeeting(storage::Database &db, qint64 meetingId)
{
    if (auto allowed = mayPrint(db); !allowed)
        return allowed;
    return meetings::MeetingSecrecy::requireLevel(db, meetings::MeetingSecrecy::highestIn(db, meetingId));
}

} // namespace vanphong::reports
