#include "StartPage.h"

#include "AppController.h"
#include "documents/IncomingRegister.h"
#include "meetings/DecisionBook.h"
#include "meetings/MeetingStore.h"
#include "office/Role.h"

#include <QDate>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_office);
    layout->addWidget(m_today);
    layout->addSpacing(12);
    layout->addWidget(m_user);
    layout->addSpacing(12);
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
                .arg((p.organisationName.isEmpty() ? tr("(office profile not filled in yet)") : p.organisationName).toHtmlEscaped());
    html += QStringLiteral("<div>%1</div>").arg(tr("Party committee office").toHtmlEscaped());
    m_office->setText(html);
    const QDate today = QDate::currentDate();
    m_today->setText(p.placeName.isEmpty()
        ? QLocale().toString(today, QLocale::LongFormat)
        : tr("%1, %2").arg(p.placeName, QLocale().toString(today, QLocale::LongFormat)));
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
    m_attention->setText(attention);
    const office::UserAccount &u = session->user();
    m_user->setText(session->isRecovery()
        ? tr("Opened with the recovery code.")
        : tr("Signed in as %1 (%2), %3. File: %4")
              .arg(u.fullName.isEmpty() ? u.login : u.fullName, u.login, office::Roles::displayName(u.role),
                   QDir::toNativeSeparators(session->database().path())));
}

} // namespace vanphong::ui
