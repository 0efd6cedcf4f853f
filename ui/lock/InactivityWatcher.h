#pragma once

#include <QObject>
#include <QTimer>

namespace vanphong::ui {

// Watches the whole application's keyboard and mouse input and says when the
// user has been away for the set time (the idle lock), and Ctrl+L in a dialog.
class InactivityWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit InactivityWatcher(QObject *parent = nullptr);
    void setInterval(int milliseconds); // 0 = never
    void setActive(bool active);

Q_SIGNALS:
    void idle();
    // Ctrl+L pressed while a dialog is open.
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace vanphong::ui
