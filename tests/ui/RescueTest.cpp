// Signing in to a file whose write-ahead log is damaged: the error names the
// frame, and the dialog offers to save the last good state, read-only.
#include "GuiDriving.h"
#include "TestSupport.h"

#include "AppController.h"
#include "settings/AppSettings.h"
#include "documents/IncomingRegister.h"
#include "lock/UnlockDialog.h"

#include <catch2/catch.hpp>

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

TEST_CASE("sign-in on a file with a damaged log offers to save its last good state and writes nothing to it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const QString wal = path + QStringLiteral("-wal");
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &session = *created->session;
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        documents::IncomingRegister incoming(session.database(), session.user(), session.actor());
        for (int i = 0; i < 40; ++i)
            REQUIRE(incoming.add(sampleIncoming(documents::Confidentiality::Normal,
                                                QStringLiteral("Về việc chuẩn bị hội nghị số %1 ").arg(i).repeated(20))));
        REQUIRE(sqlite3_db_config(session.database().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
    }
    const qint64 frameSize = 24 + 4096;
    const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
    REQUIRE(frames > 20);
    flipByte(wal, 32 + (frames / 2) * frameSize + 24 + 77);
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
            files->selectFile(saved);
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
    CHECK(offer.contains(QStringLiteral("khung %1").arg(frames / 2 + 1)));
    CHECK(told.contains(QStringLiteral("office-saved.vpdb")));
    REQUIRE(QFileInfo::exists(saved));
    CHECK(fileSha256(path) + fileSha256(wal) == before);
    CHECK(controller.filePath() == saved);
    auto opened = office::OfficeSession::open(saved, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(opened);
    CHECK((*opened)->verify().ok);
}
