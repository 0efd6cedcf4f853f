#include "DocumentsBench.h"
#include "BenchTiming.h"

#include "documents/AttachmentStore.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "documents/RegisterSearch.h"
#include "documents/SearchIndexCheck.h"
#include "office/AuditCrossCheck.h"
#include "office/AuditSignatures.h"
#include "storage/AuditLog.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"
#include "reports/RegisterBook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>
#include <cstring>
#include <functional>

#include <sys/resource.h>

using namespace vanphong;

namespace {
long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

const char16_t *const Senders[] = {u"Văn phòng Trung ương Đảng", u"Văn phòng Tỉnh ủy Đồng Nai", u"Ban Tổ chức Tỉnh ủy",
                                   u"Ủy ban Kiểm tra Tỉnh ủy", u"Ban Tuyên giáo và Dân vận Tỉnh ủy", u"Ủy ban nhân dân xã Tân Phú",
                                   u"Hội đồng nhân dân xã", u"Đảng ủy Quân sự xã", u"Chi bộ ấp 1", u"Chi bộ ấp 2", u"Công an xã",
                                   u"Mặt trận Tổ quốc xã", u"Đoàn Thanh niên xã", u"Hội Phụ nữ xã", u"Hội Nông dân xã"};
const char16_t *const Topics[] = {u"công tác chuẩn bị đại hội", u"kiểm tra, giám sát", u"công tác cán bộ", u"phát triển đảng viên",
                                  u"chuyển đổi số", u"thu, nộp đảng phí", u"học tập nghị quyết", u"phòng, chống thiên tai",
                                  u"cải cách hành chính", u"quốc phòng, an ninh", u"xây dựng nông thôn mới", u"tiếp công dân",
                                  u"giải quyết đơn thư", u"sơ kết 6 tháng", u"tổng kết năm", u"kế hoạch công tác tháng"};
const char *const Types[] = {"CV", "KH", "BC", "TB", "HD", "NQ", "QĐ", "KL", "CT"};
} // namespace

int DocumentsBench::run(const Options &o)
{
    QTemporaryDir temp;
    const QString dir = o.directory.isEmpty() ? temp.path() : o.directory;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/documents-bench.vpdb");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    storage::DatabaseOptions options;
    options.kdf = crypto::ScryptParams{10, 8, 1}; // the KDF is not what is measured here
    office::OfficeSession::NewOffice office;
    office.profile.organisationName = QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ");
    office.profile.committeeName = QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ");
    office.profile.issuerAbbreviation = QStringLiteral("ĐU");
    office.profile.placeName = QStringLiteral("Tân Phú");
    office.chief.login = QStringLiteral("bench");
    auto created = office::OfficeSession::create(path, office, "bench-2026", options); // 8 characters at least (PasswordPolicy)
    if (!created) {
        std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
        return 4;
    }
    office::OfficeSession &session = *created->session;
    (void)office::TermStore(session.database()).add(QStringLiteral("Khóa XIV"), QDate(2020, 10, 1), QStringLiteral("bench"));

    std::printf("vanphong-bench documents: %d incoming documents and %d scanned attachments in an encrypted office file\n",
                o.documents, o.attachments);
    QRandomGenerator rng(2026);
    QElapsedTimer generation;
    generation.start();
    {
        // Generation only: commits without waiting for the disk (never allowed to the application).
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        documents::IncomingRegister reg(session.database(), session.user(), session.actor());
        for (int i = 0; i < o.documents; ++i) {
            documents::IncomingDocument d;
            const QDate day = QDate(2021, 1, 1).addDays(int(rng.bounded(6 * 365)));
            d.receivedAt = QDateTime(day, QTime(7 + int(rng.bounded(10)), int(rng.bounded(60))));
            d.sender = QString::fromUtf16(Senders[rng.bounded(int(std::size(Senders)))]);
            const QString type = QString::fromUtf8(Types[rng.bounded(int(std::size(Types)))]);
            d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-%2/TU").arg(i % 900 + 1).arg(type));
            d.documentDate = day.addDays(-int(rng.bounded(5)));
            d.excerpt = QStringLiteral("Về %1 năm %2").arg(QString::fromUtf16(Topics[rng.bounded(int(std::size(Topics)))])).arg(day.year());
            if (rng.bounded(10) == 0)
                d.deadline = day.addDays(int(rng.bounded(30)));
            auto added = reg.add(d);
            if (!added) {
                std::fprintf(stderr, "add: %s\n", qPrintable(added.error().message));
                return 4;
            }
            if ((i + 1) % 10000 == 0)
                std::fprintf(stderr, "  %d documents\n", i + 1);
        }
        // Scans: a PDF header over incompressible bytes, 30-300 KB like a
        // one- to three-page scan at 150-200 dpi.
        documents::AttachmentStore store(session.database(), session.user(), session.actor());
        QByteArray scan;
        for (int i = 0; i < o.attachments; ++i) {
            const int size = 30 * 1024 + int(rng.bounded(270 * 1024));
            scan.resize(size);
            rng.fillRange(reinterpret_cast<quint32 *>(scan.data()), size / 4);
            std::memcpy(scan.data(), "%PDF-1.4\n", 9);
            const qint64 owner = 1 + qint64(rng.bounded(quint32(o.documents)));
            if (auto added = store.add(QStringLiteral("in"), owner, QStringLiteral("scan-%1.pdf").arg(i), scan); !added) {
                std::fprintf(stderr, "attach: %s\n", qPrintable(added.error().message));
                return 4;
            }
            if ((i + 1) % 5000 == 0)
                std::fprintf(stderr, "  %d attachments\n", i + 1);
        }
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    std::printf("generated in %.1f s; file %.1f MiB\n\n", double(generation.elapsed()) / 1000.0,
                double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0);

    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    int count = 0;
    const double firstPage = timeMs([&] {
        documents::IncomingFilter f;
        f.limit = 500;
        count = int(reg.list(f)->size());
    });
    const double filtered = timeMs([&] {
        documents::IncomingFilter f;
        f.year = 2024;
        f.status = documents::IncomingDocument::Status::New;
        f.limit = 500;
        count = int(reg.list(f)->size());
    });
    const double overdue = timeMs([&] {
        documents::IncomingFilter f;
        f.overdueOn = true;
        f.today = QDate(2026, 11, 23);
        f.limit = 500;
        count = int(reg.list(f)->size());
    });
    const double bySender = timeMs([&] {
        documents::IncomingFilter f;
        f.sender = QStringLiteral("tinh uy");
        f.limit = 500;
        count = int(reg.list(f)->size());
    });
    // Opening a document's scans: the list of its files, then one file read whole and checked.
    QSqlQuery withFiles(session.database().sql());
    qint64 owner = 0, fileId = 0;
    if (withFiles.exec(QStringLiteral("SELECT owner_id, id FROM attachments ORDER BY size DESC LIMIT 1")) && withFiles.next()) {
        owner = withFiles.value(0).toLongLong();
        fileId = withFiles.value(1).toLongLong();
    }
    documents::AttachmentStore files(session.database(), session.user(), session.actor());
    qint64 bytes = 0;
    const double listFiles = timeMs([&] { count = int(files.list(QStringLiteral("in"), owner)->size()); });
    // Once cold (the pages decrypted from the file), then warm from the page cache.
    const double openFileCold = timeMs([&] { bytes = files.read(fileId)->size(); }, 1);
    const double openFile = timeMs([&] { bytes = files.read(fileId)->size(); });
    int hits = 0;
    const double search = timeMs([&] {
        hits = int(documents::RegisterSearch::find(session.database(), session.user(), QStringLiteral("dang uy chuyen doi so"))->size());
    });
    const double searchMarked = timeMs([&] {
        hits = int(documents::RegisterSearch::find(session.database(), session.user(), QStringLiteral("Tỉnh ủy kiểm tra"))->size());
    });
    // A register book of about 1,000 lines: three weeks of 2024 (the register holds ~46 a day).
    int rows = 0;
    const QString pdf = dir + QStringLiteral("/register-bench.pdf");
    const double book = timeMs([&] {
        reports::RegisterBook::Request r{reports::RegisterBook::Kind::Incoming, QDate(2024, 1, 1), QDate(2024, 1, 22), false};
        auto doc = reports::RegisterBook::build(session.database(), session.user(), r, &rows);
        int pages = 0;
        if (!doc || !reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("bench"), &pages))
            std::fprintf(stderr, "the register book failed\n");
    }, 2);

    // What verify adds to the page and log checks (docs/FILE-FORMAT.md): the
    // search index recomputed from the lines, and the rows against the log.
    QStringList indexProblems, crossProblems;
    const double indexCheck = timeMs([&] { indexProblems = documents::SearchIndexCheck::mismatches(session.database()); }, 3);
    const double crossCheck = timeMs([&] { crossProblems = office::AuditCrossCheck::mismatches(session.database()); }, 3);
    // The signed log (FILE-FORMAT.md, "Signed audit log"): the chain with every
    // signature, the replay of whose key signed what, and what a sign-in reads.
    storage::AuditLog::Check chain;
    QStringList signatureProblems;
    const double chainCheck = timeMs([&] { chain = storage::AuditLog(session.database()).verify(); }, 3);
    const double signatureCheck = timeMs([&] { signatureProblems = office::AuditSignatures::problems(session.database()); }, 3);
    const double standing = timeMs([&] { (void)office::AuditSignatures::standing(session.database(), session.user().login); }, 3);
    if (!chain.ok)
        signatureProblems << chain.message;
    crossProblems << signatureProblems;
    // An honest file has none: any is a fault of the check, shown.
    for (const QString &p : indexProblems + crossProblems)
        std::fprintf(stderr, "finding: %s\n", qPrintable(p));
    const int indexFindings = int(indexProblems.size()), crossFindings = int(crossProblems.size());

    std::printf("%-52s %10s %10s\n", "operation", "ms", "target");
    std::printf("%-52s %10.1f %10s\n", "list, first page of 500 (newest first)", firstPage, "< 50");
    std::printf("%-52s %10.1f %10s\n", "list filtered by year and status", filtered, "< 50");
    std::printf("%-52s %10.1f %10s\n", "list of overdue documents", overdue, "< 50");
    std::printf("%-52s %10.1f %10s\n", "list filtered by sender \"tinh uy\" (no diacritics)", bySender, "< 50");
    std::printf("%-52s %10.1f %10s\n", "a document's attachments, listed", listFiles, "< 50");
    std::printf("%-52s %10.1f %10s   (%lld KB)\n", "the largest attachment, read and checked, first time", openFileCold, "< 50",
                bytes / 1024);
    std::printf("%-52s %10.1f %10s\n", "the same again (from the page cache)", openFile, "< 50");
    std::printf("%-52s %10.1f %10s\n", "search \"dang uy chuyen doi so\" (no diacritics)", search, "< 50");
    std::printf("%-52s %10.1f %10s\n", "search with diacritics (\"Tinh uy kiem tra\" marked)", searchMarked, "< 50");
    std::printf("%-52s %10.1f %10s   (%d lines)\n", "register book to PDF", book, "< 3000", rows);
    std::printf("%-52s %10.1f %10s   (%d findings)\n", "verify: search index against the lines", indexCheck, "-", indexFindings);
    std::printf("%-52s %10.1f %10s   (%d findings)\n", "verify: rows against the audit log", crossCheck, "-", crossFindings);
    std::printf("%-52s %10.1f %10s   (%lld entries)\n", "verify: audit chain and every signature", chainCheck, "-",
                static_cast<long long>(chain.entries));
    std::printf("%-52s %10.1f %10s   (%d findings)\n", "verify: whose key signed each entry", signatureCheck, "-",
                int(signatureProblems.size()));
    std::printf("%-52s %10.1f %10s\n", "sign-in: the user's standing from the log", standing, "< 100");
    std::printf("%-52s %10ld %10s\n", "peak memory, MiB", peakRssMiB(), "< 300");
    QFile::remove(pdf);
    created->session.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return 0;
}
