// The application shell driven as a user would, headless: the creation
// wizard, sign-in, Ctrl+L and the idle lock.
#include "TestSupport.h"
#include "GuiDriving.h"

#include "AppController.h"
#include "MainWindow.h"
#include "documents/AttachmentStore.h"
#include "documents/AttachmentViewer.h"
#include "documents/AttachmentsBox.h"
#include "documents/DocumentTypeDialog.h"
#include "documents/DocumentTypesBox.h"
#include "documents/IncomingEditor.h"
#include "documents/IncomingPage.h"
#include "documents/IncomingTableModel.h"
#include "documents/OutgoingEditor.h"
#include "documents/OutgoingPage.h"
#include "documents/OutgoingTableModel.h"
#include "documents/import/ImportFilePage.h"
#include "documents/import/ImportMappingPage.h"
#include "documents/import/ImportPreviewPage.h"
#include "documents/import/ImportWizard.h"
#include "documents/IncomingRegister.h"
#include "office/TermStore.h"
#include "lock/InactivityWatcher.h"
#include "lock/LockScreen.h"
#include "lock/UnlockDialog.h"
#include "office/OfficeSession.h"
#include "settings/AppSettings.h"
#include "setup/ChiefAccountPage.h"
#include "setup/CreateOfficeWizard.h"
#include "setup/FileLocationPage.h"
#include "office/ProfileForm.h"
#include "setup/ProfileWizardPage.h"
#include "setup/RecoveryCodePage.h"
#include "office/SecretTransferDialog.h"
#include "widgets/DateField.h"
#include "widgets/ReasonDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QBuffer>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QStatusBar>
#include <QTimer>
#include <QMessageBox>
#include <QPushButton>
#include <functional>

using namespace vanphong;
using namespace vanphong::test;

using namespace vanphong::test::gui;

TEST_CASE("the creation wizard makes the office file, typed from the keyboard")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Văn phòng.vpdb"));
    ui::CreateOfficeWizard wizard(path, cheapOptions());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    screenshot(&wizard, "wizard-1-file");
    wizard.button(QWizard::NextButton)->click();

    // Profile page: the first field has the focus; Tab walks the form.
    QApplication::setActiveWindow(&wizard);
    QWidget *first = wizard.currentPage()->findChildren<QLineEdit *>().value(0);
    REQUIRE(first);
    first->setFocus();
    typeIntoFocus(QStringLiteral("đảng bộ tỉnh đồng nai")); // typed in lower case, kept in capitals
    tab();
    typeIntoFocus(QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ")); // the organisation's name where the committee's belongs: warned
    auto *form = qobject_cast<ui::ProfileWizardPage *>(wizard.currentPage())->form();
    CHECK(form->notice().contains(QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ")));
    form->committeeEdit()->selectAll();
    typeIntoFocus(QStringLiteral("đảng ủy xã tân phú"));
    CHECK(form->notice().isEmpty());
    tab(); // the organisation is left empty: it follows from the committee
    tab();
    tab(); // the abbreviation keeps its default ĐU
    typeIntoFocus(QStringLiteral("Tân Phú"));
    // The current term is asked here: the first outgoing number needs it.
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    auto *profilePage = qobject_cast<ui::ProfileWizardPage *>(wizard.currentPage());
    REQUIRE(profilePage);
    profilePage->termNameEdit()->setFocus();
    typeIntoFocus(QStringLiteral("Khóa XV (2025-2030)"));
    tab();
    typeIntoFocus(QStringLiteral("15/10/2025"));
    screenshot(&wizard, "wizard-2-profile");
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.button(QWizard::NextButton)->click();

    auto *account = wizard.accountPage();
    REQUIRE(wizard.currentPage() == account);
    account->loginEdit()->setFocus();
    typeIntoFocus(QStringLiteral("chanhvp"));
    tab();
    typeIntoFocus(QStringLiteral("Nguyễn Thị Hoa"));
    tab();
    typeIntoFocus(QStringLiteral("mật khẩu 2026"));
    tab();
    typeIntoFocus(QStringLiteral("mật khẩu 202"));
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled()); // the two differ
    typeIntoFocus(QStringLiteral("6"));
    screenshot(&wizard, "wizard-3-account");
    REQUIRE(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.button(QWizard::CommitButton)->click();

    REQUIRE(wizard.currentPage() == wizard.recoveryPage());
    const QString code = wizard.recoveryPage()->shownCode();
    CHECK(code.size() == 29);
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled()); // not before the code is kept
    // Escape does not skip it either: it says why and stays.
    bool told = false;
    onNextModal<QMessageBox>([&told](QMessageBox *box) {
        told = true;
        box->accept();
    });
    QTest::keyClick(&wizard, Qt::Key_Escape);
    CHECK(told);
    CHECK(wizard.isVisible());
    CHECK(wizard.currentPage() == wizard.recoveryPage());
    wizard.recoveryPage()->confirmBox()->setFocus();
    QTest::keyClick(wizard.recoveryPage()->confirmBox(), Qt::Key_Space);
    screenshot(&wizard, "wizard-4-recovery");
    REQUIRE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    auto session = wizard.takeSession();
    REQUIRE(session);
    // The term typed in the wizard is the file's first term.
    auto terms = office::TermStore(session->database()).all();
    REQUIRE(terms);
    REQUIRE(terms->size() == 1);
    CHECK(terms->first().name == QStringLiteral("Khóa XV (2025-2030)"));
    CHECK(terms->first().startsOn == QDate(2025, 10, 15));
    session.reset();

    auto reopened = office::OfficeSession::open(path, QStringLiteral("chanhvp"), QStringLiteral("mật khẩu 2026").toUtf8(), cheapOptions());
    REQUIRE(reopened);
    CHECK((*reopened)->user().role == office::Role::Admin);
    CHECK((*reopened)->user().fullName == QStringLiteral("Nguyễn Thị Hoa"));
    auto profile = (*reopened)->profile();
    REQUIRE(profile);
    CHECK(profile->parentOrganisation == QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI"));
    CHECK(profile->committeeName == QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"));
    CHECK(profile->organisationName == QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ"));
    CHECK(profile->issuerAbbreviation == QStringLiteral("ĐU"));
    CHECK(profile->placeName == QStringLiteral("Tân Phú"));
    reopened.value().reset();
    CHECK(storage::Database::openWithRecoveryCode(path, code, cheapOptions()));
}

TEST_CASE("sign-in refuses a wrong password with the reason and accepts the right one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    REQUIRE(office::OfficeSession::create(path, sampleOffice(), "mat-khau-chanh", cheapOptions()));
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLastFile(path);
    settings.setLastUser(QStringLiteral("chanhvp"));
    ui::AppController controller(settings, cheapOptions());
    ui::UnlockDialog dialog(controller);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.loginEdit()->text() == QStringLiteral("chanhvp"));

    typeText(dialog.passwordEdit(), QStringLiteral("sai"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(controller.isLocked());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("không đúng")));
    screenshot(&dialog, "unlock-wrong-password");

    dialog.passwordEdit()->clear();
    typeText(dialog.passwordEdit(), QStringLiteral("mat-khau-chanh"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE_FALSE(controller.isLocked());
    CHECK(controller.session()->user().login == QStringLiteral("chanhvp"));
}

TEST_CASE("Ctrl+L and the idle timer lock the window and close the file; unlocking returns to the same page")
{
    ShownOffice shown;
    ui::AppController &controller = shown.controller;
    ui::MainWindow &window = shown.window;
    const QString path = shown.path;
    screenshot(&window, "main-start");
    window.showPage(ui::MainWindow::Profile);
    screenshot(&window, "main-profile");

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(controller.isLocked());
    CHECK(controller.session() == nullptr);
    CHECK(window.isShowingLockScreen());
    screenshot(&window, "main-locked");
    // Locked means closed: another process may now even replace the file.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    ui::LockScreen *lock = window.lockScreen();
    typeText(lock->passwordEdit(), QStringLiteral("sai"));
    QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    CHECK(controller.isLocked());
    CHECK_FALSE(lock->errorLabel()->text().isEmpty());
    typeText(lock->passwordEdit(), QStringLiteral("mat-khau-chanh"));
    QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    REQUIRE_FALSE(controller.isLocked());
    CHECK_FALSE(window.isShowingLockScreen());
    CHECK(window.currentPage() == ui::MainWindow::Profile);

    SECTION("idle lock")
    {
        window.inactivityWatcher()->setInterval(150);
        QTest::mouseMove(&window, QPoint(10, 10)); // input restarts the countdown
        CHECK_FALSE(controller.isLocked());
        REQUIRE(QTest::qWaitFor([&] { return controller.isLocked(); }, 5000));
        CHECK(window.isShowingLockScreen());
    }
}

TEST_CASE("a clerk registers incoming documents with the keyboard only, filters and opens the details")
{
    ShownOffice shown;
    ui::AppController &controller = shown.controller;
    ui::MainWindow &window = shown.window;
    const QString path = shown.path;
    window.showPage(ui::MainWindow::Incoming);

    ui::IncomingEditor editor(*controller.session(), &window);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    QApplication::setActiveWindow(&editor);
    // The sender field has the focus; Tab goes to the symbol, the date, the type, the excerpt; Enter saves.
    REQUIRE(QApplication::focusWidget() == editor.senderEdit());
    typeIntoFocus(QStringLiteral("Văn phòng Tỉnh ủy"));
    tab();
    typeIntoFocus(QStringLiteral("07-KL/TU"));
    tab();
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget *>(editor.documentDateEdit()));
    CHECK(editor.documentDateEdit()->text().isEmpty()); // the paper's own date is typed, never assumed
    typeIntoFocus(QStringLiteral("02/01/2026"));
    tab();
    tab();
    REQUIRE(QApplication::focusWidget() == editor.excerptEdit());
    typeIntoFocus(QStringLiteral("Kết luận về công tác chuẩn bị đại hội"));
    screenshot(&editor, "incoming-editor");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(editor.savedCount() == 1);
    INFO(editor.messageLabel()->text().toStdString());
    CHECK(editor.messageLabel()->text().contains(QStringLiteral("1/")));
    // Ready for the next one: the sender kept and selected, the rest empty.
    CHECK(QApplication::focusWidget() == editor.senderEdit());
    CHECK(editor.symbolEdit()->text().isEmpty());
    tab();
    typeIntoFocus(QStringLiteral("12-CV/UBND"));
    tab();
    CHECK(editor.documentDateEdit()->text().isEmpty()); // not carried from the previous paper
    typeIntoFocus(QStringLiteral("03/01/2026"));
    tab();
    tab();
    typeIntoFocus(QStringLiteral("Về việc báo cáo tình hình"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(editor.savedCount() == 2);
    // A required field left empty is said in place, and nothing is saved.
    tab();
    typeIntoFocus(QStringLiteral("13-CV/UBND"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(editor.savedCount() == 2);
    CHECK_FALSE(editor.messageLabel()->text().contains(QStringLiteral("Đã vào sổ"))); // the date is asked for first
    editor.documentDateEdit()->setText(QStringLiteral("04/01/2026"));
    editor.excerptEdit()->setFocus();
    QTest::keyClick(editor.excerptEdit(), Qt::Key_Return);
    CHECK(editor.savedCount() == 2);
    INFO(editor.messageLabel()->text().toStdString());
    CHECK(editor.messageLabel()->text().contains(QStringLiteral("trích yếu")));
    // Closing with the unsaved typing asks; the clerk lets it go.
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    editor.close();
    CHECK_FALSE(editor.isVisible());

    ui::IncomingPage *page = window.incomingPage();
    page->reload();
    REQUIRE(page->model()->rowCount() == 2);
    // The type read from the symbol filters the list.
    page->typeFilter()->setCurrentIndex(page->typeFilter()->findData(QStringLiteral("CV")));
    CHECK(page->model()->rowCount() == 1);
    page->typeFilter()->setCurrentIndex(0);
    REQUIRE(page->model()->rowCount() == 2);
    typeText(page->searchEdit(), QStringLiteral("dai hoi"));
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1; }, 3000));
    page->table()->setFocus();
    page->table()->selectRow(0);
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("07-KL/TU")));
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("Văn phòng Tỉnh ủy")));

    // A scan is attached and shown from memory.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Bản quét thử"));
    }
    const auto *selectedDoc = page->model()->documentAt(0);
    REQUIRE(selectedDoc);
    documents::AttachmentStore store(controller.session()->database(), controller.session()->user(), QStringLiteral("chanhvp"));
    REQUIRE(store.add(QStringLiteral("in"), selectedDoc->id, QStringLiteral("07-KL-TU.pdf"), pdf.data()));
    page->files()->setOwner(QStringLiteral("in"), selectedDoc->id, true);
    REQUIRE(page->files()->list()->count() == 1);
    ui::AttachmentViewer viewer(QStringLiteral("07-KL-TU.pdf"), QStringLiteral("application/pdf"), pdf.data(), &window);
    CHECK(viewer.pdfPageCount() == 1);
    screenshot(&window, "incoming-page");
}

TEST_CASE("a number is taken for an outgoing document from the keyboard, then issued after the format check")
{
    ShownOffice shown;
    ui::AppController &controller = shown.controller;
    ui::MainWindow &window = shown.window;
    const QString path = shown.path;

    ui::OutgoingEditor editor(*controller.session(), &window);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    QApplication::setActiveWindow(&editor);
    REQUIRE(QApplication::focusWidget() == editor.typeBox()); // Nghị quyết (NQ) is first
    tab();
    tab();
    REQUIRE(QApplication::focusWidget() == editor.excerptEdit());
    typeIntoFocus(QStringLiteral("Nghị quyết về công tác chuyển đổi số"));
    tab();
    tab();
    REQUIRE(QApplication::focusWidget() == editor.signerEdit());
    typeIntoFocus(QStringLiteral("Nguyễn Văn Bình"));
    // No term yet: it is offered at once, and what was typed stays.
    bool offered = false;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        offered = true;
        CHECK(box->text().contains(QStringLiteral("nhiệm kỳ")));
        CHECK(box->defaultButton() == box->button(QMessageBox::Yes));
        onNextModal<QDialog>([&](QDialog *termDialog) {
            const auto edits = termDialog->findChildren<QLineEdit *>();
            REQUIRE(edits.size() >= 2);
            edits.at(0)->setText(QStringLiteral("Khóa XV"));
            edits.at(1)->setText(QStringLiteral("15/10/2025"));
            termDialog->accept();
        });
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(offered);
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(office::TermStore(controller.session()->database()).all()->size() == 1);

    ui::OutgoingPage *page = window.outgoingPage();
    window.showPage(ui::MainWindow::Outgoing);
    page->reload();
    REQUIRE(page->model()->rowCount() == 1);
    page->table()->selectRow(0);
    const QString detail = page->detail()->toPlainText();
    CHECK(detail.contains(QStringLiteral("01-NQ/ĐU")));
    CHECK(detail.contains(QStringLiteral("nơi nhận"))); // the format check names what is missing
    screenshot(&window, "outgoing-page");
}

TEST_CASE("the register's filters: sender and assignee typed without marks, and the secrecy and urgency marks")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    const auto add = [&](const QString &sender, const QString &excerpt, documents::Confidentiality c, documents::Urgency u) {
        documents::IncomingDocument d;
        d.receivedAt = QDateTime::currentDateTime();
        d.sender = sender;
        d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-CV/TU").arg(excerpt.size()));
        d.excerpt = excerpt;
        d.confidentiality = c;
        d.urgency = u;
        auto added = reg.add(d);
        REQUIRE(added);
        return added->id;
    };
    const qint64 first = add(QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("Kết luận"), documents::Confidentiality::Normal,
                             documents::Urgency::None);
    add(QStringLiteral("Ban Tổ chức Tỉnh ủy"), QStringLiteral("Hướng dẫn mật"), documents::Confidentiality::Confidential, documents::Urgency::None);
    add(QStringLiteral("Ủy ban nhân dân xã"), QStringLiteral("Công văn hỏa tốc"), documents::Confidentiality::Normal, documents::Urgency::Immediate);
    const auto assigned = reg.assign(first, QStringLiteral("Đồng chí Phó Chánh Văn phòng"), QString(), QDate());
    INFO((assigned ? QString() : assigned.error().message).toStdString());
    REQUIRE(assigned);

    shown.window.showPage(ui::MainWindow::Incoming);
    ui::IncomingPage *page = shown.window.incomingPage();
    page->reload();
    REQUIRE(page->model()->rowCount() == 3);
    typeText(page->senderFilter(), QStringLiteral("tinh uy"));
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 2; }, 3000));
    page->senderFilter()->clear();
    typeText(page->assigneeFilter(), QStringLiteral("pho chanh"));
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1; }, 3000));
    CHECK(page->model()->documentAt(0)->id == first);
    page->assigneeFilter()->clear();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 3; }, 3000));
    page->markFilter()->setCurrentIndex(page->markFilter()->findData(QStringLiteral("secret")));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->documentAt(0)->sender == QStringLiteral("Ban Tổ chức Tỉnh ủy"));
    page->markFilter()->setCurrentIndex(page->markFilter()->findData(QStringLiteral("urgent")));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->documentAt(0)->sender == QStringLiteral("Ủy ban nhân dân xã"));
    screenshot(&shown.window, "incoming-filters");
}

TEST_CASE("last year's spreadsheet is imported through the wizard: mapping, preview with row errors, then all rows")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    const QString bad = shown.dir.filePath(QStringLiteral("so-den-2025-loi.csv"));
    const QString good = shown.dir.filePath(QStringLiteral("so-den-2025.csv"));
    const QByteArray header = QStringLiteral("STT đến;Ngày nhận;Nơi gửi;Ký hiệu;Trích yếu nội dung\r\n").toUtf8();
    writeAll(bad, header + QStringLiteral("1;02/01/2025;Văn phòng Tỉnh ủy;01-KH/TU;Kế hoạch năm\r\n"
                                          "2;32/01/2025;Ban Tổ chức;02-HD/BTCTU;Hướng dẫn\r\n").toUtf8());
    writeAll(good, header + QStringLiteral("1;02/01/2025;Văn phòng Tỉnh ủy;01-KH/TU;Kế hoạch năm\r\n"
                                           "2;3/1/25;Ban Tổ chức;02-HD/BTCTU;Hướng dẫn\r\n").toUtf8());

    ui::ImportWizard wizard(session, documents::RegisterImport::Register::Incoming, &shown.window);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *filePage = qobject_cast<ui::ImportFilePage *>(wizard.page(ui::ImportWizard::FilePage));
    REQUIRE(filePage);
    // A file that does not exist: said on the page, the wizard stays.
    typeText(filePage->pathEdit(), shown.dir.filePath(QStringLiteral("khong-co.csv")));
    wizard.button(QWizard::NextButton)->click();
    CHECK(wizard.currentId() == ui::ImportWizard::FilePage);
    filePage->pathEdit()->clear();
    typeText(filePage->pathEdit(), bad);
    wizard.button(QWizard::NextButton)->click();
    REQUIRE(wizard.currentId() == ui::ImportWizard::MappingPage);
    auto *mappingPage = qobject_cast<ui::ImportMappingPage *>(wizard.currentPage());
    CHECK(mappingPage->boxFor(QStringLiteral("received"))->currentText() == QStringLiteral("Ngày nhận"));
    CHECK(mappingPage->boxFor(QStringLiteral("sender"))->currentText() == QStringLiteral("Nơi gửi"));
    screenshot(&wizard, "import-mapping");
    wizard.button(QWizard::NextButton)->click();
    REQUIRE(wizard.currentId() == ui::ImportWizard::PreviewPage);
    auto *preview = qobject_cast<ui::ImportPreviewPage *>(wizard.currentPage());
    REQUIRE(preview->table()->rowCount() == 2);
    const int problems = 1; // the column beside the line number
    CHECK(preview->table()->item(0, problems)->text().isEmpty());
    CHECK(preview->table()->item(1, problems)->text().contains(QStringLiteral("32/01/2025")));
    CHECK(preview->table()->item(1, 0)->text() == QStringLiteral("3")); // the line in the file
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    screenshot(&wizard, "import-preview-errors");

    // The corrected file: back to the first step, then through to the import.
    wizard.back();
    wizard.back();
    filePage->pathEdit()->clear();
    typeText(filePage->pathEdit(), good);
    wizard.button(QWizard::NextButton)->click();
    wizard.button(QWizard::NextButton)->click();
    REQUIRE(wizard.currentId() == ui::ImportWizard::PreviewPage);
    REQUIRE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.imported() == 2);
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    auto second = reg.getByNumber(2025, 2);
    REQUIRE(second);
    CHECK(second->receivedAt.date() == QDate(2025, 1, 3));
}

TEST_CASE("a document type's abbreviation is set on the profile page, in a dialog typed from the keyboard")
{
    ShownOffice shown;
    shown.window.showPage(ui::MainWindow::Profile);
    auto *box = shown.window.findChild<ui::DocumentTypesBox *>();
    REQUIRE(box);
    box->reload();
    int row = -1;
    for (int r = 0; r < box->table()->rowCount(); ++r)
        if (box->table()->item(r, 0)->text() == QStringLiteral("GGT")) // "Giấy mời" has "GM" from schema 18 on
            row = r;
    REQUIRE(row >= 0);
    CHECK(box->table()->item(row, 2)->text() == QStringLiteral("(chưa đặt)"));
    box->table()->selectRow(row);
    bool typed = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::DocumentTypeDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->codeEdit()->isReadOnly());
        dialog->abbreviationEdit()->setFocus();
        typeText(dialog->abbreviationEdit(), QStringLiteral("GGT"));
        screenshot(dialog, "document-type-dialog");
        QTest::keyClick(dialog->abbreviationEdit(), Qt::Key_Return);
        typed = true;
    });
    box->edit(false);
    CHECK(typed);
    CHECK(box->table()->item(row, 2)->text() == QStringLiteral("GGT"));
    CHECK(box->table()->currentRow() == row);
    screenshot(&shown.window, "profile-types");
}

#include "meetings/DecisionBook.h"
#include "meetings/MeetingStore.h"
#include "start/StartPage.h"

TEST_CASE("the start page shows the coming meetings and their late preparation steps")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    meetings::Meeting m;
    m.kind = meetings::MeetingKind::Committee;
    m.startsAt = QDateTime(QDate::currentDate().addDays(3), QTime(8, 0));
    m.place = QStringLiteral("Hội trường Đảng ủy");
    auto added = meetings::MeetingStore(session.database(), session.actor()).add(m);
    REQUIRE(added);
    shown.window.showPage(ui::MainWindow::Start);
    shown.window.startPage()->reload();
    const QString text = shown.window.startPage()->attentionText();
    CHECK(text.contains(QStringLiteral("Hội nghị Ban Chấp hành Đảng bộ")));
    CHECK(text.contains(QStringLiteral("Hội trường Đảng ủy")));
    // Documents are due 5 days before a committee meeting: three days ahead, that step is late.
    CHECK(text.contains(QStringLiteral("Gửi giấy mời và tài liệu")));
    // A decision's follow-up stays on the page until done.
    meetings::DecisionBook book(session.database(), session.user(), session.actor());
    auto task = book.addTask({0, added->id, 0, QStringLiteral("Xây dựng kế hoạch thực hiện Nghị quyết"), QStringLiteral("Ban Tuyên giáo"),
                              QDate::currentDate().addDays(10), false, {}});
    REQUIRE(task);
    shown.window.startPage()->reload();
    CHECK(shown.window.startPage()->attentionText().contains(QStringLiteral("Xây dựng kế hoạch thực hiện Nghị quyết")));
    screenshot(&shown.window, "start-meetings");
    REQUIRE(book.complete(task->id));
    shown.window.startPage()->reload();
    CHECK_FALSE(shown.window.startPage()->attentionText().contains(QStringLiteral("Xây dựng kế hoạch thực hiện Nghị quyết")));
}

#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/MinutesBook.h"
#include "meetings/AttendanceTab.h"
#include "meetings/MeetingsPage.h"
#include "meetings/MinutesTab.h"

#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>

namespace {
// The term and its standing committee: where the meeting tests start.
void addStandingCommittee(office::OfficeSession &session, const QStringList &names)
{
    auto term = office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
    REQUIRE(term);
    for (const QString &name : names) {
        meetings::CommitteeMember m;
        m.termId = term->id;
        m.fullName = name;
        m.standing = true;
        REQUIRE(meetings::CommitteeMembers(session.database(), QStringLiteral("chanhvp")).add(m));
    }
}
} // namespace

TEST_CASE("at the meeting: attendance and one agenda item's minutes recorded with the keyboard, saved as typed")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    addStandingCommittee(session, {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")});
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate::currentDate(), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    auto meeting = meetings::MeetingStore(session.database(), session.actor())
                       .add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số"), QStringLiteral("Ban Tuyên giáo"), {}, 60, {}}});
    REQUIRE(meeting);

    shown.window.showPage(ui::MainWindow::Meetings);
    ui::MeetingsPage *page = shown.window.meetingsPage();
    page->reload();
    page->select(meeting->id);
    QApplication::setActiveWindow(&shown.window);

    // Attendance: Down on a presence box moves "not yet known" to "present".
    page->showTabOf(page->attendance());
    ui::AttendanceTab *attendance = page->attendance();
    REQUIRE(attendance->table()->rowCount() == 3);
    for (int r = 0; r < 2; ++r) {
        attendance->presenceBox(r)->setFocus();
        QTest::keyClick(attendance->presenceBox(r), Qt::Key_Down);
    }
    CHECK(attendance->quorumLabel()->text().contains(QStringLiteral("2")));
    // Absent: asked for the reason, written once it is typed.
    attendance->presenceBox(2)->setFocus();
    QTest::keyClick(attendance->presenceBox(2), Qt::Key_Down);
    QTest::keyClick(attendance->presenceBox(2), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == attendance->reasonEdit(2));
    typeText(attendance->reasonEdit(2), QStringLiteral("Đi công tác"));
    QTest::keyClick(attendance->reasonEdit(2), Qt::Key_Return);
    auto quorum = meetings::AttendanceBook(session.database(), QStringLiteral("chanhvp")).quorum(meeting->id);
    REQUIRE(quorum);
    CHECK(quorum->present == 2);
    CHECK(quorum->canMeet); // 2 of 3
    auto people = meetings::AttendanceBook(session.database(), QStringLiteral("chanhvp")).attendees(meeting->id);
    CHECK(people->at(2).presence == meetings::Attendee::Presence::Absent);
    CHECK(people->at(2).reason == QStringLiteral("Đi công tác"));
    screenshot(&shown.window, "meeting-attendance");

    // Minutes: speaker, Tab, what was said, Ctrl+Enter for the next speaker.
    page->showTabOf(page->minutes());
    ui::MinutesTab *minutes = page->minutes();
    REQUIRE(minutes->agendaList()->count() == 1);
    minutes->speakerEdit()->setFocus();
    typeText(minutes->speakerEdit(), QStringLiteral("Trần Thị Bình"));
    QTest::keyClick(minutes->speakerEdit(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == minutes->textEdit());
    typeText(minutes->textEdit(), QStringLiteral("Đề nghị bổ sung chỉ tiêu ký số"));
    // Saved a moment after typing stops, before any Ctrl+Enter.
    REQUIRE(QTest::qWaitFor([&] {
        auto e = meetings::MinutesBook(session.database(), QStringLiteral("x")).entries(meeting->id);
        return e && e->size() == 1 && e->first().text == QStringLiteral("Đề nghị bổ sung chỉ tiêu ký số");
    }, 3000));
    QTest::keyClick(minutes->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == minutes->speakerEdit());
    CHECK(minutes->entryList()->count() == 1);
    // A vote, then the chair's conclusion.
    minutes->kindBox()->setCurrentIndex(minutes->kindBox()->findData(int(meetings::MinutesEntry::Kind::Vote)));
    minutes->textEdit()->setFocus();
    typeText(minutes->textEdit(), QStringLiteral("Thông qua Đề án"));
    minutes->votesFor()->setValue(2);
    minutes->conclusionEdit()->setFocus();
    typeText(minutes->conclusionEdit(), QStringLiteral("Thống nhất thông qua."));
    minutes->flush();
    auto entries = meetings::MinutesBook(session.database(), QStringLiteral("x")).entries(meeting->id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(1).kind == meetings::MinutesEntry::Kind::Vote);
    CHECK(entries->at(1).votesFor == 2);
    CHECK(meetings::MeetingStore(session.database(), QStringLiteral("x")).agenda(meeting->id)->first().conclusion
          == QStringLiteral("Thống nhất thông qua."));
    // A vote corrected afterwards: the list shows the new count at once.
    minutes->textEdit()->setFocus();
    QTest::keyClick(minutes->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(minutes->entryList()->count() == 2);
    minutes->entryList()->setCurrentRow(1);
    const QString before = minutes->entryList()->item(1)->text();
    minutes->votesFor()->setValue(1);
    minutes->flush();
    CHECK(meetings::MinutesBook(session.database(), QStringLiteral("x")).entries(meeting->id)->at(1).votesFor == 1);
    CHECK(minutes->entryList()->item(1)->text() != before);
    screenshot(&shown.window, "meeting-minutes");
}

#include "meetings/DecisionsTab.h"
#include "meetings/PackageExportDialog.h"
#include "meetings/PackageImportDialog.h"
#include "meetings/PaperNumbersBar.h"
#include "meetings/PapersTab.h"
#include "meetings/package/MeetingPackage.h"
#include "widgets/DateField.h"

#include <QMessageBox>
#include <QPushButton>


TEST_CASE("a meeting taken to a laptop and brought back: the conflict is shown and settled by the user; "
          "then papers recalled and decisions numbered from the meeting's tabs")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    addStandingCommittee(session, {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")});
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate::currentDate().addDays(2), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    auto meeting = meetings::MeetingStore(session.database(), session.actor())
                       .add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số"), QStringLiteral("Ban Tuyên giáo"), {}, 60, {}}});
    REQUIRE(meeting);
    shown.window.showPage(ui::MainWindow::Meetings);
    ui::MeetingsPage *page = shown.window.meetingsPage();
    page->reload();
    page->select(meeting->id);

    // Out: the package's password typed twice in the dialog.
    const QString package = shown.dir.filePath(QStringLiteral("hop.vphop"));
    bool informed = false;
    onNextModal<ui::PackageExportDialog>([&](ui::PackageExportDialog *dialog) {
        dialog->pathEdit()->setText(package);
        typeText(dialog->passwordEdit(), QStringLiteral("mang-di-hop"));
        typeText(dialog->repeatEdit(), QStringLiteral("mang-di-hop"));
        screenshot(dialog, "package-export");
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            informed = box->text().contains(QStringLiteral("chanhvp"));
            box->accept();
        });
        QTest::keyClick(dialog->repeatEdit(), Qt::Key_Return);
    });
    page->exportPackage();
    CHECK(informed);
    REQUIRE(QFile::exists(package));

    // On the laptop: all present, the place changed. At the office: the place changed too.
    {
        auto laptop = office::OfficeSession::open(package, QStringLiteral("chanhvp"), "mang-di-hop", cheapOptions());
        REQUIRE(laptop);
        storage::Database &db = (*laptop)->database();
        {
            // The laptop's window says it holds a package.
            ui::AppSettings laptopSettings{shown.dir.filePath(QStringLiteral("laptop.ini"))};
            ui::AppController laptopController{laptopSettings, cheapOptions()};
            auto second = office::OfficeSession::open(package, QStringLiteral("chanhvp"), "mang-di-hop", cheapOptions());
            REQUIRE(second);
            laptopController.adopt(std::move(second.value()));
            ui::MainWindow laptopWindow{laptopController};
            laptopWindow.show();
            bool said = false;
            for (const QLabel *label : laptopWindow.statusBar()->findChildren<QLabel *>())
                said = said || label->text().contains(QStringLiteral("Gói hội nghị"));
            CHECK(said);
        }
        meetings::AttendanceBook book(db, QStringLiteral("chanhvp"));
        const auto people = book.attendees(meeting->id);
        REQUIRE(people);
        for (const auto &a : people.value())
            REQUIRE(book.mark(a.id, meetings::Attendee::Presence::Present));
        meetings::Meeting there = *meetings::MeetingStore(db, QStringLiteral("chanhvp")).get(meeting->id);
        there.place = QStringLiteral("Phòng họp số 2");
        REQUIRE(meetings::MeetingStore(db, QStringLiteral("chanhvp")).update(there));
    }
    meetings::Meeting here = *meetings::MeetingStore(session.database(), session.actor()).get(meeting->id);
    here.place = QStringLiteral("Hội trường UBND xã");
    REQUIRE(meetings::MeetingStore(session.database(), session.actor()).update(here));

    bool writeWaited = false;
    onNextModal<ui::PackageImportDialog>([&](ui::PackageImportDialog *dialog) {
        CHECK(dialog->table()->rowCount() == 4); // three presences, one place
        writeWaited = !dialog->writeButton()->isEnabled();
        screenshot(dialog, "package-import-conflict");
        dialog->chooseAll(meetings::PackageChange::Choice::KeepOffice);
        CHECK(dialog->writeButton()->isEnabled());
        onNextModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
        dialog->writeButton()->click();
    });
    REQUIRE(page->importPackageFrom(package, "mang-di-hop"));
    CHECK(writeWaited);
    CHECK(meetings::MeetingStore(session.database(), session.actor()).get(meeting->id)->place == QStringLiteral("Hội trường UBND xã"));
    CHECK(page->attendance()->quorumLabel()->text().contains(QStringLiteral("3")));

    // Papers: a Tối mật paper handed to all is on the recall list until returned.
    page->showTabOf(page->papers());
    ui::PapersTab *papers = page->papers();
    papers->titleEdit()->setFocus();
    typeText(papers->titleEdit(), QStringLiteral("Đề án nhân sự"));
    papers->secrecyBox()->setCurrentIndex(papers->secrecyBox()->findData(int(documents::Confidentiality::Secret)));
    papers->sentBox()->setChecked(true);
    papers->sentField()->setDate(QDate::currentDate().addDays(-1));
    QTest::keyClick(papers->titleEdit(), Qt::Key_Return);
    REQUIRE(papers->papers()->rowCount() == 1);
    CHECK(papers->papers()->item(0, 3)->text() == QDate::currentDate().addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));
    // One copy to one person first, then to everyone.
    papers->papers()->selectRow(0);
    papers->holderBox()->setCurrentIndex(1);
    papers->handOut();
    CHECK(papers->recallList()->rowCount() == 1);
    papers->holderBox()->setCurrentIndex(0);
    CHECK(papers->papers()->item(0, 2)->text() == QStringLiteral("có"));
    // Its draft attached, kept in the file, opened from memory.
    {
        QFile draft(shown.dir.filePath(QStringLiteral("du-thao.pdf")));
        REQUIRE(draft.open(QIODevice::WriteOnly));
        QPdfWriter writer(&draft);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Dự thảo"));
    }
    papers->papers()->selectRow(0);
    papers->attachFile(shown.dir.filePath(QStringLiteral("du-thao.pdf")));
    REQUIRE(papers->fileList()->count() == 1);
    papers->fileList()->setCurrentRow(0);
    int pages = 0;
    onNextModal<ui::AttachmentViewer>([&](ui::AttachmentViewer *viewer) {
        pages = viewer->pdfPageCount();
        viewer->reject();
    });
    papers->openFile();
    CHECK(pages == 1);
    papers->handOut();
    REQUIRE(papers->recallList()->rowCount() == 3);
    papers->recallList()->selectRow(0);
    papers->markReturned();
    CHECK(papers->recallList()->rowCount() == 2);
    // The invitation takes its number when issued; a draft of the minutes does not, and says why.
    CHECK(papers->numbers()->summary()->text().contains(QStringLiteral("Giấy mời: chưa có số")));
    papers->numbers()->take(false);
    CHECK(papers->numbers()->summary()->text().contains(QStringLiteral("Giấy mời: số 01-GM/ĐU")));
    CHECK_FALSE(papers->numbers()->invitationButton()->isEnabled());
    papers->numbers()->take(true);
    CHECK(papers->numbers()->minutesButton()->isEnabled());
    CHECK(papers->numbers()->summary()->text().contains(QStringLiteral("Biên bản: chưa có số")));
    CHECK(papers->numbers()->summary()->text().contains(QStringLiteral(" · ")));
    screenshot(&shown.window, "meeting-papers");
    {
        // The bar on the smallest screen the office has.
        const QSize was = shown.window.size();
        shown.window.resize(1024, 768);
        screenshot(&shown.window, "meeting-papers-1024");
        shown.window.resize(was);
    }

    // Decisions: the number reserved in the outgoing register; a follow-up task.
    page->showTabOf(page->decisions());
    ui::DecisionsTab *decisions = page->decisions();
    decisions->excerptEdit()->setFocus();
    typeText(decisions->excerptEdit(), QStringLiteral("về chuyển đổi số năm 2026"));
    QTest::keyClick(decisions->excerptEdit(), Qt::Key_Return);
    REQUIRE(decisions->decisions()->rowCount() == 1);
    CHECK(decisions->decisions()->item(0, 0)->text() == QStringLiteral("01-NQ/ĐU"));
    decisions->taskEdit()->setFocus();
    typeText(decisions->taskEdit(), QStringLiteral("Xây dựng kế hoạch thực hiện"));
    typeText(decisions->ownerEdit(), QStringLiteral("Văn phòng"));
    QTest::keyClick(decisions->taskEdit(), Qt::Key_Return);
    REQUIRE(decisions->tasks()->rowCount() == 1);
    screenshot(&shown.window, "meeting-decisions");
    decisions->tasks()->selectRow(0);
    decisions->completeTask();
    CHECK(decisions->tasks()->rowCount() == 0);
}

#include "meetings/MeetingDialog.h"

TEST_CASE("a meeting edited after it was made: moved with its open steps, chair and recorder set, an item added; "
          "a guest added waits for the standing members' approval")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    addStandingCommittee(session, {QStringLiteral("Nguyễn Văn An")});
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 12, 16), QTime(8, 0)); // a Wednesday
    auto meeting = meetings::MeetingStore(session.database(), session.actor())
                       .add(draft, {{0, 0, QStringLiteral("Báo cáo tháng 12"), {}, {}, 0, {}}});
    REQUIRE(meeting);
    shown.window.showPage(ui::MainWindow::Meetings);
    ui::MeetingsPage *page = shown.window.meetingsPage();
    page->reload();
    page->select(meeting->id);

    onNextModal<ui::MeetingDialog>([](ui::MeetingDialog *dialog) {
        CHECK_FALSE(dialog->kindBox()->isEnabled());
        dialog->startsEdit()->setDateTime(QDateTime(QDate(2026, 12, 18), QTime(14, 0)));
        dialog->chairEdit()->setFocus();
        typeText(dialog->chairEdit(), QStringLiteral("Nguyễn Văn An"));
        typeText(dialog->secretaryEdit(), QStringLiteral("Trần Thị Bình"));
        dialog->agendaEdit()->setPlainText(QStringLiteral("Công tác chuẩn bị Tết"));
        QTest::keyClick(dialog->chairEdit(), Qt::Key_Return);
    });
    page->editMeeting();
    meetings::MeetingStore store(session.database(), session.actor());
    const meetings::Meeting edited = *store.get(meeting->id);
    CHECK(edited.startsAt == QDateTime(QDate(2026, 12, 18), QTime(14, 0)));
    CHECK(edited.chair == QStringLiteral("Nguyễn Văn An"));
    CHECK(edited.secretary == QStringLiteral("Trần Thị Bình"));
    CHECK(store.agenda(meeting->id)->size() == 2);
    // Documents 3 days before: from Sunday 13/12 (Friday 11/12) to Tuesday 15/12.
    const auto steps = store.checklist(meeting->id);
    REQUIRE(steps);
    for (const auto &item : steps.value())
        if (item.title.startsWith(QStringLiteral("Gửi giấy mời")))
            CHECK(item.dueOn == QDate(2026, 12, 15));

    page->showTabOf(page->attendance());
    ui::AttendanceTab *attendance = page->attendance();
    attendance->guestNameEdit()->setFocus();
    typeText(attendance->guestNameEdit(), QStringLiteral("Vũ Văn Hải"));
    typeText(attendance->guestPositionEdit(), QStringLiteral("Trưởng Công an xã"));
    QTest::keyClick(attendance->guestPositionEdit(), Qt::Key_Return);
    REQUIRE(attendance->table()->rowCount() == 2);
    CHECK(attendance->approvalLabel()->text().contains(QStringLiteral("chưa được Thường trực duyệt")));
    attendance->approveGuests(QStringLiteral("Nguyễn Văn An"));
    CHECK(attendance->approvalLabel()->text().contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(store.get(meeting->id)->guestsApprovedBy == QStringLiteral("Nguyễn Văn An"));
    screenshot(&shown.window, "meeting-guests");
}

#include "meetings/InvitationDate.h"

#include <QDateEdit>

TEST_CASE("the invitations' date is set in the meeting dialog, next after the start, warned when on or after the meeting's day")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    addStandingCommittee(session, {QStringLiteral("Nguyễn Văn An")});
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 12, 16), QTime(8, 0));
    auto meeting = meetings::MeetingStore(session.database(), session.actor()).add(draft, {});
    REQUIRE(meeting);
    shown.window.showPage(ui::MainWindow::Meetings);
    ui::MeetingsPage *page = shown.window.meetingsPage();
    page->reload();
    page->select(meeting->id);

    onNextModal<ui::MeetingDialog>([](ui::MeetingDialog *dialog) {
        // Tab goes from the start to the invitations' date (past the start's own sections).
        QWidget *next = dialog->startsEdit()->nextInFocusChain();
        while (next && (dialog->startsEdit()->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        CHECK(next == dialog->invitationDateEdit());
        CHECK(dialog->invitationDateEdit()->isVisible());
        CHECK_FALSE(dialog->invitationNote()->text().isEmpty()); // not set yet: the day first printed
        dialog->invitationDateEdit()->setDate(QDate(2026, 12, 16));
        CHECK(dialog->invitationNote()->text().contains(QStringLiteral("16/12/2026"))); // on the meeting's day: warned
        dialog->invitationDateEdit()->setDate(QDate(2026, 12, 9));
        CHECK(dialog->invitationNote()->text().isEmpty());
        dialog->invitationDateEdit()->setFocus();
        QTest::keyClick(dialog->invitationDateEdit(), Qt::Key_Return);
    });
    page->editMeeting();
    auto kept = meetings::InvitationDate(session.database()).issuedOn(meeting->id);
    REQUIRE(kept);
    REQUIRE(kept->has_value());
    CHECK(kept->value() == QDate(2026, 12, 9));
}

#include "meetings/ChecklistTemplates.h"
#include "meetings/ChecklistTemplatesDialog.h"

#include <QSpinBox>

TEST_CASE("the checklist templates are edited in place, a step added and one removed")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    ui::ChecklistTemplatesDialog dialog(session, &shown.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(meetings::MeetingKind::StandingMembers)));
    REQUIRE(dialog.table()->rowCount() == 4);
    dialog.table()->item(0, 1)->setText(QStringLiteral("Chuẩn bị nội dung họp"));
    dialog.daysBox()->setValue(2);
    dialog.titleEdit()->setFocus();
    typeText(dialog.titleEdit(), QStringLiteral("Lưu hồ sơ"));
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Return);
    REQUIRE(dialog.table()->rowCount() == 5);
    dialog.table()->selectRow(1);
    dialog.removeStep();
    screenshot(&dialog, "checklist-templates");
    auto steps = meetings::ChecklistTemplates(session.database(), session.actor()).list(meetings::MeetingKind::StandingMembers);
    REQUIRE(steps);
    REQUIRE(steps->size() == 4);
    CHECK(steps->first().title == QStringLiteral("Chuẩn bị nội dung họp"));
    CHECK(steps->last().title == QStringLiteral("Lưu hồ sơ"));
    CHECK(steps->last().offsetDays == 2);
}

#include "meetings/AgendaTab.h"

TEST_CASE("the agenda is edited in place: presenter, draft documents and planned minutes; an item added from the keyboard")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 12, 16), QTime(8, 0));
    auto meeting = meetings::MeetingStore(session.database(), session.actor()).add(draft, {{0, 0, QStringLiteral("Báo cáo tháng 12"), {}, {}, 0, {}}});
    REQUIRE(meeting);
    shown.window.showPage(ui::MainWindow::Meetings);
    ui::MeetingsPage *page = shown.window.meetingsPage();
    page->reload();
    page->select(meeting->id);
    page->showTabOf(page->agenda());
    ui::AgendaTab *agenda = page->agenda();
    REQUIRE(agenda->table()->rowCount() == 1);
    agenda->table()->item(0, 2)->setText(QStringLiteral("Văn phòng"));
    agenda->table()->item(0, 3)->setText(QStringLiteral("Báo cáo số 15; Phụ lục số liệu"));
    agenda->table()->item(0, 4)->setData(Qt::EditRole, 30);
    agenda->titleEdit()->setFocus();
    typeText(agenda->titleEdit(), QStringLiteral("Đề án chuyển đổi số"));
    QTest::keyClick(agenda->titleEdit(), Qt::Key_Return);
    REQUIRE(agenda->table()->rowCount() == 2);
    agenda->table()->item(0, 1)->setText(QStringLiteral(" ")); // refused: the stored title comes back
    CHECK(agenda->table()->item(0, 1)->text() == QStringLiteral("Báo cáo tháng 12"));
    screenshot(&shown.window, "meeting-agenda");
    auto items = meetings::MeetingStore(session.database(), session.actor()).agenda(meeting->id);
    REQUIRE(items);
    REQUIRE(items->size() == 2);
    CHECK(items->first().presenter == QStringLiteral("Văn phòng"));
    CHECK(items->first().documents == QStringList{QStringLiteral("Báo cáo số 15"), QStringLiteral("Phụ lục số liệu")});
    CHECK(items->first().plannedMinutes == 30);
    CHECK(items->last().title == QStringLiteral("Đề án chuyển đổi số"));
    // The minutes tab lists the new item once it is shown.
    page->showTabOf(page->minutes());
    CHECK(page->minutes()->agendaList()->count() == 2);
}

#include "meetings/MembersDialog.h"

TEST_CASE("the committee's members of the term are typed in, one leaves, and the next meeting invites those who remain")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    ui::MembersDialog dialog(session, &shown.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.termBox()->count() == 1);
    const QStringList names = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")};
    for (const QString &name : names) {
        dialog.nameEdit()->setFocus();
        typeText(dialog.nameEdit(), name);
        typeText(dialog.positionEdit(), QStringLiteral("Ủy viên Ban Thường vụ"));
        dialog.standingBox()->setChecked(true);
        QTest::keyClick(dialog.positionEdit(), Qt::Key_Return);
    }
    REQUIRE(dialog.table()->rowCount() == 3);
    dialog.table()->selectRow(2);
    dialog.markLeft();
    CHECK(!dialog.table()->item(2, 4)->text().isEmpty());
    screenshot(&dialog, "committee-members");

    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate::currentDate().addDays(3), QTime(8, 0));
    auto meeting = meetings::MeetingStore(session.database(), session.actor()).add(draft);
    REQUIRE(meeting);
    auto invited = meetings::AttendanceBook(session.database(), session.actor()).attendees(meeting->id);
    REQUIRE(invited);
    REQUIRE(invited->size() == 2);
    CHECK(invited->at(0).fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(invited->at(1).fullName == QStringLiteral("Trần Thị Bình"));
}

#include "office/AccessControl.h"
#include "widgets/PermissionGate.h"

#include <QAction>

TEST_CASE("every role sees the actions it may take, and only those")
{
    for (const office::Role role : {office::Role::Admin, office::Role::Clerk, office::Role::Leader, office::Role::Accountant,
                                    office::Role::Viewer}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.vpdb"));
        auto created = office::OfficeSession::create(path, sampleOffice(), "mat-khau-chanh", cheapOptions());
        REQUIRE(created);
        std::unique_ptr<office::OfficeSession> session = role == office::Role::Admin
            ? std::move(created->session)
            : addSignedInUser(*created->session, QStringLiteral("nguoidung"), role, office::Clearance::Normal, "mat-khau-nguoi-dung");
        created->session.reset();
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::AppController controller(settings, cheapOptions());
        controller.adopt(std::move(session));
        ui::MainWindow window(controller);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        int gated = 0;
        for (QObject *control : window.findChildren<QObject *>()) {
            const auto needed = ui::PermissionGate::requirement(control);
            if (!needed)
                continue;
            ++gated;
            const bool shown = qobject_cast<QWidget *>(control) ? !static_cast<QWidget *>(control)->isHidden()
                                                                : static_cast<QAction *>(control)->isVisible();
            INFO(office::Roles::code(role).toStdString() << ": " << control->objectName().toStdString() << " "
                                                         << (qobject_cast<QAbstractButton *>(control)
                                                                 ? static_cast<QAbstractButton *>(control)->text().toStdString()
                                                                 : qobject_cast<QAction *>(control) ? static_cast<QAction *>(control)->text().toStdString()
                                                                                                     : std::string()));
            CHECK(shown == office::AccessControl::allows(role, *needed));
        }
        // The registers, meetings, their tabs, the scans box and the File menu are all gated.
        CHECK(gated >= 30);
        if (role == office::Role::Viewer) {
            window.showPage(ui::MainWindow::Incoming);
            screenshot(&window, "roles-viewer-incoming");
            window.showPage(ui::MainWindow::Meetings);
            screenshot(&window, "roles-viewer-meetings");
        }
    }
}

#include "office/SecretFile.h"
#include "office/SecretFileBanner.h"

TEST_CASE("the secret file says so in the title, and warns in red while the computer is on a network")
{
    ShownOffice office; // sampleOffice(): the secret file
    auto *banner = office.window.findChild<ui::SecretFileBanner *>();
    REQUIRE(banner);
    CHECK(office.window.windowTitle().contains(QStringLiteral("MẬT"), Qt::CaseInsensitive));
    const QStringList up = office::SecretFile::connectedInterfaces();
    CHECK(banner->isVisible() == !up.isEmpty());
    if (!up.isEmpty()) {
        CHECK(banner->text()->text().contains(up.first()));
        CHECK(banner->confirmButton()->isVisible()); // the office chief may confirm
        screenshot(&office.window, "secret-file-banner");
    }
}

TEST_CASE("on the ordinary file, the incoming form keeps no excerpt for a secret document")
{
    QTemporaryDir dir;
    auto ordinary = sampleOffice();
    ordinary.forSecrets = false;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), ordinary, "mat-khau-chanh", cheapOptions());
    REQUIRE(created);
    ui::IncomingEditor editor(*created->session);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    editor.excerptEdit()->setText(QStringLiteral("Nhân sự dự kiến"));
    editor.secretBox()->setCurrentIndex(editor.secretBox()->findData(int(documents::Confidentiality::Confidential)));
    CHECK_FALSE(editor.excerptEdit()->isEnabled());
    CHECK(editor.excerptEdit()->text().isEmpty());
    editor.secretBox()->setCurrentIndex(editor.secretBox()->findData(int(documents::Confidentiality::Normal)));
    CHECK(editor.excerptEdit()->isEnabled());
}

TEST_CASE("a mistyped sender is corrected with Ctrl+E, a line cancelled with its reason, done taken back; the details show the trail")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    documents::IncomingDocument typo = sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Về việc kiện toàn tổ chức"));
    typo.sender = QStringLiteral("Ban Tổ chứ Tỉnh ủy");
    REQUIRE(reg.add(typo));
    shown.window.showPage(ui::MainWindow::Incoming);
    ui::IncomingPage *page = shown.window.incomingPage();
    page->reload();
    REQUIRE(page->model()->rowCount() == 1);
    QApplication::setActiveWindow(&shown.window);
    page->table()->setFocus();
    page->table()->selectRow(0);

    // Ctrl+E opens the line in the form; the reason is asked; Enter saves.
    bool edited = false;
    onNextModal<ui::IncomingEditor>([&](ui::IncomingEditor *editor) {
        CHECK(editor->senderEdit()->text() == QStringLiteral("Ban Tổ chứ Tỉnh ủy"));
        CHECK(editor->reasonEdit()->isVisible());
        editor->senderEdit()->selectAll();
        typeText(editor->senderEdit(), QStringLiteral("Ban Tổ chức Tỉnh ủy"));
        // Without a reason the correction is refused in place.
        QTest::keyClick(editor->senderEdit(), Qt::Key_Return);
        CHECK(editor->isVisible());
        CHECK_FALSE(editor->messageLabel()->text().isEmpty());
        typeText(editor->reasonEdit(), QStringLiteral("Gõ thiếu chữ"));
        screenshot(editor, "incoming-correction");
        QTest::keyClick(editor->reasonEdit(), Qt::Key_Return);
        edited = true;
    });
    REQUIRE(page->correctButton()->isEnabled());
    REQUIRE(page->correctButton()->isVisible());
    QTest::keyClick(page->table(), Qt::Key_E, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return edited; }, 3000)); // a button's shortcut clicks it after a moment
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->documentAt(0)->sender == QStringLiteral("Ban Tổ chức Tỉnh ủy"));
    const QString details = page->detail()->toPlainText();
    CHECK(details.contains(QStringLiteral("Ban Tổ chứ Tỉnh ủy → Ban Tổ chức Tỉnh ủy")));
    CHECK(details.contains(QStringLiteral("Gõ thiếu chữ")));

    // Done, then taken back with the same button.
    page->table()->selectRow(0);
    QTest::mouseClick(page->doneButton(), Qt::LeftButton);
    CHECK(page->model()->documentAt(0)->status == documents::IncomingDocument::Status::Done);
    QTest::mouseClick(page->doneButton(), Qt::LeftButton);
    CHECK(page->model()->documentAt(0)->status == documents::IncomingDocument::Status::New);

    // Cancelling asks why; Enter with no reason steps back, and nothing changes.
    bool steppedBack = false;
    onNextModal<ui::ReasonDialog>([&](ui::ReasonDialog *dialog) {
        CHECK_FALSE(dialog->confirmButton()->isEnabled());
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        steppedBack = true;
    });
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    REQUIRE(steppedBack);
    CHECK(page->model()->documentAt(0)->status == documents::IncomingDocument::Status::New);
    bool cancelled = false;
    onNextModal<ui::ReasonDialog>([&](ui::ReasonDialog *dialog) {
        typeText(dialog->reasonEdit(), QStringLiteral("Vào sổ nhầm"));
        screenshot(dialog, "incoming-cancel");
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        cancelled = true;
    });
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    REQUIRE(cancelled);
    CHECK(page->model()->documentAt(0)->status == documents::IncomingDocument::Status::Cancelled);
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("Vào sổ nhầm")));
    CHECK_FALSE(page->correctButton()->isEnabled());
    screenshot(&shown.window, "incoming-cancelled");
}

TEST_CASE("the secret lines are written out on the ordinary file and brought into the secret file, checked first")
{
    QTemporaryDir dir;
    auto ordinaryOffice = sampleOffice();
    ordinaryOffice.forSecrets = false;
    auto ordinary = office::OfficeSession::create(dir.filePath(QStringLiteral("thuong.vpdb")), ordinaryOffice, "mat-khau-chanh", cheapOptions());
    auto secret = office::OfficeSession::create(dir.filePath(QStringLiteral("mat.vpdb")), sampleOffice(), "mat-khau-chanh", cheapOptions());
    REQUIRE(ordinary);
    REQUIRE(secret);
    office::OfficeSession &from = *ordinary->session;
    REQUIRE(documents::IncomingRegister(from.database(), from.user(), from.actor())
                .add(sampleIncoming(documents::Confidentiality::Confidential, QString())));
    const QString carried = dir.filePath(QStringLiteral("usb/chuyen"));
    QDir().mkpath(dir.filePath(QStringLiteral("usb")));

    ui::SecretTransferDialog out(from, ui::SecretTransferDialog::Mode::Export);
    out.show();
    REQUIRE(QTest::qWaitForWindowExposed(&out));
    out.pathEdit()->setText(carried);
    typeText(out.passwordEdit(), QStringLiteral("chuyen-mat-2026"));
    typeText(out.repeatEdit(), QStringLiteral("chuyen-mat-khac"));
    QTest::mouseClick(out.actionButton(), Qt::LeftButton);
    CHECK_FALSE(out.messageLabel()->text().isEmpty()); // the two passwords differ
    CHECK_FALSE(QFileInfo::exists(carried + QStringLiteral(".vpchuyen")));
    out.repeatEdit()->clear();
    typeText(out.repeatEdit(), QStringLiteral("chuyen-mat-2026"));
    screenshot(&out, "transfer-export");
    bool told = false;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        CHECK(box->text().contains(QStringLiteral("1")));
        told = true;
        box->accept();
    });
    QTest::mouseClick(out.actionButton(), Qt::LeftButton);
    REQUIRE(told);
    REQUIRE(QFileInfo::exists(carried + QStringLiteral(".vpchuyen")));

    office::OfficeSession &into = *secret->session;
    ui::SecretTransferDialog in(into, ui::SecretTransferDialog::Mode::Receive);
    in.show();
    REQUIRE(QTest::qWaitForWindowExposed(&in));
    CHECK_FALSE(in.repeatEdit()->isVisible());
    in.pathEdit()->setText(carried + QStringLiteral(".vpchuyen"));
    typeText(in.passwordEdit(), QStringLiteral("chuyen-mat-2026"));
    // The first press checks and says what would come in; nothing is written yet.
    QTest::mouseClick(in.actionButton(), Qt::LeftButton);
    INFO(in.messageLabel()->text().toStdString());
    CHECK(in.messageLabel()->text().contains(QStringLiteral("chanhvp")));
    CHECK(countRows(into.database(), QStringLiteral("incoming_documents")) == 0);
    screenshot(&in, "transfer-receive");
    bool brought = false;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        brought = true;
        box->accept();
    });
    QTest::mouseClick(in.actionButton(), Qt::LeftButton);
    REQUIRE(brought);
    CHECK(countRows(into.database(), QStringLiteral("incoming_documents")) == 1);
}

#include "widgets/DateField.h"

TEST_CASE("a date is typed as dd/MM/yyyy or shorter; an impossible one is refused with a message, never changed")
{
    CHECK(ui::DateField::parse(QStringLiteral("05/03/2026")) == QDate(2026, 3, 5));
    CHECK(ui::DateField::parse(QStringLiteral("5/3/26")) == QDate(2026, 3, 5));
    CHECK(ui::DateField::parse(QStringLiteral("05.03.2026")) == QDate(2026, 3, 5));
    CHECK(ui::DateField::parse(QStringLiteral("05032026")) == QDate(2026, 3, 5));
    QString why;
    CHECK_FALSE(ui::DateField::parse(QStringLiteral("31/02/2026"), &why));
    CHECK(why.contains(QStringLiteral("28")));
    CHECK_FALSE(ui::DateField::parse(QStringLiteral("12/13/2026"), &why));
    CHECK_FALSE(ui::DateField::parse(QStringLiteral("hôm qua"), &why));

    ShownOffice shown;
    ui::IncomingEditor editor(*shown.controller.session(), &shown.window);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    QApplication::setActiveWindow(&editor);
    // A batch received on another day: the day is typed once and stays for the next entry.
    editor.receivedDateEdit()->setFocus();
    editor.receivedDateEdit()->selectAll();
    typeIntoFocus(QStringLiteral("27/11/26"));
    tab(); // Tab leaves the date: the hour is next, then the sender
    CHECK(editor.receivedDateEdit()->text() == QStringLiteral("27/11/2026"));
    tab();
    REQUIRE(QApplication::focusWidget() == editor.senderEdit());
    typeIntoFocus(QStringLiteral("Văn phòng Tỉnh ủy"));
    tab();
    typeIntoFocus(QStringLiteral("07-KL/TU"));
    tab();
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget *>(editor.documentDateEdit()));
    editor.documentDateEdit()->selectAll();
    typeIntoFocus(QStringLiteral("31/02/2026"));
    // Enter in an impossible date saves nothing; the message says why.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(editor.savedCount() == 0);
    tab();
    tab();
    typeIntoFocus(QStringLiteral("Kết luận về công tác cán bộ"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(editor.savedCount() == 0);
    CHECK(editor.messageLabel()->text().contains(QStringLiteral("31/02/2026")));
    CHECK(QApplication::focusWidget() == editor.documentDateEdit());
    screenshot(&editor, "incoming-impossible-date");
    editor.documentDateEdit()->selectAll();
    typeIntoFocus(QStringLiteral("25/11/2026"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(editor.savedCount() == 1);
    CHECK(editor.receivedDateEdit()->text() == QStringLiteral("27/11/2026"));
    documents::IncomingRegister reg(shown.controller.session()->database(), shown.controller.session()->user(), QStringLiteral("t"));
    auto saved = reg.get(editor.lastSavedId());
    REQUIRE(saved);
    CHECK(saved->receivedAt.date() == QDate(2026, 11, 27));
    CHECK(saved->documentDate == QDate(2026, 11, 25));
}

#include "meetings/MeetingStore.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>

// Screens of the office's computers: 1024x768 and 1366x768, at the scale the
// test runs with (QT_SCALE_FACTOR=1.25 or 1.5 in the layout runs of ctest).
TEST_CASE("every page and every meeting tab fits a 1024x768 and a 1366x768 screen without sideways scrolling", "[layout]")
{
    ShownOffice shown;
    const qreal scale = shown.window.devicePixelRatioF();
    const auto meetingsPage = shown.window.meetingsPage();
    // Pages with what a clerk sees on a working day.
    office::OfficeSession &session = *shown.controller.session();
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV (2025-2030)"), QDate(2025, 10, 15), session.actor()));
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    REQUIRE(reg.add(sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Về việc chuẩn bị tổng kết công tác xây dựng Đảng năm 2026 "
                                                                                      "và phương hướng, nhiệm vụ năm 2027"))));
    meetings::Meeting m;
    m.kind = meetings::MeetingKind::Standing;
    m.startsAt = QDateTime(QDate::currentDate().addDays(3), QTime(8, 0));
    m.title = QStringLiteral("Hội nghị Ban Thường vụ Đảng ủy mở rộng tháng 12");
    m.place = QStringLiteral("Hội trường Đảng ủy xã");
    auto meeting = meetings::MeetingStore(session.database(), session.actor()).add(m);
    REQUIRE(meeting);
    shown.window.incomingPage()->reload();
    meetingsPage->reload();
    for (const QSize screen : {QSize(1024, 768), QSize(1366, 768)}) {
        // The window maximised on that screen: the title bar and a taskbar take about 70 pixels.
        const QSize logical(qRound(screen.width() / scale), qRound((screen.height() - 70) / scale));
        shown.window.resize(logical);
        QApplication::processEvents();
        INFO("screen " << screen.width() << "x" << screen.height() << " at scale " << scale);
        CHECK(shown.window.width() <= logical.width());
        CHECK(shown.window.height() <= logical.height());
        for (int p = ui::MainWindow::Start; p <= ui::MainWindow::Settings; ++p) {
            shown.window.showPage(ui::MainWindow::Page(p));
            QApplication::processEvents();
            std::vector<QScrollArea *> areas;
            for (QScrollArea *area : shown.window.findChildren<QScrollArea *>())
                if (area->isVisible() && area->widget())
                    areas.push_back(area);
            for (QScrollArea *area : areas) {
                INFO("page " << p << ": " << area->widget()->metaObject()->className() << " needs "
                             << area->widget()->minimumSizeHint().width() << " px, has " << area->viewport()->width());
                CHECK_FALSE(area->horizontalScrollBar()->isVisible());
            }
            if (p == ui::MainWindow::Meetings)
                for (int t = 0; t < meetingsPage->tabs()->count(); ++t) {
                    meetingsPage->tabs()->setCurrentIndex(t);
                    QApplication::processEvents();
                    auto *tab = qobject_cast<QScrollArea *>(meetingsPage->tabs()->currentWidget());
                    REQUIRE(tab);
                    INFO("meeting tab " << t << ": needs " << tab->widget()->minimumSizeHint().width() << " px, has " << tab->viewport()->width());
                    CHECK_FALSE(tab->horizontalScrollBar()->isVisible());
                }
            screenshot(&shown.window, QStringLiteral("layout-%1x%2-%3-page%4").arg(screen.width()).arg(screen.height())
                                          .arg(qRound(scale * 100)).arg(p).toLatin1().constData());
        }
    }
}

TEST_CASE("a half-typed form survives the idle lock for the same user, sealed meanwhile; Escape asks before throwing it away")
{
    ShownOffice shown;
    ui::AppController &controller = shown.controller;
    shown.window.showPage(ui::MainWindow::Incoming);
    ui::IncomingPage *page = shown.window.incomingPage();

    // Escape with typing asks; No (the default) keeps the form open.
    bool asked = false;
    onNextModal<ui::IncomingEditor>([&](ui::IncomingEditor *editor) {
        typeText(editor->senderEdit(), QStringLiteral("Văn phòng Tỉnh ủy"));
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            CHECK(box->defaultButton() == box->button(QMessageBox::No));
            box->button(QMessageBox::No)->click();
        });
        QTest::keyClick(editor->senderEdit(), Qt::Key_Escape);
        REQUIRE(QTest::qWaitFor([&] { return asked; }, 3000));
        CHECK(editor->isVisible());
        // Then the window locks while the clerk is away.
        typeText(editor->excerptEdit(), QStringLiteral("Kết luận về công tác cán bộ"));
        controller.lock();
    });
    page->addDocuments();
    REQUIRE(asked);
    REQUIRE(controller.isLocked());

    // Back, with the same password: the form opens again as it was.
    bool restored = false;
    onNextModal<ui::IncomingEditor>([&](ui::IncomingEditor *editor) {
        restored = true;
        CHECK(editor->senderEdit()->text() == QStringLiteral("Văn phòng Tỉnh ủy"));
        CHECK(editor->excerptEdit()->text() == QStringLiteral("Kết luận về công tác cán bộ"));
        editor->done(QDialog::Rejected);
    });
    REQUIRE(controller.unlock(QStringLiteral("chanhvp"), "mat-khau-chanh"));
    REQUIRE(QTest::qWaitFor([&] { return restored; }, 3000));
    CHECK_FALSE(controller.takeDraft()); // given back once

    // Someone else signing in after a lock never gets another user's typing.
    auto other = addSignedInUser(*controller.session(), QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    other.reset();
    bool kept = false;
    onNextModal<ui::IncomingEditor>([&](ui::IncomingEditor *editor) {
        typeText(editor->senderEdit(), QStringLiteral("Ban Tổ chức"));
        kept = true;
        controller.lock();
    });
    page->addDocuments();
    REQUIRE(kept);
    REQUIRE(controller.unlock(QStringLiteral("vanthu"), "van-thu-2026"));
    QApplication::processEvents();
    CHECK_FALSE(controller.takeDraft());
    CHECK(QApplication::activeModalWidget() == nullptr);
}

#include "help/ShortcutsDialog.h"

TEST_CASE("the same keys on every register page, listed in Help → Keyboard shortcuts")
{
    ShownOffice shown;
    QApplication::setActiveWindow(&shown.window);
    for (const auto page : {ui::MainWindow::Incoming, ui::MainWindow::Outgoing}) {
        shown.window.showPage(page);
        QApplication::processEvents();
        QLineEdit *search = page == ui::MainWindow::Incoming ? shown.window.incomingPage()->searchEdit() : shown.window.outgoingPage()->searchEdit();
        shown.window.setFocus();
        QTest::keyClick(&shown.window, Qt::Key_F, Qt::ControlModifier);
        CHECK(QApplication::focusWidget() == search);
    }
    ui::ShortcutsDialog help(&shown.window);
    CHECK(help.table()->rowCount() >= 10);
    QStringList keys;
    for (int r = 0; r < help.table()->rowCount(); ++r)
        keys << help.table()->item(r, 0)->text();
    for (const char *k : {"Ctrl+N", "Ctrl+F", "Ctrl+E", "Ctrl+P", "Ctrl+Shift+S", "Ctrl+L"})
        CHECK(keys.contains(QString::fromLatin1(k)));
    help.show();
    screenshot(&help, "keyboard-shortcuts");
}

#include "office/PasswordDialog.h"

#include <QInputDialog>

TEST_CASE("a forgotten password: the recovery code sets a new one and the chief is signed in with it, asked nothing more")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto created = office::OfficeSession::create(path, sampleOffice(), "mat-khau-chanh", cheapOptions());
    REQUIRE(created);
    const QString code = created->recoveryCode;
    created->session.reset();
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLastFile(path);
    settings.setLastUser(QStringLiteral("chanhvp"));
    ui::AppController controller(settings, cheapOptions());
    ui::UnlockDialog dialog(controller);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    int step = 0;
    onNextModal<QInputDialog>([&](QInputDialog *ask) {
        ask->setTextValue(code);
        step = 1;
        onNextModal<ui::PasswordDialog>([&](ui::PasswordDialog *set) {
            typeText(set->newEdit(), QStringLiteral("mat-khau-moi-2026"));
            typeText(set->repeatEdit(), QStringLiteral("mat-khau-moi-2026"));
            step = 2;
            onNextModal<QMessageBox>([&](QMessageBox *told) {
                step = 3;
                told->accept();
            });
            set->accept();
        });
        ask->accept();
    });
    QTest::mouseClick(dialog.recoveryButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return step == 3; }, 5000));
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE_FALSE(controller.isLocked());
    CHECK(controller.session()->user().login == QStringLiteral("chanhvp"));
    CHECK_FALSE(controller.session()->user().mustChangePassword);
    CHECK_FALSE(controller.session()->isRecovery());
}
