#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vanphong::i18n {

// Installs VanPhong's translation (and Qt's own, where present) into the
// application. Vietnamese is the default; English is the source language.
class Translations final
{
public:
    // "vi", "en", or empty to follow the system locale (Vietnamese unless the
    // system asks for English).
    static QString install(QCoreApplication &app, const QString &language = {});
    static QStringList available(); // language codes
};

} // namespace vanphong::i18n
