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
    // The command is looked for anywhere: options may come before it (--db FILE report ...);
    // a GUI application for a word that was only an option's value costs nothing.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0 || (i + 1 < argc && qstrcmp(argv[i], "archive") == 0 && qstrcmp(argv[i + 1], "file") == 0);
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
