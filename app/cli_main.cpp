#include "cli/CliApplication.h"
#include "crypto/SelfTest.h"
#include "i18n/Translations.h"

#include <QGuiApplication>

#include <memory>

#include <cstdio>

int main(int argc, char **argv)
{
    // Reports are laid out with fonts, which need a GUI application; it never
    // opens a window, so it runs on the offscreen platform unless told otherwise.
    // Filing a meeting into a dossier prints its minutes and invitations into
    // the file. Every other command needs only the core.
    const bool report = argc > 1 && (qstrcmp(argv[1], "report") == 0 || (argc > 2 && qstrcmp(argv[1], "archive") == 0 && qstrcmp(argv[2], "file") == 0));
    if (report && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(report ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
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
