// vanphong-cli meeting template ... and meeting item ...: preparing meetings.
// The office's checklist templates, one list per kind of meeting (meetings
// created afterwards follow them), and a meeting's agenda items with their
// presenting body, draft documents and planned time.
#include "CliApplication.h"
#include "CliArgs.h"

#include "meetings/ChecklistTemplates.h"
#include "meetings/MeetingStore.h"

#include <QJsonArray>

namespace vanphong::cli {

using namespace vanphong::meetings;

int CliApplication::meetingTemplate(Args &args, office::OfficeSession &session)
{
    const QString action = args.positional.value(1);
    ChecklistTemplates templates(session.database(), session.actor());
    if (action == QLatin1String("remove"))
        return finish(templates.remove(args.positional.value(2).toLongLong()));

    const auto kind = MeetingKinds::fromCode(args.value(QStringLiteral("kind")));
    bool offsetOk = true;
    const int offset = args.value(QStringLiteral("offset")).toInt(&offsetOk);
    if (action == QLatin1String("add")) {
        if (!kind || !offsetOk)
            return usage(tr("meeting template add --kind KIND --title TEXT --offset DAYS [--owner TEXT]: DAYS before (-5) or after (7) the meeting."));
        auto added = templates.add({0, *kind, 0, args.value(QStringLiteral("title")), offset, args.value(QStringLiteral("owner"))});
        if (!added)
            return fail(added.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), added->id}});
        else
            m_out << tr("Step %1 added to the checklist of %2.").arg(added->id).arg(MeetingKinds::name(*kind)) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("set")) {
        // Only what is given changes; the step is found among all kinds.
        const qint64 id = args.positional.value(2).toLongLong();
        for (const MeetingKind k : {MeetingKind::Committee, MeetingKind::Standing, MeetingKind::StandingMembers, MeetingKind::Extraordinary,
                                    MeetingKind::Thematic, MeetingKind::Congress}) {
            auto steps = templates.list(k);
            if (!steps)
                return fail(steps.error());
            for (ChecklistStep step : steps.value()) {
                if (step.id != id)
                    continue;
                if (args.has(QStringLiteral("title")))
                    step.title = args.value(QStringLiteral("title"));
                if (args.has(QStringLiteral("owner")))
                    step.owner = args.value(QStringLiteral("owner"));
                if (args.has(QStringLiteral("offset"))) {
                    if (!offsetOk)
                        return usage(tr("--offset is a number of days: -5 before the meeting, 7 after."));
                    step.offsetDays = offset;
                }
                return finish(templates.update(step));
            }
        }
        return usage(tr("There is no checklist step %1; see meeting template list --kind KIND.").arg(id));
    }
    if (action != QLatin1String("list") || !kind)
        return usage(tr("meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT] | set ID [--title TEXT] "
                        "[--offset DAYS] [--owner TEXT] | remove ID; KIND is committee, standing, standing-members, extraordinary, thematic or congress."));
    auto steps = templates.list(*kind);
    if (!steps)
        return fail(steps.error());
    QJsonArray out;
    for (const ChecklistStep &s : steps.value()) {
        if (m_json)
            out.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}, {QStringLiteral("offset"), s.offsetDays},
                                   {QStringLiteral("owner"), s.owner}});
        else
            m_out << s.id << '\t' << (s.offsetDays > 0 ? QStringLiteral("+%1").arg(s.offsetDays) : QString::number(s.offsetDays)) << '\t'
                  << s.owner << '\t' << s.title << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("steps"), out}});
    return Ok;
}

int CliApplication::meetingAgendaItem(Args &args, office::OfficeSession &session)
{
    const qint64 meetingId = args.positional.value(1).toLongLong();
    MeetingStore store(session.database(), session.actor());
    store.setCorrectionReason(args.value(QStringLiteral("correction")));
    auto agenda = store.agenda(meetingId);
    if (!agenda)
        return fail(agenda.error());
    AgendaItem item;
    const bool adding = args.positional.size() < 3;
    if (!adding) {
        const int position = args.positional.value(2).toInt();
        const auto it = std::find_if(agenda->cbegin(), agenda->cend(), [&](const AgendaItem &a) { return a.position == position; });
        if (it == agenda->cend())
            return usage(tr("The meeting has no agenda item %1.").arg(args.positional.value(2)));
        item = *it;
    }
    if (args.has(QStringLiteral("title")))
        item.title = args.value(QStringLiteral("title"));
    if (args.has(QStringLiteral("presenter")))
        item.presenter = args.value(QStringLiteral("presenter"));
    if (args.has(QStringLiteral("documents")))
        item.documents = args.value(QStringLiteral("documents")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (args.has(QStringLiteral("minutes"))) {
        bool ok = false;
        item.plannedMinutes = args.value(QStringLiteral("minutes")).toInt(&ok);
        if (!ok)
            return usage(tr("--minutes is the planned time in minutes, e.g. 30."));
    }
    if (args.has(QStringLiteral("secret"))) {
        documents::Urgency unused = documents::Urgency::None;
        if (const int bad = marksOptions(args, &item.confidentiality, &unused); bad != Ok)
            return bad;
    }
    if (!adding)
        return finish(store.updateAgendaItem(item));
    auto added = store.addAgendaItem(meetingId, item);
    if (!added)
        return fail(added.error());
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("position"), added->position}});
    else
        m_out << tr("Agenda item %1 added.").arg(added->position) << Qt::endl;
    return Ok;
}

} // namespace vanphong::cli
