#include "ArchivesBench.h"

#include "BenchOffice.h"
#include "BenchTiming.h"
#include "archives/DossierFiling.h"
#include "archives/DossierLending.h"
#include "archives/DossierRegister.h"
#include "crypto/Kdf.h"
#include "documents/IncomingRegister.h"
#include "office/OfficeSession.h"
#include "reports/ArchivePapers.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>
#include <limits>

using namespace vanphong;

int ArchivesBench::run(const Options &o)
{
    QTemporaryDir temp;
    const QString dir = o.directory.isEmpty() ? temp.path() : o.directory;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/archives-bench.vpdb");
    auto created = createBenchOffice(path);
    if (!created)
        return benchFailed("create", created.error().message);
    office::OfficeSession &s = *created->session;
    const int years = 10;
    const int firstYear = QDate::currentDate().year() - years;
    std::printf("vanphong-bench archives: %d documents, %d dossiers, %d loans over %d years in an encrypted office file\n",
                o.documents, o.dossiers, o.loans, years);
    QElapsedTimer generation;
    generation.start();
    QRandomGenerator rng(2026);
    QSqlQuery(s.database().sql()).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // generation only
    documents::IncomingRegister incoming(s.database(), s.user(), s.actor());
    archives::DossierRegister reg(s.database(), s.actor());
    archives::DossierFiling filing(s.database(), s.user(), s.actor());
    const int perYear = std::max(1, o.dossiers / years);
    QList<QList<qint64>> dossiersOfYear(years);
    for (int y = 0; y < years; ++y) {
        for (int n = 1; n <= perYear; ++n) {
            archives::Dossier d;
            d.year = firstYear + y;
            d.number = QString::number(n);
            d.title = QStringLiteral("Hồ sơ công việc số %1 năm %2").arg(n).arg(d.year);
            d.retentionYears = n % 4 == 0 ? 0 : 5 + 5 * int(n % 3);
            d.keeper = QStringLiteral("bench");
            d.room = QString::number(1 + n % 3);
            d.box = QString::number(1 + n / 20);
            auto added = reg.add(d);
            if (!added)
                return benchFailed("dossier", added.error().message);
            dossiersOfYear[y] << added->id;
        }
    }
    // Nine documents in ten filed; the rest left for the unfiled list.
    QList<qint64> lastYearUnfiled;
    for (int i = 0; i < o.documents; ++i) {
        const int y = i * years / o.documents;
        documents::IncomingDocument d;
        const QDate day = QDate(firstYear + y, 1, 1).addDays(int(rng.bounded(360)));
        d.receivedAt = QDateTime(day, QTime(8, 0));
        d.sender = QStringLiteral("Văn phòng Tỉnh ủy");
        d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-CV/VPTU").arg(i % 900 + 1));
        d.documentDate = day;
        d.excerpt = QStringLiteral("Về việc công tác số %1").arg(i);
        auto added = incoming.add(d);
        if (!added)
            return benchFailed("document", added.error().message);
        if (i % 10 != 0) {
            const QList<qint64> &pool = dossiersOfYear.at(y);
            if (auto filed = filing.file(pool.at(int(rng.bounded(int(pool.size())))), QStringLiteral("in"), added->id); !filed)
                return benchFailed("file", filed.error().message);
        } else if (y == years - 1) {
            lastYearUnfiled << added->id;
        }
        if ((i + 1) % 5000 == 0)
            std::fprintf(stderr, "  %d documents\n", i + 1);
    }
    // The years before the last closed; loans of their dossiers, returned but for the last ones.
    archives::DossierLending lending(s.database(), s.actor());
    QList<std::pair<qint64, QDate>> closed; // a dossier, the day it was closed
    for (int y = 0; y < years - 1; ++y)
        for (const qint64 id : dossiersOfYear.at(y))
            if (reg.close(id, QDate(firstYear + y, 12, 31), 10 + int(rng.bounded(90))))
                closed.append({id, QDate(firstYear + y, 12, 31)});
    const QDate lastLoan = QDate::currentDate().addDays(-40); // all returned by now but the last ones
    for (int i = 0; i < o.loans && !closed.isEmpty(); ++i) {
        const auto [id, closedOn] = closed.at(i % closed.size());
        // A dossier is lent once it is closed (DossierLending refuses earlier).
        const qint64 span = std::max<qint64>(1, closedOn.daysTo(lastLoan));
        const QDate lent = closedOn.addDays(1 + qint64(rng.bounded(quint32(span))));
        auto loan = lending.lend(id, QStringLiteral("Người mượn %1").arg(i), false, QStringLiteral("Tra cứu"), {}, lent, lent.addDays(14));
        if (!loan)
            return benchFailed("loan", loan.error().message);
        if (i < o.loans - 20)
            if (auto back = lending.giveBack(loan->id, lent.addDays(10)); !back)
                return benchFailed("return", back.error().message);
    }
    std::printf("generated in %.1f s; file %.1f MiB\n\n", double(generation.elapsed()) / 1000.0,
                double(QFileInfo(path).size()) / 1048576.0);

    const int lastYear = firstYear + years - 1;
    archives::DossierFilter yearList;
    yearList.year = lastYear;
    yearList.registerOrder = true;
    yearList.limit = std::numeric_limits<int>::max();
    int listed = 0, unfiledCount = 0, contained = 0;
    const double list = timeMs([&] { listed = int(reg.list(yearList)->size()); });
    const double unfiled = timeMs([&] { unfiledCount = int(filing.unfiled(lastYear)->size()); });
    const qint64 busy = dossiersOfYear.at(years - 1).first();
    const double contents = timeMs([&] { contained = int(filing.contents(busy)->size()); });
    int next = 0;
    const double fileOne = timeMs([&] {
        // A different document each run, filed and taken out again: the write as a clerk makes it.
        const qint64 doc = lastYearUnfiled.at(next++ % lastYearUnfiled.size());
        (void)filing.file(busy, QStringLiteral("in"), doc);
        (void)filing.unfile(QStringLiteral("in"), doc);
    });
    int rows = 0, pages = 0;
    const QString pdf = dir + QStringLiteral("/archive-index.pdf");
    const double index = timeMs([&] {
        // The archive index of every dossier as one paper, rendered to PDF.
        auto doc = reports::ArchivePapers::archiveIndex(s.database(), 0, 0, &rows);
        if (!doc || !reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, {}, &pages))
            rows = pages = 0;
    }, 3);
    std::printf("%-58s %10s %10s\n", "operation", "ms", "target");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("dossier list of a year (%1 dossiers)").arg(listed)), list, "< 20");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("unfiled list of a year (%1 documents)").arg(unfiledCount)), unfiled, "< 20");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("a dossier's contents (%1 documents)").arg(contained)), contents, "< 20");
    std::printf("%-58s %10.1f %10s\n", "filing one document (and taking it out again)", fileOne, "< 20");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("archive index as PDF (%1 dossiers, %2 pages)").arg(rows).arg(pages)),
                index, "< 5000");
    return 0;
}
