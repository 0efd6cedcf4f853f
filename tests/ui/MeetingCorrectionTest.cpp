// A closed meeting's attendance and minutes in the GUI (issue 10): read-only
// until the user gives a reason; then corrected, and the corrections listed.
#include "GuiDriving.h"

#include "meetings/ArrivalDialog.h"
#include "meetings/AttendanceBook.h"
#include "meetings/AttendanceTab.h"
#include "meetings/ClosedRecord.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/CorrectionBar.h"
#include "meetings/MeetingStore.h"
#include "meetings/MeetingsPage.h"
#include "meetings/MinutesTab.h"
#include "meetings/PaperNumbers.h"
#include "office/TermStore.h"
#include "widgets/ReasonDialog.h"
#include "widgets/TimeField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

TEST_CASE("a closed meeting's attendance is corrected only after a reason is given; the correction is listed")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    auto term = office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
    REQUIRE(term);
    for (const QString &name : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")}) {
        meetings::CommitteeMember m;
        m.termId = term->id;
        m.fullName = name;
        m.standing = true;
        REQUIRE(meetings::CommitteeMembers(session.database(), QStringLiteral("chanhvp")).add(m));
    }
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 11, 20), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    meetings::MeetingStore store(session.database(), session.actor());
    auto meeting = store.add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số"), QStringLiteral("Ban Tuyên giáo"), {}, 60, {}}});
    REQUIRE(meeting);
    meetings::AttendanceBook book(session.database(), session.actor());
    for (const auto &a : book.attendees(meeting->id).value())
        REQUIRE(book.mark(a.id, meetings::Attendee::Presence::Present));
    REQUIRE(store.close(meeting->id, QDateTime(QDate(2026, 11, 20), QTime(16, 0))));

    shown.window.showPage(ui::MainWindow::Meetings);
    ui::MeetingsPage *page = shown.window.meetingsPage();
    page->reload();
    page->select(meeting->id);
    page->showTabOf(page->attendance());
    ui::AttendanceTab *attendance = page->attendance();
    REQUIRE(attendance->table()->rowCount() == 3);
    CHECK(attendance->correctionBar()->isVisible());
    CHECK_FALSE(attendance->presenceBox(2)->isEnabled());
    CHECK(attendance->guestNameEdit()->isReadOnly());
    screenshot(&shown.window, "meeting-closed-attendance");

    onNextModal<ui::ReasonDialog>([](ui::ReasonDialog *dialog) {
        CHECK_FALSE(dialog->confirmButton()->isEnabled()); // no reason, no confirming
        typeText(dialog->reasonEdit(), QStringLiteral("Đồng chí Cường vắng, ghi nhầm"));
        dialog->confirmButton()->click();
    });
    attendance->correctionBar()->correctButton()->click();
    REQUIRE(attendance->presenceBox(2)->isEnabled());
    attendance->reasonEdit(2)->setText(QStringLiteral("Ốm"));
    attendance->presenceBox(2)->setCurrentIndex(attendance->presenceBox(2)->findData(int(meetings::Attendee::Presence::Absent)));
    CHECK(book.attendees(meeting->id)->at(2).presence == meetings::Attendee::Presence::Absent);
    // The minutes tab of the same meeting asks for its own reason.
    CHECK(page->minutes()->correctionBar()->isVisibleTo(page->minutes()));
    CHECK(page->minutes()->textEdit()->isReadOnly());

    auto history = meetings::ClosedRecord::history(session.database(), meeting->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().reason == QStringLiteral("Đồng chí Cường vắng, ghi nhầm"));
    bool listed = false;
    onNextModal<QDialog>([&listed](QDialog *dialog) {
        screenshot(dialog, "meeting-corrections");
        listed = dialog->findChild<QWidget *>() != nullptr;
        dialog->reject();
    });
    attendance->correctionBar()->historyButton()->click();
    CHECK(listed);

    // Marked late after the meeting (ended 16:00): the time is asked, not
    // taken from the clock; a time after the end is refused; the reason kept.
    bool refused = false;
    onNextModal<ui::ArrivalDialog>([&refused](ui::ArrivalDialog *dialog) {
        CHECK(dialog->timeEdit()->time() == QTime(14, 0)); // the start offered, never "now"
        dialog->timeEdit()->setTime(QTime(23, 12));
        dialog->okButton()->click();
        refused = dialog->isVisible() && dialog->messageLabel()->text().contains(QStringLiteral("16:00"));
        screenshot(dialog, "meeting-arrived-late");
        dialog->timeEdit()->setTime(QTime(14, 25));
        typeText(dialog->reasonEdit(), QStringLiteral("Tắc đường"));
        dialog->okButton()->click();
    });
    attendance->presenceBox(1)->setCurrentIndex(attendance->presenceBox(1)->findData(int(meetings::Attendee::Presence::Late)));
    CHECK(refused);
    const meetings::Attendee late = book.attendees(meeting->id)->at(1);
    CHECK(late.presence == meetings::Attendee::Presence::Late);
    CHECK(late.arrivedAt == QDateTime(QDate(2026, 11, 20), QTime(14, 25)));
    CHECK(late.reason == QStringLiteral("Tắc đường"));
    CHECK(attendance->reasonEdit(1)->text() == QStringLiteral("Tắc đường"));
}

TEST_CASE("printing invitations that have no number offers to number them first; a proof prints DỰ THẢO and numbers nothing")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    auto term = office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
    REQUIRE(term);
    meetings::CommitteeMember member;
    member.termId = term->id;
    member.fullName = QStringLiteral("Nguyễn Văn An");
    member.standing = true;
    REQUIRE(meetings::CommitteeMembers(session.database(), QStringLiteral("chanhvp")).add(member));
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate::currentDate().addDays(7), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    auto meeting = meetings::MeetingStore(session.database(), session.actor()).add(draft, {{0, 0, QStringLiteral("Công tác tháng"), {}, {}, 30, {}}});
    REQUIRE(meeting);
    shown.window.showPage(ui::MainWindow::Meetings);
    ui::MeetingsPage *page = shown.window.meetingsPage();
    page->reload();
    page->select(meeting->id);

    // Asked; the clerk prints the proof: no number taken, the preview opens.
    const auto printChoosing = [&](QMessageBox::ButtonRole role) {
        QString asked;
        bool previewed = false;
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            asked = box->text();
            screenshot(box, "invitation-number-first");
            onNextModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
                previewed = true;
                preview->reject();
            });
            // The clerk's two choices, not the standard Cancel beside them.
            for (QAbstractButton *b : box->buttons())
                if (box->standardButton(b) == QMessageBox::NoButton && box->buttonRole(b) == role) {
                    b->click();
                    break;
                }
        });
        page->print(ui::MeetingsPage::Printout::Invitations);
        CHECK(asked.contains(QStringLiteral("DỰ THẢO")));
        return previewed;
    };
    CHECK(printChoosing(QMessageBox::RejectRole));
    CHECK_FALSE(meetings::PaperNumbers::of(session.database(), meeting->id, meetings::PaperNumbers::Paper::Invitation).value().has_value());
    // Numbered, then printed: the number is in the register, and the next print asks nothing.
    CHECK(printChoosing(QMessageBox::AcceptRole));
    auto number = meetings::PaperNumbers::of(session.database(), meeting->id, meetings::PaperNumbers::Paper::Invitation);
    REQUIRE(number);
    REQUIRE(number->has_value());
    CHECK(number->value().symbol.endsWith(QStringLiteral("-GM/ĐU")));
    bool previewed = false;
    onNextModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
        previewed = true;
        preview->reject();
    });
    page->print(ui::MeetingsPage::Printout::Invitations);
    CHECK(previewed);
}
