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
    onNextModal<ui::DossierPicker>([](ui::DossierPicker *picker) {
        QApplication::setActiveWindow(picker);
        typeText(picker->searchEdit(), QStringLiteral("dang vien"));
        QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    });
    register_->fileButton()->click();
    CHECK(register_->detail()->toPlainText().contains(QStringLiteral("02/%1").arg(year)));
    screenshot(&shown.window, "archive-incoming-filed-in");

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
