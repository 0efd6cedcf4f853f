#pragma once

#include "Dossier.h"
#include "registers/RegisterLayout.h"

#include <QCoreApplication>

namespace vanphong::archives {

// The dossier register's columns (registers::RegisterLayout): on the
// archive's page, in the CLI, in JSON and in the spreadsheet export, under
// the titles of the dossier list's form (Hướng dẫn 17-HD/VPTW).
class DossierListing final
{
    Q_DECLARE_TR_FUNCTIONS(DossierListing)
public:
    enum ScreenColumn { Number, Title, Retention, Keeper, Documents, Status, Location, ScreenColumnCount };

    static registers::RegisterLayout<Dossier> layout();
    static QString statusName(Dossier::Status status);
    // Its status as the screen and the CLI say it: "Đang cho mượn (Đã đóng)" while out on loan.
    static QString displayedStatus(const Dossier &d);
};

} // namespace vanphong::archives
