#include "MeetingDossier.h"
#include "ReportAccess.h"
#include "office/AccessControl.h"

#include "MinutesReport.h"
#include "PageLayout.h"
#include "PaperTitle.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "documents/DocumentType.h"
#include "documents/DocumentTypes.h"
#include "documents/OutgoingRegister.h"
#include "meetings/AttendanceBook.h"
#include "meetings/DecisionBook.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/PaperNumbers.h"
#include "office/ProfileStore.h"
#include "office/UserAccount.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QHash>
#include <QSet>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::meetings;

namespace {

// A title as it is compared to find the same paper twice.
QString sameness(const QString &title)
{
    return title.simplified().toCaseFolded();
}

} // namespace

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
    auto invitationNumber = PaperNumbers::of(db, meetingId, PaperNumbers::Paper::Invitation);
    auto minutesNumber = PaperNumbers::of(db, meetingId, PaperNumbers::Paper::Minutes);
    auto types = documents::DocumentTypes(db).all();
    if (!meeting) return meeting.error();
    if (!agenda) return agenda.error();
    if (!people) return people.error();
    if (!papers) return papers.error();
    if (!minutes) return minutes.error();
    if (!decisions) return decisions.error();
    if (!minutesProblems) return minutesProblems.error();
    if (!invitationNumber) return invitationNumber.error();
    if (!minutesNumber) return minutesNumber.error();
    if (!types) return types.error();
    const Meeting &m = meeting.value();
    // The papers made for the meeting day carry its date in their header: the
    // sign-in sheet, the programme, the minutes (PartyHeader, MinutesReport).
    const QDate day = m.startsAt.date();
    QList<Entry> out;

    const bool guests = std::any_of(people->cbegin(), people->cend(), [](const Attendee &a) { return a.isGuest(); });
    // The invitation and the minutes with the numbers they were issued under (PaperNumbers).
    const auto symbolOf = [](const std::optional<PaperNumbers::Number> &n) { return n ? n->symbol : QString(); };
    // A paper is there once issued, with the number and date it was issued
    // under; a proof printed before (DỰ THẢO) is not the paper (issue 12 review).
    const auto dateOf = [](const std::optional<PaperNumbers::Number> &n) { return n ? n->date : QDate(); };
    Entry invitation{QStringLiteral("Giấy mời dự họp"), symbolOf(invitationNumber.value()), dateOf(invitationNumber.value()), {}};
    if (people->isEmpty())
        invitation.missing = tr("nobody is invited yet");
    else if (guests && m.guestsApprovedBy.isEmpty())
        invitation.missing = tr("the guest list is not yet approved by the standing members");
    else if (!invitationNumber->has_value())
        invitation.missing = tr("the invitations are not yet issued (numbered in the outgoing register)");
    out << invitation;

    const int unmarked = int(std::count_if(people->cbegin(), people->cend(),
                                           [](const Attendee &a) { return !a.isGuest() && a.presence == Attendee::Presence::Unknown; }));
    Entry attendees{QStringLiteral("Danh sách đại biểu dự họp (có chữ ký)"), {}, day, {}};
    if (people->isEmpty())
        attendees.missing = tr("nobody is invited yet");
    else if (unmarked > 0)
        attendees.missing = tr("%n member(s) not yet marked present or absent", nullptr, unmarked);
    out << attendees;

    out << Entry{QStringLiteral("Chương trình hội nghị"), {}, day, agenda->isEmpty() ? tr("the agenda is empty") : QString()};

    // The papers, each once: those kept among the meeting's papers with the
    // day they were sent; a name under an agenda item that no kept paper
    // answers is still to come. The summary of the discussion, when kept as a
    // paper, takes its own line below.
    static const QString summaryTitle = QStringLiteral("Tổng hợp ý kiến thảo luận");
    QSet<QString> listed;
    const MeetingDocument *summary = nullptr;
    int documents = 0;
    for (const MeetingDocument &paper : papers.value()) {
        if (sameness(paper.title).startsWith(sameness(summaryTitle))) {
            summary = &paper;
            continue;
        }
        if (listed.contains(sameness(paper.title)))
            continue;
        listed.insert(sameness(paper.title));
        out << Entry{paper.title, {}, paper.sentOn, {}};
        ++documents;
    }
    for (const AgendaItem &item : agenda.value()) {
        for (const QString &d : item.documents) {
            if (listed.contains(sameness(d)))
                continue;
            listed.insert(sameness(d));
            out << Entry{QStringLiteral("%1 (%2)").arg(d, item.title), {}, {},
                         tr("named under the agenda item, not yet among the meeting's papers")};
            ++documents;
        }
    }
    if (documents == 0)
        out << Entry{QStringLiteral("Tài liệu trình hội nghị"), {}, {}, tr("no document is listed under the agenda or among the papers")};

    out << Entry{QStringLiteral("Biên bản hội nghị"), symbolOf(minutesNumber.value()), dateOf(minutesNumber.value()),
                 !minutesProblems->isEmpty()       ? minutesProblems->join(QLatin1Char(' ')) // each a sentence of its own
                 : !minutesNumber->has_value() ? tr("the minutes are complete but not yet issued (numbered in the outgoing register)")
                                               : QString()};
    const bool discussed = std::any_of(minutes->cbegin(), minutes->cend(),
                                       [](const MinutesEntry &e) { return e.kind == MinutesEntry::Kind::Speech; });
    if (summary)
        out << Entry{summary->title, {}, summary->sentOn, {}};
    else if (discussed)
        // The speeches are in the minutes; no summary is kept as a paper of its own.
        out << Entry{summaryTitle, {}, {}, {}, false, QStringLiteral("Trong biên bản")};
    else
        out << Entry{summaryTitle, {}, {}, tr("no speech is recorded in the minutes")};

    QHash<QString, QString> typeNames;
    for (const documents::DocumentType &t : types.value())
        typeNames.insert(t.code, t.name);
    documents::OutgoingRegister outgoing(db, reader, QString());
    if (decisions->isEmpty())
        out << Entry{QStringLiteral("Nghị quyết, kết luận của hội nghị"), {}, {}, tr("no decision is recorded")};
    for (const Decision &d : decisions.value()) {
        // The date is the issued document's own; a reserved number has none yet.
        QDate issuedOn;
        if (d.issued && d.outgoingId)
            if (auto line = outgoing.get(d.outgoingId))
                issuedOn = line->documentDate;
        out << Entry{PaperTitle::typeAndExcerpt(typeNames.value(d.typeCode, d.typeCode), d.excerpt), d.symbol, issuedOn,
                     d.issued ? QString() : tr("number reserved, the document is not yet issued")};
    }

    // Kept outside VanPhong when there is one: the row is for the clerk to fill in by hand.
    out << Entry{QStringLiteral("Băng ghi âm, ghi hình (nếu có)"), {}, {}, {}, true, QStringLiteral("Ghi tay nếu có")};
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
    // The list is a form of the archive, not a document the committee issues:
    // the issuing body only, no national heading and no date line (the day it
    // is printed is no fact of the dossier), as the register books' covers.
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(6);
    c.insertBlock(centred);
    c.insertText(QStringLiteral("MỤC LỤC HỒ SƠ HỘI NGHỊ"), PageLayout::text(15, true));
    c.insertBlock(centred);
    // The meeting named as its minutes name it ("Hội nghị Ban Thường vụ Đảng ủy", PaperTitle).
    c.insertText(QStringLiteral("%1, %2").arg(PaperTitle::meetingName(profile.value(), meeting.value()), PrintedFacts::date(meeting->startsAt.date())),
                 PageLayout::text(14, false, true));

    // The columns of a dossier's list of documents (mục lục văn bản; Hướng dẫn
    // 17-HD/VPTW on the office's archives, DOMAIN.md "Archives": the papers of
    // a dossier kept 5 years or more have their sheets numbered): number and
    // symbol, date, type and excerpt, the sheet number, notes. The sheet
    // numbers are written by hand when the dossier is closed and its sheets
    // are numbered: VanPhong does not hold them. The symbol and date columns
    // are wide enough for a Party symbol and a date at 13 pt, unbroken.
    QTextTable *table = PageLayout::insertGrid(c, int(entries->size()) + 1, {7, 16, 15, 40, 8, 14},
                                               {QStringLiteral("STT"), QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày, tháng"),
                                                QStringLiteral("Tên loại và trích yếu nội dung"), QStringLiteral("Tờ số"),
                                                QStringLiteral("Ghi chú")});
    for (int r = 0; r < entries->size(); ++r) {
        const Entry &e = entries->at(r);
        const QString note = e.optional          ? e.note
                             : !e.missing.isEmpty() ? QStringLiteral("Còn thiếu")
                             : !e.note.isEmpty()    ? e.note
                                                    : QStringLiteral("Có");
        const QStringList cells{QString::number(r + 1), e.symbol, PrintedFacts::numeric(e.date), e.title, QString(), note};
        for (int col = 0; col < cells.size(); ++col) {
            QTextCursor cell = table->cellAt(r + 1, col).firstCursorPosition();
            cell.insertText(cells.at(col), PageLayout::text(13, col == 5 && !e.missing.isEmpty() && !e.optional));
        }
    }
    return doc;
}

} // namespace vanphong::reports
