#include "AssetPrint.h"

#include "documents/RegisterPrintDialog.h"
#include "office/OfficeSession.h"
#include "reports/ArchivePapers.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextDocument>

namespace vanphong::ui {

void AssetPrint::show(office::OfficeSession &session, const reports::AssetPrintout::Request &request, QWidget *parent, bool toPdf)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto printout = reports::AssetPrintout::make(session.database(), request);
    QApplication::restoreOverrideCursor();
    if (!printout) {
        QMessageBox::warning(parent, tr("Print"), printout.error().message);
        return;
    }
    const auto info = reports::ArchivePapers::pdfInfo(session.database(), printout->title);
    if (toPdf)
        RegisterPrintDialog::savePdf(*printout->document, printout->layout, info, parent);
    else
        RegisterPrintDialog::preview(*printout->document, printout->layout, info, parent);
}

} // namespace vanphong::ui
