#include "AppController.h"

#include "settings/AppSettings.h"

#include <QApplication>
#include <QWidget>

namespace vanphong::ui {

AppController::AppController(AppSettings &settings, storage::DatabaseOptions options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(std::move(options))
    , m_path(settings.lastFile())
    , m_lastLogin(settings.lastUser())
{
}

AppController::~AppController() = default;

void AppController::setFilePath(const QString &path)
{
    m_path = path;
}

storage::Status AppController::unlock(const QString &login, const QByteArray &password)
{
    auto session = office::OfficeSession::open(m_path, login, password, m_options);
    if (!session)
        return session.error();
    m_session = std::move(session.value());
    remember();
    Q_EMIT unlocked();
    return storage::Ok{};
}

storage::Status AppController::unlockWithRecoveryCode(const QString &code)
{
    auto session = office::OfficeSession::openWithRecoveryCode(m_path, code, m_options);
    if (!session)
        return session.error();
    m_session = std::move(session.value());
    Q_EMIT unlocked();
    return storage::Ok{};
}

void AppController::adopt(std::unique_ptr<office::OfficeSession> session)
{
    m_session = std::move(session);
    m_path = m_session->database().path();
    remember();
    Q_EMIT unlocked();
}

void AppController::remember()
{
    m_lastLogin = m_session->user().login;
    m_settings.setLastFile(m_path);
    m_settings.setLastUser(m_lastLogin);
}

void AppController::lock()
{
    if (!m_session)
        return;
    // Close every dialog first: they may show records of the file.
    for (int guard = 0; guard < 32; ++guard) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        modal->close();
    }
    Q_EMIT aboutToLock(); // views drop their models before the connection goes
    m_session.reset();    // closes the database: keys wiped
    Q_EMIT locked();
}

} // namespace vanphong::ui
