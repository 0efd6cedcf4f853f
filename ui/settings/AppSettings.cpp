#include "AppSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace vanphong::ui {

AppSettings::AppSettings()
    : m_settings(new QSettings(QStringLiteral("VanPhong"), QStringLiteral("VanPhong")))
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(new QSettings(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings()
{
    delete m_settings;
}

QString AppSettings::lastFile() const { return m_settings->value(QStringLiteral("file/last")).toString(); }
void AppSettings::setLastFile(const QString &path) { m_settings->setValue(QStringLiteral("file/last"), path); }
QString AppSettings::lastUser() const { return m_settings->value(QStringLiteral("file/lastUser")).toString(); }
void AppSettings::setLastUser(const QString &login) { m_settings->setValue(QStringLiteral("file/lastUser"), login); }
int AppSettings::idleLockMinutes() const { return m_settings->value(QStringLiteral("security/idleLockMinutes"), 10).toInt(); }
void AppSettings::setIdleLockMinutes(int minutes) { m_settings->setValue(QStringLiteral("security/idleLockMinutes"), minutes); }
QString AppSettings::language() const { return m_settings->value(QStringLiteral("ui/language")).toString(); }
void AppSettings::setLanguage(const QString &language) { m_settings->setValue(QStringLiteral("ui/language"), language); }

QString AppSettings::defaultFileLocation()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = !docs.isEmpty() && QDir(docs).exists() ? docs : QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("VanPhong.vpdb"));
}

} // namespace vanphong::ui
