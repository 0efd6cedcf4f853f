#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace vanphong::ui {

class AppSettings;

class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppSettings &settings, QWidget *parent = nullptr);
    void reload();
    QSpinBox *idleMinutesBox() const { return m_idle; }

Q_SIGNALS:
    void idleLockChanged(int minutes);

private:
    void save();

    AppSettings &m_settings;
    QSpinBox *m_idle;
    QComboBox *m_language;
    QLabel *m_status;
};

} // namespace vanphong::ui
