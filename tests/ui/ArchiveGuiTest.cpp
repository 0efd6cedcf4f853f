// The archive page as a clerk uses it, keyboard first (issue 13): dossiers
// added, a week's documents filed from the unfiled list and from the
// register, one dossier closed.
#include "GuiDriving.h"

#include "archives/ArchivesPage.h"
#include "archives/CloseDossierDialog.h"
#include "archives/DossierDialog.h"
#include "archives/DossierPicker.h"
#include "archives/UnfiledDialog.h"
#include "archives/DossierFiling.h"
#include "archives/DossierRegister.h"
#include "documents/IncomingPage.h"
#include "documents/IncomingRegister.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

namespace {
// Types a new dossier into the form the page opens: number, title, a row of the retention table.
void addDossierThroughForm(ui::ArchivesPage *page, const QString &number, const QString &title, const QString &retentionCode)
{
    bool typed = false;
    onNextModal<ui::DossierDialog>([&](ui::DossierDialog *form) {
        QApplication::setActiveWindow(form);
        typeText(form->numberEdit(), number);
        typeText(form->titleEdit(), title);
        form->retentionBox()->setCurrentIndex(form->retentionBox()->findData(retentionCode));
        screenshot(form, "archive-dossier-form");
        QTest::keyClick(form->titleEdit(), Qt::Key_Return); // Enter saves
        typed = true;
    });
    page->addDossier();
    REQUIRE(typed);
}
} // namespace

TEST_CASE("a week's documents filed into dossiers from the keyboard, and a dossier closed")
{
    ShownOffice shown(false);
    shown.window.resize(1024, 768);
    office::OfficeSession &session = *shown.controller.session();
    documents::IncomingRegister incoming(session.database(), session.user(), session.actor());
    const QStringList week = {QStringLiteral("Về việc tổng kết công tác năm"), QStringLiteral("Về việc kiểm tra đảng viên"),
                              QStringLiteral("Về việc học tập nghị quyết"), QStringLiteral("Về việc chuẩn bị đại hội chi bộ"),
                              QStringLiteral("Về việc thu đảng phí")};
    QList<qint64> lines;
    for (const QString &excerpt : week) {
        auto added = incoming.add(sampleIncoming(documents::Confidentiality::Normal, excerpt));
        REQUIRE(added);
        lines << added->id;
    }
    shown.window.showPage(ui::MainWindow::Archives);
    ui::ArchivesPage *page = shown.window.archivesPage();
    const int year = sampleIncoming(documents::Confidentiality::Normal, {}).receivedAt.date().year();
    page->yearFilter()->setCurrentIndex(page->yearFilter()->findData(QString::number(year)));
    addDossierThroughForm(page, QStringLiteral("01"), QStringLiteral("Công văn của cấp trên năm %1").arg(year), QStringLiteral("chi-dao-cap-tren"));
    addDossierThroughForm(page, QStringLiteral("02"), QStringLiteral("Hồ sơ công tác đảng viên"), QStringLiteral("hoi-nghi"));
    REQUIRE(page->model()->rowCount() == 2);
    CHECK(page->model()->lineAt(0)->retentionYears == 10);
    // The form's year is the page's, and the clerk may put a dossier into next year's list from it.
    bool nextYear = false;
    onNextModal<ui::DossierDialog>([&](ui::DossierDialog *form) {
        QApplication::setActiveWindow(form);
        CHECK(form->yearBox()->value() == year);
        form->yearBox()->setValue(year + 1);
        typeText(form->numberEdit(), QStringLiteral("01"));
        typeText(form->titleEdit(), QStringLiteral("Công văn của cấp trên năm %1").arg(year + 1));
        form->retentionBox()->setCurrentIndex(form->retentionBox()->findData(QStringLiteral("chi-dao-cap-tren")));
        QTest::keyClick(form->titleEdit(), Qt::Key_Return);
        nextYear = form->result() == QDialog::Accepted;
    });
    page->addDossier();
    REQUIRE(nextYear);
    auto planned = archives::DossierRegister(session.database(), session.actor()).find(QStringLiteral("01"), year + 1);
    REQUIRE(planned);
    CHECK(planned->openedOn == QDate(year + 1, 1, 1));
    CHECK(page->yearFilter()->currentData().toString() == QString::number(year + 1)); // the page shows where it went
    CHECK(page->model()->rowCount() == 1);
    page->yearFilter()->setCurrentIndex(page->yearFilter()->findData(QString::number(year)));
    REQUIRE(page->model()->rowCount() == 2);

    // Four from the unfiled list at once: selected with Shift+Down, filed into 01 found by typing without marks.
    bool picked = false;
    onNextModal<ui::UnfiledDialog>([&](ui::UnfiledDialog *unfiled) {
        QApplication::setActiveWindow(unfiled);
        REQUIRE(unfiled->table()->rowCount() == 5);
        unfiled->table()->setFocus();
        unfiled->table()->setCurrentCell(0, 0);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(unfiled->table(), Qt::Key_Down, Qt::ShiftModifier);
        onNextModal<ui::DossierPicker>([&](ui::DossierPicker *picker) {
            QApplication::setActiveWindow(picker);
            // Nothing chosen for the clerk until he types: Enter on the untouched list files nothing.
            REQUIRE(picker->list()->count() > 1);
            CHECK(picker->list()->currentRow() < 0);
            typeText(picker->searchEdit(), QStringLiteral("cong van cap tren"));
            REQUIRE(picker->list()->count() == 1);
            screenshot(picker, "archive-picker");
            QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
            picked = true;
        });
        unfiled->fileSelected();
        CHECK(unfiled->table()->rowCount() == 1); // one left
        screenshot(unfiled, "archive-unfiled");
        unfiled->reject();
    });
    page->showUnfiled();
    REQUIRE(picked);
    CHECK(page->model()->lineAt(0)->documents == 4);

    // The fifth from the incoming register's own action; its details then say where it is.
    shown.window.showPage(ui::MainWindow::Incoming);
    ui::IncomingPage *register_ = shown.window.incomingPage();
    register_->reload();
    for (int r = 0; r < register_->table()->model()->rowCount(); ++r)
        if (register_->table()->model()->index(r, 0).data().toString().startsWith(QString::number(incoming.get(lines.last())->number)))
            register_->table()->setCurrentIndex(register_->table()->model()->index(r, 0));
    REQUIRE(register_->fileButton()->isEnabled());
    const QString filedText = register_->fileButton()->text();
    onNextModal<ui::DossierPicker>([](ui::DossierPicker *picker) {
        QApplication::setActiveWindow(picker);
        typeText(picker->searchEdit(), QStringLiteral("dang vien"));
        QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    });
    register_->fileButton()->click();
    CHECK(register_->detail()->toPlainText().contains(QStringLiteral("02/%1").arg(year)));
    screenshot(&shown.window, "archive-incoming-filed-in");
    // Filed in the wrong dossier: the same button takes it out, after asking, and it is unfiled again.
    REQUIRE(register_->fileButton()->isEnabled());
    CHECK(register_->fileButton()->text() != filedText);
    bool asked = false;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text().contains(QStringLiteral("02/%1").arg(year));
        box->button(QMessageBox::Yes)->click();
    });
    register_->fileButton()->click();
    CHECK(asked);
    CHECK_FALSE(register_->detail()->toPlainText().contains(QStringLiteral("02/%1").arg(year)));
    CHECK(register_->fileButton()->text() == filedText);
    CHECK(archives::DossierFiling(session.database(), session.user(), session.actor()).unfiled(year)->size() == 1);
    onNextModal<ui::DossierPicker>([year](ui::DossierPicker *picker) {
        QApplication::setActiveWindow(picker);
        typeText(picker->searchEdit(), QStringLiteral("02/%1").arg(year));
        REQUIRE(picker->list()->count() == 1); // found by its number as the papers write it
        QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    });
    register_->fileButton()->click();
    CHECK(register_->detail()->toPlainText().contains(QStringLiteral("02/%1").arg(year)));

    // Dossier 01 closed with its sheets; kept 10 years, its sheets are to be numbered.
    shown.window.showPage(ui::MainWindow::Archives);
    page->reload();
    page->table()->setFocus();
    page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
    REQUIRE(page->closeButton()->isEnabled());
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("Về việc kiểm tra đảng viên")));
    screenshot(&shown.window, "archive-page");
    bool told = false;
    onNextModal<ui::CloseDossierDialog>([&](ui::CloseDossierDialog *form) {
        QApplication::setActiveWindow(form);
        form->sheetsBox()->setFocus();
        typeText(form->sheetsBox(), QStringLiteral("23"));
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            told = box->text().contains(QStringLiteral("23"));
            box->accept();
        });
        QTest::keyClick(form->sheetsBox(), Qt::Key_Return);
    });
    page->closeButton()->click();
    CHECK(told);
    const archives::Dossier *closed = page->model()->lineAt(0);
    REQUIRE(closed);
    CHECK(closed->status == archives::Dossier::Status::Closed);
    CHECK(closed->sheets == 23);
    CHECK_FALSE(page->closeButton()->isEnabled());
    CHECK(archives::DossierFiling(session.database(), session.user(), session.actor()).unfiled(year)->isEmpty());
    CHECK(session.verify().ok);
}

#include "start/DeskTile.h"
#include "start/StartPage.h"

TEST_CASE("in December and January the desk counts the closing year's documents in no dossier")
{
    CHECK(ui::StartPage::closingYear(QDate(2026, 12, 1)) == 2026);
    CHECK(ui::StartPage::closingYear(QDate(2027, 1, 31)) == 2026);
    CHECK(ui::StartPage::closingYear(QDate(2027, 2, 1)) == 0);
    CHECK(ui::StartPage::closingYear(QDate(2026, 11, 30)) == 0);
    ShownOffice shown(false);
    office::OfficeSession &session = *shown.controller.session();
    const int closing = ui::StartPage::closingYear(QDate::currentDate());
    auto letter = sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Về việc tổng kết năm"));
    if (closing != 0) // received in the closing year, so that the desk counts it
        letter.receivedAt = QDateTime(QDate(closing, 12, 1), QTime(8, 0));
    REQUIRE(documents::IncomingRegister(session.database(), session.user(), session.actor()).add(letter));
    ui::StartPage *start = shown.window.startPage();
    start->reload();
    ui::DeskTile *tile = start->tile(ui::StartPage::Desk::Unfiled);
    REQUIRE(tile);
    CHECK(tile->isVisibleTo(start) == (closing != 0));
    if (closing != 0)
        CHECK(tile->count() == 1);
}

#include "archives/DestroyDialog.h"
#include "archives/DossierLending.h"
#include "archives/HandoverDialog.h"
#include "archives/LendDialog.h"
#include "archives/LoansDialog.h"
#include "archives/RetentionReview.h"
#include "archives/RetentionReviewDialog.h"
#include "widgets/DateField.h"

namespace {
// A dossier of `year` holding one new incoming document, closed on `closedOn`.
qint64 closedDossier(office::OfficeSession &session, int year, const QString &number, const QString &title, int years, const QDate &closedOn)
{
    archives::DossierRegister dossiers(session.database(), session.actor());
    archives::Dossier draft;
    draft.year = year;
    draft.number = number;
    draft.title = title;
    draft.retentionYears = years;
    draft.openedOn = QDate(year, 1, 1);
    draft.keeper = session.user().login;
    auto dossier = dossiers.add(draft);
    REQUIRE(dossier);
    auto letter = sampleIncoming(documents::Confidentiality::Normal, title);
    letter.receivedAt = QDateTime(closedOn.addDays(-1), QTime(8, 0));
    letter.documentDate = closedOn.addDays(-2);
    auto added = documents::IncomingRegister(session.database(), session.user(), session.actor()).add(letter);
    REQUIRE(added);
    REQUIRE(archives::DossierFiling(session.database(), session.user(), session.actor()).file(dossier->id, QStringLiteral("in"), added->id));
    REQUIRE(dossiers.close(dossier->id, closedOn, 6));
    return dossier->id;
}

void selectDossier(ui::ArchivesPage *page, qint64 id)
{
    page->reload();
    page->table()->setFocus();
    for (int r = 0; r < page->table()->model()->rowCount(); ++r) {
        const QModelIndex index = page->table()->model()->index(r, 0);
        page->table()->setCurrentIndex(index);
        if (page->model()->lineAt(r) && page->model()->lineAt(r)->id == id)
            return;
    }
    FAIL("dossier not listed");
}
} // namespace

TEST_CASE("a closed dossier handed over with its record, lent and given back, and an expired one destroyed on the council's decision")
{
    ShownOffice shown(false);
    shown.window.resize(1024, 768);
    office::OfficeSession &session = *shown.controller.session();
    const QDate today = QDate::currentDate();
    // Closed eleven months ago and a few days: its year for the hand-over ends within the month.
    const QDate closedOn = today.addYears(-1).addDays(20);
    const qint64 recent = closedDossier(session, closedOn.year(), QStringLiteral("04"), QStringLiteral("Hồ sơ kiểm tra, giám sát"), 10, closedOn);
    const qint64 old = closedDossier(session, 2015, QStringLiteral("07"), QStringLiteral("Công văn năm 2015"), 5, QDate(2015, 12, 31));
    // The old dossier went out to someone and is late coming back.
    REQUIRE(archives::DossierLending(session.database(), session.actor())
                .lend(old, QStringLiteral("Phạm Văn Bình"), false, QStringLiteral("Tra cứu"), {}, today.addDays(-30), today.addDays(-10)));

    // The desk reminds of both.
    ui::StartPage *start = shown.window.startPage();
    start->reload();
    CHECK(start->tile(ui::StartPage::Desk::HandOverDue)->isVisibleTo(start));
    CHECK(start->tile(ui::StartPage::Desk::HandOverDue)->count() == 2); // the 2015 one is long late
    CHECK(start->tile(ui::StartPage::Desk::LoansOverdue)->isVisibleTo(start));
    CHECK(start->tile(ui::StartPage::Desk::LoansOverdue)->count() == 1);
    screenshot(&shown.window, "archive-desk-reminders");

    // The overdue loan comes back, from the list the desk opens.
    shown.window.showPage(ui::MainWindow::Archives);
    ui::ArchivesPage *page = shown.window.archivesPage();
    page->reload();
    // The year filter offers the years the file holds: the 2015 dossier's list can be chosen.
    const int year2015 = page->yearFilter()->findData(QStringLiteral("2015"));
    REQUIRE(year2015 > 0);
    page->yearFilter()->setCurrentIndex(year2015);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->lineAt(0)->id == old);
    page->yearFilter()->setCurrentIndex(0); // every year
    bool returned = false;
    onNextModal<ui::LoansDialog>([&](ui::LoansDialog *loans) {
        QApplication::setActiveWindow(loans);
        REQUIRE(loans->table()->rowCount() == 1);
        CHECK(loans->table()->item(0, 2)->text() == QStringLiteral("Phạm Văn Bình"));
        screenshot(loans, "archive-loans");
        REQUIRE(loans->returnButton()->isEnabled());
        loans->returnButton()->click();
        CHECK(loans->table()->rowCount() == 0); // only those out: none left
        returned = true;
        loans->reject();
    });
    page->showLoans(true);
    REQUIRE(returned);
    CHECK_FALSE(archives::DossierLending(session.database(), session.actor()).loanOut(old));

    // The recent dossier handed over under one record, typed from the keyboard.
    selectDossier(page, recent);
    REQUIRE(page->handoverButton()->isEnabled());
    bool handed = false;
    onNextModal<ui::HandoverDialog>([&](ui::HandoverDialog *form) {
        QApplication::setActiveWindow(form);
        REQUIRE(form->table()->rowCount() == 2);
        CHECK(form->table()->selectionModel()->selectedRows().size() == 1); // the dossier chosen on the page
        typeText(form->recordEdit(), QStringLiteral("01-BB/VP"));
        typeText(form->receiverEdit(), QStringLiteral("Lê Văn Lưu"));
        screenshot(form, "archive-handover");
        onNextModal<QMessageBox>([](QMessageBox *box) { box->done(QMessageBox::No); }); // printed later
        QTest::keyClick(form->receiverEdit(), Qt::Key_Return);
        handed = true;
    });
    page->handoverButton()->click();
    REQUIRE(handed);
    auto afterHandover = archives::DossierRegister(session.database(), session.actor()).get(recent);
    CHECK(afterHandover->status == archives::Dossier::Status::HandedOver);
    CHECK(afterHandover->handoverRecord == QStringLiteral("01-BB/VP"));
    CHECK(afterHandover->receivedBy == QStringLiteral("Lê Văn Lưu"));
    start->reload();
    CHECK(start->tile(ui::StartPage::Desk::HandOverDue)->count() == 1);

    // Lent to a person for a week, then given back from the same button.
    selectDossier(page, recent);
    REQUIRE(page->lendButton()->isEnabled());
    bool lent = false;
    onNextModal<ui::LendDialog>([&](ui::LendDialog *form) {
        QApplication::setActiveWindow(form);
        typeText(form->personEdit(), QStringLiteral("Trần Thị Mai, Ban Tổ chức"));
        typeText(form->purposeEdit(), QStringLiteral("Xác minh hồ sơ đảng viên"));
        screenshot(form, "archive-lend");
        QTest::keyClick(form->purposeEdit(), Qt::Key_Return);
        lent = true;
    });
    page->lendButton()->click();
    REQUIRE(lent);
    auto loan = archives::DossierLending(session.database(), session.actor()).loanOut(recent);
    REQUIRE(loan);
    CHECK(loan->borrower == QStringLiteral("Trần Thị Mai, Ban Tổ chức"));
    CHECK(loan->dueOn == today.addDays(14));
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("Trần Thị Mai")));
    onNextModal<ui::LoansDialog>([](ui::LoansDialog *loans) {
        QApplication::setActiveWindow(loans);
        REQUIRE(loans->table()->rowCount() == 1);
        loans->returnButton()->click();
        loans->reject();
    });
    page->lendButton()->click(); // "Returned…" while it is out
    CHECK_FALSE(archives::DossierLending(session.database(), session.actor()).loanOut(recent));

    // The retention review: the 2015 dossier (5 years, closed 31/12/2015) is proposed, decided, destroyed.
    bool destroyed = false;
    onNextModal<ui::RetentionReviewDialog>([&](ui::RetentionReviewDialog *review) {
        QApplication::setActiveWindow(review);
        REQUIRE(review->proposals()->rowCount() == 1);
        CHECK(review->proposals()->item(0, 0)->text() == QStringLiteral("07/2015"));
        review->proposals()->setFocus();
        review->proposals()->selectRow(0);
        typeText(review->decisionEdit(), QStringLiteral("05/QĐ-HĐ"));
        screenshot(review, "archive-retention-review");
        review->decideButton()->click();
        CHECK(review->proposals()->rowCount() == 0);
        REQUIRE(review->destructions()->rowCount() == 1);
        review->destructions()->selectRow(0);
        REQUIRE(review->destroyButton()->isEnabled());
        onNextModal<ui::DestroyDialog>([&](ui::DestroyDialog *confirm) {
            QApplication::setActiveWindow(confirm);
            typeText(confirm->recordEdit(), QStringLiteral("01-BB/HTL"));
            typeText(confirm->confirmationEdit(), QStringLiteral("01-BB/HT"));
            CHECK_FALSE(confirm->destroyButton()->isEnabled()); // not the same number: nothing can be destroyed
            QTest::keyClick(confirm->confirmationEdit(), Qt::Key_Return); // Enter cancels, never destroys
            CHECK_FALSE(confirm->isVisible());
        });
        review->destroyButton()->click();
        CHECK(archives::DossierRegister(session.database(), session.actor()).get(old)->status == archives::Dossier::Status::Closed);
        onNextModal<ui::DestroyDialog>([&](ui::DestroyDialog *confirm) {
            QApplication::setActiveWindow(confirm);
            typeText(confirm->recordEdit(), QStringLiteral("01-BB/HTL"));
            typeText(confirm->confirmationEdit(), QStringLiteral("01-BB/HTL"));
            screenshot(confirm, "archive-destroy");
            REQUIRE(confirm->destroyButton()->isEnabled());
            onNextModal<QMessageBox>([](QMessageBox *box) { box->done(QMessageBox::No); });
            confirm->destroyButton()->click();
            destroyed = true;
        });
        review->destroyButton()->click();
        review->reject();
    });
    page->showRetentionReview();
    REQUIRE(destroyed);
    CHECK(archives::DossierRegister(session.database(), session.actor()).get(old)->status == archives::Dossier::Status::Destroyed);
    auto done = archives::RetentionReview(session.database(), session.user(), session.actor()).destructions();
    REQUIRE(done);
    REQUIRE(done->size() == 1);
    CHECK(done->first().recordNumber == QStringLiteral("01-BB/HTL"));
    CHECK(session.verify().ok);
}
