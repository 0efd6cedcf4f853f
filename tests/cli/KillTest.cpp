// The command line killed (SIGKILL) at random moments while it replaces the
// office file: the file is always there, whole, and opens with a password and
// a recovery code that someone was given.
#include "TestSupport.h"

#include "archives/DossierFiling.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionReview.h"
#include "documents/AttachmentStore.h"
#include "documents/IncomingRegister.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

using namespace vanphong;
using namespace vanphong::test;

namespace {
QProcess *startCli(const QStringList &args)
{
    auto *p = new QProcess;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("VANPHONG_PASSWORD"), QStringLiteral("chanh-2026"));
    e.insert(QStringLiteral("VANPHONG_LANG"), QStringLiteral("en"));
    p->setProcessEnvironment(e);
    p->start(QStringLiteral(VANPHONG_CLI), args);
    p->closeWriteChannel();
    REQUIRE(p->waitForStarted());
    return p;
}

int incomingCount(office::OfficeSession &session)
{
    return countRows(session.database(), QStringLiteral("incoming_documents"));
}
} // namespace

TEST_CASE("rekey killed at any moment: the old recovery code works, or the new one is in the file named")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    QString oldCode;
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        oldCode = created->recoveryCode;
    }
    QRandomGenerator rng(11);
    for (int round = 0; round < 10; ++round) {
        const QString codeFile = dir.filePath(QStringLiteral("code-%1.txt").arg(round));
        std::unique_ptr<QProcess> p(startCli({QStringLiteral("rekey"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                              QStringLiteral("chanhvp"), QStringLiteral("--recovery-file"), codeFile}));
        QThread::msleep(rng.bounded(50, 1500));
        p->kill();
        p->waitForFinished();
        INFO("round " << round);
        REQUIRE(QFileInfo::exists(path));
        auto chief = office::OfficeSession::open(path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
        REQUIRE(chief);
        REQUIRE((*chief)->database().verify().ok);
        chief->reset();
        const QString newCode = QString::fromLatin1(QFileInfo::exists(codeFile) ? readAll(codeFile).trimmed() : QByteArray());
        const bool oldWorks = bool(office::OfficeSession::openWithRecoveryCode(path, oldCode, cheapOptions()));
        const bool newWorks = !newCode.isEmpty() && office::OfficeSession::openWithRecoveryCode(path, newCode, cheapOptions());
        REQUIRE((oldWorks || newWorks));
        if (newWorks)
            oldCode = newCode;
    }
}

TEST_CASE("restore killed at any moment leaves an office file in place: the old one or the restored one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const QString backup = dir.filePath(QStringLiteral("backup.vpdb"));
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &chief = *created->session;
        documents::IncomingRegister incoming(chief.database(), chief.user(), chief.actor());
        REQUIRE(incoming.add(sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Về việc họp"))));
        REQUIRE(chief.backupTo(backup));
        REQUIRE(incoming.add(sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Về việc sau bản sao"))));
    }
    QRandomGenerator rng(5);
    for (int round = 0; round < 15; ++round) {
        std::unique_ptr<QProcess> p(startCli({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                              QStringLiteral("chanhvp"), QStringLiteral("--from"), backup}));
        QThread::msleep(rng.bounded(10, 600));
        p->kill();
        p->waitForFinished();
        INFO("round " << round << ": " << QDir(dir.path()).entryList(QDir::Files).join(QLatin1Char(' ')).toStdString());
        REQUIRE(QFileInfo::exists(path));
        auto chief = office::OfficeSession::open(path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
        REQUIRE(chief);
        REQUIRE((*chief)->database().verify().ok);
        const int lines = incomingCount(**chief);
        REQUIRE((lines == 1 || lines == 2));
    }
}

TEST_CASE("destruction killed at any moment: every expired dossier destroyed with its files, or none of them")
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.vpdb"));
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    const int dossiers = 12;
    qint64 destruction = 0;
    {
        auto created = office::OfficeSession::create(pristine, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &chief = *created->session;
        documents::IncomingRegister incoming(chief.database(), chief.user(), chief.actor());
        documents::AttachmentStore files(chief.database(), chief.user(), chief.actor());
        archives::DossierRegister reg(chief.database(), chief.actor());
        archives::DossierFiling filing(chief.database(), chief.user(), chief.actor());
        QList<qint64> ids;
        for (int i = 1; i <= dossiers; ++i) {
            archives::Dossier d;
            d.year = 2015;
            d.number = QString::number(i);
            d.title = QStringLiteral("Hồ sơ %1").arg(i);
            d.retentionYears = 5;
            d.keeper = chief.user().login;
            auto added = reg.add(d);
            REQUIRE(added);
            for (int k = 0; k < 4; ++k) {
                // Papers of 2015, so that the dossier closes at the end of their year.
                auto paper = sampleIncoming(documents::Confidentiality::Normal, QStringLiteral("Văn bản %1.%2").arg(i).arg(k));
                paper.receivedAt = QDateTime(QDate(2015, 11, 20), QTime(9, 0));
                paper.documentDate = QDate(2015, 11, 18);
                auto line = incoming.add(paper);
                REQUIRE(line);
                REQUIRE(files.add(QStringLiteral("in"), line->id, QStringLiteral("scan.pdf"), QByteArrayLiteral("%PDF-1.4\n") + QByteArray(200000, char('a' + k))));
                REQUIRE(filing.file(added->id, QStringLiteral("in"), line->id));
            }
            REQUIRE(reg.close(added->id, QDate(2015, 12, 31), 10));
            ids << added->id;
        }
        auto decided = archives::RetentionReview(chief.database(), chief.user(), chief.actor())
                           .recordDecision(ids, QStringLiteral("05/QĐ-HĐ"), QDate::currentDate(), QStringLiteral("Hội đồng"));
        REQUIRE(decided);
        destruction = decided.value();
    }
    QRandomGenerator rng(17);
    int whole = 0;
    for (int round = 0; round < 8; ++round) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        REQUIRE(QFile::copy(pristine, path));
        std::unique_ptr<QProcess> p(startCli({QStringLiteral("archive"), QStringLiteral("destroy"), QString::number(destruction),
                                              QStringLiteral("--record"), QStringLiteral("01/BB-H"), QStringLiteral("--confirm"),
                                              QStringLiteral("01/BB-H"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                                              QStringLiteral("chanhvp")}));
        QThread::msleep(rng.bounded(20, 900));
        p->kill();
        p->waitForFinished();
        INFO("round " << round);
        auto chief = office::OfficeSession::open(path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
        REQUIRE(chief);
        REQUIRE((*chief)->database().verify().ok);
        const int destroyed = [&] {
            QSqlQuery q((*chief)->database().sql());
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM dossiers WHERE status = 'destroyed'")));
            REQUIRE(q.next());
            return q.value(0).toInt();
        }();
        const int scans = countRows((*chief)->database(), QStringLiteral("attachments"));
        // All or nothing: the destruction is one transaction.
        REQUIRE(((destroyed == dossiers && scans == 0) || (destroyed == 0 && scans == dossiers * 4)));
        whole += destroyed == dossiers ? 1 : 0;
    }
    INFO("rounds that finished: " << whole);
    SUCCEED();
}
