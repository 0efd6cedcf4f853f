#pragma once

#include "office/OfficeSession.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>
#include <optional>

namespace vanphong::ui {

class AppSettings;

// Owns the signed-in session of the one office file the window shows, and
// locks it: locking closes the database, which wipes every key.
class AppController final : public QObject
{
    Q_OBJECT
public:
    // `options` is the tests' seam for cheap KDF parameters; the application
    // passes none and gets parameters tuned to the machine.
    AppController(AppSettings &settings, storage::DatabaseOptions options = {}, QObject *parent = nullptr);
    ~AppController() override;

    AppSettings &settings() { return m_settings; }
    const storage::DatabaseOptions &databaseOptions() const { return m_options; }
    office::OfficeSession *session() const { return m_session.get(); }
    bool isLocked() const { return !m_session; }
    QString filePath() const { return m_path; }
    QString lastLogin() const { return m_lastLogin; }

    void setFilePath(const QString &path);
    // Opens the current file as `login`; on success the session is live.
    storage::Status unlock(const QString &login, const QByteArray &password);
    storage::Status unlockWithRecoveryCode(const QString &code);
    // A file reported damaged: opens it read-only as `login` (nothing is
    // written to it) and saves its last good state as a new file.
    storage::Status saveLastGoodState(const QString &login, const QByteArray &password, const QString &destination);
    // Takes over a session made elsewhere (the creation wizard).
    void adopt(std::unique_ptr<office::OfficeSession> session);

    // What was typed in a form when the window locked, for the same user
    // after unlock: the form's kind and its typing; asked once, then forgotten.
    struct Draft
    {
        QString kind;
        QByteArray typed;
    };
    std::optional<Draft> takeDraft();

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void aboutToLock();
    void locked();
    void unlocked();

private:
    void remember();

    AppSettings &m_settings;
    storage::DatabaseOptions m_options;
    std::unique_ptr<office::OfficeSession> m_session;
    // Sealed under the file's key (storage::SealedDraft) while locked.
    struct KeptDraft
    {
        QString login;
        QString kind;
        QByteArray sealed;
    };
    std::optional<KeptDraft> m_keptDraft;
    QString m_path;
    QString m_lastLogin;
};

} // namespace vanphong::ui
