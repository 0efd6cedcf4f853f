#include "MeetingDossier.h"
#include "ReportAccess.h"
#include "office/AccessControl.h"

#include "MinutesReport.h"
#include "PageLayout.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "meetings/AttendanceBook.h"
#include "meetings/DecisionBook.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "office/ProfileStore.h"
#include "office/UserAccount.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::meetings;

storage::Result<QList<MeetingDossier::Entry>> MeetingDossier::contents(storage::Database &db, qint64 meetingId)
{
    MeetingStore store(db, QString());
    auto meeting = store.get(meetingId);
    auto agenda = store.agenda(meetingId);
    auto people = AttendanceBook(db, QString()).attendees(meetingId);
    auto papers = MeetingDocuments(db, QString()).list(meetingId);
    auto minutes = MinutesBook(db, QString()).entries(meetingId);
    office::UserAccount reader; // what the one printing may read
    reader.clearance = office::AccessControl::clearance(db);
    auto decisions = DecisionBook(db, reader, QString()).decisions(meetingId);
    auto minutesProblems = MinutesReport::problems(db, meetingId);
    if (!meeting) return meeting.error();
    if (!agenda) return agenda.error();
    if (!people) return people.error();
    if (!papers) return papers.error();
    if (!minutes) return minutes.error();
    if (!decisions) return decisions.error();
    if (!minutesProblems) return minutesProblems.error();
    const Meeting &m = meeting.value();
    const QString day = PrintedFacts::numeric(m.startsAt.date());
    QList<Entry> out;

    const bool guests = std::any_of(people->cbegin(), people->cend(), [](const Attendee &a) { return a.isGuest(); });
    Entry invitation{QStringLiteral("Giấy mời dự họp"), day, {}};
    if (people->isEmpty())
        invitation.missing = tr("nobody is invited yet");
    else if (guests && m.guestsApprovedBy.isEmpty())
        invitation.missing = tr("the guest list is not yet approved by the standing members");
    out << invitation;

    const int unmarked = int(std::count_if(people->cbegin(), people->cend(),
                                           [](const Attendee &a) { return !a.isGuest() && a.presence == Attendee::Presence::Unknown; }));
    Entry attendees{QStringLiteral("Danh sách đại biểu dự họp (có chữ ký)"), day, {}};
    if (people->isEmpty())
        attendees.missing = tr("nobody is invited yet");
    else if (unmarked > 0)
        attendees.missing = tr("%n member(s) not yet marked present or absent", nullptr, unmarked);
    out << attendees;

    out << Entry{QStringLiteral("Chương trình hội nghị"), day, agenda->isEmpty() ? tr("the agenda is empty") : QString()};

    int documents = 0;
    for (const AgendaItem &item : agenda.value()) {
        for (const QString &d : item.documents) {
            out << Entry{QStringLiteral("%1 (%2)").arg(d, item.title), QString(), {}};
            ++documents;
        }
    }
    for (const MeetingDocument &paper : papers.value()) {
        out << Entry{paper.title, PrintedFacts::numeric(paper.sentOn), {}};
        ++documents;
    }
    if (documents == 0)
        out << Entry{QStringLiteral("Tài liệu trình hội nghị"), QString(), tr("no document is listed under the agenda or among the papers")};

    out << Entry{QStringLiteral("Biên bản hội nghị"), m.endsAt.isValid() ? PrintedFacts::numeric(m.endsAt.date()) : day,
                 minutesProblems->isEmpty() ? QString() : minutesProblems->join(QLatin1String("; "))};
    const bool discussed = std::any_of(minutes->cbegin(), minutes->cend(),
                                       [](const MinutesEntry &e) { return e.kind == MinutesEntry::Kind::Speech; });
    out << Entry{QStringLiteral("Tổng hợp ý kiến thảo luận"), QString(), discussed ? QString() : tr("no speech is recorded in the minutes")};

    if (decisions->isEmpty())
        out << Entry{QStringLiteral("Nghị quyết, kết luận của hội nghị"), QString(), tr("no decision is recorded")};
    for (const Decision &d : decisions.value())
        out << Entry{QStringLiteral("%1 %2").arg(d.typeCode, d.excerpt), d.symbol,
                     d.issued ? QString() : tr("number reserved, the document is not yet issued")};

    out << Entry{QStringLiteral("Băng ghi âm, ghi hình (nếu có)"), QString(), {}, true};
    return out;
}

QList<MeetingDossier::Entry> MeetingDossier::missing(const QList<Entry> &contents)
{
    QList<Entry> out;
    for (const Entry &e : contents)
        if (!e.optional && !e.missing.isEmpty())
            out << e;
    return out;
}

storage::Result<std::unique_ptr<QTextDocument>> MeetingDossier::tableOfContents(storage::Database &db, qint64 meetingId)
{
    if (auto allowed = ReportAccess::mayPrintMeeting(db, meetingId); !allowed)
        return allowed.error();
    auto profile = office::ProfileStore(db).load();
    auto meeting = MeetingStore(db, QString()).get(meetingId);
    auto entries = contents(db, meetingId);
    if (!profile) return profile.error();
    if (!meeting) return meeting.error();
    if (!entries) return entries.error();
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(PageLayout::fontFamily(), 13));
    doc->setDocumentMargin(0);
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate::currentDate()});
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(6);
    c.insertBlock(centred);
    c.insertText(QStringLiteral("MỤC LỤC HỒ SƠ HỘI NGHỊ"), PageLayout::text(15, true));
    c.insertBlock(centred);
    c.insertText(QStringLiteral("%1, %2").arg(meeting->title, PrintedFacts::date(meeting->startsAt.date())),
                 PageLayout::text(14, false, true));

    QTextTable *table = PageLayout::insertGrid(c, int(entries->size()) + 1, {7, 50, 18, 25},
                                               {QStringLiteral("STT"), QStringLiteral("Tên tài liệu"), QStringLiteral("Số, ký hiệu / ngày"),
                                                QStringLiteral("Ghi chú")});
    for (int r = 0; r < entries->size(); ++r) {
        const Entry &e = entries->at(r);
        const QString note = e.optional ? QString() : e.missing.isEmpty() ? QStringLiteral("Có") : QStringLiteral("Còn thiếu");
        const QStringList cells{QString::number(r + 1), e.title, e.reference, note};
        for (int col = 0; col < 4; ++col)
            table->cellAt(r + 1, col).firstCursorPosition().insertText(cells.at(col), PageLayout::text(13, col == 3 && !e.missing.isEmpty() && !e.optional));
    }
    return doc;
}

} // namespace vanphong::reports
