// A child process for the storage tests: it does one thing to an office file
// until it is killed, reporting on stdout what it has committed.
//   write-loop PATH       commit numbered rows forever, printing each number after COMMIT
//   rekey-loop PATH       rekey forever, printing "rekeyed N"
//   hot-journal PATH      start a large write in rollback-journal mode, print "ready", wait
//   hold-exclusive PATH   take an exclusive lock on the file, print "ready", wait
//   add-incoming PATH N   register N incoming documents, printing each number assigned
//   type-minutes PATH M   type minutes for meeting M forever, autosaving after every
//                         word, printing "saved ENTRY LENGTH" after each save
#include "documents/IncomingRegister.h"
#include "meetings/MinutesBook.h"
#include "office/UserAccount.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace vanphong;

namespace {
int fail(const QString &what)
{
    std::fprintf(stderr, "helper: %s\n", qPrintable(what));
    return 2;
}

storage::DatabaseOptions cheapOptions()
{
    storage::DatabaseOptions o;
    o.kdf = crypto::ScryptParams{10, 8, 1}; // as the tests' files
    return o;
}

std::unique_ptr<storage::Database> openOrNull(const QString &path)
{
    auto db = storage::Database::open(path, QStringLiteral("chanh"), "mat-khau-1", cheapOptions());
    if (!db) {
        std::fprintf(stderr, "helper: open: %s\n", qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(db.value());
}

void waitForever()
{
    for (;;)
        QThread::sleep(1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return fail(QStringLiteral("usage: helper MODE PATH"));
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    auto db = openOrNull(path);
    if (!db)
        return 2;
    QSqlQuery q(db->sql());

    if (mode == QLatin1String("write-loop")) {
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS crash_rows (n INTEGER PRIMARY KEY, payload BLOB)")))
            return fail(q.lastError().text());
        q.exec(QStringLiteral("SELECT COALESCE(MAX(n), 0) FROM crash_rows"));
        q.next();
        qint64 n = q.value(0).toLongLong();
        q.finish();
        for (;;) {
            ++n;
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return fail(q.lastError().text());
            q.prepare(QStringLiteral("INSERT INTO crash_rows (n, payload) VALUES (?, randomblob(?))"));
            q.addBindValue(n);
            q.addBindValue(500 + int(n % 7) * 700);
            if (!q.exec())
                return fail(q.lastError().text());
            if (n % 5 == 0 && !q.exec(QStringLiteral("DELETE FROM crash_rows WHERE n = %1 AND payload IS NULL").arg(n - 3)))
                return fail(q.lastError().text());
            if (!q.exec(QStringLiteral("COMMIT")))
                return fail(q.lastError().text());
            std::printf("%lld\n", static_cast<long long>(n));
            std::fflush(stdout);
            if (n % 40 == 0)
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
    }
    if (mode == QLatin1String("rekey-loop")) {
        for (int i = 1;; ++i) {
            auto code = db->rekey(db->slotLogins());
            if (!code)
                return fail(code.error().message);
            std::printf("rekeyed %d %s\n", i, qPrintable(code.value()));
            std::fflush(stdout);
        }
    }
    if (mode == QLatin1String("hot-journal")) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !q.exec(QStringLiteral("PRAGMA cache_size=5"))
            || !q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("UPDATE notes SET body = 'đã sửa ' || body")))
            return fail(q.lastError().text());
        std::printf("ready\n");
        std::fflush(stdout);
        waitForever();
    }
    if (mode == QLatin1String("hold-exclusive")) {
        if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")) || !q.exec(QStringLiteral("CREATE TABLE held (x)")))
            return fail(q.lastError().text());
        std::printf("ready\n");
        std::fflush(stdout);
        waitForever();
    }
    if (mode == QLatin1String("add-incoming")) {
        office::UserAccount clerk;
        clerk.login = QStringLiteral("chanh");
        clerk.clearance = office::Clearance::TopSecret;
        documents::IncomingRegister reg(*db, clerk, clerk.login);
        const int count = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 10;
        for (int i = 0; i < count; ++i) {
            documents::IncomingDocument d;
            d.receivedAt = QDateTime(QDate(2026, 3, 5), QTime(9, 0));
            d.sender = QStringLiteral("Văn phòng Tỉnh ủy");
            d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-CV/VPTU").arg(QCoreApplication::applicationPid() % 1000 * 100 + i));
            d.excerpt = QStringLiteral("Về việc chuẩn bị hội nghị");
            auto added = reg.add(d);
            if (!added)
                return fail(added.error().message);
            std::printf("%d\n", added->number);
            std::fflush(stdout);
        }
        return 0;
    }
    if (mode == QLatin1String("type-minutes")) {
        meetings::MinutesBook minutes(*db, QStringLiteral("thuky"));
        meetings::MinutesEntry entry;
        entry.meetingId = QString::fromLocal8Bit(argv[3]).toLongLong();
        entry.speaker = QStringLiteral("Đồng chí Bí thư");
        auto added = minutes.add(entry);
        if (!added)
            return fail(added.error().message);
        entry = added.value();
        for (int word = 0;; ++word) {
            entry.text += QStringLiteral("từ%1 ").arg(word);
            if (auto saved = minutes.save(entry); !saved)
                return fail(saved.error().message);
            std::printf("saved %lld %lld\n", entry.id, qint64(entry.text.trimmed().size()));
            std::fflush(stdout);
        }
    }
    return fail(QStringLiteral("unknown mode"));
}
