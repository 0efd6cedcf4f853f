// vanphong-cli member ... and meeting ...: the committee's members per term,
// and meetings with their checklist, attendance, quorum and minutes.
#include "CliApplication.h"
#include "CliArgs.h"

#include "meetings/AttendanceBook.h"
#include "meetings/ClosedRecord.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/DecisionBook.h"
#include "meetings/InvitationDate.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/PaperFiles.h"
#include "meetings/PaperNumbers.h"
#include "office/TermStore.h"
#include "reports/MeetingDossier.h"
#include "reports/MeetingPapers.h"
#include "reports/MinutesReport.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"
#include "reports/PaperTitle.h"

#include <QDir>
#include <QFile>
#include <QTextDocument>

#include <QJsonArray>

namespace vanphong::cli {

using namespace vanphong::meetings;
using storage::StorageError;
using K = StorageError::Kind;

namespace {
QString dmy(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QJsonObject toJson(const Meeting &m)
{
    return {{QStringLiteral("id"), m.id}, {QStringLiteral("kind"), MeetingKinds::code(m.kind)}, {QStringLiteral("body"), MeetingKinds::code(m.body)},
            {QStringLiteral("title"), m.title}, {QStringLiteral("starts"), m.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
            {QStringLiteral("place"), m.place}, {QStringLiteral("chair"), m.chair}, {QStringLiteral("secretary"), m.secretary},
            {QStringLiteral("status"), Meeting::statusCode(m.status)}, {QStringLiteral("guests_approved_by"), m.guestsApprovedBy},
            {QStringLiteral("secret"), office::Roles::clearanceCode(m.confidentiality)}};
}

QJsonObject toJson(const ChecklistItem &i)
{
    return {{QStringLiteral("id"), i.id}, {QStringLiteral("title"), i.title}, {QStringLiteral("due"), i.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("owner"), i.owner}, {QStringLiteral("state"), ChecklistItem::stateCode(i.state)}};
}

QJsonObject toJson(const AttendanceBook::Quorum &q)
{
    return {{QStringLiteral("members"), q.members}, {QStringLiteral("present"), q.present}, {QStringLiteral("present_needed"), q.presentNeeded},
            {QStringLiteral("votes_needed"), q.votesNeeded}, {QStringLiteral("can_meet"), q.canMeet}};
}
} // namespace

int CliApplication::cmdMember(Args &args)
{
    const QString action = args.positional.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("edit"))
        return usage(tr("Say what to do: member add NAME | member list | member edit ID --reason TEXT."));
    QDate day = QDate::currentDate();
    if (!dateOption(args, QStringLiteral("on"), &day))
        return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    const auto term = office::TermStore(s.database()).termFor(day);
    if (!term)
        return fail(StorageError::make(K::Invalid, tr("No term of the committee covers %1. Add it first: term add NAME --starts DATE.").arg(dmy(day))));
    CommitteeMembers members(s.database(), s.actor());
    if (action == QLatin1String("add")) {
        CommitteeMember m;
        m.termId = term->id;
        m.fullName = args.positional.value(1);
        m.position = args.value(QStringLiteral("position"));
        m.standing = args.has(QStringLiteral("standing"));
        m.standingMember = args.has(QStringLiteral("standing-member"));
        auto added = members.add(m);
        if (!added)
            return fail(added.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), added->id}});
        else
            m_out << tr("Member %1 added to %2.").arg(added->fullName, term->name) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("edit")) {
        // Only what is given changes: --name, --position.
        auto all = members.of(term->id, MeetingBody::Committee, day);
        if (!all)
            return fail(all.error());
        const qint64 id = args.positional.value(1).toLongLong();
        const auto it = std::find_if(all->cbegin(), all->cend(), [id](const CommitteeMember &m) { return m.id == id; });
        if (it == all->cend())
            return fail(StorageError::make(K::Invalid, tr("There is no member %1 in %2 (member list shows the numbers).").arg(id).arg(term->name)));
        CommitteeMember m = *it;
        if (args.has(QStringLiteral("name")))
            m.fullName = args.value(QStringLiteral("name"));
        if (args.has(QStringLiteral("position")))
            m.position = args.value(QStringLiteral("position"));
        return finish(members.correct(m, args.value(QStringLiteral("reason"))));
    }
    const auto body = MeetingKinds::bodyFromCode(args.value(QStringLiteral("body")).isEmpty() ? QStringLiteral("committee")
                                                                                              : args.value(QStringLiteral("body")));
    if (!body)
        return usage(tr("--body is one of committee, standing, standing-members."));
    auto list = members.of(term->id, *body, day);
    if (!list)
        return fail(list.error());
    QJsonArray out;
    for (const CommitteeMember &m : list.value()) {
        if (m_json)
            out.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.fullName}, {QStringLiteral("position"), m.position},
                                   {QStringLiteral("standing"), m.standing}, {QStringLiteral("standing_member"), m.standingMember}});
        else
            m_out << m.id << '\t' << m.fullName << '\t' << m.position << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("members"), out}});
    return Ok;
}

int CliApplication::cmdMeeting(Args &args)
{
    const QString action = args.positional.value(0);
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("checklist"),
                                        QStringLiteral("attend"), QStringLiteral("minutes"), QStringLiteral("close"), QStringLiteral("move"),
                                        QStringLiteral("guest"), QStringLiteral("approve-guests"), QStringLiteral("decide"),
                                        QStringLiteral("task"), QStringLiteral("tasks"), QStringLiteral("task-done"),
                                        QStringLiteral("paper"), QStringLiteral("give"), QStringLiteral("return"), QStringLiteral("recall"),
                                        QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("template"),
                                        QStringLiteral("attach"), QStringLiteral("files"), QStringLiteral("extract"), QStringLiteral("item"),
                                        QStringLiteral("history"), QStringLiteral("invitation-date"), QStringLiteral("number")};
    if (!actions.contains(action))
        return usage(tr("Say what to do: meeting add|list|show|checklist|attend|minutes|close|move|guest|approve-guests|decide|task|tasks|task-done|"
                        "item|paper|give|return|recall|attach|files|extract|export|import|template|history|invitation-date|number."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    if (action == QLatin1String("export") || action == QLatin1String("import"))
        return meetingPackage(args, s, action);
    if (action == QLatin1String("template"))
        return meetingTemplate(args, s);
    if (action == QLatin1String("item"))
        return meetingAgendaItem(args, s);
    // The papers' files: kept inside the encrypted file; a plaintext copy only where asked.
    PaperFiles files(s.database(), s.user(), s.actor());
    if (action == QLatin1String("attach") || action == QLatin1String("files")) {
        // PAPER is one of this meeting's papers, never another meeting's.
        const qint64 meetingId = args.positional.value(1).toLongLong();
        const qint64 paperId = args.positional.value(2).toLongLong();
        auto papers = MeetingDocuments(s.database(), s.actor()).list(meetingId);
        if (!papers)
            return fail(papers.error());
        if (std::none_of(papers->cbegin(), papers->cend(), [paperId](const MeetingDocument &p) { return p.id == paperId; }))
            return usage(tr("Meeting %1 has no paper %2; see meeting show %1.").arg(meetingId).arg(paperId));
    }
    if (action == QLatin1String("attach")) {
        const QString path = args.positional.value(3);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return usage(tr("Name the paper and a readable file: meeting attach ID PAPER FILE."));
        return printAttached(files.add(args.positional.value(2).toLongLong(), path, file.readAll()));
    }
    if (action == QLatin1String("files"))
        return printFiles(files.list(args.positional.value(2).toLongLong()));
    if (action == QLatin1String("extract")) {
        const QString to = args.value(QStringLiteral("to"));
        if (to.isEmpty() || !args.has(QStringLiteral("file")))
            return usage(tr("Say which file and where: meeting extract ID --file N --to PATH."));
        return writeExtract(files.extract(args.value(QStringLiteral("file")).toLongLong()), to);
    }
    if (action == QLatin1String("history"))
        return printHistory(ClosedRecord::history(s.database(), args.positional.value(1).toLongLong()));
    // A closed meeting's record changes only as a correction, with --correction TEXT (its reason).
    MeetingStore store(s.database(), s.actor());
    AttendanceBook attendance(s.database(), s.actor());
    store.setCorrectionReason(args.value(QStringLiteral("correction")));
    attendance.setCorrectionReason(args.value(QStringLiteral("correction")));
    const auto at = [&](const QString &date, const QString &time) {
        return QDateTime(QDate::fromString(date, Qt::ISODate), QTime::fromString(time.isEmpty() ? QStringLiteral("08:00") : time, QStringLiteral("H:mm")));
    };

    if (action == QLatin1String("add")) {
        const auto kind = MeetingKinds::fromCode(args.value(QStringLiteral("kind")));
        if (!kind)
            return usage(tr("--kind is one of committee, standing, standing-members, extraordinary, thematic, congress."));
        Meeting m;
        m.kind = *kind;
        m.body = MeetingKinds::defaultBody(*kind);
        if (args.has(QStringLiteral("body"))) {
            const auto body = MeetingKinds::bodyFromCode(args.value(QStringLiteral("body")));
            if (!body)
                return usage(tr("--body is one of committee, standing, standing-members."));
            m.body = *body;
        }
        m.startsAt = at(args.value(QStringLiteral("date")), args.value(QStringLiteral("time")));
        if (!m.startsAt.isValid())
            return usage(tr("Give the day and time: --date YYYY-MM-DD --time HH:MM."));
        m.title = args.value(QStringLiteral("title"));
        m.place = args.value(QStringLiteral("place"));
        m.chair = args.value(QStringLiteral("chair"));
        m.secretary = args.value(QStringLiteral("secretary"));
        // --secret mat|toi-mat|tuyet-mat: its minutes and papers then need that clearance.
        documents::Urgency unused = documents::Urgency::None;
        if (const int bad = marksOptions(args, &m.confidentiality, &unused); bad != Ok)
            return bad;
        QList<AgendaItem> agenda;
        for (const QString &title : args.value(QStringLiteral("agenda")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            agenda.append({0, 0, title.trimmed(), {}, {}, 0, {}});
        auto added = store.add(m, agenda);
        if (!added)
            return fail(added.error());
        if (m_json) {
            QJsonObject o = toJson(added.value());
            o.insert(QStringLiteral("ok"), true);
            emitJson(o);
        } else {
            m_out << tr("Meeting %1: %2, %3.").arg(added->id).arg(added->title, added->startsAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")))
                  << Qt::endl;
        }
        return Ok;
    }
    DecisionBook decisions(s.database(), s.user(), s.actor());
    if (action == QLatin1String("tasks")) {
        // The open follow-up tasks, of one meeting (meeting tasks ID) or of all.
        auto open = decisions.openTasks(args.positional.value(1).toLongLong());
        if (!open)
            return fail(open.error());
        QJsonArray out;
        for (const FollowUpTask &t : open.value()) {
            if (m_json)
                out.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("meeting"), t.meetingId}, {QStringLiteral("title"), t.title},
                                       {QStringLiteral("owner"), t.owner}, {QStringLiteral("due"), t.dueOn.toString(Qt::ISODate)}});
            else
                m_out << t.id << '\t' << (t.dueOn.isValid() ? dmy(t.dueOn) : QString()) << '\t' << t.owner << '\t' << t.title << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("tasks"), out}});
        return Ok;
    }
    if (action == QLatin1String("task-done"))
        return finish(decisions.complete(args.positional.value(1).toLongLong()));
    if (action == QLatin1String("list")) {
        QDate from, to;
        if (!dateOption(args, QStringLiteral("from"), &from) || !dateOption(args, QStringLiteral("to"), &to))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        auto list = store.list(from, to);
        if (!list)
            return fail(list.error());
        QJsonArray out;
        for (const Meeting &m : list.value()) {
            if (m_json)
                out.append(toJson(m));
            else
                m_out << m.id << '\t' << m.startsAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")) << '\t' << m.title << '\t'
                      << Meeting::statusName(m.status) << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("meetings"), out}});
        return Ok;
    }

    bool numeric = false;
    const qint64 id = args.positional.value(1).toLongLong(&numeric);
    if (!numeric)
        return usage(tr("Give the meeting's number: meeting %1 ID.").arg(action));
    auto meeting = store.get(id);
    if (!meeting)
        return fail(meeting.error());

    if (action == QLatin1String("show")) {
        auto agenda = store.agenda(id);
        auto quorum = attendance.quorum(id);
        if (!agenda || !quorum)
            return fail(!agenda ? agenda.error() : quorum.error());
        if (m_json) {
            QJsonObject o = toJson(meeting.value());
            QJsonArray items;
            for (const AgendaItem &a : agenda.value())
                items.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("title"), a.title}, {QStringLiteral("presenter"), a.presenter},
                                         {QStringLiteral("conclusion"), a.conclusion}});
            o.insert(QStringLiteral("agenda"), items);
            o.insert(QStringLiteral("quorum"), toJson(quorum.value()));
            emitJson(o);
        } else {
            m_out << meeting->title << Qt::endl << meeting->startsAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")) << ", " << meeting->place << Qt::endl;
            for (const AgendaItem &a : agenda.value())
                m_out << "  " << a.position << ". " << a.title << (a.presenter.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.presenter)) << Qt::endl;
            m_out << tr("Present %1 of %2 members; %3 needed to meet.").arg(quorum->present).arg(quorum->members).arg(quorum->presentNeeded)
                  << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("checklist")) {
        // --done ITEM, --open ITEM or --skip ITEM changes one; the list is printed either way.
        for (const auto &[option, state] : {std::pair{QStringLiteral("done"), ChecklistItem::State::Done},
                                            std::pair{QStringLiteral("open"), ChecklistItem::State::Open},
                                            std::pair{QStringLiteral("skip"), ChecklistItem::State::Skipped}}) {
            if (args.has(option))
                if (auto changed = store.setChecklistState(args.value(option).toLongLong(), state); !changed)
                    return fail(changed.error());
        }
        auto items = store.checklist(id);
        if (!items)
            return fail(items.error());
        QJsonArray out;
        const QDate today = QDate::currentDate();
        for (const ChecklistItem &i : items.value()) {
            if (m_json)
                out.append(toJson(i));
            else
                m_out << i.id << '\t' << dmy(i.dueOn) << '\t' << ChecklistItem::stateCode(i.state) << (i.overdueOn(today) ? tr(" (late)") : QString())
                      << '\t' << i.title << '\t' << i.owner << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("items"), out}});
        return Ok;
    }
    if (action == QLatin1String("attend")) {
        // meeting attend ID [ATTENDEE present|absent|late [--reason TEXT]]: prints who came and the quorum.
        if (args.positional.size() >= 4) {
            const auto presence = Attendee::presenceFromCode(args.positional.at(3));
            if (!presence)
                return usage(tr("Attendance is one of present, absent, late."));
            // ATTENDEE is one of this meeting's, never another meeting's (attendee numbers run across meetings).
            auto invited = attendance.attendees(id);
            if (!invited)
                return fail(invited.error());
            const qint64 attendeeId = args.positional.at(2).toLongLong();
            if (std::none_of(invited->cbegin(), invited->cend(), [attendeeId](const Attendee &a) { return a.id == attendeeId; }))
                return usage(tr("Meeting %1 has no attendee %2; see meeting attend %1.").arg(id).arg(attendeeId));
            // Late: --arrived HH:MM, or now while the meeting is under way
            // (begun today, not closed, not past its end); otherwise the time
            // must be given. The core refuses a time outside the meeting.
            QDateTime arrived;
            if (*presence == Attendee::Presence::Late) {
                auto meeting = store.get(id);
                if (!meeting)
                    return fail(meeting.error());
                if (args.has(QStringLiteral("arrived"))) {
                    arrived = QDateTime(meeting->startsAt.date(), QTime::fromString(args.value(QStringLiteral("arrived")), QStringLiteral("H:mm")));
                    if (!arrived.isValid())
                        return usage(tr("--arrived takes the time the member came in, as HH:MM."));
                } else if (AttendanceBook::underWay(meeting.value(), QDateTime::currentDateTime())) {
                    arrived = QDateTime::currentDateTime();
                } else {
                    return usage(tr("The meeting is not under way: give the time the member came in with --arrived HH:MM."));
                }
            }
            if (auto marked = attendance.mark(args.positional.at(2).toLongLong(), *presence, args.value(QStringLiteral("reason")), arrived); !marked)
                return fail(marked.error());
        }
        auto people = attendance.attendees(id);
        auto quorum = attendance.quorum(id);
        if (!people || !quorum)
            return fail(!people ? people.error() : quorum.error());
        QJsonArray out;
        for (const Attendee &a : people.value()) {
            if (m_json)
                out.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.fullName}, {QStringLiteral("guest"), a.isGuest()},
                                       {QStringLiteral("attendance"), Attendee::presenceCode(a.presence)}, {QStringLiteral("reason"), a.reason},
                                       {QStringLiteral("arrived"), a.arrivedAt.isValid() ? a.arrivedAt.toString(Qt::ISODate) : QString()}});
            else
                m_out << a.id << '\t' << a.fullName << '\t' << (a.isGuest() ? tr("guest") : a.position) << '\t'
                      << ClosedRecord::presenceName(Attendee::presenceCode(a.presence)) << '\t' << a.reason << Qt::endl;
        }
        if (m_json) {
            emitJson({{QStringLiteral("attendees"), out}, {QStringLiteral("quorum"), toJson(quorum.value())}});
        } else {
            m_out << tr("Present %1 of %2 members; %3 needed to meet.").arg(quorum->present).arg(quorum->members).arg(quorum->presentNeeded)
                  << Qt::endl;
            if (!quorum->canMeet)
                m_out << tr("WARNING: not enough members present to hold the meeting.") << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("guest")) {
        auto guest = attendance.addGuest(id, args.positional.value(2), args.value(QStringLiteral("position")));
        if (!guest)
            return fail(guest.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), guest->id}});
        else
            m_out << tr("Guest %1 invited; the guest list needs the standing members' approval.").arg(guest->fullName) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("approve-guests"))
        return finish(store.approveGuests(id, args.value(QStringLiteral("by"))));
    if (action == QLatin1String("invitation-date")) {
        // The invitations' own date (meetings::InvitationDate): shown, or set with --date.
        meetings::InvitationDate invitation(s.database());
        if (args.has(QStringLiteral("date"))) {
            QDate date;
            if (!dateOption(args, QStringLiteral("date"), &date) || !date.isValid())
                return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
            if (auto set = invitation.set(id, date); !set)
                return fail(set.error());
        }
        auto kept = invitation.issuedOn(id);
        if (!kept)
            return fail(kept.error());
        const QString warning = kept->has_value() ? meetings::InvitationDate::warning(kept->value(), meeting->startsAt.date()) : QString();
        if (m_json) {
            emitJson({{QStringLiteral("ok"), true},
                      {QStringLiteral("date"), kept->has_value() ? kept->value().toString(Qt::ISODate) : QString()},
                      {QStringLiteral("warning"), warning}});
        } else {
            m_out << (kept->has_value() ? tr("The invitations are dated %1.").arg(kept->value().toString(QStringLiteral("dd/MM/yyyy")))
                                        : tr("The invitations have no date yet: they take the day they are numbered (issued)."))
                  << Qt::endl;
            if (!warning.isEmpty())
                m_err << tr("Warning: %1").arg(warning) << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("number")) {
        // The paper's number and symbol taken in the outgoing register when it
        // is issued (meetings::PaperNumbers); asked again, the one it holds.
        const auto paper = PaperNumbers::fromCode(args.positional.value(2));
        if (!paper)
            return usage(tr("Say which paper: meeting number ID minutes|invitation."));
        auto number = PaperNumbers(s.database(), s.user(), s.actor()).take(id, *paper);
        if (!number)
            return fail(number.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("symbol"), number->symbol}, {QStringLiteral("date"), number->date.toString(Qt::ISODate)},
                      {QStringLiteral("taken"), number->taken}});
        else if (number->taken)
            m_out << tr("%1, dated %2, taken in the outgoing register.").arg(number->symbol, dmy(number->date)) << Qt::endl;
        else
            m_out << tr("%1, dated %2: the paper already holds this number.").arg(number->symbol, dmy(number->date)) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("move")) {
        const QDateTime when = at(args.value(QStringLiteral("date")), args.value(QStringLiteral("time")));
        if (!when.isValid())
            return usage(tr("Give the day and time: --date YYYY-MM-DD --time HH:MM."));
        return finish(store.reschedule(id, when));
    }
    MeetingDocuments papers(s.database(), s.actor());
    if (action == QLatin1String("paper")) {
        documents::Confidentiality secret = documents::Confidentiality::Normal;
        documents::Urgency unused = documents::Urgency::None;
        if (const int bad = marksOptions(args, &secret, &unused); bad != Ok)
            return bad;
        QDate sent;
        if (!dateOption(args, QStringLiteral("sent"), &sent))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        auto added = papers.add({0, id, args.value(QStringLiteral("title")), secret, args.has(QStringLiteral("recall")), sent});
        if (!added)
            return fail(added.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), added->id}, {QStringLiteral("recall"), added->recall}});
        else
            m_out << tr("Paper %1 added%2.").arg(added->id).arg(added->recall ? tr("; it is collected back at the end") : QString()) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("give"))
        return finish(papers.give(args.positional.value(2).toLongLong(), args.positional.value(3).toLongLong()));
    if (action == QLatin1String("return"))
        return finish(papers.returned(args.positional.value(2).toLongLong(), args.positional.value(3).toLongLong()));
    if (action == QLatin1String("recall")) {
        auto out = papers.outstanding(id);
        if (!out)
            return fail(out.error());
        QJsonArray copies;
        for (const OutstandingCopy &c : out.value()) {
            if (m_json)
                copies.append(QJsonObject{{QStringLiteral("paper"), c.documentId}, {QStringLiteral("title"), c.documentTitle},
                                          {QStringLiteral("attendee"), c.attendeeId}, {QStringLiteral("holder"), c.holder}});
            else
                m_out << c.documentId << '\t' << c.documentTitle << '\t' << c.attendeeId << '\t' << c.holder << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("outstanding"), copies}});
        else if (out->isEmpty())
            m_out << tr("Every recalled copy is back.") << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("decide")) {
        // A decision to be issued as a document: its number is reserved in the outgoing register.
        qint64 itemId = 0;
        if (args.has(QStringLiteral("item"))) {
            auto agenda = store.agenda(id);
            if (!agenda)
                return fail(agenda.error());
            for (const AgendaItem &a : agenda.value())
                if (a.position == args.value(QStringLiteral("item")).toInt())
                    itemId = a.id;
        }
        auto decided = decisions.add(id, itemId, args.value(QStringLiteral("type")), args.value(QStringLiteral("excerpt")));
        if (!decided)
            return fail(decided.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), decided->id}, {QStringLiteral("symbol"), decided->symbol}});
        else
            m_out << decided->symbol << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("task")) {
        QDate due;
        if (!dateOption(args, QStringLiteral("due"), &due))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        auto task = decisions.addTask({0, id, args.value(QStringLiteral("decision")).toLongLong(), args.value(QStringLiteral("title")),
                                       args.value(QStringLiteral("owner")), due, false, {}});
        if (!task)
            return fail(task.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), task->id}});
        else
            m_out << tr("Follow-up task %1 recorded.").arg(task->id) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("close")) {
        // --ended HH:MM: the time the meeting ended, on its own day, for the minutes.
        QDateTime ended;
        if (args.has(QStringLiteral("ended"))) {
            ended = QDateTime(meeting->startsAt.date(), QTime::fromString(args.value(QStringLiteral("ended")), QStringLiteral("H:mm")));
            if (!ended.isValid())
                return usage(tr("Write the time the meeting ended as HH:MM, for example 11:30."));
        }
        if (auto closed = store.close(id, ended); !closed)
            return fail(closed.error());
        // Closed as the chair declared it; what the record still lacks (nobody
        // marked present, no conclusion…) is said, as the GUI asks before closing.
        auto problems = reports::MinutesReport::problems(s.database(), id);
        const QStringList missing = problems ? problems.value() : QStringList();
        if (m_json) {
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
        } else {
            for (const QString &problem : missing)
                m_err << tr("Warning: %1").arg(problem) << Qt::endl;
            m_out << tr("Done.") << Qt::endl;
        }
        return Ok;
    }

    // minutes: with --text (or --vote) an entry is added under --item N (the agenda's position); else they are listed.
    MinutesBook minutes(s.database(), s.actor());
    minutes.setCorrectionReason(args.value(QStringLiteral("correction")));
    auto agenda = store.agenda(id);
    if (!agenda)
        return fail(agenda.error());
    qint64 itemId = 0;
    if (args.has(QStringLiteral("item"))) {
        const int position = args.value(QStringLiteral("item")).toInt();
        for (const AgendaItem &a : agenda.value())
            if (a.position == position)
                itemId = a.id;
        if (!itemId)
            return usage(tr("The agenda has no item %1.").arg(position));
    }
    if (args.has(QStringLiteral("conclusion"))) {
        if (!itemId)
            return usage(tr("Say which agenda item the conclusion closes: --item N."));
        return finish(store.setConclusion(itemId, args.value(QStringLiteral("conclusion"))));
    }
    if (args.has(QStringLiteral("text")) || args.has(QStringLiteral("vote"))) {
        MinutesEntry e;
        e.meetingId = id;
        e.agendaItemId = itemId;
        if (args.has(QStringLiteral("vote"))) {
            e.kind = MinutesEntry::Kind::Vote;
            e.text = args.value(QStringLiteral("vote"));
            e.votesFor = args.value(QStringLiteral("for")).toInt();
            e.votesAgainst = args.value(QStringLiteral("against")).toInt();
            e.votesAbstain = args.value(QStringLiteral("abstain")).toInt();
        } else {
            const auto kind = MinutesEntry::kindFromCode(args.value(QStringLiteral("kind")).isEmpty() ? QStringLiteral("speech")
                                                                                                    : args.value(QStringLiteral("kind")));
            if (!kind || *kind == MinutesEntry::Kind::Vote)
                return usage(tr("--kind is one of presentation, speech, note."));
            e.kind = *kind;
            e.text = args.value(QStringLiteral("text"));
        }
        e.speaker = args.value(QStringLiteral("speaker"));
        auto added = minutes.add(e);
        if (!added)
            return fail(added.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), added->id}});
        else
            m_out << tr("Written to the minutes.") << Qt::endl;
        return Ok;
    }
    auto entries = minutes.entries(id);
    if (!entries)
        return fail(entries.error());
    QJsonArray out;
    for (const MinutesEntry &e : entries.value()) {
        if (m_json)
            out.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("kind"), MinutesEntry::kindCode(e.kind)},
                                   {QStringLiteral("speaker"), e.speaker}, {QStringLiteral("text"), e.text}, {QStringLiteral("for"), e.votesFor},
                                   {QStringLiteral("against"), e.votesAgainst}, {QStringLiteral("abstain"), e.votesAbstain}});
        else if (e.kind == MinutesEntry::Kind::Vote)
            m_out << tr("Vote: %1 — for %2, against %3, abstaining %4").arg(e.text).arg(e.votesFor).arg(e.votesAgainst).arg(e.votesAbstain) << Qt::endl;
        else
            m_out << e.speaker << ": " << e.text << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("entries"), out}});
    return Ok;
}

int CliApplication::reportMeetingPaper(Args &args, const QString &which)
{
    bool numeric = false;
    const qint64 id = args.value(QStringLiteral("meeting")).toLongLong(&numeric);
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (!numeric || pdf.isEmpty())
        return usage(tr("Name the meeting and the file: report %1 --meeting ID --pdf FILE.").arg(which));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    storage::Database &db = (*session)->database();
    // The dossier's table of contents says what is still missing, as the minutes do.
    QStringList missing;
    if (which == QLatin1String("dossier")) {
        auto contents = reports::MeetingDossier::contents(db, id);
        if (!contents)
            return fail(contents.error());
        for (const auto &entry : reports::MeetingDossier::missing(contents.value()))
            missing << QStringLiteral("%1: %2").arg(entry.title, entry.missing);
    }
    auto doc = which == QLatin1String("invitation") ? reports::MeetingPapers::invitations(db, id)
             : which == QLatin1String("signin")     ? reports::MeetingPapers::signInSheet(db, id)
             : which == QLatin1String("programme")  ? reports::MeetingPapers::programme(db, id)
                                                    : reports::MeetingDossier::tableOfContents(db, id);
    if (!doc)
        return fail(doc.error());
    if (which == QLatin1String("invitation")) {
        // An invitation dated on or after the meeting is printed, but said.
        auto meeting = meetings::MeetingStore(db, QString()).get(id);
        auto kept = meetings::InvitationDate(db).issuedOn(id);
        if (meeting && kept && kept->has_value()) {
            const QString warning = meetings::InvitationDate::warning(kept->value(), meeting->startsAt.date());
            if (!warning.isEmpty())
                m_err << tr("Warning: %1").arg(warning) << Qt::endl;
        }
    }
    // The file says what it is in the paper's words, never the command's ("invitation").
    auto info = reports::PaperTitle::pdfInfo(db, id, which == QLatin1String("invitation") ? reports::PaperTitle::Paper::Invitation
                                                   : which == QLatin1String("signin")     ? reports::PaperTitle::Paper::SignInSheet
                                                   : which == QLatin1String("programme")  ? reports::PaperTitle::Paper::Programme
                                                                                          : reports::PaperTitle::Paper::Dossier);
    if (!info)
        return fail(info.error());
    int pages = 0;
    if (!reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, info.value(), &pages))
        return fail(StorageError::make(K::Io, tr("The PDF file %1 cannot be written.").arg(QDir::toNativeSeparators(pdf))));
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("pdf"), QDir::toNativeSeparators(pdf)}, {QStringLiteral("pages"), pages},
                  {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
    } else {
        m_out << tr("Wrote %1: %2 pages.").arg(QDir::toNativeSeparators(pdf)).arg(pages) << Qt::endl;
        for (const QString &m : missing)
            m_out << tr("Still missing: %1").arg(m) << Qt::endl;
    }
    return Ok;
}

int CliApplication::reportMinutes(Args &args)
{
    bool numeric = false;
    const qint64 id = args.value(QStringLiteral("meeting")).toLongLong(&numeric);
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (!numeric || pdf.isEmpty())
        return usage(tr("Name the meeting and the file: report minutes --meeting ID --pdf FILE."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    storage::Database &db = (*session)->database();
    // Printed even when incomplete, as the clerk may need a draft, but then
    // stamped "DỰ THẢO" on each copy (MinutesReport); what is missing is said.
    auto problems = reports::MinutesReport::problems(db, id);
    if (!problems)
        return fail(problems.error());
    auto doc = reports::MinutesReport::build(db, id);
    if (!doc)
        return fail(doc.error());
    auto info = reports::PaperTitle::pdfInfo(db, id, reports::PaperTitle::Paper::Minutes);
    if (!info)
        return fail(info.error());
    int pages = 0;
    if (!reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, info.value(), &pages))
        return fail(StorageError::make(K::Io, tr("The PDF file %1 cannot be written.").arg(QDir::toNativeSeparators(pdf))));
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("pdf"), QDir::toNativeSeparators(pdf)}, {QStringLiteral("pages"), pages},
                  {QStringLiteral("draft"), !problems->isEmpty()}, {QStringLiteral("problems"), QJsonArray::fromStringList(problems.value())}});
    } else {
        for (const QString &p : problems.value())
            m_err << tr("Missing: %1").arg(p) << Qt::endl;
        if (problems->isEmpty())
            m_out << tr("Wrote %1: the minutes in two copies, %2 pages.").arg(QDir::toNativeSeparators(pdf)).arg(pages) << Qt::endl;
        else
            m_out << tr("Wrote %1: a DRAFT of the minutes (stamped \"DỰ THẢO\") in two copies, %2 pages; it becomes final once nothing is missing.")
                         .arg(QDir::toNativeSeparators(pdf)).arg(pages) << Qt::endl;
    }
    return Ok;
}

} // namespace vanphong::cli
