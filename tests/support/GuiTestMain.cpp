#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/Translations.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The GUI is tested as users see it: in Vietnamese, the default language.
    vanphong::i18n::Translations::install(app, QStringLiteral("vi"));
    return Catch::Session().run(argc, argv);
}
