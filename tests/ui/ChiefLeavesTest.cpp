// An office chief who leaves may know the recovery code: disabling one from
// the Users page shows a new code, which must be typed back before the file
// takes its new key (issue 11, review).
#include "GuiDriving.h"

#include "office/NewRecoveryCodeDialog.h"
#include "office/UsersPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

namespace {
// The code the dialog shows: the one label that is a recovery code.
QString shownCode(QDialog *dialog)
{
    static const QRegularExpression code(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$"));
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (code.match(label->text()).hasMatch())
            return label->text();
    return {};
}
} // namespace

TEST_CASE("disabling an office chief from the Users page renews the recovery code once it is typed back")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    office::UserAccount second;
    second.login = QStringLiteral("phochanh");
    second.fullName = QStringLiteral("Phó Chánh Văn phòng");
    second.role = office::Role::Admin;
    second.clearance = office::Clearance::TopSecret;
    REQUIRE(session.addUser(second, "pho-chanh-2026"));

    ui::UsersPage page(shown.controller);
    page.resize(1024, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    auto *table = page.findChild<QTableWidget *>();
    REQUIRE(table);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("phochanh"))
            row = r;
    REQUIRE(row >= 0);
    table->selectRow(row);

    QString newCode;
    bool wrongCodeRefused = false;
    onNextModal<QMessageBox>([&](QMessageBox *question) {
        CHECK((question->text().contains(QStringLiteral("recovery code")) || question->text().contains(QStringLiteral("mã khôi phục"))));
        onNextModal<ui::NewRecoveryCodeDialog>([&](ui::NewRecoveryCodeDialog *dialog) {
            screenshot(dialog, "new-recovery-code");
            newCode = shownCode(dialog);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *typed = dialog->findChild<QLineEdit *>();
            CHECK_FALSE(ok->isEnabled());
            typed->setText(QStringLiteral("00000-00000-00000-00000-00000"));
            wrongCodeRefused = !ok->isEnabled();
            // Typed as people type it: small letters, spaces for dashes.
            typed->setText(newCode.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
            REQUIRE(ok->isEnabled());
            ok->click();
        });
        question->button(QMessageBox::Yes)->click();
    });
    auto *disable = page.findChild<QPushButton *>(QStringLiteral("disableUser"));
    REQUIRE(disable);
    REQUIRE(disable->isEnabled());
    disable->click();

    CHECK(wrongCodeRefused);
    REQUIRE_FALSE(newCode.isEmpty());
    CHECK(table->item(row, 0)->text() == QStringLiteral("phochanh"));
    CHECK_FALSE(office::OfficeSession::open(shown.path, QStringLiteral("phochanh"), "pho-chanh-2026", cheapOptions()));
    CHECK(office::OfficeSession::openWithRecoveryCode(shown.path, newCode, cheapOptions()));
}
