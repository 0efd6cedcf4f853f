#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/Translations.h"
#include "widgets/OfficeFileTypes.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // What this computer remembers of the files it opened (office::WorkstationMemory)
    // goes to a folder of this run, for the tests and the programs they start.
    QTemporaryDir memory;
    qputenv("VANPHONG_WORKSTATION_MEMORY", memory.filePath(QStringLiteral("seen-files.ini")).toLocal8Bit());
    // As the application does before its first dialog (the office file's locks).
    vanphong::ui::OfficeFileTypes::declare();
    QApplication app(argc, argv);
    // The GUI is tested as users see it: in Vietnamese, the default language.
    vanphong::i18n::Translations::install(app, QStringLiteral("vi"));
    return Catch::Session().run(argc, argv);
}
