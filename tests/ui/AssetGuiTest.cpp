// The assets page as the accountant uses it, keyboard first (issue 14): items
// entered, one handed over, a slip in the cost caught, the year's depreciation
// computed and the page's money written with separators.
#include "GuiDriving.h"

#include "assets/AssetDialog.h"
#include "assets/AssetsPage.h"
#include "assets/DepreciationDialog.h"
#include "assets/MovementDialog.h"
#include "assets/InventoryDialog.h"
#include "assets/AssetInventory.h"
#include "assets/AnnualDepreciation.h"
#include "assets/AssetListing.h"
#include "assets/AssetRegister.h"
#include "widgets/DateField.h"
#include "widgets/MoneyField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
// Types an item into the form the page opens; Enter saves.
void addThroughForm(ui::AssetsPage *page, const QString &name, const QString &category, const QString &acquired, const QString &cost,
                    QString *book = nullptr)
{
    bool typed = false;
    onNextModal<ui::AssetDialog>([&](ui::AssetDialog *form) {
        QApplication::setActiveWindow(form);
        typeText(form->nameEdit(), name);
        form->categoryBox()->setCurrentIndex(form->categoryBox()->findData(category));
        form->acquiredField()->clear();
        typeText(form->acquiredField(), acquired);
        typeText(form->costField(), cost);
        if (book)
            *book = form->bookLabel()->text();
        screenshot(form, "asset-form");
        QTest::keyClick(form->costField(), Qt::Key_Return);
        typed = true;
    });
    page->addItem();
    REQUIRE(typed);
}
} // namespace

TEST_CASE("the accountant enters items, hands one over, and computes the year's depreciation from the keyboard")
{
    ShownOffice shown(false);
    shown.window.resize(1024, 768);
    office::OfficeSession &session = *shown.controller.session();
    shown.window.showPage(ui::MainWindow::Assets);
    ui::AssetsPage *page = shown.window.assetsPage();
    const int year = QDate::currentDate().year();

    QString book;
    addThroughForm(page, QStringLiteral("Máy tính xách tay Dell"), QStringLiteral("may-tinh"), QStringLiteral("5/3/%1").arg(year - 1),
                   QStringLiteral("15000000"), &book);
    CHECK(book.contains(QStringLiteral("20")));
    addThroughForm(page, QStringLiteral("Ghế xoay"), QStringLiteral("ban-ghe"), QStringLiteral("2/1/%1").arg(year), QStringLiteral("1.200.000"));
    REQUIRE(page->model()->rowCount() == 2);
    // The list writes money as the office does.
    const QModelIndex cost = page->model()->index(1, assets::AssetListing::Cost);
    CHECK(page->model()->data(cost).toString() == QStringLiteral("15.000.000"));
    CHECK(page->model()->lineAt(0)->book == assets::Asset::Book::Tool);

    // A slip: a cost with a decimal comma is refused, said, and nothing is saved.
    bool warned = false;
    onNextModal<ui::AssetDialog>([&](ui::AssetDialog *form) {
        typeText(form->nameEdit(), QStringLiteral("Máy in"));
        form->categoryBox()->setCurrentIndex(form->categoryBox()->findData(QStringLiteral("may-in")));
        typeText(form->costField(), QStringLiteral("12,5"));
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            warned = true;
            box->accept();
            onNextModal<ui::AssetDialog>([](ui::AssetDialog *again) { again->reject(); });
        });
        QTest::keyClick(form->costField(), Qt::Key_Return);
    });
    page->addItem();
    CHECK(warned);
    CHECK(page->model()->rowCount() == 2);

    // The computer handed over to the meeting room under a record; the record is not printed now.
    page->table()->selectRow(1);
    bool handed = false;
    onNextModal<ui::MovementDialog>([&](ui::MovementDialog *form) {
        typeText(form->roomEdit(), QStringLiteral("Phòng họp"));
        typeText(form->keeperEdit(), QStringLiteral("Trần Văn Bình"));
        typeText(form->recordEdit(), QStringLiteral("05/BB-VP"));
        screenshot(form, "asset-handover-form");
        onNextModal<QMessageBox>([&](QMessageBox *question) {
            handed = true;
            question->button(QMessageBox::No)->click();
        });
        QTest::keyClick(form->recordEdit(), Qt::Key_Return);
    });
    page->recordMovement(assets::AssetEvent::Kind::Move);
    CHECK(handed);
    const assets::Asset *pc = page->model()->lineAt(1);
    REQUIRE(pc);
    CHECK(pc->room == QStringLiteral("Phòng họp"));
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("05/BB-VP")));
    screenshot(&shown.window, "assets-page");

    // December: the year computed from its dialog; the list then shows the book value.
    bool computed = false;
    onNextModal<ui::DepreciationDialog>([&](ui::DepreciationDialog *dialog) {
        CHECK(dialog->yearBox()->value() == year);
        dialog->preview();
        CHECK(dialog->lines()->rowCount() == 1);
        dialog->computeButton()->click();
        CHECK(dialog->totalLabel()->text().contains(QStringLiteral("3.000.000")));
        CHECK(dialog->lockButton()->isEnabled());
        screenshot(dialog, "asset-depreciation");
        computed = true;
        dialog->reject();
    });
    page->showDepreciation();
    CHECK(computed);
    REQUIRE(assets::AnnualDepreciation(session.database(), session.actor()).year(year).value());
    const assets::Asset *after = page->model()->lineAt(1);
    REQUIRE(after);
    CHECK(page->model()->data(page->model()->index(1, assets::AssetListing::BookValue)).toString() == QStringLiteral("9.000.000"));

    // The broken computer disposed of under its decision, with its record; the record not printed now.
    page->table()->selectRow(1);
    bool disposed = false;
    onNextModal<ui::MovementDialog>([&](ui::MovementDialog *form) {
        typeText(form->documentEdit(), QStringLiteral("Quyết định số 21-QĐ/ĐU"));
        typeText(form->recordEdit(), QStringLiteral("02/BB-TL"));
        typeText(form->amountField(), QStringLiteral("300000"));
        onNextModal<QMessageBox>([&](QMessageBox *question) {
            disposed = true;
            question->button(QMessageBox::No)->click();
        });
        QTest::keyClick(form->recordEdit(), Qt::Key_Return);
    });
    page->recordMovement(assets::AssetEvent::Kind::Dispose);
    CHECK(disposed);
    auto gone = assets::AssetRegister(session.database(), session.actor()).find(QStringLiteral("MT-0001"));
    REQUIRE(gone);
    CHECK(gone->status == assets::Asset::Status::Disposed);
    // Out of the list of what the register holds now; its line actions off when shown with the rest.
    CHECK(page->model()->rowCount() == 1);
}

TEST_CASE("a clerk reads the asset register but may not change it", "[layout]")
{
    ShownOffice shown(false);
    office::OfficeSession &chief = *shown.controller.session();
    assets::Asset a;
    a.name = QStringLiteral("Máy chiếu");
    a.categoryCode = QStringLiteral("may-photocopy");
    a.originalCost = 16'000'000;
    a.acquiredOn = QDate(2025, 4, 1);
    REQUIRE(assets::AssetRegister(chief.database(), chief.actor()).add(a));
    shown.window.showPage(ui::MainWindow::Assets);
    ui::AssetsPage *page = shown.window.assetsPage();
    page->reload();
    REQUIRE(page->model()->rowCount() == 1);
    for (const QSize size : {QSize(1024, 768), QSize(1366, 768)}) {
        shown.window.resize(size);
        QApplication::processEvents();
        screenshot(&shown.window, size.width() == 1024 ? "assets-1024" : "assets-1366");
        // Every line action is on the screen, not cut by the window's edge.
        for (QPushButton *b : {page->editButton(), page->handOverButton(), page->disposeButton()}) {
            const QRect inWindow(b->mapTo(&shown.window, QPoint(0, 0)), b->size());
            CHECK(shown.window.rect().contains(inWindow));
        }
    }
}

TEST_CASE("the inventory by keyboard wedge: each scanned code and Enter marks its item at once; an unknown code is flagged")
{
    ShownOffice shown(false);
    shown.window.resize(1024, 768);
    office::OfficeSession &session = *shown.controller.session();
    QStringList codes;
    for (const char *name : {"Máy tính để bàn", "Máy in", "Máy chiếu"}) {
        assets::Asset a;
        a.name = QString::fromUtf8(name);
        a.categoryCode = QStringLiteral("may-tinh");
        a.originalCost = 12'000'000;
        a.acquiredOn = QDate(2025, 5, 1);
        auto added = assets::AssetRegister(session.database(), session.actor()).add(a);
        REQUIRE(added);
        codes << added->code;
    }
    shown.window.showPage(ui::MainWindow::Assets);
    ui::AssetsPage *page = shown.window.assetsPage();
    bool ran = false;
    onNextModal<ui::InventoryDialog>([&](ui::InventoryDialog *dialog) {
        QApplication::setActiveWindow(dialog);
        typeText(dialog->committeeEdit(), QStringLiteral("Nguyễn Văn An; Trần Thị Bình"));
        dialog->startButton()->click();
        REQUIRE(dialog->lines()->rowCount() == 3);
        CHECK(dialog->scanField()->hasFocus());
        // A scanner types as a keyboard does, then Enter.
        QTest::keyClicks(dialog->scanField(), codes.at(1));
        QTest::keyClick(dialog->scanField(), Qt::Key_Return);
        CHECK(dialog->scanField()->text().isEmpty());
        CHECK(dialog->scanResult()->text().contains(codes.at(1)));
        CHECK(dialog->scanResult()->styleSheet().contains(QStringLiteral("#d4efdf"))); // green
        QTest::keyClicks(dialog->scanField(), QStringLiteral("KHONG-CO-99"));
        QTest::keyClick(dialog->scanField(), Qt::Key_Return);
        CHECK(dialog->scanResult()->text().contains(QStringLiteral("KHONG-CO-99")));
        CHECK(dialog->scanResult()->styleSheet().contains(QStringLiteral("#f5b7b1"))); // red
        CHECK(dialog->isVisible()); // Enter never closes the dialog
        QTest::keyClicks(dialog->scanField(), codes.at(0).toLower());
        QTest::keyClick(dialog->scanField(), Qt::Key_Return);
        screenshot(dialog, "asset-inventory");
        ran = true;
        dialog->reject();
    });
    page->showInventory();
    REQUIRE(ran);
    assets::AssetInventory inventory(session.database(), session.actor());
    auto open = inventory.current().value();
    REQUIRE(open);
    const auto counts = inventory.summary(open->id).value();
    CHECK(counts.found == 2);
    CHECK(counts.pending == 1);
}
