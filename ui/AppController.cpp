#include "AppController.h"

#include "settings/AppSettings.h"
#include "storage/SealedDraft.h"
#include "widgets/DraftForm.h"

#include <QApplication>
#include <QDialog>
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

storage::Status AppController::saveLastGoodState(const QString &login, const QByteArray &password,
                                                 const QString &destination)
{
    storage::DatabaseOptions options = m_options;
    options.readOnly = true;
    auto session = office::OfficeSession::open(m_path, login, password, options);
    if (!session)
        return session.error();
    return (*session)->backupTo(destination);
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

std::optional<AppController::Draft> AppController::takeDraft()
{
    std::optional<KeptDraft> kept = std::exchange(m_keptDraft, std::nullopt);
    // Only for the user who typed it: another user may not be cleared for what it says.
    if (!kept || !m_session || m_session->user().login != kept->login)
        return std::nullopt;
    auto typed = storage::SealedDraft::open(m_session->database(), kept->sealed);
    if (!typed)
        return std::nullopt;
    return Draft{kept->kind, *typed};
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
    // Close every dialog first: they may show records of the file. What was
    // typed in a form is kept, sealed under the file's key, for after unlock.
    for (int guard = 0; guard < 32; ++guard) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        if (auto *form = dynamic_cast<DraftForm *>(modal); form && form->hasDraft() && !m_keptDraft)
            m_keptDraft = KeptDraft{m_session->user().login, form->draftKind(),
                                    storage::SealedDraft::seal(m_session->database(), form->draft())};
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->done(QDialog::Rejected); // not reject(): nothing is asked, the typing is kept
        else
            modal->close();
    }
    Q_EMIT aboutToLock(); // views drop their models before the connection goes
    m_session.reset();    // closes the database: keys wiped
    Q_EMIT locked();
}

} // namespace vanphong::ui
