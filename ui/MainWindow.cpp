#include "MainWindow.h"

#include "AppController.h"
#include "documents/IncomingPage.h"
#include "documents/NamesDialog.h"
#include "documents/OutgoingPage.h"
#include "archives/ArchivesPage.h"
#include "assets/AssetsPage.h"
#include "meetings/ChecklistTab.h"
#include "meetings/DecisionsTab.h"
#include "meetings/MeetingsPage.h"
#include "meetings/package/MeetingPackage.h"
#include "lock/InactivityWatcher.h"
#include "lock/LockScreen.h"
#include "help/GuideDialog.h"
#include "help/ShortcutsDialog.h"
#include "office/PasswordDialog.h"
#include "office/SecretTransferDialog.h"
#include "office/ProfilePage.h"
#include "office/SecretFile.h"
#include "office/SecretFileBanner.h"
#include "office/Role.h"
#include "office/UsersPage.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "start/StartPage.h"
#include "widgets/PermissionGate.h"
#include "widgets/ScrollPage.h"
#include "widgets/TitleFitter.h"
#include "registers/RegisterPage.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QLineEdit>
#include <QScreen>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace vanphong::ui {

MainWindow::MainWindow(AppController &controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_root(new QStackedWidget(this))
    , m_workspace(new QWidget(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(controller, this))
    , m_startPage(new StartPage(controller, this))
    , m_incomingPage(new IncomingPage(controller, this))
    , m_outgoingPage(new OutgoingPage(controller, this))
    , m_meetingsPage(new MeetingsPage(controller, this))
    , m_archivesPage(new ArchivesPage(controller, this))
    , m_assetsPage(new AssetsPage(controller, this))
    , m_profilePage(new ProfilePage(controller, this))
    , m_usersPage(new UsersPage(controller, this))
    , m_settingsPage(new SettingsPage(controller.settings(), this))
    , m_inactivity(new InactivityWatcher(this))
    , m_statusUser(new QLabel(this))
    , m_secretBanner(new SecretFileBanner(this))
{
    setWindowTitle(tr("VanPhong – Party committee office"));
    TitleFitter::installOnce();
    // The pages are added in the order of the Page enum.
    const struct { QWidget *page; QString label; const char *icon; } pages[] = {
        {m_startPage, tr("Start"), "start"},
        {m_incomingPage, tr("Incoming documents"), "incoming"},
        {m_outgoingPage, tr("Outgoing documents"), "outgoing"},
        {m_meetingsPage, tr("Meetings"), "meetings"},
        {m_archivesPage, tr("Archive"), "archives"},
        {m_assetsPage, tr("Assets"), "assets"},
        {m_profilePage, tr("Office profile"), "profile"},
        {m_usersPage, tr("Users"), "users"},
        {m_settingsPage, tr("Settings"), "settings"},
    };
    for (const auto &p : pages) {
        // A page larger than a small screen scrolls rather than widening the window.
        m_pages->addWidget(ScrollPage::wrap(p.page));
        m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(p.icon))), p.label));
    }
    // As wide as its longest label, not more: the pages get the rest of a small screen.
    int labels = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        labels = std::max(labels, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(labels + m_navigation->iconSize().width() + 48);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The desk counts what waits now, not what waited when it was last shown.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Start && m_controller.session())
            m_startPage->reload();
    });
    // Ctrl+1 … Ctrl+9: the pages, in the order of the list on the left.
    for (int page = Start; page <= Settings; ++page) {
        auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)), this);
        connect(key, &QShortcut::activated, this, [this, page] {
            if (isShowingLockScreen())
                return;
            showPage(Page(page));
            // A register's page opens on its list, ready for the arrow keys.
            if (auto *book = qobject_cast<RegisterPage *>(m_pages->widget(page)))
                book->table()->setFocus();
        });
    }

    auto *outer = new QVBoxLayout(m_workspace);
    outer->addWidget(m_secretBanner);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout);
    m_root->addWidget(m_workspace);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);
    statusBar()->addPermanentWidget(m_statusUser);

    buildMenus();
    // Views let go of the file's data before the connection closes.
    connect(&m_controller, &AppController::aboutToLock, this, [this] {
        m_incomingPage->clear();
        m_outgoingPage->clear();
        m_meetingsPage->clear();
        m_archivesPage->clear();
        m_assetsPage->clear();
        m_usersPage->reload();
    });
    connect(m_startPage, &StartPage::deskOpened, this, &MainWindow::openDesk);
    connect(m_startPage, &StartPage::actionChosen, this, &MainWindow::startAction);
    connect(&m_controller, &AppController::locked, this, &MainWindow::onLocked);
    connect(&m_controller, &AppController::unlocked, this, &MainWindow::onUnlocked);
    connect(m_inactivity, &InactivityWatcher::idle, &m_controller, &AppController::lock);
    connect(m_inactivity, &InactivityWatcher::lockRequested, &m_controller, &AppController::lock);
    connect(m_settingsPage, &SettingsPage::idleLockChanged, this, &MainWindow::applyIdleLock);
    applyIdleLock(m_controller.settings().idleLockMinutes());

    // 1100x700, or the screen's room when it is smaller (1024x768 with a task bar).
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1100, 700);
    resize(std::min(1100, room.width()), std::min(700, room.height()));
    m_navigation->setCurrentRow(Start);
    if (m_controller.isLocked())
        onLocked();
    else
        onUnlocked();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    PermissionGate::require(file->addAction(tr("&Back up…"), this, &MainWindow::backup), office::Permission::BackUpFile);
    file->addAction(tr("&Check the file"), this, &MainWindow::verify);
    // Its text says which way the lines go, once the file is open (onUnlocked).
    m_transferAction = file->addAction(tr("Move the secret lines to the secret file…"), this, [this] {
        if (office::OfficeSession *session = m_controller.session())
            SecretTransferDialog::run(*session, this);
        m_incomingPage->reload();
        m_outgoingPage->reload();
    });
    PermissionGate::require(m_transferAction, office::Permission::RegisterDocuments);
    m_namesAction = file->addAction(tr("&Names and recipient groups…"), this, [this] {
        if (office::OfficeSession *session = m_controller.session())
            NamesDialog(*session, this).exec();
    });
    file->addSeparator();
    file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    m_lockAction = file->addAction(tr("&Lock"), &m_controller, &AppController::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { GuideDialog(this).exec(); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { ShortcutsDialog(this).exec(); });
    help->addAction(tr("&About VanPhong"), this, &MainWindow::about);
}

void MainWindow::openDesk(StartPage::Desk desk, qint64 meetingId)
{
    switch (desk) {
    case StartPage::Desk::NewIncoming:
    case StartPage::Desk::DueThisWeek:
    case StartPage::Desk::Overdue:
        showPage(Incoming);
        m_incomingPage->showOnly(desk == StartPage::Desk::NewIncoming ? IncomingPage::Preset::NewNotHandedOver
                                 : desk == StartPage::Desk::DueThisWeek ? IncomingPage::Preset::DueThisWeek
                                                                        : IncomingPage::Preset::Overdue);
        m_incomingPage->table()->setFocus();
        break;
    case StartPage::Desk::Unfiled:
        showPage(Archives);
        m_archivesPage->showUnfiled(StartPage::closingYear(QDate::currentDate()));
        break;
    case StartPage::Desk::HandOverDue:
        showPage(Archives);
        m_archivesPage->handOver();
        break;
    case StartPage::Desk::LoansOverdue:
        showPage(Archives);
        m_archivesPage->showLoans(true);
        break;
    case StartPage::Desk::Reserved:
        showPage(Outgoing);
        m_outgoingPage->showOnlyReserved();
        m_outgoingPage->table()->setFocus();
        break;
    case StartPage::Desk::ComingMeetings:
    case StartPage::Desk::LateSteps:
    case StartPage::Desk::FollowUp:
        showPage(Meetings);
        m_meetingsPage->reload();
        if (meetingId) {
            m_meetingsPage->select(meetingId);
            m_meetingsPage->showTabOf(desk == StartPage::Desk::LateSteps ? static_cast<QWidget *>(m_meetingsPage->checklist())
                                                                         : static_cast<QWidget *>(m_meetingsPage->decisions()));
        }
        break;
    }
}

void MainWindow::startAction(StartPage::Action action)
{
    switch (action) {
    case StartPage::Action::RegisterIncoming:
        showPage(Incoming);
        m_incomingPage->addDocuments();
        break;
    case StartPage::Action::NumberOutgoing:
        showPage(Outgoing);
        m_outgoingPage->addDocument();
        break;
    case StartPage::Action::NewMeeting:
        showPage(Meetings);
        m_meetingsPage->addMeeting();
        break;
    case StartPage::Action::Search:
        showPage(Incoming);
        m_incomingPage->clearFilters(); // the whole register, not what a count left filtered
        m_incomingPage->reload();
        m_incomingPage->searchEdit()->setFocus();
        break;
    case StartPage::Action::BackUp:
        backup();
        break;
    }
    m_startPage->reload(); // the counts after what was done
}

void MainWindow::applyIdleLock(int minutes)
{
    m_inactivity->setInterval(minutes * 60 * 1000);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

bool MainWindow::isShowingLockScreen() const
{
    return m_root->currentWidget() == m_lockScreen;
}

void MainWindow::onLocked()
{
    m_inactivity->setActive(false);
    m_startPage->reload();
    m_usersPage->reload();
    for (QAction *a : menuBar()->actions())
        a->setEnabled(false);
    m_statusUser->clear();
    m_lockScreen->prepare();
    m_root->setCurrentWidget(m_lockScreen);
}

void MainWindow::onUnlocked()
{
    office::OfficeSession *session = m_controller.session();
    const bool admin = session && (session->may(office::Permission::ManageUsers) || session->isRecovery());
    m_navigation->item(Users)->setHidden(!admin);
    if (!admin && currentPage() == Users)
        showPage(Start);
    for (QAction *a : menuBar()->actions())
        a->setEnabled(true);
    m_startPage->reload();
    m_incomingPage->reload();
    m_outgoingPage->reload();
    m_meetingsPage->reload();
    m_archivesPage->reload();
    m_assetsPage->reload();
    m_profilePage->reload();
    m_usersPage->reload();
    m_settingsPage->reload();
    PermissionGate::apply(this, session);
    const bool secretFile = session && office::SecretFile::isSecretFile(session->database());
    m_transferAction->setText(secretFile ? tr("Bring in the lines from the ordinary file…") : tr("Move the secret lines to the secret file…"));
    setWindowTitle(secretFile ? tr("VanPhong – Party committee office – SECRET FILE") : tr("VanPhong – Party committee office"));
    m_secretBanner->check(session);
    m_statusUser->setText(session ? tr("%1 · %2").arg(session->user().login.isEmpty() ? tr("recovery") : session->user().login,
                                                       QDir::toNativeSeparators(QFileInfo(session->database().path()).fileName()))
                                  : QString());
    // On a laptop's package, say so: what is typed here goes back to the office with the file.
    if (session && !meetings::MeetingPackage::packageIdOf(session->database()).isEmpty())
        m_statusUser->setText(tr("Meeting package (bring it back to the office to merge) · %1").arg(m_statusUser->text()));
    m_root->setCurrentWidget(m_workspace); // the page the user was on stays selected
    m_inactivity->setActive(true);
    if (session)
        if (const QStringList warnings = session->takeSignInWarnings(); !warnings.isEmpty())
            QTimer::singleShot(0, this, [this, warnings] {
                QMessageBox::warning(this, tr("A warning about the office file"), warnings.join(QLatin1String("\n\n")));
            });
    // A form that was being typed when the window locked opens again, as it was.
    QTimer::singleShot(0, this, [this] {
        const auto draft = m_controller.takeDraft();
        if (!draft)
            return;
        if (draft->kind.startsWith(QLatin1String("incoming"))) {
            showPage(Incoming);
            m_incomingPage->reopenDraft(draft->kind, draft->typed);
        } else if (draft->kind.startsWith(QLatin1String("outgoing"))) {
            showPage(Outgoing);
            m_outgoingPage->reopenDraft(draft->kind, draft->typed);
        }
    });
}

void MainWindow::backup()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    const QFileInfo current(session->database().path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("%1-%2.vpdb").arg(current.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the office file"), suggested,
                                                      tr("VanPhong office files (*.vpdb)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::Status s = session->database().backupTo(path);
    QApplication::restoreOverrideCursor();
    if (s)
        QMessageBox::information(this, tr("Backup"), tr("The backup was written to %1. It opens with the same users and passwords.")
                                                         .arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Backup"), s.error().message);
}

void MainWindow::verify()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The session's check: pages and log, and the rows and signatures against the log.
    const storage::VerifyReport report = session->verify();
    QApplication::restoreOverrideCursor();
    const QString notes = report.notes.isEmpty()
        ? QString()
        : tr("\n\nWarnings given at sign-in, as the log records them:\n%1").arg(report.notes.join(QLatin1Char('\n')));
    if (report.ok)
        QMessageBox::information(this, tr("Check the file"),
                                 tr("The file is intact: %1 pages and %2 audit log entries checked.")
                                         .arg(report.pagesChecked).arg(report.auditEntries) + notes);
    else if (report.altered) // changed with a tool by someone holding the key: not damage
        QMessageBox::critical(this, tr("Check the file"),
                              tr("The file has been altered outside the application:\n%1\n\nThe problems above name the "
                                 "entries and, where known, whose key wrote them. Go on with a backup made before.")
                                      .arg(report.problems.join(QLatin1Char('\n')))
                                  + notes);
    else
        QMessageBox::critical(this, tr("Check the file"),
                              tr("The file is damaged:\n%1\n\nRestore it from a backup.").arg(report.problems.join(QLatin1Char('\n')))
                                  + notes);
}

void MainWindow::changePassword()
{
    if (office::OfficeSession *session = m_controller.session(); session && !session->isRecovery())
        if (PasswordDialog::changeOwnPassword(*session, this))
            QMessageBox::information(this, tr("Password"), tr("Your password has been changed."));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About VanPhong"),
                       tr("<h3>VanPhong %1</h3><p>Registers and meetings for the office of a commune, ward or "
                          "special-zone party committee.</p><p>All data is kept in one encrypted file "
                          "(AES-256-GCM, scrypt).</p><p>Licence: GNU GPL version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace vanphong::ui
