#pragma once

#include "office/OfficeSession.h"
#include "storage/Database.h"

#include <QWizard>

#include <memory>

namespace vanphong::ui {

class FileLocationPage;
class ProfileWizardPage;
class ChiefAccountPage;
class RecoveryCodePage;

// First start: creates the office file with its profile and the office
// chief's account, then shows the recovery code once.
class CreateOfficeWizard final : public QWizard
{
    Q_OBJECT
public:
    explicit CreateOfficeWizard(const QString &suggestedPath, storage::DatabaseOptions options = {},
                                QWidget *parent = nullptr);
    ~CreateOfficeWizard() override;

    // Called when the chief's account page is committed: creates the file.
    bool createOffice();
    // The new session, once created; the caller takes it after accept().
    std::unique_ptr<office::OfficeSession> takeSession();
    QString recoveryCode() const { return m_recoveryCode; }
    // The office file chosen with "Open an existing file…" instead of making
    // one (a second computer of the office, a file copied from a backup);
    // empty when the wizard made a file or was cancelled.
    QString existingFile() const { return m_existing; }

    FileLocationPage *filePage() const { return m_filePage; }
    ProfileWizardPage *profilePage() const { return m_profilePage; }
    ChiefAccountPage *accountPage() const { return m_accountPage; }
    RecoveryCodePage *recoveryPage() const { return m_recoveryPage; }
    // The file exists once the recovery code is shown: Escape there does not
    // skip the confirmation that the code was kept.
    void reject() override;

private:
    storage::DatabaseOptions m_options;
    FileLocationPage *m_filePage;
    ProfileWizardPage *m_profilePage;
    ChiefAccountPage *m_accountPage;
    RecoveryCodePage *m_recoveryPage;
    std::unique_ptr<office::OfficeSession> m_session;
    QString m_recoveryCode;
    QString m_existing;
};

} // namespace vanphong::ui
