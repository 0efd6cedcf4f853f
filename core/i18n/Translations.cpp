#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vanphong::i18n {

QStringList Translations::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString Translations::install(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
    if (!available().contains(lang))
        lang = QStringLiteral("vi");
    // Translators live as long as the application; parented to it.
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/vanphong_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings (buttons, wizard): the system's catalogue if there is
    // one, else the small one VanPhong ships for Vietnamese.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(QStringLiteral(":/i18n/qt_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English));
    return lang;
}

} // namespace vanphong::i18n
