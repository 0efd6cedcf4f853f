// Signing in to a file whose write-ahead log is damaged: the error names the
// frame, and the dialog offers to save the last good state, read-only.
#include "GuiDriving.h"
#include "TestSupport.h"

#include "AppController.h"
#include "settings/AppSettings.h"
#include "lock/UnlockDialog.h"

#include <catch2/catch.hpp>

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

TEST_CASE("sign-in on a file with a damaged log offers to save its last good state and writes nothing to it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const QString wal = path + QStringLiteral("-wal");
    const qint64 frame = officeWithDamagedWal(path);
    const QByteArray before = fileSha256(path) + fileSha256(wal);

    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setLastFile(path);
    settings.setLastUser(QStringLiteral("chanhvp"));
    ui::AppController controller(settings, cheapOptions());
    ui::UnlockDialog dialog(controller);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    const QString saved = dir.filePath(QStringLiteral("office-saved.vpdb"));
    QString offer, told;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        offer = box->text();
        screenshot(box, "unlock-damaged-offer");
        onNextModal<QFileDialog>([&](QFileDialog *files) {
            chooseFile(files, saved);
            onNextModal<QMessageBox>([&](QMessageBox *done) {
                told = done->text();
                done->accept();
            });
            static_cast<QDialog *>(files)->accept(); // QFileDialog makes accept() protected
        });
        box->button(QMessageBox::Save)->click();
    });
    typeText(dialog.passwordEdit(), QStringLiteral("chanh-2026"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

    INFO(offer.toStdString() << " / " << told.toStdString());
    CHECK(dialog.errorLabel()->text().isEmpty() == false);
    CHECK(offer.contains(QStringLiteral("khung %1").arg(frame)));
    CHECK(told.contains(QStringLiteral("office-saved.vpdb")));
    REQUIRE(QFileInfo::exists(saved));
    CHECK(fileSha256(path) + fileSha256(wal) == before);
    CHECK(controller.filePath() == saved);
    auto opened = office::OfficeSession::open(saved, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(opened);
    CHECK((*opened)->verify().ok);
}
