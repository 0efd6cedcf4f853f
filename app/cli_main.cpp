#include "cli/CliApplication.h"
#include "crypto/SelfTest.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vanphong-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VanPhong"));
    vanphong::i18n::Translations::install(app, qEnvironmentVariable("VANPHONG_LANG"));
    if (const QString failed = vanphong::crypto::SelfTest::run(); !failed.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "The encryption library failed its self-test (%1). "
                                                                                     "VanPhong will not open any file.").arg(failed)));
        return 4;
    }
    return vanphong::cli::CliApplication().run(QCoreApplication::arguments());
}
