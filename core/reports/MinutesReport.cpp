#include "MinutesReport.h"
#include "ReportAccess.h"

#include "PageLayout.h"
#include "MeetingBodyName.h"
#include "PagedRenderer.h"
#include "PaperTitle.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "SentenceCase.h"
#include "SignatureRow.h"
#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/PaperNumbers.h"
#include "office/ProfileStore.h"
#include "office/TermStore.h"
#include "search/VietnameseFolding.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::meetings;

// The printed minutes are an official document: Vietnamese whatever the screens' language.
// Their layout is the template of Hướng dẫn 16-HD/VPTW (23/02/2023) on the
// minutes of party committees' meetings; docs/PRINTED-PAPERS.md, "Minutes".
namespace {

// A paragraph of the body (PageLayout::bodyParagraph: 36-HD/VPTW's first-line
// indent and spacing); titles are centred and not indented.
void paragraph(QTextCursor &c, const QString &text, const QTextCharFormat &format, Qt::Alignment align = Qt::AlignJustify,
               bool indented = true)
{
    c.insertBlock(PageLayout::bodyParagraph(align, indented));
    c.insertText(text, format);
}

QString timeWords(const QDateTime &at)
{
    return PrintedFacts::timeWithMinutes(at.time());
}

// A sentence the clerk typed may start in lower case ("thông qua Đề án");
// printed at the start of a sentence it takes a capital (SentenceCase).
QString sentence(const QString &text)
{
    return SentenceCase::start(text);
}

QString withFullStop(const QString &text)
{
    static const QString ends = QStringLiteral(".!?…");
    return text.isEmpty() || ends.contains(text.back()) ? text : text + QLatin1Char('.');
}

struct Data
{
    office::OfficeProfile profile;
    Meeting meeting;
    QList<AgendaItem> agenda;
    QList<Attendee> attendees;
    AttendanceBook::Quorum quorum;
    QList<MinutesEntry> entries;
    QString symbol; // "12-BB/ĐU" once the minutes hold their number (PaperNumbers)
    QList<CommitteeMember> members; // of the committee on the meeting's day: their positions
    QDate issuedOn; // the date of their line in the outgoing register, once numbered
};

storage::Result<Data> load(storage::Database &db, qint64 id)
{
    Data d;
    MeetingStore store(db, QString());
    auto profile = office::ProfileStore(db).load();
    auto meeting = store.get(id);
    auto agenda = store.agenda(id);
    AttendanceBook attendance(db, QString());
    auto attendees = attendance.attendees(id);
    auto quorum = attendance.quorum(id);
    auto entries = MinutesBook(db, QString()).entries(id);
    if (!profile) return profile.error();
    if (!meeting) return meeting.error();
    if (!agenda) return agenda.error();
    if (!attendees) return attendees.error();
    if (!quorum) return quorum.error();
    if (!entries) return entries.error();
    auto number = PaperNumbers::of(db, id, PaperNumbers::Paper::Minutes);
    if (!number) return number.error();
    // The committee's members hold their positions (Bí thư, Ủy viên Ban Thường
    // vụ...), also for a recorder who is not on the attendance list.
    QList<CommitteeMember> members;
    if (const auto term = office::TermStore(db).termFor(meeting->startsAt.date())) {
        auto of = CommitteeMembers(db, QString()).of(term->id, MeetingBody::Committee, meeting->startsAt.date());
        if (!of) return of.error();
        members = of.value();
    }
    return Data{profile.value(), meeting.value(), agenda.value(), attendees.value(), quorum.value(), entries.value(),
                number->has_value() ? number->value().symbol : QString(), members,
                number->has_value() ? number->value().date : QDate()};
}

// A late arrival the minutes may print: inside the meeting. A time outside
// it (the moment a clerk clicked "late" after the meeting, as older versions
// stored) is not a fact about the meeting: it is named by problems(), never printed.
bool arrivalInside(const Meeting &m, const Attendee &a)
{
    return a.arrivedAt.isValid() && a.arrivedAt > m.startsAt && (!m.endsAt.isValid() || a.arrivedAt <= m.endsAt);
}

// The position printed after a name ("Nguyễn Văn An, Bí thư Đảng ủy";
// 16-HD/VPTW asks the chair's and the recorder's full name and position):
// the one the attendance list holds for that person, else the committee's
// list of members on the meeting's day, else the office chief's title for
// the chief; none when the data holds none.
QString positionOf(const Data &d, const QString &name)
{
    const QString key = name.simplified();
    for (const Attendee &a : d.attendees)
        if (a.fullName.simplified() == key && !a.position.isEmpty())
            return a.position;
    for (const CommitteeMember &member : d.members)
        if (member.fullName.simplified() == key && !member.position.isEmpty())
            return member.position;
    if (!key.isEmpty() && key == d.profile.chiefName.simplified())
        return QStringLiteral("Chánh Văn phòng Đảng ủy");
    return {};
}

QString personWithPosition(const Data &d, const QString &name)
{
    const QString position = positionOf(d, name);
    return position.isEmpty() ? QStringLiteral("đồng chí %1").arg(name) : QStringLiteral("đồng chí %1, %2").arg(name, position);
}

// What keeps the minutes from being final (translated; empty: final).
QStringList problemsOf(const Data &d)
{
    const Meeting &m = d.meeting;
    QStringList out;
    if (m.place.isEmpty())
        out << MinutesReport::tr("The place of the meeting is missing.");
    if (m.chair.isEmpty())
        out << MinutesReport::tr("The chair is missing.");
    if (m.secretary.isEmpty())
        out << MinutesReport::tr("The recorder (thư ký) is missing.");
    int unknown = 0;
    QStringList unknownGuests;
    for (const Attendee &a : d.attendees) {
        // A guest whose coming is not recorded would be left out of "1.2"
        // without a word, as if never invited: the minutes wait for it.
        if (a.presence == Attendee::Presence::Unknown && a.isGuest())
            unknownGuests << a.fullName;
        else if (a.presence == Attendee::Presence::Unknown)
            ++unknown;
        else if (a.presence == Attendee::Presence::Late && !a.arrivedAt.isValid())
            out << MinutesReport::tr("%1 is marked late, but the time of arrival is not recorded.").arg(a.fullName);
        else if (a.presence == Attendee::Presence::Late && !arrivalInside(m, a))
            out << MinutesReport::tr("%1 is recorded as arriving at %2, outside the meeting: correct the time of arrival.")
                       .arg(a.fullName, a.arrivedAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
    }
    if (unknown > 0)
        out << MinutesReport::tr("The attendance of %n member(s) is not recorded.", nullptr, unknown);
    if (!unknownGuests.isEmpty())
        out << MinutesReport::tr("Whether the invited guest(s) %1 came is not recorded.").arg(unknownGuests.join(QLatin1String(", ")));
    if (!d.quorum.canMeet)
        out << MinutesReport::tr("Only %1 of %2 members are recorded present; %3 are needed to hold the meeting.")
                   .arg(d.quorum.present).arg(d.quorum.members).arg(d.quorum.presentNeeded);
    if (d.agenda.isEmpty())
        out << MinutesReport::tr("The agenda is empty.");
    for (const AgendaItem &a : d.agenda)
        if (a.conclusion.isEmpty())
            out << MinutesReport::tr("Item %1 (%2) has no conclusion by the chair.").arg(a.position).arg(a.title);
    if (!m.endsAt.isValid())
        out << MinutesReport::tr("The time the meeting ended is missing.");
    return out;
}

QString meetingName(const Data &d)
{
    return PaperTitle::meetingName(d.profile, d.meeting);
}

// "1. Thành phần hội nghị" (16-HD/VPTW): the members present (a late one with
// the time given and the reason), absent with their reasons, and the guests
// who came. Nothing is printed that the attendance does not hold: no count
// of those present while nobody's attendance is taken, no empty list.
void writeAttendance(QTextCursor &c, const Data &d)
{
    const Meeting &m = d.meeting;
    QStringList present, absent, unknown, guests;
    for (const Attendee &a : d.attendees) {
        if (a.isGuest()) {
            const QString who = a.position.isEmpty() ? QStringLiteral("Đồng chí %1").arg(a.fullName)
                                                     : QStringLiteral("Đồng chí %1, %2").arg(a.fullName, a.position);
            if (a.presence == Attendee::Presence::Present || (a.presence == Attendee::Presence::Late && a.arrivedAt.isValid()))
                guests << QStringLiteral("- %1.").arg(who);
            else if (a.presence == Attendee::Presence::Unknown) // only ever on a draft (problems()): shown, not dropped
                guests << QStringLiteral("- %1 (chưa ghi điểm danh).").arg(who);
            continue;
        }
        // Inside the brackets the reason goes on the sentence: "(lý do: đi công tác)".
        const QString why = a.reason.isEmpty() ? QString() : QStringLiteral("lý do: %1").arg(SentenceCase::within(a.reason));
        switch (a.presence) {
        case Attendee::Presence::Present:
            present << a.fullName;
            break;
        case Attendee::Presence::Late:
            if (a.arrivedAt.isValid()) {
                QStringList said{arrivalInside(m, a) ? QStringLiteral("đến muộn lúc %1").arg(PrintedFacts::time(a.arrivedAt.time()))
                                                     : QStringLiteral("đến muộn")};
                if (!why.isEmpty())
                    said << why;
                present << QStringLiteral("%1 (%2)").arg(a.fullName, said.join(QLatin1String(", ")));
            } else {
                // Announced late and never recorded as come in: not among those present.
                absent << QStringLiteral("%1 (báo đến muộn, không ghi giờ đến%2)").arg(a.fullName, why.isEmpty() ? QString() : QStringLiteral("; ") + why);
            }
            break;
        case Attendee::Presence::Absent:
            absent << (why.isEmpty() ? a.fullName : QStringLiteral("%1 (%2)").arg(a.fullName, why));
            break;
        case Attendee::Presence::Unknown:
            unknown << a.fullName;
            break;
        }
    }
    const QTextCharFormat plain = PageLayout::text(14);
    paragraph(c, QStringLiteral("1. Thành phần hội nghị"), PageLayout::text(14, true));
    paragraph(c, QStringLiteral("1.1. Đại biểu chính thức"), PageLayout::text(14, false, true));
    if (!present.isEmpty())
        paragraph(c, QStringLiteral("- Có mặt: %1/%2 đồng chí: %3.").arg(d.quorum.present).arg(d.quorum.members).arg(present.join(QLatin1String("; "))),
                  plain);
    else if (unknown.isEmpty() && d.quorum.members > 0)
        paragraph(c, QStringLiteral("- Có mặt: 0/%1 đồng chí.").arg(d.quorum.members), plain);
    if (!absent.isEmpty())
        paragraph(c, QStringLiteral("- Vắng mặt: %1 đồng chí: %2.").arg(absent.size()).arg(absent.join(QLatin1String("; "))), plain);
    else if (unknown.isEmpty() && d.quorum.members > 0)
        paragraph(c, QStringLiteral("- Vắng mặt: không."), plain);
    if (!unknown.isEmpty()) // only ever on a draft (problems())
        paragraph(c, QStringLiteral("- Chưa ghi điểm danh: %1 đồng chí: %2.").arg(unknown.size()).arg(unknown.join(QLatin1String("; "))), plain);
    if (!guests.isEmpty()) {
        paragraph(c, QStringLiteral("1.2. Đại biểu mời dự"), PageLayout::text(14, false, true));
        for (const QString &g : guests)
            paragraph(c, g, plain);
    }
}

// "2. Diễn biến hội nghị": each item of the agenda with who presented it,
// who spoke and what, the votes, and the chair's conclusion.
void writeProceedings(QTextCursor &c, const Data &d)
{
    const QTextCharFormat plain = PageLayout::text(14);
    paragraph(c, QStringLiteral("2. Diễn biến hội nghị"), PageLayout::text(14, true));
    const auto entriesOf = [&](qint64 itemId) {
        for (const MinutesEntry &e : d.entries) {
            if (e.agendaItemId != itemId)
                continue;
            switch (e.kind) {
            case MinutesEntry::Kind::Presentation: {
                // "Đồng chí … trình bày Báo cáo …", not "trình bày: trình bày Báo cáo …" when the clerk typed the verb.
                const QString said = e.text.trimmed();
                paragraph(c, search::VietnameseFolding::fold(said).startsWith(QStringLiteral("trinh bay"))
                                 ? QStringLiteral("Đồng chí %1 %2").arg(e.speaker, withFullStop(SentenceCase::within(said)))
                                 : QStringLiteral("Đồng chí %1 trình bày: %2").arg(e.speaker, withFullStop(said)),
                          plain);
                break;
            }
            case MinutesEntry::Kind::Speech:
                paragraph(c, QStringLiteral("- Đồng chí %1: %2").arg(e.speaker, withFullStop(e.text.trimmed())), plain);
                break;
            case MinutesEntry::Kind::Vote: {
                // "Biểu quyết thông qua Đề án", not "Biểu quyết Biểu quyết thông qua…"
                // when the clerk typed the word already.
                QString subject = e.text.trimmed();
                while (subject.endsWith(QLatin1Char('.')) || subject.endsWith(QLatin1Char(':')))
                    subject.chop(1);
                const QString motion = search::VietnameseFolding::fold(subject).startsWith(QStringLiteral("bieu quyet"))
                                           ? sentence(subject)
                                           : QStringLiteral("Biểu quyết %1").arg(SentenceCase::within(subject));
                paragraph(c, QStringLiteral("%1: tán thành %2/%5 đồng chí, không tán thành %3/%5, không biểu quyết %4/%5.")
                                 .arg(motion).arg(e.votesFor).arg(e.votesAgainst).arg(e.votesAbstain).arg(d.quorum.members),
                          PageLayout::text(14, false, true));
                break;
            }
            case MinutesEntry::Kind::Note:
                paragraph(c, withFullStop(sentence(e.text)), plain);
                break;
            }
        }
    };
    entriesOf(0); // opening words before the first item, kept in typing order
    for (const AgendaItem &a : d.agenda) {
        paragraph(c, QStringLiteral("2.%1. %2").arg(a.position).arg(a.title), PageLayout::text(14, true));
        if (!a.presenter.isEmpty())
            // The presenter may be a body (Ban Tuyên giáo) or a person: named without saying which.
            paragraph(c, QStringLiteral("Trình bày: %1.").arg(a.presenter), plain);
        entriesOf(a.id);
        if (!a.conclusion.isEmpty())
            paragraph(c, QStringLiteral("Kết luận của đồng chí chủ trì: %1").arg(withFullStop(sentence(a.conclusion))), plain);
    }
}

void writeSignatures(QTextCursor &c, const Meeting &m)
{
    // The recorder on the left, the chair on the right (16-HD/VPTW), with
    // room under the titles for a signature and, on the chair's side, the
    // committee's seal; with the end time and the copies' sentence: never
    // alone at a page's top.
    SignatureRow::insert(c, {{QStringLiteral("NGƯỜI GHI BIÊN BẢN"), m.secretary, {}}, {QStringLiteral("CHỦ TRÌ HỘI NGHỊ"), m.chair, {}}}, 2);
}

void writeCopy(QTextCursor &c, const Data &d, int copy, bool draft)
{
    const Meeting &m = d.meeting;
    // The number is taken in the outgoing register when the minutes are
    // issued (PaperNumbers; never by a draft); until then the form's blank is
    // left ("Số ...-BB/ĐU", 16-HD/VPTW), never a number made up.
    const QString number = !draft && !d.symbol.isEmpty() ? QStringLiteral("Số %1").arg(d.symbol)
                                                         : QStringLiteral("Số %1-BB/%2").arg(QString(6, QChar(0x00A0)), d.profile.issuerAbbreviation);
    // Dated as their line in the register once numbered (the meeting's day, or
    // the day they were issued when numbered after a later meeting's), else the meeting's day.
    const QDate dated = !draft && d.issuedOn.isValid() ? d.issuedOn : m.startsAt.date();
    PartyHeader::insert(c, d.profile, {number, dated, copy > 1, draft});

    paragraph(c, QStringLiteral("BIÊN BẢN"), PageLayout::text(15, true), Qt::AlignHCenter, false);
    paragraph(c, meetingName(d), PageLayout::text(14, true), Qt::AlignHCenter, false);
    paragraph(c, QStringLiteral("-----"), PageLayout::text(14), Qt::AlignHCenter, false);

    const QTextCharFormat plain = PageLayout::text(14);
    paragraph(c, QStringLiteral("- Thời gian: bắt đầu vào hồi %1, %2.").arg(timeWords(m.startsAt), PrintedFacts::date(m.startsAt.date())), plain);
    // A missing fact is left out here and named by problems() (the paper is then a draft), not printed as a gap.
    if (!m.place.isEmpty())
        paragraph(c, QStringLiteral("- Địa điểm: %1.").arg(m.place), plain);
    QStringList content;
    for (const AgendaItem &a : d.agenda)
        content << a.title;
    if (!content.isEmpty())
        paragraph(c, QStringLiteral("- Nội dung: %1.").arg(content.join(QLatin1String("; "))), plain);
    if (!m.chair.isEmpty())
        paragraph(c, QStringLiteral("- Người chủ trì: %1.").arg(personWithPosition(d, m.chair)), plain);
    if (!m.secretary.isEmpty())
        paragraph(c, QStringLiteral("- Người ghi biên bản: %1.").arg(personWithPosition(d, m.secretary)), plain);
    QStringList documents;
    for (const AgendaItem &a : d.agenda)
        documents << a.documents;
    if (!documents.isEmpty())
        paragraph(c, QStringLiteral("- Tài liệu sử dụng trong hội nghị: %1.").arg(documents.join(QLatin1String("; "))), plain);

    writeAttendance(c, d);
    writeProceedings(c, d);

    if (m.endsAt.isValid())
        paragraph(c, m.endsAt.date() == m.startsAt.date()
                         ? QStringLiteral("Hội nghị kết thúc vào hồi %1 cùng ngày.").arg(timeWords(m.endsAt))
                         : QStringLiteral("Hội nghị kết thúc vào hồi %1, %2.").arg(timeWords(m.endsAt), PrintedFacts::date(m.endsAt.date())),
                  plain);
    // Two copies, one for the meeting's dossier and one for the year's set of
    // this body's minutes (the "hồ sơ tên gọi" of seed 002), named plainly.
    const QString series = QStringLiteral("tập biên bản hội nghị %1 năm %2").arg(meetingBodyName(d.profile, m.body)).arg(m.startsAt.date().year());
    paragraph(c, QStringLiteral("Biên bản được lập thành 02 bản: 01 bản lưu hồ sơ hội nghị, 01 bản lưu %1.").arg(series), plain);

    writeSignatures(c, m);
    // Which copy this is, at the foot where 36-HD/VPTW puts the number of
    // copies (element 12), so that nothing stands above the national heading.
    QTextBlockFormat foot;
    foot.setAlignment(Qt::AlignLeft);
    foot.setTopMargin(18);
    c.insertBlock(foot);
    c.insertText(copy == 1 ? QStringLiteral("Bản số 1: lưu hồ sơ hội nghị.") : QStringLiteral("Bản số 2: lưu %1.").arg(series),
                 PageLayout::text(11, false, true));
}
} // namespace

storage::Result<QStringList> MinutesReport::problems(storage::Database &db, qint64 meetingId)
{
    auto data = load(db, meetingId);
    if (!data)
        return data.error();
    return problemsOf(data.value());
}

storage::Result<std::unique_ptr<QTextDocument>> MinutesReport::build(storage::Database &db, qint64 meetingId)
{
    if (auto allowed = ReportAccess::mayPrintMeeting(db, meetingId); !allowed)
        return allowed.error();
    auto data = load(db, meetingId);
    if (!data)
        return data.error();
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(PageLayout::fontFamily(), 14));
    doc->setDocumentMargin(0);
    QTextCursor c(doc.get());
    // Minutes that lack a fact are never printed as final: stamped "DỰ THẢO".
    const bool draft = !problemsOf(data.value()).isEmpty();
    writeCopy(c, data.value(), 1, draft);
    writeCopy(c, data.value(), 2, draft);
    return doc;
}

} // namespace vanphong::reports
