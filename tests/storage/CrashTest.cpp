// Killing a writer at random moments never loses a committed transaction.
#include "ChildProcess.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <set>

using namespace vanphong;
using namespace vanphong::test;

TEST_CASE("a writer killed with SIGKILL 50 times loses nothing it reported committed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    createDatabase(path).reset();
    QRandomGenerator rng(20261123);
    std::set<qint64> committed;
    for (int round = 0; round < 50; ++round) {
        {
            ChildProcess child(QStringLiteral("write-loop"), path);
            REQUIRE_FALSE(child.waitForLine().isEmpty()); // running and committing
            QThread::msleep(rng.bounded(5, 120));
            child.killHard();
            for (const QString &line : child.remainingLines())
                committed.insert(line.toLongLong());
            INFO(child.errors().toStdString());
        }
        auto db = openDatabase(path);
        const storage::VerifyReport report = db->verify();
        INFO("round " << round << ": " << report.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok);
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT n FROM crash_rows")));
        std::set<qint64> present;
        while (q.next())
            present.insert(q.value(0).toLongLong());
        for (qint64 n : committed)
            REQUIRE(present.count(n) == 1);
    }
    CHECK(committed.size() > 50);
}

TEST_CASE("a rekey killed mid-way leaves a file that opens with the same password")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    {
        auto db = createDatabase(path);
        execOrFail(*db, QStringLiteral("CREATE TABLE t (x)"));
        execOrFail(*db, QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 400) INSERT INTO t SELECT randomblob(2000) FROM s"));
    }
    QRandomGenerator rng(7);
    for (int round = 0; round < 15; ++round) {
        {
            ChildProcess child(QStringLiteral("rekey-loop"), path);
            QThread::msleep(rng.bounded(20, 300));
            child.killHard();
        }
        auto db = openDatabase(path);
        const storage::VerifyReport report = db->verify();
        INFO("round " << round << ": " << report.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok);
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 400);
    }
}

#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "office/TermStore.h"

TEST_CASE("minutes typed at a meeting survive the laptop dying: every autosave reported is there")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    qint64 meetingId = 0;
    {
        auto db = createDatabase(path);
        addUserRow(*db, QStringLiteral("chanh"), QStringLiteral("admin"));
        REQUIRE(office::TermStore(*db).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanh")));
        meetings::Meeting m;
        m.kind = meetings::MeetingKind::Standing;
        m.startsAt = QDateTime(QDate(2026, 3, 18), QTime(8, 0));
        auto added = meetings::MeetingStore(*db, QStringLiteral("chanh")).add(m);
        REQUIRE(added);
        meetingId = added->id;
    }
    for (int round = 0; round < 5; ++round) {
        ChildProcess typist(QStringLiteral("type-minutes"), path, {QString::number(meetingId)});
        QString last;
        for (int i = 0; i < 5 + round * 7; ++i) {
            const QString line = typist.waitForLine();
            INFO(typist.errors().toStdString());
            REQUIRE(line.startsWith(QStringLiteral("saved ")));
            last = line;
        }
        typist.killHard();
        for (const QString &line : typist.remainingLines())
            last = line;
        const qint64 entryId = last.section(QLatin1Char(' '), 1, 1).toLongLong();
        const int length = last.section(QLatin1Char(' '), 2, 2).toInt();

        auto db = openDatabase(path);
        auto entries = meetings::MinutesBook(*db, QStringLiteral("chanh")).entries(meetingId);
        REQUIRE(entries);
        const auto it = std::find_if(entries->begin(), entries->end(), [&](const meetings::MinutesEntry &e) { return e.id == entryId; });
        REQUIRE(it != entries->end());
        // What was reported saved is there; a save after the last report may be too, never less.
        CHECK(it->text.size() >= length);
        CHECK(it->text.startsWith(QStringLiteral("từ0 từ1 từ2")));
    }
}
