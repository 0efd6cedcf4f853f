#include "MeetingPapers.h"
#include "ReportAccess.h"

#include "PageLayout.h"
#include "MeetingBodyName.h"
#include "PagedRenderer.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "meetings/AttendanceBook.h"
#include "meetings/MeetingStore.h"
#include "office/ProfileStore.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::meetings;

namespace {

void paragraph(QTextCursor &c, const QString &text, const QTextCharFormat &format, Qt::Alignment align = Qt::AlignLeft)
{
    QTextBlockFormat block;
    block.setAlignment(align);
    block.setTopMargin(4);
    c.insertBlock(block);
    c.insertText(text, format);
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
    auto doc = newDocument();
    QTextCursor c(doc.get());
    const Meeting &m = meeting.value();
    bool first = true;
    for (const Attendee &a : people.value()) {
        if (!first) {
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            PagedRenderer::markRestart(breakBefore); // each invitation is a paper of its own
            c.insertBlock(breakBefore);
            c.insertBlock(QTextBlockFormat()); // the next block must not inherit the break
        }
        first = false;
        PartyHeader::insert(c, profile.value(), {QString(), QDate::currentDate()});
        paragraph(c, QStringLiteral("GIẤY MỜI"), PageLayout::text(16, true), Qt::AlignHCenter);
        paragraph(c, QStringLiteral("%1 trân trọng kính mời:").arg(meetingBodyName(profile.value(), m.body)), PageLayout::text(14), Qt::AlignLeft);
        paragraph(c, QStringLiteral("Đồng chí %1%2").arg(a.fullName, a.position.isEmpty() ? QString() : QStringLiteral(", ") + a.position),
                  PageLayout::text(14, true), Qt::AlignHCenter);
        paragraph(c, QStringLiteral("Dự: %1.").arg(m.title), PageLayout::text(14));
        paragraph(c, QStringLiteral("Thời gian: %1, %2, %3.")
                         .arg(PrintedFacts::time(m.startsAt.time()), PrintedFacts::weekday(m.startsAt.date()), PrintedFacts::date(m.startsAt.date())),
                  PageLayout::text(14));
        if (!m.place.isEmpty())
            paragraph(c, QStringLiteral("Địa điểm: %1.").arg(m.place), PageLayout::text(14));
        if (!agenda->isEmpty()) {
            paragraph(c, QStringLiteral("Nội dung:"), PageLayout::text(14));
            for (const AgendaItem &item : agenda.value())
                paragraph(c, QStringLiteral("- %1.").arg(item.title), PageLayout::text(14));
        }
        paragraph(c, QStringLiteral("Đề nghị đồng chí nghiên cứu tài liệu và dự họp đúng giờ."), PageLayout::text(14, false, true));
        // Signed by the office on delegation of the body (T/L ... CHÁNH VĂN PHÒNG).
        QTextTableFormat table;
        table.setBorder(0);
        table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 45), QTextLength(QTextLength::PercentageLength, 55)});
        c.insertBlock(QTextBlockFormat());
        QTextTable *signature = c.insertTable(1, 2, table);
        QTextCursor cell = signature->cellAt(0, 1).firstCursorPosition();
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        cell.setBlockFormat(centred);
        cell.insertText(QStringLiteral("T/L %1").arg(meetingBodyName(profile.value(), m.body).toUpper()), PageLayout::text(14, true));
        cell.insertBlock(centred);
        cell.insertText(QStringLiteral("CHÁNH VĂN PHÒNG"), PageLayout::text(14));
        for (int i = 0; i < 3; ++i)
            cell.insertBlock(centred);
        cell.insertText(profile->chiefName, PageLayout::text(14, true));
        c.setPosition(signature->lastPosition() + 1);
    }
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
    paragraph(c, QStringLiteral("%1, %2 %3%4").arg(m.title, PrintedFacts::time(m.startsAt.time()), PrintedFacts::date(m.startsAt.date()),
                                                  m.place.isEmpty() ? QString() : QStringLiteral(", tại ") + m.place),
              PageLayout::text(14, false, true), Qt::AlignHCenter);
    QTextTable *table = PageLayout::insertGrid(c, int(people->size()) + 1, {8, 36, 34, 22},
                                               {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"), QStringLiteral("Ký tên")});
    for (int r = 0; r < people->size(); ++r) {
        const Attendee &a = people->at(r);
        const QStringList cells{QString::number(r + 1), a.fullName, a.isGuest() ? QStringLiteral("Khách mời: %1").arg(a.position) : a.position,
                                QString()};
        for (int col = 0; col < 4; ++col) {
            QTextCursor cell = table->cellAt(r + 1, col).firstCursorPosition();
            QTextBlockFormat block;
            block.setTopMargin(6); // room to sign
            block.setBottomMargin(6);
            cell.setBlockFormat(block);
            cell.insertText(cells.at(col), PageLayout::text(13));
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
    paragraph(c, m.title, PageLayout::text(14, true), Qt::AlignHCenter);
    paragraph(c, QStringLiteral("Thời gian: %1, %2, %3%4")
                     .arg(PrintedFacts::time(m.startsAt.time()), PrintedFacts::weekday(m.startsAt.date()), PrintedFacts::date(m.startsAt.date()),
                          m.place.isEmpty() ? QStringLiteral(".") : QStringLiteral("; địa điểm: %1.").arg(m.place)),
              PageLayout::text(14, false, true), Qt::AlignHCenter);
    if (!m.chair.isEmpty())
        paragraph(c, QStringLiteral("Chủ trì: đồng chí %1.").arg(m.chair), PageLayout::text(14), Qt::AlignHCenter);
    QTextTable *table = PageLayout::insertGrid(c, int(agenda->size()) + 1, {15, 55, 30},
                                               {QStringLiteral("Thời gian"), QStringLiteral("Nội dung"), QStringLiteral("Trình bày")});
    // Times follow from the planned minutes until an item has none.
    QTime at = m.startsAt.time();
    for (int r = 0; r < agenda->size(); ++r) {
        const AgendaItem &item = agenda->at(r);
        QString content = QStringLiteral("%1. %2").arg(r + 1).arg(item.title);
        for (const QString &d : item.documents)
            content += QStringLiteral("\n- %1").arg(d);
        const QStringList cells{at.isValid() ? PrintedFacts::time(at) : QString(), content, item.presenter};
        for (int col = 0; col < 3; ++col) {
            QTextCursor cell = table->cellAt(r + 1, col).firstCursorPosition();
            const QStringList lines = cells.at(col).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    cell.insertBlock();
                cell.insertText(lines.at(i), PageLayout::text(13, col == 1 && i == 0));
            }
        }
        at = item.plannedMinutes > 0 && at.isValid() ? at.addSecs(item.plannedMinutes * 60) : QTime();
    }
    return doc;
}

} // namespace vanphong::reports
