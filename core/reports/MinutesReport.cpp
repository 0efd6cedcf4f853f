#include "MinutesReport.h"
#include "ReportAccess.h"

#include "PageLayout.h"
#include "MeetingBodyName.h"
#include "PagedRenderer.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "meetings/AttendanceBook.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "office/ProfileStore.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::meetings;

// The printed minutes are an official document: Vietnamese whatever the screens' language.
namespace {

void paragraph(QTextCursor &c, const QString &text, const QTextCharFormat &format, Qt::Alignment align = Qt::AlignJustify,
               qreal indent = 0, bool pageBreak = false)
{
    QTextBlockFormat block;
    block.setAlignment(align);
    block.setTextIndent(indent);
    block.setTopMargin(3);
    if (pageBreak)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    c.insertBlock(block);
    c.insertText(text, format);
}

QString timeWords(const QDateTime &at)
{
    return PrintedFacts::timeWithMinutes(at.time());
}

struct Data
{
    office::OfficeProfile profile;
    Meeting meeting;
    QList<AgendaItem> agenda;
    QList<Attendee> attendees;
    AttendanceBook::Quorum quorum;
    QList<MinutesEntry> entries;
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
    return Data{profile.value(), meeting.value(), agenda.value(), attendees.value(), quorum.value(), entries.value()};
}

void writeCopy(QTextCursor &c, const Data &d, int copy, bool first)
{
    const Meeting &m = d.meeting;
    // Which copy, and where it is filed (two copies: the meeting's dossier and
    // the named file); the second starts on a new page.
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    if (first) {
        c.setBlockFormat(right);
    } else {
        right.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        PagedRenderer::markRestart(right); // the second copy is numbered on its own
        c.insertBlock(right);
    }
    c.insertText(copy == 1 ? QStringLiteral("Bản số 1: lưu hồ sơ hội nghị") : QStringLiteral("Bản số 2: lưu hồ sơ tên gọi"), PageLayout::text(11, false, true));
    c.insertBlock(QTextBlockFormat()); // a plain block: it would inherit the page break otherwise
    PartyHeader::insert(c, d.profile, {QString(), m.startsAt.date()});

    paragraph(c, QStringLiteral("BIÊN BẢN"), PageLayout::text(15, true), Qt::AlignHCenter);
    paragraph(c, m.title, PageLayout::text(14, true), Qt::AlignHCenter);
    paragraph(c, QStringLiteral("-----"), PageLayout::text(14), Qt::AlignHCenter);
    const qreal indent = 28;
    // "Hồi 14 giờ 00 phút, ngày 18 tháng 3 năm 2026, tại Hội trường Đảng ủy, Ban Thường vụ Đảng ủy họp."
    const QString subject = m.title == MeetingKinds::name(m.kind) ? QString() : QStringLiteral(" về %1").arg(m.title);
    paragraph(c, QStringLiteral("Hồi %1, %2%3, %4 họp%5.")
                     .arg(timeWords(m.startsAt), PrintedFacts::date(m.startsAt.date()), m.place.isEmpty() ? QString() : QStringLiteral(", tại ") + m.place,
                          meetingBodyName(d.profile, m.body), subject),
              PageLayout::text(14), Qt::AlignJustify, indent);
    // A missing name is left out here and named by problems(), not printed as a gap.
    if (!m.chair.isEmpty())
        paragraph(c, QStringLiteral("Chủ trì: đồng chí %1.").arg(m.chair), PageLayout::text(14), Qt::AlignJustify, indent);
    if (!m.secretary.isEmpty())
        paragraph(c, QStringLiteral("Thư ký ghi biên bản: đồng chí %1.").arg(m.secretary), PageLayout::text(14), Qt::AlignJustify, indent);

    QStringList present, absent, guests;
    for (const Attendee &a : d.attendees) {
        const QString name = a.position.isEmpty() ? a.fullName : QStringLiteral("%1 (%2)").arg(a.fullName, a.position);
        if (a.isGuest()) {
            if (a.presence != Attendee::Presence::Absent)
                guests << name;
        } else if (a.counts()) {
            present << (a.presence == Attendee::Presence::Late
                            ? QStringLiteral("%1, đến muộn lúc %2").arg(a.fullName, PrintedFacts::time(a.arrivedAt.time()))
                            : a.fullName);
        } else if (a.presence == Attendee::Presence::Absent || a.presence == Attendee::Presence::Late) {
            absent << (a.reason.isEmpty() ? a.fullName : QStringLiteral("%1 (%2)").arg(a.fullName, a.reason));
        }
    }
    paragraph(c, QStringLiteral("Thành phần dự họp:"), PageLayout::text(14, true), Qt::AlignJustify, indent);
    paragraph(c, QStringLiteral("- Có mặt %1/%2 đồng chí %3: %4.")
                     .arg(d.quorum.present).arg(d.quorum.members).arg(meetingBodyName(d.profile, m.body), present.join(QLatin1String(", "))),
              PageLayout::text(14), Qt::AlignJustify, indent);
    paragraph(c, absent.isEmpty() ? QStringLiteral("- Vắng mặt: không.")
                                  : QStringLiteral("- Vắng mặt %1 đồng chí: %2.").arg(absent.size()).arg(absent.join(QLatin1String("; "))),
              PageLayout::text(14), Qt::AlignJustify, indent);
    if (!guests.isEmpty())
        paragraph(c, QStringLiteral("- Khách mời: %1.").arg(guests.join(QLatin1String("; "))), PageLayout::text(14), Qt::AlignJustify, indent);

    QStringList documents;
    for (const AgendaItem &a : d.agenda)
        documents << a.documents;
    if (!documents.isEmpty())
        paragraph(c, QStringLiteral("Tài liệu sử dụng tại hội nghị: %1.").arg(documents.join(QLatin1String("; "))), PageLayout::text(14), Qt::AlignJustify, indent);

    paragraph(c, QStringLiteral("NỘI DUNG"), PageLayout::text(14, true), Qt::AlignHCenter);
    const auto entriesOf = [&](qint64 itemId) {
        for (const MinutesEntry &e : d.entries) {
            if (e.agendaItemId != itemId)
                continue;
            switch (e.kind) {
            case MinutesEntry::Kind::Presentation:
                paragraph(c, QStringLiteral("Đồng chí %1 trình bày: %2").arg(e.speaker, e.text), PageLayout::text(14), Qt::AlignJustify, indent);
                break;
            case MinutesEntry::Kind::Speech:
                paragraph(c, QStringLiteral("- Đồng chí %1: %2").arg(e.speaker, e.text), PageLayout::text(14), Qt::AlignJustify, indent);
                break;
            case MinutesEntry::Kind::Vote:
                paragraph(c, QStringLiteral("Biểu quyết %1: tán thành %2/%5 đồng chí, không tán thành %3/%5, không biểu quyết %4/%5.")
                                 .arg(e.text).arg(e.votesFor).arg(e.votesAgainst).arg(e.votesAbstain).arg(d.quorum.members),
                          PageLayout::text(14, false, true), Qt::AlignJustify, indent);
                break;
            case MinutesEntry::Kind::Note:
                paragraph(c, e.text, PageLayout::text(14), Qt::AlignJustify, indent);
                break;
            }
        }
    };
    for (const AgendaItem &a : d.agenda) {
        paragraph(c, QStringLiteral("%1. %2").arg(a.position).arg(a.title), PageLayout::text(14, true), Qt::AlignJustify, indent);
        if (!a.presenter.isEmpty())
            paragraph(c, QStringLiteral("Cơ quan trình bày: %1.").arg(a.presenter), PageLayout::text(14), Qt::AlignJustify, indent);
        entriesOf(a.id);
        if (!a.conclusion.isEmpty())
            paragraph(c, QStringLiteral("Kết luận của đồng chí chủ trì: %1").arg(a.conclusion), PageLayout::text(14), Qt::AlignJustify, indent);
    }
    entriesOf(0);
    if (m.endsAt.isValid())
        paragraph(c, QStringLiteral("Hội nghị kết thúc hồi %1 cùng ngày.").arg(timeWords(m.endsAt)), PageLayout::text(14), Qt::AlignJustify, indent);
    paragraph(c, QStringLiteral("Biên bản được lập thành 02 bản: 01 bản lưu hồ sơ hội nghị, 01 bản lưu hồ sơ tên gọi."), PageLayout::text(14),
              Qt::AlignJustify, indent);

    // Signatures: the recorder on the left, the chair on the right.
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
    table.setTopMargin(12);
    c.insertBlock(QTextBlockFormat());
    QTextTable *signatures = c.insertTable(1, 2, table);
    const auto block = [&](int column, const QString &title, const QString &name) {
        QTextCursor cell = signatures->cellAt(0, column).firstCursorPosition();
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        cell.setBlockFormat(centred);
        cell.insertText(title, PageLayout::text(14, true));
        for (int i = 0; i < 4; ++i)
            cell.insertBlock(centred);
        cell.insertText(name, PageLayout::text(14, true));
    };
    block(0, QStringLiteral("THƯ KÝ HỘI NGHỊ"), m.secretary);
    block(1, QStringLiteral("CHỦ TRÌ HỘI NGHỊ"), m.chair);
    c.setPosition(signatures->lastPosition() + 1);
}
} // namespace

storage::Result<QStringList> MinutesReport::problems(storage::Database &db, qint64 meetingId)
{
    auto data = load(db, meetingId);
    if (!data)
        return data.error();
    const Data &d = data.value();
    QStringList out;
    if (d.meeting.place.isEmpty())
        out << tr("The place of the meeting is missing.");
    if (d.meeting.chair.isEmpty())
        out << tr("The chair is missing.");
    if (d.meeting.secretary.isEmpty())
        out << tr("The recorder (thư ký) is missing.");
    int unknown = 0;
    for (const Attendee &a : d.attendees)
        if (!a.isGuest() && a.presence == Attendee::Presence::Unknown)
            ++unknown;
    if (unknown > 0)
        out << tr("The attendance of %n member(s) is not recorded.", nullptr, unknown);
    if (!d.quorum.canMeet)
        out << tr("Only %1 of %2 members are recorded present; %3 are needed to hold the meeting.")
                   .arg(d.quorum.present).arg(d.quorum.members).arg(d.quorum.presentNeeded);
    if (d.agenda.isEmpty())
        out << tr("The agenda is empty.");
    for (const AgendaItem &a : d.agenda)
        if (a.conclusion.isEmpty())
            out << tr("Item %1 (%2) has no conclusion by the chair.").arg(a.position).arg(a.title);
    if (!d.meeting.endsAt.isValid())
        out << tr("The time the meeting ended is missing.");
    return out;
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
    writeCopy(c, data.value(), 1, true);
    writeCopy(c, data.value(), 2, false);
    return doc;
}

} // namespace vanphong::reports
