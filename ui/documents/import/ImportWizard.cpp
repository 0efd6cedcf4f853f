#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "office/OfficeSession.h"

#include <QMessageBox>

namespace vanphong::ui {

ImportWizard::ImportWizard(office::OfficeSession &session, documents::RegisterImport::Register which, QWidget *parent)
    : QWizard(parent)
    , m_job(std::make_unique<documents::RegisterImportJob>(session.database(), session.user(), session.actor(), which))
{
    setWindowTitle(which == documents::RegisterImport::Register::Incoming   ? tr("Import incoming documents")
                   : which == documents::RegisterImport::Register::Outgoing ? tr("Import outgoing documents")
                                                                            : tr("Import an asset book"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilePage, new ImportFilePage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    resize(980, 620);
}

ImportWizard::~ImportWizard() = default;

int ImportWizard::run(office::OfficeSession &session, documents::RegisterImport::Register which, QWidget *parent)
{
    ImportWizard wizard(session, which, parent);
    if (wizard.exec() != QDialog::Accepted || wizard.imported() == 0)
        return 0;
    QMessageBox::information(parent, tr("Import"), which == documents::RegisterImport::Register::Assets
                                                       ? tr("%n item(s) were imported.", nullptr, wizard.imported())
                                                       : tr("%n document(s) were imported.", nullptr, wizard.imported()));
    return wizard.imported();
}

} // namespace vanphong::ui
