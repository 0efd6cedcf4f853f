// The first day of the user guide (docs/HUONG-DAN.md), walked on an ordinary
// office file: register, find, print, a number for an outgoing document, a
// meeting. Run with VANPHONG_SCREENSHOTS=DIR (scripts/guide-screenshots),
// it takes the guide's pictures; without, it checks that the steps the guide
// describes still work as written.
#include "GuiDriving.h"

#include "directory/NameDirectory.h"
#include "documents/IncomingEditor.h"
#include "documents/IncomingPage.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingEditor.h"
#include "documents/RegisterPrintDialog.h"
#include "help/GuideDialog.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MeetingsPage.h"
#include "office/TermStore.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

TEST_CASE("the guide's first day: register, find, print, number, a meeting", "[guide]")
{
    ShownOffice shown(false); // an ordinary office file, as most clerks have
    office::OfficeSession &session = *shown.controller.session();
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV (2025-2030)"), QDate(2025, 10, 15), session.actor()));
    for (const QString &name : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")}) {
        meetings::CommitteeMember m;
        m.termId = office::TermStore(session.database()).all()->first().id;
        m.fullName = name;
        m.standing = true;
        REQUIRE(meetings::CommitteeMembers(session.database(), session.actor()).add(m));
    }

    // Register an incoming document from the keyboard.
    shown.window.showPage(ui::MainWindow::Incoming);
    {
        ui::IncomingEditor editor(session, &shown.window);
        editor.show();
        QApplication::setActiveWindow(&editor);
        editor.receivedDateEdit()->setText(QStringLiteral("01/12/2026"));
        typeText(editor.senderEdit(), QStringLiteral("Văn phòng Huyện ủy"));
        typeText(editor.symbolEdit(), QStringLiteral("125-CV/VPHU"));
        editor.documentDateEdit()->setText(QStringLiteral("28/11/2026"));
        typeText(editor.excerptEdit(), QStringLiteral("Về việc chuẩn bị kết luận hội nghị cuối năm"));
        screenshot(&editor, "guide-incoming-form");
        editor.saveButton()->click();
        REQUIRE(editor.savedCount() == 1);
        editor.done(QDialog::Accepted);
    }
    ui::IncomingPage *incoming = shown.window.incomingPage();
    incoming->reload();
    REQUIRE(incoming->table()->model()->rowCount() == 1);
    incoming->table()->selectRow(0);
    screenshot(&shown.window, "guide-incoming-list");

    // Find it again, typed without diacritics.
    incoming->searchEdit()->setFocus();
    typeText(incoming->searchEdit(), QStringLiteral("ket luan"));
    REQUIRE(QTest::qWaitFor([&] { return incoming->table()->model()->rowCount() == 1; }, 3000));
    screenshot(&shown.window, "guide-search");
    incoming->searchEdit()->clear();

    // The register book: the period, then preview, print or PDF.
    {
        ui::RegisterPrintDialog print(reports::RegisterBook::Kind::Incoming, &shown.window);
        print.show();
        screenshot(&print, "guide-print");
    }

    // A number for an outgoing document, sent to a group of recipients.
    directory::NameDirectory names(session.database(), session.actor());
    REQUIRE(names.saveGroup({0, QStringLiteral("Các chi bộ trực thuộc"),
                             {QStringLiteral("Chi bộ thôn Đông"), QStringLiteral("Chi bộ thôn Tây"), QStringLiteral("Chi bộ Trường Tiểu học")}}));
    {
        shown.window.showPage(ui::MainWindow::Outgoing);
        ui::OutgoingEditor editor(session, &shown.window);
        editor.show();
        QApplication::setActiveWindow(&editor);
        editor.typeBox()->setCurrentIndex(editor.typeBox()->findData(QStringLiteral("TB")));
        typeText(editor.excerptEdit(), QStringLiteral("Thông báo lịch sinh hoạt chi bộ tháng 12"));
        typeText(editor.signerEdit(), QStringLiteral("Nguyễn Văn An"));
        editor.addRecipientEdit()->setFocus();
        typeText(editor.addRecipientEdit(), QStringLiteral("Các chi bộ trực thuộc"));
        QTest::keyClick(editor.addRecipientEdit(), Qt::Key_Return);
        REQUIRE(editor.recipientsEdit()->toPlainText().count(QLatin1Char('\n')) == 2);
        screenshot(&editor, "guide-outgoing-form");
        editor.done(QDialog::Rejected);
    }

    // A meeting: the kind, the day, the agenda; its checklist follows.
    shown.window.showPage(ui::MainWindow::Meetings);
    {
        ui::MeetingDialog dialog(session, &shown.window);
        dialog.show();
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(meetings::MeetingKind::Standing)));
        dialog.startsEdit()->setDateTime(QDateTime(QDate(2026, 12, 10), QTime(8, 0)));
        typeText(dialog.placeEdit(), QStringLiteral("Hội trường Đảng ủy"));
        dialog.agendaEdit()->setPlainText(QStringLiteral("Kiểm điểm công tác năm 2026\nPhương hướng nhiệm vụ năm 2027"));
        screenshot(&dialog, "guide-meeting-form");
        dialog.acceptButton()->click();
        REQUIRE(dialog.createdId() > 0);
        shown.window.meetingsPage()->reload();
        shown.window.meetingsPage()->select(dialog.createdId());
    }
    screenshot(&shown.window, "guide-meeting-checklist");

    // The start page counts what waits.
    shown.window.showPage(ui::MainWindow::Start);
    screenshot(&shown.window, "guide-desk");

    // The guide itself, in the application, with its pictures.
    ui::GuideDialog guide(&shown.window);
    guide.show();
    const QString text = guide.browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Ngày làm việc đầu tiên")));
    CHECK(text.contains(QStringLiteral("Sao lưu")));
    CHECK(guide.missingImages().isEmpty());
}
