#include "StartPage.h"

#include "archives/DossierFiling.h"
#include "archives/DossierLending.h"
#include "archives/DossierRegister.h"

#include "AppController.h"
#include "documents/IncomingRegister.h"
#include "meetings/DecisionBook.h"
#include "meetings/MeetingStore.h"
#include "DeskTile.h"
#include "documents/OutgoingRegister.h"
#include "office/Role.h"
#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"

#include <QDate>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace vanphong::ui {

StartPage::StartPage(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_office(new QLabel(this))
    , m_user(new QLabel(this))
    , m_today(new QLabel(this))
    , m_attention(new QLabel(this))
{
    m_office->setTextFormat(Qt::RichText);
    m_office->setWordWrap(true);
    m_user->setWordWrap(true);
    m_user->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_office);
    layout->addWidget(m_today);
    layout->addWidget(m_user);
    layout->addSpacing(8);

    const struct { Desk desk; const char *label; bool alarming; } tiles[] = {
        {Desk::NewIncoming, QT_TR_NOOP("incoming documents new, not handed over"), false},
        {Desk::DueThisWeek, QT_TR_NOOP("due this week, not done"), false},
        {Desk::Overdue, QT_TR_NOOP("overdue, not done"), true},
        {Desk::Reserved, QT_TR_NOOP("outgoing numbers reserved, not issued"), false},
        {Desk::ComingMeetings, QT_TR_NOOP("meetings in the next two weeks"), false},
        {Desk::LateSteps, QT_TR_NOOP("meeting preparation steps late"), true},
        {Desk::FollowUp, QT_TR_NOOP("follow-up tasks of decisions open"), false},
        {Desk::Unfiled, QT_TR_NOOP("documents of the closing year in no dossier"), false},
        {Desk::HandOverDue, QT_TR_NOOP("dossiers due to go to the archive, or late"), false},
        {Desk::LoansOverdue, QT_TR_NOOP("archive loans overdue"), true},
    };
    auto *counts = new FlowLayout;
    for (const auto &t : tiles) {
        auto *tile = new DeskTile(tr(t.label), t.alarming, this);
        m_tiles.insert(t.desk, tile);
        counts->addWidget(tile);
        const Desk desk = t.desk;
        connect(tile, &QPushButton::clicked, this, [this, desk] {
            Q_EMIT deskOpened(desk, desk == Desk::LateSteps ? m_firstLateMeeting : desk == Desk::FollowUp ? m_firstTaskMeeting : 0);
        });
    }
    layout->addLayout(counts);
    layout->addSpacing(8);

    const struct { Action action; const char *label; std::optional<office::Permission> needs; } actions[] = {
        {Action::RegisterIncoming, QT_TR_NOOP("&Register incoming…"), office::Permission::RegisterDocuments},
        {Action::NumberOutgoing, QT_TR_NOOP("&Number an outgoing document…"), office::Permission::RegisterDocuments},
        {Action::NewMeeting, QT_TR_NOOP("New &meeting…"), office::Permission::PrepareMeetings},
        {Action::Search, QT_TR_NOOP("&Search the registers"), std::nullopt},
        {Action::BackUp, QT_TR_NOOP("&Back up…"), office::Permission::BackUpFile},
    };
    auto *buttons = new FlowLayout;
    for (const auto &a : actions) {
        auto *button = new QPushButton(tr(a.label), this);
        if (a.needs)
            PermissionGate::require(button, *a.needs);
        m_actions.insert(a.action, button);
        buttons->addWidget(button);
        const Action action = a.action;
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionChosen(action); });
    }
    layout->addLayout(buttons);
    layout->addSpacing(8);
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setWordWrap(true);
    layout->addWidget(m_attention);
    layout->addStretch();
}

QString StartPage::headline() const
{
    return m_office->text();
}

QString StartPage::attentionText() const
{
    return m_attention->text();
}

void StartPage::reload()
{
    office::OfficeSession *session = m_controller.session();
    if (!session) {
        m_office->clear();
        m_user->clear();
        m_attention->clear();
        return;
    }
    auto profile = session->profile();
    const office::OfficeProfile p = profile ? profile.value() : office::OfficeProfile();
    QString html;
    if (!p.parentOrganisation.isEmpty())
        html += QStringLiteral("<div style='font-size:13pt'>%1</div>").arg(p.parentOrganisation.toHtmlEscaped());
    html += QStringLiteral("<div style='font-size:18pt; font-weight:bold'>%1</div>")
                .arg((p.committeeName.isEmpty() ? tr("(office profile not filled in yet)") : p.committeeName).toHtmlEscaped());
    html += QStringLiteral("<div>%1</div>").arg(tr("Party committee office").toHtmlEscaped());
    m_office->setText(html);
    const QDate today = QDate::currentDate();
    m_today->setText(p.placeName.isEmpty()
        ? QLocale().toString(today, QLocale::LongFormat)
        : tr("%1, %2").arg(p.placeName, QLocale().toString(today, QLocale::LongFormat)));
    countDesk(today);
    m_attention->setText(attentionHtml(today));
    const office::UserAccount &u = session->user();
    m_user->setText(session->isRecovery()
        ? tr("Opened with the recovery code.")
        : tr("Signed in as %1 (%2), %3. File: %4")
              .arg(u.fullName.isEmpty() ? u.login : u.fullName, u.login, office::Roles::displayName(u.role),
                   QDir::toNativeSeparators(session->database().path())));
}

void StartPage::countDesk(const QDate &today)
{
    office::OfficeSession *session = m_controller.session();
    documents::IncomingRegister incoming(session->database(), session->user(), session->actor());
    const auto count = [](const auto &result) { return result ? int(result->size()) : 0; };
    documents::IncomingFilter fresh;
    fresh.status = documents::IncomingDocument::Status::New;
    fresh.limit = 100000;
    m_tiles[Desk::NewIncoming]->setCount(count(incoming.list(fresh)));
    documents::IncomingFilter week; // as IncomingPage's "due in the coming week"
    week.overdueOn = true;
    week.dueFrom = today;
    week.today = today.addDays(7);
    week.limit = 100000;
    m_tiles[Desk::DueThisWeek]->setCount(count(incoming.list(week)));
    documents::IncomingFilter overdue;
    overdue.overdueOn = true;
    overdue.today = today;
    overdue.limit = 100000;
    m_tiles[Desk::Overdue]->setCount(count(incoming.list(overdue)));
    documents::OutgoingFilter reserved;
    reserved.status = documents::OutgoingDocument::Status::Reserved;
    reserved.limit = 100000;
    m_tiles[Desk::Reserved]->setCount(count(documents::OutgoingRegister(session->database(), session->user(), session->actor()).list(reserved)));
    meetings::MeetingStore store(session->database(), session->actor());
    int coming = 0;
    if (auto upcoming = store.list(today, today.addDays(14)))
        for (const meetings::Meeting &m : upcoming.value())
            coming += m.status == meetings::Meeting::Status::Planned ? 1 : 0;
    m_tiles[Desk::ComingMeetings]->setCount(coming);
    auto late = store.lateItems(today);
    m_tiles[Desk::LateSteps]->setCount(count(late));
    m_firstLateMeeting = late && !late->isEmpty() ? late->first().meeting.id : 0;
    auto tasks = meetings::DecisionBook(session->database(), session->user(), session->actor()).openTasks();
    m_tiles[Desk::FollowUp]->setCount(count(tasks));
    m_firstTaskMeeting = tasks && !tasks->isEmpty() ? tasks->first().meetingId : 0;
    // The year is closed with nothing left over (issue 13): shown while it ends and just after.
    const int closing = closingYear(today);
    m_tiles[Desk::Unfiled]->setVisible(closing != 0);
    if (closing != 0)
        m_tiles[Desk::Unfiled]->setCount(count(archives::DossierFiling(session->database(), session->user(), session->actor()).unfiled(closing)));
    // The archive's reminders (issue 13), shown only when there is something to do: they are rare.
    const int handOver = count(archives::DossierRegister(session->database(), session->actor()).dueForHandOver(today));
    m_tiles[Desk::HandOverDue]->setCount(handOver);
    m_tiles[Desk::HandOverDue]->setVisible(handOver > 0);
    const int lateLoans = count(archives::DossierLending(session->database(), session->actor()).overdue(today));
    m_tiles[Desk::LoansOverdue]->setCount(lateLoans);
    m_tiles[Desk::LoansOverdue]->setVisible(lateLoans > 0);
}

int StartPage::closingYear(const QDate &today)
{
    if (today.month() == 12)
        return today.year();
    if (today.month() == 1)
        return today.year() - 1;
    return 0;
}

QString StartPage::attentionHtml(const QDate &today)
{
    office::OfficeSession *session = m_controller.session();
    // Incoming documents past or near their deadline and not done.
    documents::IncomingRegister reg(session->database(), session->user(), session->actor());
    documents::IncomingFilter soon;
    soon.overdueOn = true;
    soon.today = today.addDays(3); // deadlines up to two days ahead count as due soon
    QString attention;
    if (auto due = reg.list(soon); due && !due->isEmpty()) {
        attention = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Incoming documents overdue or due soon").toHtmlEscaped());
        for (const documents::IncomingDocument &d : due.value()) {
            const bool overdue = d.deadline < today;
            attention += QStringLiteral("<li style='color:%1'>%2</li>").arg(overdue ? QStringLiteral("#a40000") : QStringLiteral("#8a5a00"),
                tr("%1/%2 %3 — %4, due %5%6").arg(d.number).arg(d.year).arg(d.symbol.verbatim, d.excerpt,
                    d.deadline.toString(QStringLiteral("dd/MM/yyyy")), overdue ? tr(" (overdue)") : QString()).toHtmlEscaped());
        }
        attention += QStringLiteral("</ul>");
    } else {
        attention = tr("No incoming document is overdue or due in the next two days.").toHtmlEscaped();
    }
    // Meetings of the next two weeks, and preparation steps already late.
    meetings::MeetingStore store(session->database(), session->actor());
    if (auto upcoming = store.list(today, today.addDays(14)); upcoming && !upcoming->isEmpty()) {
        attention += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Meetings in the next two weeks").toHtmlEscaped());
        for (const meetings::Meeting &m : upcoming.value())
            if (m.status == meetings::Meeting::Status::Planned)
                attention += QStringLiteral("<li>%1</li>").arg(
                    tr("%1 — %2, %3").arg(m.startsAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")), m.title, m.place).toHtmlEscaped());
        attention += QStringLiteral("</ul>");
    }
    if (auto late = store.lateItems(today); late && !late->isEmpty()) {
        attention += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Meeting preparation overdue").toHtmlEscaped());
        // The page does not scroll: the oldest few, and how many more.
        constexpr int Shown = 8;
        for (qsizetype i = 0; i < std::min<qsizetype>(late->size(), Shown); ++i) {
            const auto &l = late->at(i);
            attention += QStringLiteral("<li style='color:#a40000'>%1</li>").arg(
                tr("%1 (%2): %3, due %4").arg(l.meeting.title, l.meeting.startsAt.toString(QStringLiteral("dd/MM/yyyy")), l.item.title,
                                               l.item.dueOn.toString(QStringLiteral("dd/MM/yyyy"))).toHtmlEscaped());
        }
        if (late->size() > Shown)
            attention += QStringLiteral("<li>%1</li>").arg(tr("and %n more", nullptr, int(late->size() - Shown)).toHtmlEscaped());
        attention += QStringLiteral("</ul>");
    }
    // Follow-up of the meetings' decisions, until done.
    if (auto tasks = meetings::DecisionBook(session->database(), session->user(), session->actor()).openTasks(); tasks && !tasks->isEmpty()) {
        attention += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Follow-up of meeting decisions").toHtmlEscaped());
        for (qsizetype i = 0; i < std::min<qsizetype>(tasks->size(), 8); ++i) {
            const meetings::FollowUpTask &t = tasks->at(i);
            const bool late = t.dueOn.isValid() && t.dueOn < today;
            attention += QStringLiteral("<li style='color:%1'>%2</li>").arg(late ? QStringLiteral("#a40000") : QStringLiteral("#333"),
                tr("%1 — %2, due %3").arg(t.title, t.owner, t.dueOn.isValid() ? t.dueOn.toString(QStringLiteral("dd/MM/yyyy")) : tr("no date"))
                    .toHtmlEscaped());
        }
        if (tasks->size() > 8)
            attention += QStringLiteral("<li>%1</li>").arg(tr("and %n more", nullptr, int(tasks->size() - 8)).toHtmlEscaped());
        attention += QStringLiteral("</ul>");
    }
    return attention;
}

} // namespace vanphong::ui
