#include "StorageBench.h"

#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>
#include <algorithm>
#include <functional>
#include <vector>
#include <memory>

namespace {

// One side of the comparison: a Qt Sql connection, and how to reopen it so
// that read tests start with SQLite's own cache empty.
class Side
{
public:
    virtual ~Side() = default;
    virtual QSqlDatabase db() = 0;
    virtual void reopen() = 0;

    // --cache-kib: both sides get the same page cache instead of the application's.
    static inline int cacheKiB = 0;
    static void applyCache(QSqlDatabase db)
    {
        if (cacheKiB > 0)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKiB));
    }
};

// Plain SQLite with the same pragmas the application uses (Database::connect).
class PlainSide final : public Side
{
public:
    explicit PlainSide(const QString &path) : m_path(path) { open(); }
    ~PlainSide() override { close(); }
    QSqlDatabase db() override { return QSqlDatabase::database(QStringLiteral("plain")); }
    void reopen() override { close(); open(); }

private:
    void open()
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        d.setDatabaseName(m_path);
        d.open();
        QSqlQuery q(d);
        for (const char *sql : {"PRAGMA page_size=4096", "PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=ON",
                                "PRAGMA secure_delete=ON", "PRAGMA cache_size=-32768", "PRAGMA journal_mode=WAL",
                                "PRAGMA synchronous=FULL"})
            q.exec(QString::fromLatin1(sql));
        applyCache(d);
    }
    void close()
    {
        { QSqlDatabase::database(QStringLiteral("plain")).close(); }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }
    QString m_path;
};

class EncryptedSide final : public Side
{
public:
    explicit EncryptedSide(const QString &path) : m_path(path)
    {
        QString code;
        auto created = vanphong::storage::Database::create(path, QStringLiteral("bench"), "bench", &code, options());
        if (!created) {
            std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
            std::exit(4);
        }
        m_db = std::move(created.value());
        applyCache(m_db->sql());
    }
    QSqlDatabase db() override { return m_db->sql(); }
    void reopen() override
    {
        m_db.reset();
        auto opened = vanphong::storage::Database::open(m_path, QStringLiteral("bench"), "bench", options());
        if (!opened) {
            std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
            std::exit(4);
        }
        m_db = std::move(opened.value());
        applyCache(m_db->sql());
    }

private:
    // The KDF's cost is not what this benchmark measures.
    static vanphong::storage::DatabaseOptions options()
    {
        vanphong::storage::DatabaseOptions o;
        o.kdf = vanphong::crypto::ScryptParams{10, 8, 1};
        return o;
    }
    QString m_path;
    std::unique_ptr<vanphong::storage::Database> m_db;
};

void must(bool ok, QSqlQuery &q)
{
    if (!ok) {
        std::fprintf(stderr, "SQL failed: %s\n", qPrintable(q.lastError().text()));
        std::exit(4);
    }
}

QString text(QRandomGenerator &rng, int length)
{
    static const QString alphabet = QStringLiteral("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụ ");
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += alphabet.at(int(rng.bounded(alphabet.size())));
    return s;
}

double timeIt(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

struct Workload
{
    double insertMs = 0, readMs = 0, scanMs = 0, blobWriteMs = 0, blobReadMs = 0;
};

Workload runWorkload(Side &side, const StorageBench::Options &o)
{
    Workload w;
    QRandomGenerator rng(42); // both sides get the same rows and keys
    {
        QSqlQuery q(side.db());
        must(q.exec(QStringLiteral("CREATE TABLE docs (id INTEGER PRIMARY KEY, symbol TEXT, excerpt TEXT, body TEXT)")), q);
    }
    w.insertMs = timeIt([&] {
        QSqlQuery q(side.db());
        q.prepare(QStringLiteral("INSERT INTO docs (id, symbol, excerpt, body) VALUES (?, ?, ?, ?)"));
        for (int i = 1; i <= o.rows; ++i) {
            if ((i - 1) % o.batch == 0) {
                QSqlQuery b(side.db());
                must(b.exec(QStringLiteral("BEGIN")), b);
            }
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("%1-NQ/ĐU").arg(i));
            q.addBindValue(text(rng, 120));
            q.addBindValue(text(rng, 240));
            must(q.exec(), q);
            if (i % o.batch == 0 || i == o.rows) {
                QSqlQuery c(side.db());
                must(c.exec(QStringLiteral("COMMIT")), c);
            }
        }
    });
    side.reopen();
    w.readMs = timeIt([&] {
        QSqlQuery q(side.db());
        q.prepare(QStringLiteral("SELECT symbol, excerpt FROM docs WHERE id = ?"));
        for (int i = 0; i < o.reads; ++i) {
            q.addBindValue(int(rng.bounded(o.rows)) + 1);
            must(q.exec() && q.next(), q);
        }
    });
    side.reopen();
    w.scanMs = timeIt([&] {
        QSqlQuery q(side.db());
        must(q.exec(QStringLiteral("SELECT count(*), sum(length(body)) FROM docs WHERE excerpt LIKE '%đảng%'")) && q.next(), q);
    });
    QByteArray blob(o.blobMiB * 1024 * 1024, '\0');
    for (int i = 0; i < blob.size(); i += 4)
        *reinterpret_cast<quint32 *>(blob.data() + i) = rng.generate();
    {
        QSqlQuery q(side.db());
        must(q.exec(QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")), q);
    }
    w.blobWriteMs = timeIt([&] {
        QSqlQuery q(side.db());
        q.prepare(QStringLiteral("INSERT INTO blobs (id, data) VALUES (1, ?)"));
        q.addBindValue(blob);
        must(q.exec(), q);
    });
    side.reopen();
    w.blobReadMs = timeIt([&] {
        QSqlQuery q(side.db());
        must(q.exec(QStringLiteral("SELECT data FROM blobs WHERE id = 1")) && q.next(), q);
        if (q.value(0).toByteArray() != blob) {
            std::fprintf(stderr, "blob read back differs\n");
            std::exit(4);
        }
    });
    return w;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

Workload median(const std::vector<Workload> &runs)
{
    const auto pick = [&runs](double Workload::*field) {
        std::vector<double> v;
        for (const Workload &w : runs)
            v.push_back(w.*field);
        return medianOf(v);
    };
    return {pick(&Workload::insertMs), pick(&Workload::readMs), pick(&Workload::scanMs), pick(&Workload::blobWriteMs),
            pick(&Workload::blobReadMs)};
}

void row(const char *name, double plain, double encrypted, double target)
{
    const double ratio = encrypted / plain;
    std::printf("%-44s %10.1f %10.1f %7.2f %7.2f  %s\n", name, plain, encrypted, ratio, target,
                ratio <= target ? "ok" : "OVER");
}

} // namespace

int StorageBench::run(const Options &o)
{
    QTemporaryDir temp;
    const QString dir = o.directory.isEmpty() ? temp.path() : o.directory;
    QDir().mkpath(dir);
    std::printf("vanphong-bench storage: %d rows in transactions of %d, %d random reads, full scan, %d MiB blob;"
                " median of %d runs per side\n", o.rows, o.batch, o.reads, o.blobMiB, o.repeat);
    Side::cacheKiB = o.cacheKiB;
    std::printf("folder: %s (synchronous=FULL, WAL, page 4096, page cache %d KiB, same pragmas on both sides)\n\n",
                qPrintable(dir), o.cacheKiB > 0 ? o.cacheKiB : 32768);
    std::vector<Workload> plainRuns, encryptedRuns;
    const auto removeFiles = [&dir] {
        for (const QString &name : {QStringLiteral("plain.sqlite"), QStringLiteral("encrypted.vpdb")})
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(dir + QLatin1Char('/') + name + QLatin1String(suffix));
    };
    for (int run = 0; run < o.repeat; ++run) {
        // Alternate which side goes first, so that neither always meets a warmer machine.
        for (int turn = 0; turn < 2; ++turn) {
            removeFiles();
            if ((run + turn) % 2 == 0) {
                PlainSide side(dir + QStringLiteral("/plain.sqlite"));
                plainRuns.push_back(runWorkload(side, o));
            } else {
                EncryptedSide side(dir + QStringLiteral("/encrypted.vpdb"));
                encryptedRuns.push_back(runWorkload(side, o));
            }
        }
        std::fprintf(stderr, "run %d of %d done\n", run + 1, o.repeat);
    }
    removeFiles();
    const Workload plain = median(plainRuns);
    const Workload encrypted = median(encryptedRuns);
    std::printf("%-44s %10s %10s %7s %7s\n", "operation", "plain ms", "encr. ms", "ratio", "target");
    row("insert rows (transactions of 100)", plain.insertMs, encrypted.insertMs, 1.25);
    row("random reads by key (cold SQLite cache)", plain.readMs, encrypted.readMs, 1.15);
    row("full table scan (cold SQLite cache)", plain.scanMs, encrypted.scanMs, 1.15);
    row("blob write", plain.blobWriteMs, encrypted.blobWriteMs, 1.25);
    row("blob read (cold SQLite cache)", plain.blobReadMs, encrypted.blobReadMs, 1.15);
    const double writes = (encrypted.insertMs + encrypted.blobWriteMs) / (plain.insertMs + plain.blobWriteMs);
    const double reads = (encrypted.readMs + encrypted.scanMs + encrypted.blobReadMs) / (plain.readMs + plain.scanMs + plain.blobReadMs);
    std::printf("\nall writes: ratio %.2f (target <= 1.25)   all reads: ratio %.2f (target <= 1.15)\n", writes, reads);
    return 0;
}
