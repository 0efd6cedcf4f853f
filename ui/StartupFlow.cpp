#include "StartupFlow.h"

#include "widgets/TitleFitter.h"

#include "AppController.h"
#include "lock/UnlockDialog.h"
#include "settings/AppSettings.h"
#include "setup/CreateOfficeWizard.h"

#include <QFileInfo>

namespace vanphong::ui {

StartupFlow::Created StartupFlow::createOffice(AppController &controller, QWidget *parent)
{
    CreateOfficeWizard wizard(AppSettings::defaultFileLocation(), controller.databaseOptions(), parent);
    if (wizard.exec() != QDialog::Accepted) {
        // Created but the last page closed anyway (window closed): still use the file.
        if (auto session = wizard.takeSession()) {
            controller.adopt(std::move(session));
            return Created::Yes;
        }
        if (!wizard.existingFile().isEmpty()) {
            controller.setFilePath(wizard.existingFile());
            return Created::OpenExisting;
        }
        return Created::No;
    }
    controller.adopt(wizard.takeSession());
    return Created::Yes;
}

bool StartupFlow::run(AppController &controller, QWidget *parent)
{
    TitleFitter::installOnce(); // the first dialogs come before the main window
    for (;;) {
        if (controller.filePath().isEmpty() || !QFileInfo::exists(controller.filePath())) {
            const Created created = createOffice(controller, parent);
            if (created != Created::OpenExisting)
                return created == Created::Yes;
        }
        UnlockDialog dialog(controller, parent);
        const int result = dialog.exec();
        if (result == UnlockDialog::Unlocked)
            return true;
        if (result != UnlockDialog::CreateNew)
            return false;
        const Created created = createOffice(controller, parent);
        if (created == Created::Yes)
            return true;
    }
}

} // namespace vanphong::ui
