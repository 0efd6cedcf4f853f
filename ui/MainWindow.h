#pragma once

#include "start/StartPage.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace vanphong::ui {

class AppController;
class InactivityWatcher;
class ArchivesPage;
class AssetsPage;
class IncomingPage;
class OutgoingPage;
class SecretFileBanner;
class LockScreen;
class ProfilePage;
class MeetingsPage;
class SettingsPage;
class StartPage;
class UsersPage;

// The window: module navigation on the left, the module's page on the right,
// replaced by the lock screen while the file is locked.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppController &controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { Start, Incoming, Outgoing, Meetings, Archives, Assets, Profile, Users, Settings };
    void showPage(Page page);
    Page currentPage() const;
    bool isShowingLockScreen() const;

    LockScreen *lockScreen() const { return m_lockScreen; }
    StartPage *startPage() const { return m_startPage; }
    IncomingPage *incomingPage() const { return m_incomingPage; }
    OutgoingPage *outgoingPage() const { return m_outgoingPage; }
    ProfilePage *profilePage() const { return m_profilePage; }
    MeetingsPage *meetingsPage() const { return m_meetingsPage; }
    ArchivesPage *archivesPage() const { return m_archivesPage; }
    AssetsPage *assetsPage() const { return m_assetsPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    InactivityWatcher *inactivityWatcher() const { return m_inactivity; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *transferAction() const { return m_transferAction; }
    QAction *namesAction() const { return m_namesAction; }

private:
    void buildMenus();
    void onLocked();
    void onUnlocked();
    void backup();
    void verify();
    void changePassword();
    void about();
    void applyIdleLock(int minutes);
    // The start page's counts open the list they count; its buttons start the main tasks.
    void openDesk(StartPage::Desk desk, qint64 meetingId);
    void startAction(StartPage::Action action);

    AppController &m_controller;
    QStackedWidget *m_root;
    QWidget *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    LockScreen *m_lockScreen;
    StartPage *m_startPage;
    IncomingPage *m_incomingPage;
    OutgoingPage *m_outgoingPage;
    MeetingsPage *m_meetingsPage;
    ArchivesPage *m_archivesPage;
    AssetsPage *m_assetsPage;
    ProfilePage *m_profilePage;
    UsersPage *m_usersPage;
    SettingsPage *m_settingsPage;
    InactivityWatcher *m_inactivity;
    QAction *m_lockAction = nullptr;
    QAction *m_transferAction = nullptr; // secret lines: out of the ordinary file, or into the secret one
    QAction *m_namesAction = nullptr;     // the completion lists and recipient groups
    QLabel *m_statusUser;
    SecretFileBanner *m_secretBanner;
};

} // namespace vanphong::ui
