// "Soạn thảo từ mẫu…" on the outgoing page and the templates on the profile
// page, driven as a user would; pictures at 1024x768 with VANPHONG_SCREENSHOTS.
#include "GuiDriving.h"

#include "documents/DocumentTypesBox.h"
#include "documents/OutgoingEditor.h"
#include "documents/OutgoingPage.h"
#include "documents/OutgoingTableModel.h"
#include "documents/OutgoingRegister.h"
#include "drafts/TemplateDocument.h"
#include "office/ProfilePage.h"
#include "office/TermStore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

namespace {
// Stands in for the word processor: QDesktopServices hands it the draft's URL.
class WordProcessor final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};
} // namespace

TEST_CASE("a Công văn's draft is saved where the user chooses and opened, from the outgoing page")
{
    ShownOffice shown;
    shown.window.resize(1024, 768);
    storage::Database &db = shown.controller.session()->database();
    office::OfficeSession &session = *shown.controller.session();
    REQUIRE(office::TermStore(db).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), session.actor()));
    auto profile = session.profile();
    REQUIRE(profile);
    profile->chiefName = QStringLiteral("Nguyễn Thị Hoa"); // signs T/L as CHÁNH VĂN PHÒNG
    profile->parentOrganisation = QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI");
    REQUIRE(session.saveProfile(profile.value()));
    documents::OutgoingDocument cv;
    cv.typeCode = QStringLiteral("CV");
    cv.documentDate = QDate(2026, 1, 5);
    cv.excerpt = QStringLiteral("V/v chuẩn bị hội nghị sơ kết");
    cv.signer = QStringLiteral("Nguyễn Thị Hoa");
    cv.capacity = QStringLiteral("T/L");
    cv.recipients = {QStringLiteral("Các chi bộ trực thuộc")};
    REQUIRE(documents::OutgoingRegister(db, session.user(), session.actor()).add(cv, documents::OutgoingRegister::Mode::Reserve));

    ui::OutgoingPage *page = shown.window.outgoingPage();
    shown.window.showPage(ui::MainWindow::Outgoing);
    page->reload();
    REQUIRE(page->model()->rowCount() == 1);
    page->table()->selectRow(0);
    REQUIRE(page->draftButton()->isVisible());
    REQUIRE(page->draftButton()->isEnabled());
    screenshot(&shown.window, "outgoing-draft-from-template");

    WordProcessor word;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &word, "open");
    const QString path = shown.dir.filePath(QStringLiteral("cong-van.docx"));
    bool asked = false;
    onNextModal<QFileDialog>([&](QFileDialog *dialog) {
        asked = true;
        CHECK(dialog->selectedFiles().value(0).contains(QStringLiteral("01-CV-DU"))); // named after the symbol
        chooseFile(dialog, path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, public through QDialog
    });
    // Any message after the dialog (none is expected) is read and closed, by a timer that ends with the test.
    QStringList said;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said << box->text();
            box->accept();
        }
    });
    closer.start();
    QApplication::setActiveWindow(&shown.window);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    closer.stop();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    INFO(said.join(QLatin1Char('|')).toStdString());
    REQUIRE(asked);
    REQUIRE(QFile::exists(path));
    CHECK(word.opened == QList<QUrl>{QUrl::fromLocalFile(path)});
    CHECK(said.isEmpty());
    const QString text = drafts::TemplateDocument::read(readAll(path))->plainText();
    CHECK(text.contains(QStringLiteral("Số 01-CV/ĐU\nV/v chuẩn bị hội nghị sơ kết\n")));
    CHECK(text.contains(QStringLiteral("T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nNguyễn Thị Hoa\n")));
}

TEST_CASE("the profile page shows which types draft from the office's template and offers to edit them")
{
    ShownOffice shown;
    shown.window.resize(1024, 768);
    shown.window.showPage(ui::MainWindow::Profile);
    ui::DocumentTypesBox *types = shown.window.profilePage()->typesBox();
    types->reload();
    QApplication::processEvents();
    REQUIRE(types->templatesButton()->isVisible());
    REQUIRE(types->table()->columnCount() == 5);
    CHECK(types->table()->item(0, 4)->text() == QStringLiteral("mặc định"));
    REQUIRE(types->templatesButton()->menu());
    CHECK(types->templatesButton()->menu()->actions().size() == 5); // two exports, a separator, import, reset
    screenshot(&shown.window, "profile-templates");
    types->templatesButton()->menu()->popup(types->templatesButton()->mapToGlobal(QPoint(0, types->templatesButton()->height())));
    QApplication::processEvents();
    screenshot(types->templatesButton()->menu(), "profile-templates-menu");
    types->templatesButton()->menu()->close();
}

TEST_CASE("a number reserved from the form offers its draft at once; the draft is saved and opened")
{
    ShownOffice shown;
    storage::Database &db = shown.controller.session()->database();
    office::OfficeSession &session = *shown.controller.session();
    REQUIRE(office::TermStore(db).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), session.actor()));
    auto profile = session.profile();
    REQUIRE(profile);
    profile->parentOrganisation = QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI"); // every frame element known: no note after the draft
    REQUIRE(session.saveProfile(profile.value()));
    ui::OutgoingPage *page = shown.window.outgoingPage();
    shown.window.showPage(ui::MainWindow::Outgoing);

    WordProcessor word;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &word, "open");
    const QString path = shown.dir.filePath(QStringLiteral("thong-bao.odt"));
    QString offered;
    onNextModal<ui::OutgoingEditor>([&](ui::OutgoingEditor *editor) {
        editor->typeBox()->setCurrentIndex(editor->typeBox()->findData(QStringLiteral("TB")));
        editor->excerptEdit()->setText(QStringLiteral("Thông báo lịch họp tháng 12"));
        editor->signerEdit()->setText(profile->chiefName); // the office chief, whose title the draft knows
        onNextModal<QMessageBox>([&](QMessageBox *box) {
            offered = box->text();
            CHECK(box->defaultButton() == box->button(QMessageBox::Yes));
            onNextModal<QFileDialog>([&](QFileDialog *dialog) {
                chooseFile(dialog, path);
                static_cast<QDialog *>(dialog)->accept();
            });
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(editor->excerptEdit(), Qt::Key_Return); // the form's default: reserve the number
    });
    page->addDocument();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    CHECK(offered.contains(QStringLiteral("01-TB/ĐU")));
    REQUIRE(QFile::exists(path));
    CHECK(word.opened == QList<QUrl>{QUrl::fromLocalFile(path)});
    CHECK(drafts::TemplateDocument::read(readAll(path))->plainText().contains(QStringLiteral("Số 01-TB/ĐU")));
}

#include "DraftGuiTest.moc"
