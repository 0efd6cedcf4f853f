#include "AppController.h"
#include "MainWindow.h"
#include "StartupFlow.h"
#include "crypto/SelfTest.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "widgets/OfficeFileTypes.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char **argv)
{
    // Before any dialog lists a folder: see OfficeFileTypes for the locks it keeps.
    vanphong::ui::OfficeFileTypes::declare();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VanPhong"));
    QApplication::setOrganizationName(QStringLiteral("VanPhong"));
    QApplication::setApplicationVersion(QStringLiteral(VANPHONG_VERSION));
    vanphong::ui::AppSettings settings;
    vanphong::i18n::Translations::install(app, settings.language());

    if (const QString failed = vanphong::crypto::SelfTest::run(); !failed.isEmpty()) {
        QMessageBox::critical(nullptr, QStringLiteral("VanPhong"),
                              QApplication::translate("main", "The encryption library failed its self-test (%1). "
                                                              "VanPhong will not open any file.").arg(failed));
        return 1;
    }
    vanphong::ui::AppController controller(settings);
    // "vanphong FILE" (a file opened from the file manager): that file, not the last one.
    if (const QStringList args = QApplication::arguments(); args.size() > 1 && QFileInfo::exists(args.at(1)))
        controller.setFilePath(QFileInfo(args.at(1)).absoluteFilePath());
    if (!vanphong::ui::StartupFlow::run(controller))
        return 0;
    vanphong::ui::MainWindow window(controller);
    window.show();
    return app.exec();
}
