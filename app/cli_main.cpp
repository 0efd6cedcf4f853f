#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vanphong-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VanPhong"));
    vanphong::i18n::Translations::install(app, qEnvironmentVariable("VANPHONG_LANG"));
    return vanphong::cli::CliApplication().run(QCoreApplication::arguments());
}
