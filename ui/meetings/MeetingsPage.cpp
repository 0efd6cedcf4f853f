#include "MeetingsPage.h"

#include "archives/FilingButton.h"
#include "archives/FiledIn.h"

#include "AgendaTab.h"
#include "AppController.h"
#include "AttendanceTab.h"
#include "ChecklistTab.h"
#include "MeetingDialog.h"
#include "MembersDialog.h"
#include "DecisionsTab.h"
#include "MinutesTab.h"
#include "PackageExportDialog.h"
#include "PackageImportDialog.h"
#include "PapersTab.h"
#include "documents/RegisterPrintDialog.h"
#include "meetings/MeetingStore.h"
#include "meetings/PaperNumbers.h"
#include "office/AccessControl.h"
#include "meetings/package/MeetingPackage.h"
#include "office/OfficeSession.h"
#include "reports/MeetingDossier.h"
#include "reports/MeetingPapers.h"
#include "reports/MinutesReport.h"
#include "reports/PageLayout.h"
#include "reports/PaperTitle.h"
#include "widgets/ListTable.h"
#include "widgets/ColumnFitter.h"
#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"
#include "widgets/ScrollPage.h"
#include "widgets/TimeField.h"

#include <QScrollArea>

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

MeetingsPage::MeetingsPage(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(ListTable::make({tr("When"), tr("Meeting"), tr("Status")}, 1, this))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_checklist(new ChecklistTab(this))
    , m_agenda(new AgendaTab(this))
    , m_attendance(new AttendanceTab(this))
    , m_minutes(new MinutesTab(this))
    , m_papers(new PapersTab(this))
    , m_decisions(new DecisionsTab(this))
{
    auto *add = new QPushButton(tr("&New meeting…"), this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *members = new QPushButton(tr("Committee &members…"), this);
    auto *close = new QPushButton(tr("C&lose the meeting…"), this);
    m_close = close;
    auto *printButton = new QPushButton(tr("&Print"), this);
    auto *printMenu = new QMenu(printButton);
    const QList<QPair<Printout, QString>> printouts = {
        {Printout::Minutes, tr("The &minutes…")}, {Printout::Invitations, tr("&Invitations…")},
        {Printout::SignInSheet, tr("The &sign-in sheet…")}, {Printout::Programme, tr("The &programme…")},
        {Printout::Dossier, tr("The &dossier's contents…")}};
    for (const auto &[which, title] : printouts)
        connect(printMenu->addAction(title), &QAction::triggered, this, [this, which = which] { print(which); });
    printButton->setMenu(printMenu);
    auto *laptop = new QPushButton(tr("&Laptop"), this);
    m_fileInto = new FilingButton(m_controller, this);
    PermissionGate::require(add, office::Permission::PrepareMeetings);
    PermissionGate::require(printButton, office::Permission::ExportRegisters);
    PermissionGate::require(edit, office::Permission::PrepareMeetings);
    PermissionGate::require(close, office::Permission::PrepareMeetings);
    PermissionGate::require(laptop, office::Permission::PrepareMeetings);
    PermissionGate::require(members, office::Permission::ManageCommittee);
    auto *laptopMenu = new QMenu(laptop);
    connect(laptopMenu->addAction(tr("&Take the meeting to a laptop…")), &QAction::triggered, this, &MeetingsPage::exportPackage);
    connect(laptopMenu->addAction(tr("&Bring it back from a laptop…")), &QAction::triggered, this, &MeetingsPage::importPackage);
    laptop->setMenu(laptopMenu);
    m_list->setMinimumWidth(220); // the date and the start of the title; the splitter gives it more
    // The title takes what the date leaves and wraps; the status goes first when the list is narrow.
    m_listFitter = new ColumnFitter(m_list, 1, {{0, 130}, {2, 110}}, {2});
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_tabs->addTab(ScrollPage::wrap(m_checklist), tr("&Preparation"));
    m_tabs->addTab(ScrollPage::wrap(m_agenda), tr("A&genda"));
    m_tabs->addTab(ScrollPage::wrap(m_attendance), tr("&Attendance"));
    m_tabs->addTab(ScrollPage::wrap(m_minutes), tr("&Minutes"));
    m_tabs->addTab(ScrollPage::wrap(m_papers), tr("Pape&rs"));
    m_tabs->addTab(ScrollPage::wrap(m_decisions), tr("&Decisions"));

    auto *buttons = new FlowLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(members);
    buttons->addWidget(laptop);
    buttons->addWidget(close);
    buttons->addWidget(printButton);
    buttons->addWidget(m_fileInto);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_tabs, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Meetings</h2>"), this));
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &MeetingsPage::addMeeting);
    connect(edit, &QPushButton::clicked, this, &MeetingsPage::editMeeting);
    connect(members, &QPushButton::clicked, this, &MeetingsPage::editMembers);
    connect(close, &QPushButton::clicked, this, &MeetingsPage::closeMeeting);
    connect(m_fileInto, &FilingButton::changed, this, &MeetingsPage::showHeader);
    connect(m_list, &QTableWidget::currentCellChanged, this, &MeetingsPage::showCurrent);
    // One tab's changes show on the others (an agenda item added, a guest for the papers).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_minutes->flush();
        showTab(ScrollPage::content(m_tabs->currentWidget()), m_controller.session(), currentId());
    });
}

void MeetingsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a narrow page (1024 pixels at 125 % or more) the list goes above the
    // tabs, which then have the whole width for their forms.
    int tabsNeed = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        tabsNeed = std::max(tabsNeed, ScrollPage::content(m_tabs->widget(i))->minimumSizeHint().width());
    const int besideNeed = m_list->minimumWidth() + tabsNeed + 60; // the splitter's handle, the frames and a scroll bar
    const Qt::Orientation wanted = width() < besideNeed ? Qt::Vertical : Qt::Horizontal;
    if (m_split->orientation() != wanted)
        m_split->setOrientation(wanted);
}

void MeetingsPage::clear()
{
    m_minutes->flush(); // nothing typed is lost when the window locks
    m_list->setRowCount(0);
    m_header->clear();
    for (int i = 0; i < m_tabs->count(); ++i)
        showTab(ScrollPage::content(m_tabs->widget(i)), nullptr, 0);
}

void MeetingsPage::reload()
{
    office::OfficeSession *session = m_controller.session();
    if (!session) {
        clear();
        return;
    }
    const qint64 keep = currentId();
    auto meetings = MeetingStore(session->database(), session->actor()).list();
    const QSignalBlocker quiet(m_list);
    m_list->setRowCount(0);
    if (meetings) {
        m_list->setRowCount(int(meetings->size()));
        // Newest first: the next meetings are at the top.
        for (int r = 0; r < meetings->size(); ++r) {
            const Meeting &m = meetings->at(meetings->size() - 1 - r);
            auto *when = new QTableWidgetItem(m.startsAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
            when->setData(Qt::UserRole, m.id);
            m_list->setItem(r, 0, when);
            m_list->setItem(r, 1, new QTableWidgetItem(m.title));
            m_list->setItem(r, 2, new QTableWidgetItem(Meeting::statusName(m.status)));
        }
    }
    m_listFitter->refit();
    select(keep);
    showCurrent();
}

void MeetingsPage::select(qint64 meetingId)
{
    for (int r = 0; r < m_list->rowCount(); ++r)
        if (m_list->item(r, 0)->data(Qt::UserRole).toLongLong() == meetingId)
            m_list->selectRow(r);
    if (m_list->currentRow() < 0 && m_list->rowCount() > 0)
        m_list->selectRow(0);
}

qint64 MeetingsPage::currentId() const
{
    const QTableWidgetItem *item = m_list->item(m_list->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MeetingsPage::showCurrent()
{
    showHeader();
    for (int i = 0; i < m_tabs->count(); ++i)
        showTab(ScrollPage::content(m_tabs->widget(i)), m_controller.session(), currentId());
}

void MeetingsPage::showTabOf(QWidget *tab)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (ScrollPage::content(m_tabs->widget(i)) == tab)
            m_tabs->setCurrentIndex(i);
}

void MeetingsPage::showTab(QWidget *tab, office::OfficeSession *session, qint64 id)
{
    if (tab == m_checklist)
        m_checklist->show(session, id);
    else if (tab == m_agenda)
        m_agenda->show(session, id);
    else if (tab == m_attendance)
        m_attendance->show(session, id);
    else if (tab == m_minutes)
        m_minutes->show(session, id);
    else if (tab == m_papers)
        m_papers->show(session, id);
    else if (tab == m_decisions)
        m_decisions->show(session, id);
}

void MeetingsPage::showHeader()
{
    office::OfficeSession *session = m_controller.session();
    const qint64 id = currentId();
    auto meeting = session && id ? MeetingStore(session->database(), session->actor()).get(id) : storage::Result<Meeting>(Meeting{});
    if (!session || !id || !meeting) {
        m_fileInto->setLine(QStringLiteral("meeting"), 0, {}, 0, false);
        m_header->setText(session && session->may(office::Permission::PrepareMeetings)
                              ? tr("Create a meeting with “New meeting…”; its checklist follows from its kind.")
                              : tr("Choose a meeting to see its preparation, attendance and minutes."));
        return;
    }
    const Meeting &m = meeting.value();
    m_close->setEnabled(m.status == Meeting::Status::Planned || m.status == Meeting::Status::Held);
    m_fileInto->setLine(QStringLiteral("meeting"), id, tr("The dossier of the meeting: %1 of %2").arg(m.title, m.startsAt.date().toString(QStringLiteral("dd/MM/yyyy"))),
                        m.startsAt.date().year(),
                        m.status == Meeting::Status::Held || m.status == Meeting::Status::Closed);
    QString filed = FiledIn::text(session, QStringLiteral("meeting"), id);
    m_header->setText(QStringLiteral("<b>%1</b><br>%2%3").arg(m.title.toHtmlEscaped(),
        tr("%1, %2 · chair: %3 · recorder: %4").arg(m.startsAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")), m.place,
                                                    m.chair.isEmpty() ? tr("not set") : m.chair,
                                                    m.secretary.isEmpty() ? tr("not set") : m.secretary).toHtmlEscaped(),
        filed.isEmpty() ? QString() : QStringLiteral("<br>") + tr("Filed in: %1").arg(filed).toHtmlEscaped()));
}

void MeetingsPage::addMeeting()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    MeetingDialog dialog(*session, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        select(dialog.createdId());
        showCurrent();
    }
}

bool MeetingsPage::acceptMissing(const QString &title, const QStringList &missing)
{
    if (missing.isEmpty())
        return true;
    return QMessageBox::warning(this, title, tr("Still missing:\n- %1\n\nPreview anyway?").arg(missing.join(QLatin1String("\n- "))),
                                QMessageBox::Yes | QMessageBox::No)
           == QMessageBox::Yes;
}

void MeetingsPage::editMeeting()
{
    office::OfficeSession *session = m_controller.session();
    const qint64 id = currentId();
    if (!session || !id)
        return;
    m_minutes->flush();
    auto meeting = MeetingStore(session->database(), session->actor()).get(id);
    if (!meeting) {
        QMessageBox::warning(this, tr("Edit the meeting"), meeting.error().message);
        return;
    }
    MeetingDialog dialog(*session, meeting.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        select(id);
        showCurrent();
    }
}

void MeetingsPage::editMembers()
{
    if (office::OfficeSession *session = m_controller.session()) {
        MembersDialog dialog(*session, this);
        dialog.exec();
    }
}

void MeetingsPage::print(Printout which)
{
    office::OfficeSession *session = m_controller.session();
    const qint64 id = currentId();
    if (!session || !id)
        return;
    m_minutes->flush();
    storage::Database &db = session->database();
    storage::Result<std::unique_ptr<QTextDocument>> doc = std::unique_ptr<QTextDocument>();
    QString title;
    switch (which) {
    case Printout::Minutes: {
        title = tr("Minutes");
        auto problems = reports::MinutesReport::problems(db, id);
        if (problems && !acceptMissing(tr("The minutes are not complete"), problems.value()))
            return;
        doc = reports::MinutesReport::build(db, id);
        break;
    }
    case Printout::Invitations:
        title = tr("Invitations");
        if (!numberInvitationFirst(title))
            return;
        doc = reports::MeetingPapers::invitations(db, id);
        break;
    case Printout::SignInSheet:
        title = tr("Sign-in sheet");
        doc = reports::MeetingPapers::signInSheet(db, id);
        break;
    case Printout::Programme:
        title = tr("Programme");
        doc = reports::MeetingPapers::programme(db, id);
        break;
    case Printout::Dossier: {
        title = tr("Dossier contents");
        auto contents = reports::MeetingDossier::contents(db, id);
        QStringList missing;
        if (contents)
            for (const auto &e : reports::MeetingDossier::missing(contents.value()))
                missing << tr("%1: %2").arg(e.title, e.missing);
        if (!acceptMissing(tr("The dossier is not complete"), missing))
            return;
        doc = reports::MeetingDossier::tableOfContents(db, id);
        break;
    }
    }
    if (!doc) {
        QMessageBox::warning(this, title, doc.error().message);
        return;
    }
    // The preview, the printer's job and a saved PDF are named in the paper's
    // own words ("Biên bản Hội nghị …"), with the office as the PDF's author.
    const auto paper = which == Printout::Minutes       ? reports::PaperTitle::Paper::Minutes
                     : which == Printout::Invitations   ? reports::PaperTitle::Paper::Invitation
                     : which == Printout::SignInSheet   ? reports::PaperTitle::Paper::SignInSheet
                     : which == Printout::Programme     ? reports::PaperTitle::Paper::Programme
                                                        : reports::PaperTitle::Paper::Dossier;
    auto info = reports::PaperTitle::pdfInfo(db, id, paper);
    RegisterPrintDialog::preview(**doc, reports::PageLayout::portrait(), info ? info.value() : reports::PagedRenderer::PdfInfo(title), this);
}

bool MeetingsPage::numberInvitationFirst(const QString &title)
{
    // An invitation without its number prints as a proof (DỰ THẢO, blank
    // number and date): issuing it first is offered, as the clerk most often means.
    office::OfficeSession *session = m_controller.session();
    const qint64 id = currentId();
    auto number = meetings::PaperNumbers::of(session->database(), id, meetings::PaperNumbers::Paper::Invitation);
    if (!number || number->has_value() || !office::AccessControl::require(session->database(), office::Permission::PrepareMeetings)
        || !meetings::MeetingPackage::packageIdOf(session->database()).isEmpty())
        return true;
    QMessageBox ask(QMessageBox::Question, title,
                    tr("The invitation has no number yet: printed now, it is a proof marked DỰ THẢO, with a blank number and date.\n\n"
                       "Issue it first: take its number in the outgoing register, dated the invitation's own date?"),
                    QMessageBox::Cancel, this);
    QPushButton *issue = ask.addButton(tr("&Number and print"), QMessageBox::AcceptRole);
    QPushButton *proof = ask.addButton(tr("Print the &proof"), QMessageBox::RejectRole);
    ask.setDefaultButton(issue);
    ask.exec();
    if (ask.clickedButton() == proof)
        return true;
    if (ask.clickedButton() != issue)
        return false;
    auto taken = meetings::PaperNumbers(session->database(), session->user(), session->actor())
                     .take(id, meetings::PaperNumbers::Paper::Invitation);
    if (!taken) {
        QMessageBox::warning(this, title, taken.error().message);
        return false;
    }
    showTab(m_papers, session, id); // the numbers shown on the Papers tab
    return true;
}

void MeetingsPage::exportPackage()
{
    office::OfficeSession *session = m_controller.session();
    const qint64 id = currentId();
    if (!session || !id)
        return;
    m_minutes->flush();
    auto meeting = MeetingStore(session->database(), session->actor()).get(id);
    const QString suggested = QFileInfo(session->database().path()).dir().filePath(
        QStringLiteral("hop-%1.%2").arg(meeting ? meeting->startsAt.toString(QStringLiteral("yyyyMMdd-HHmm")) : QString::number(id),
                                        meetings::MeetingPackage::fileSuffix()));
    PackageExportDialog dialog(*session, id, suggested, this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, dialog.windowTitle(),
                                 tr("The package is written to %1.\nOn the laptop, open it in VanPhong as %2 with the package's password.")
                                     .arg(dialog.pathEdit()->text(), dialog.login()));
}

void MeetingsPage::importPackage()
{
    if (!m_controller.session())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Bring the meeting back from a laptop"),
                                                      QFileInfo(m_controller.session()->database().path()).absolutePath(),
                                                      tr("Meeting packages (*.%1);;All files (*)").arg(meetings::MeetingPackage::fileSuffix()));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Package password"), tr("Password of the package %1:").arg(QFileInfo(path).fileName()),
                                                   QLineEdit::Password, QString(), &ok);
    if (ok)
        importPackageFrom(path, password.toUtf8());
}

bool MeetingsPage::importPackageFrom(const QString &path, const QByteArray &password)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return false;
    m_minutes->flush();
    QApplication::setOverrideCursor(Qt::WaitCursor); // every page of the package is checked
    auto incoming = meetings::MeetingPackage(*session).read(path, password);
    QApplication::restoreOverrideCursor();
    if (!incoming) {
        QMessageBox::warning(this, tr("Bring the meeting back from a laptop"), incoming.error().message);
        return false;
    }
    const qint64 meetingId = incoming->meetingId;
    PackageImportDialog dialog(*session, std::move(incoming.value()), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    select(meetingId);
    showCurrent();
    QMessageBox::information(this, dialog.windowTitle(), dialog.result());
    return true;
}

void MeetingsPage::closeMeeting()
{
    office::OfficeSession *session = m_controller.session();
    const qint64 id = currentId();
    if (!session || !id)
        return;
    m_minutes->flush();
    auto meeting = MeetingStore(session->database(), session->actor()).get(id);
    if (!meeting)
        return;
    // The time it ended is asked, not taken from the click: the minutes print
    // it. Now is offered when the meeting is today and has begun.
    const QDateTime now = QDateTime::currentDateTime();
    const bool runningNow = meeting->startsAt.date() == now.date() && now > meeting->startsAt;
    QDialog ask(this);
    ask.setWindowTitle(tr("Close the meeting"));
    auto *ended = new TimeField(runningNow ? now.time() : meeting->startsAt.time().addSecs(2 * 3600), &ask);
    auto *text = new QLabel(tr("The meeting of %1 began at %2. When did it end?")
                                .arg(meeting->startsAt.toString(QStringLiteral("dd/MM/yyyy")), meeting->startsAt.toString(QStringLiteral("HH:mm"))),
                            &ask);
    text->setWordWrap(true);
    auto *message = new QLabel(&ask);
    message->setStyleSheet(QStringLiteral("color: #a40000;"));
    message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    QPushButton *closeIt = buttons->addButton(tr("&Close the meeting"), QDialogButtonBox::AcceptRole);
    closeIt->setDefault(true);
    auto *form = new QFormLayout(&ask);
    form->addRow(text);
    form->addRow(tr("&Ended at:"), ended);
    form->addRow(message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(closeIt, &QPushButton::clicked, &ask, [&] {
        const QDateTime end(meeting->startsAt.date(), ended->time());
        if (auto s = MeetingStore(session->database(), session->actor()).close(id, end); !s) {
            message->setText(s.error().message);
            return;
        }
        ask.accept();
    });
    ended->setFocus();
    ask.exec();
    reload();
    select(id);
}

} // namespace vanphong::ui
