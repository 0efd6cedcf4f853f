#pragma once

#include <QString>

class QSettings;

namespace vanphong::ui {

// The application's own preferences (not office data): which file was used
// last, the idle lock delay, the language. Stored with QSettings.
class AppSettings final
{
public:
    AppSettings();                          // the user's settings
    explicit AppSettings(const QString &iniFile); // tests: a file of their own
    ~AppSettings();

    QString lastFile() const;
    void setLastFile(const QString &path);
    QString lastUser() const;
    void setLastUser(const QString &login);
    int idleLockMinutes() const; // 0 = never
    void setIdleLockMinutes(int minutes);
    QString language() const;    // "vi", "en" or empty for the system's
    void setLanguage(const QString &language);

    static QString defaultFileLocation();

private:
    QSettings *m_settings;
};

} // namespace vanphong::ui
