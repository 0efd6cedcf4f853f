#include "InactivityWatcher.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>

namespace vanphong::ui {

InactivityWatcher::InactivityWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void InactivityWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    setActive(m_active);
}

void InactivityWatcher::setActive(bool active)
{
    m_active = active;
    if (m_active && m_timer.interval() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+L locks from a form too: a modal dialog keeps the main window's
    // shortcut from firing, and the form's typing survives the lock anyway.
    if (event->type() == QEvent::KeyPress && m_active && QApplication::activeModalWidget()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
            Q_EMIT lockRequested();
            return true;
        }
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_active && m_timer.interval() > 0)
            m_timer.start(); // restart the countdown
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vanphong::ui
