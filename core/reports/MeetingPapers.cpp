#include "MeetingPapers.h"
#include "ReportAccess.h"

#include "PageLayout.h"
#include "MeetingBodyName.h"
#include "PagedRenderer.h"
#include "PaperTitle.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "meetings/AttendanceBook.h"
#include "meetings/InvitationDate.h"
#include "meetings/MeetingStore.h"
#include "meetings/PaperNumbers.h"
#include "office/ProfileStore.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::meetings;

namespace {

// A paragraph in the body's one format (PageLayout::bodyParagraph); a centred
// title or name is not indented.
void paragraph(QTextCursor &c, const QString &text, const QTextCharFormat &format, Qt::Alignment align = Qt::AlignJustify)
{
    c.insertBlock(PageLayout::bodyParagraph(align, !(align & Qt::AlignHCenter)));
    c.insertText(text, format);
}

// The foot of an invitation (36-HD/VPTW, elements 7-9, as in the Party's
// giấy mời form): on the left "Nơi nhận:" (14 pt, underlined) with the
// recipients (12 pt) ending "- Lưu Văn phòng."; on the right the signing
// capacity, delegated by the body that invites ("T/L BAN THƯỜNG VỤ", bold
// caps), the title ("CHÁNH VĂN PHÒNG"), room to sign and seal, and the name
// in bold. Never "T/L BAN CHẤP HÀNH ĐẢNG BỘ": the committee's conferences are
// called by its standing committee (MeetingBodyName.h).
void insertInvitationFoot(QTextCursor &c, const QString &capacityBody, const QString &chiefName)
{
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(0);
    table.setTopMargin(12);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 45), QTextLength(QTextLength::PercentageLength, 55)});
    // Never cut, never alone at a page's top: a long agenda pushes the last line with it.
    table.setProperty(PagedRenderer::KeepTogether, true);
    table.setProperty(PagedRenderer::KeepWithPrevious, 1);
    c.insertBlock(QTextBlockFormat());
    QTextTable *foot = c.insertTable(1, 2, table);
    QTextCursor left = foot->cellAt(0, 0).firstCursorPosition();
    left.insertText(QStringLiteral("Nơi nhận:"), PageLayout::text(14, false, false, true));
    // The one invited is named above ("Như trên"); the office keeps a copy.
    for (const QString &to : {QStringLiteral("- Như trên,"), QStringLiteral("- Lưu Văn phòng.")}) {
        left.insertBlock(QTextBlockFormat());
        left.insertText(to, PageLayout::text(12));
    }
    QTextCursor right = foot->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    right.setBlockFormat(centred);
    right.insertText(QStringLiteral("T/L %1").arg(capacityBody), PageLayout::text(14, true));
    right.insertBlock(centred);
    right.insertText(QStringLiteral("CHÁNH VĂN PHÒNG"), PageLayout::text(14, true));
    // Room for the signature and the seal over it: 30 mm, as the forms leave
    // four to five blank lines of 14 pt under the title.
    QTextBlockFormat signatureRoom = centred;
    signatureRoom.setTopMargin(PageLayout::millimetres(30));
    right.insertBlock(signatureRoom);
    right.insertText(chiefName, PageLayout::text(14, true));
    c.setPosition(foot->lastPosition() + 1);
}

// "Đề án chuyển đổi số." once, whether or not the clerk typed the full stop.
QString withFullStop(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || QStringLiteral(".!?…").contains(t.back()) ? t : t + QLatin1Char('.');
}

std::unique_ptr<QTextDocument> newDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(PageLayout::fontFamily(), 14));
    doc->setDocumentMargin(0);
    return doc;
}

} // namespace

storage::Result<std::unique_ptr<QTextDocument>> MeetingPapers::invitations(storage::Database &db, qint64 meetingId)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    auto profile = office::ProfileStore(db).load();
    MeetingStore store(db, QString());
    auto meeting = store.get(meetingId);
    auto agenda = store.agenda(meetingId);
    auto people = AttendanceBook(db, QString()).attendees(meetingId);
    if (!profile) return profile.error();
    if (!meeting) return meeting.error();
    if (!agenda) return agenda.error();
    if (!people) return people.error();
    // Its number once issued (PaperNumbers), the same on every copy, with the
    // invitation's kept date (InvitationDate). Until it is issued the paper is
    // a proof: marked DỰ THẢO, with the form's blank number and the date the
    // clerk set, or the form's blank date, never the day it happens to be
    // printed (issue 12 review).
    auto number = PaperNumbers::of(db, meetingId, PaperNumbers::Paper::Invitation);
    if (!number) return number.error();
    const bool draft = !number->has_value();
    auto setDate = InvitationDate(db).issuedOn(meetingId);
    if (!setDate) return setDate.error();
    const QDate issuedOn = draft ? setDate->value_or(QDate()) : number->value().date;
    const QString numberLine = draft ? QStringLiteral("Số %1-GM/%2").arg(QString(6, QChar(0x00A0)), profile->issuerAbbreviation)
                                     : QStringLiteral("Số %1").arg(number->value().symbol);
    auto doc = newDocument();
    QTextCursor c(doc.get());
    const Meeting &m = meeting.value();
    const MeetingBody inviter = invitingBody(m.body);
    bool first = true;
    for (const Attendee &a : people.value()) {
        PartyHeader::insert(c, profile.value(), {numberLine, issuedOn, !first, draft});
        first = false;
        c.setBlockFormat(QTextBlockFormat()); // the block after a header takes no break
        c.setBlockCharFormat(PageLayout::text(14));
        paragraph(c, QStringLiteral("GIẤY MỜI"), PageLayout::text(16, true), Qt::AlignHCenter);
        paragraph(c, QStringLiteral("%1 trân trọng kính mời:").arg(meetingBodyName(profile.value(), inviter)), PageLayout::text(14), Qt::AlignLeft);
        paragraph(c, QStringLiteral("Đồng chí %1%2").arg(a.fullName, a.position.isEmpty() ? QString() : QStringLiteral(", ") + a.position),
                  PageLayout::text(14, true), Qt::AlignHCenter);
        // The meeting as the minutes name it, with the profile's body ("Hội nghị Ban Thường vụ Đảng ủy").
        paragraph(c, QStringLiteral("Dự: %1.").arg(PaperTitle::meetingName(profile.value(), m)), PageLayout::text(14));
        paragraph(c, QStringLiteral("Thời gian: %1, %2, %3.")
                         .arg(PrintedFacts::time(m.startsAt.time()), PrintedFacts::weekday(m.startsAt.date()), PrintedFacts::date(m.startsAt.date())),
                  PageLayout::text(14));
        if (!m.place.isEmpty())
            paragraph(c, QStringLiteral("Địa điểm: %1.").arg(m.place), PageLayout::text(14));
        if (!agenda->isEmpty()) {
            paragraph(c, QStringLiteral("Nội dung:"), PageLayout::text(14));
            for (const AgendaItem &item : agenda.value())
                paragraph(c, QStringLiteral("- %1").arg(withFullStop(item.title)), PageLayout::text(14));
        }
        paragraph(c, QStringLiteral("Đề nghị đồng chí nghiên cứu tài liệu và dự họp đúng giờ."), PageLayout::text(14, false, true));
        insertInvitationFoot(c, signingBodyName(profile.value(), inviter), profile->chiefName);
    }
    // The document's first block, before the first header, takes no height:
    // the next invitations' headers, which carry their page break, start at
    // the top of their pages, and the first must start as high (issue 12).
    QTextBlockFormat collapsed;
    collapsed.setLineHeight(0, QTextBlockFormat::FixedHeight);
    QTextCursor top(doc->firstBlock());
    top.setBlockFormat(collapsed);
    top.setBlockCharFormat(PageLayout::text(1));
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> MeetingPapers::signInSheet(storage::Database &db, qint64 meetingId)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    auto profile = office::ProfileStore(db).load();
    auto meeting = MeetingStore(db, QString()).get(meetingId);
    auto people = AttendanceBook(db, QString()).attendees(meetingId);
    if (!profile) return profile.error();
    if (!meeting) return meeting.error();
    if (!people) return people.error();
    auto doc = newDocument();
    QTextCursor c(doc.get());
    const Meeting &m = meeting.value();
    PartyHeader::insert(c, profile.value(), {QString(), m.startsAt.date()});
    paragraph(c, QStringLiteral("DANH SÁCH ĐẠI BIỂU DỰ HỌP"), PageLayout::text(15, true), Qt::AlignHCenter);
    paragraph(c, QStringLiteral("%1, %2 %3%4").arg(PaperTitle::meetingName(profile.value(), m), PrintedFacts::time(m.startsAt.time()), PrintedFacts::date(m.startsAt.date()),
                                                  m.place.isEmpty() ? QString() : QStringLiteral(", tại ") + m.place),
              PageLayout::text(14, false, true), Qt::AlignHCenter);
    QTextTable *table = PageLayout::insertGrid(c, int(people->size()) + 1, {8, 36, 34, 22},
                                               {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"), QStringLiteral("Ký tên")});
    // Each row tall enough to sign in (at least 12 mm, issue 12): the empty
    // signature cell holds a line that high, less the cell's padding, and the
    // other cells' words sit in the middle of the row.
    for (int r = 0; r < people->size(); ++r) {
        const Attendee &a = people->at(r);
        const QStringList cells{QString::number(r + 1), a.fullName, a.isGuest() ? QStringLiteral("Khách mời: %1").arg(a.position) : a.position,
                                QString()};
        for (int col = 0; col < 4; ++col) {
            QTextTableCell cell = table->cellAt(r + 1, col);
            QTextCharFormat middle = cell.format();
            middle.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            cell.setFormat(middle);
            QTextCursor at = cell.firstCursorPosition();
            if (col == 3) {
                QTextBlockFormat room;
                room.setLineHeight(PageLayout::millimetres(12) - 2 * table->format().cellPadding(), QTextBlockFormat::MinimumHeight);
                at.setBlockFormat(room);
            }
            at.insertText(cells.at(col), PageLayout::text(13));
        }
    }
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> MeetingPapers::programme(storage::Database &db, qint64 meetingId)
{
    if (auto allowed = ReportAccess::mayPrintMeeting(db, meetingId); !allowed)
        return allowed.error();
    auto profile = office::ProfileStore(db).load();
    MeetingStore store(db, QString());
    auto meeting = store.get(meetingId);
    auto agenda = store.agenda(meetingId);
    if (!profile) return profile.error();
    if (!meeting) return meeting.error();
    if (!agenda) return agenda.error();
    auto doc = newDocument();
    QTextCursor c(doc.get());
    const Meeting &m = meeting.value();
    PartyHeader::insert(c, profile.value(), {QString(), m.startsAt.date()});
    paragraph(c, QStringLiteral("CHƯƠNG TRÌNH"), PageLayout::text(16, true), Qt::AlignHCenter);
    paragraph(c, PaperTitle::meetingName(profile.value(), m), PageLayout::text(14, true), Qt::AlignHCenter);
    paragraph(c, QStringLiteral("Thời gian: %1, %2, %3%4")
                     .arg(PrintedFacts::time(m.startsAt.time()), PrintedFacts::weekday(m.startsAt.date()), PrintedFacts::date(m.startsAt.date()),
                          m.place.isEmpty() ? QStringLiteral(".") : QStringLiteral("; địa điểm: %1.").arg(m.place)),
              PageLayout::text(14, false, true), Qt::AlignHCenter);
    if (!m.chair.isEmpty())
        paragraph(c, QStringLiteral("Chủ trì: đồng chí %1.").arg(m.chair), PageLayout::text(14), Qt::AlignHCenter);
    // The programme as the office proposes it (seed 002, section 2.2; DOMAIN.md,
    // "Before": the order, who chairs each part, the time of each item): the
    // opening, the agenda's items, the conclusion and closing, each with its
    // time, who presents it and who chairs it. The meeting keeps one chair,
    // who chairs every part, opens the meeting and gives its conclusion.
    struct Part
    {
        QString time, content, presenter;
        QStringList documents;
    };
    QList<Part> parts;
    const QTime at = m.startsAt.time();
    parts << Part{at.isValid() ? PrintedFacts::time(at) : QString(), QStringLiteral("Khai mạc hội nghị"), m.chair, {}};
    // The meeting's start is a clock time the data holds; the opening's
    // length is not, so no later clock time is: each item shows the time
    // planned for it ("40 phút"), never a clock time worked out as if the
    // opening took none (review, issue 12).
    for (int r = 0; r < agenda->size(); ++r) {
        const AgendaItem &item = agenda->at(r);
        parts << Part{item.plannedMinutes > 0 ? QStringLiteral("%1 phút").arg(item.plannedMinutes) : QString(),
                      QStringLiteral("%1. %2").arg(r + 1).arg(item.title), item.presenter, item.documents};
    }
    parts << Part{QString(), QStringLiteral("Kết luận hội nghị và bế mạc"), m.chair, {}};
    QTextTable *table = PageLayout::insertGrid(c, int(parts.size()) + 1, {13, 43, 21, 23},
                                               {QStringLiteral("Thời gian"), QStringLiteral("Nội dung"), QStringLiteral("Trình bày"),
                                                QStringLiteral("Chủ trì")});
    for (int r = 0; r < parts.size(); ++r) {
        const Part &part = parts.at(r);
        QStringList content{part.content};
        for (const QString &d : part.documents)
            content << QStringLiteral("- %1").arg(d);
        const QList<QStringList> cells{{part.time}, content, {part.presenter}, {m.chair}};
        for (int col = 0; col < 4; ++col) {
            QTextCursor cell = table->cellAt(r + 1, col).firstCursorPosition();
            const QStringList &lines = cells.at(col);
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    cell.insertBlock();
                cell.insertText(lines.at(i), PageLayout::text(13, col == 1 && i == 0));
            }
        }
    }
    return doc;
}

} // namespace vanphong::reports
