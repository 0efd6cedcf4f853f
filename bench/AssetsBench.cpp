#include "AssetsBench.h"

#include "BenchOffice.h"
#include "BenchTiming.h"
#include "assets/AnnualDepreciation.h"
#include "assets/AssetCategories.h"
#include "assets/AssetInventory.h"
#include "assets/AssetMovements.h"
#include "assets/AssetRegister.h"
#include "office/OfficeSession.h"
#include "reports/AssetLabels.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace vanphong;

int AssetsBench::run(const Options &o)
{
    QTemporaryDir temp;
    const QString dir = o.directory.isEmpty() ? temp.path() : o.directory;
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/assets-bench.vpdb");
    auto created = createBenchOffice(path);
    if (!created)
        return benchFailed("create", created.error().message);
    office::OfficeSession &s = *created->session;
    const int lastYear = QDate::currentDate().year();
    const int firstYear = lastYear - o.years + 1;
    std::printf("vanphong-bench assets: %d items over %d years (%d-%d) in an encrypted office file\n", o.items, o.years, firstYear, lastYear);
    QElapsedTimer generation;
    generation.start();
    QRandomGenerator rng(2026);
    QSqlQuery(s.database().sql()).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // generation only
    auto categories = assets::AssetCategories(s.database()).all();
    if (!categories)
        return benchFailed("categories", categories.error().message);
    assets::AssetRegister reg(s.database(), s.actor());
    assets::AssetMovements moves(s.database(), s.actor());
    QList<qint64> ids;
    QStringList codes;
    for (int batch = 0; batch < o.items; batch += 1000) {
        // A thousand items a transaction: the generator's speed, not the clerk's.
        storage::Transaction t(s.database().sql());
        for (int i = batch; i < std::min(o.items, batch + 1000); ++i) {
            const assets::AssetCategory &c = categories->at(int(rng.bounded(quint32(categories->size()))));
            assets::Asset a;
            a.name = QStringLiteral("%1 số %2").arg(c.name).arg(i + 1);
            a.categoryCode = c.code;
            a.originalCost = 5'000'000 + qint64(rng.bounded(200'000u)) * 10'000;
            a.acquiredOn = std::min(QDate::currentDate(),
                                    QDate(firstYear + int(rng.bounded(quint32(o.years))), 1 + int(rng.bounded(12u)), 1 + int(rng.bounded(28u))));
            a.room = QStringLiteral("Phòng %1").arg(1 + i % 12);
            a.custodian = QStringLiteral("Cán bộ %1").arg(1 + i % 40);
            auto added = reg.add(a);
            if (!added)
                return benchFailed("item", added.error().message);
            ids << added->id;
            codes << added->code;
            // One in twenty upgraded a year or two later; one in fifty disposed of.
            const QDate later = a.acquiredOn.addYears(1 + int(rng.bounded(2u)));
            if (i % 20 == 0 && later <= QDate::currentDate())
                if (auto up = moves.upgrade(added->id, later, 2'000'000, i % 40 == 0 ? 3 : 0, QStringLiteral("HĐ %1").arg(i)); !up)
                    return benchFailed("upgrade", up.error().message);
            if (i % 50 == 1 && later <= QDate::currentDate())
                if (auto gone = moves.dispose(added->id, later, QStringLiteral("QĐ %1").arg(i), QStringLiteral("BB %1").arg(i), 0); !gone)
                    return benchFailed("dispose", gone.error().message);
        }
        if (!t.commit())
            return benchFailed("commit", QStringLiteral("items"));
    }
    std::printf("generated in %.1f s; file %.1f MiB\n\n", double(generation.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1048576.0);

    assets::AnnualDepreciation depreciation(s.database(), s.actor());
    int lines = 0;
    // Every year from the first, nothing locked: what a first run (or a rate changed in an unlocked register) costs.
    const double fifteen = timeMs([&] {
        auto all = depreciation.run(lastYear);
        lines = all ? int(all->years.size()) : -1;
    }, 2);
    if (lines != o.years)
        return benchFailed("depreciate", QStringLiteral("%1 years computed").arg(lines));
    // The years before signed and locked; then December's run of one year.
    for (int y = firstYear; y < lastYear; ++y)
        if (auto locked = depreciation.lock(y, QStringLiteral("Kế toán"), QDate::currentDate()); !locked)
            return benchFailed("lock", locked.error().message);
    int yearLines = 0;
    const double oneYear = timeMs([&] {
        auto run = depreciation.run(lastYear);
        yearLines = run ? int(run->lines.size()) : -1;
    }, 3);

    int listed = 0, found = 0;
    const double list = timeMs([&] { listed = int(reg.list({})->size()); });
    assets::AssetFilter search;
    search.text = QStringLiteral("may tinh so 12");
    const double searched = timeMs([&] { found = int(reg.list(search)->size()); });

    assets::AssetInventory inventory(s.database(), s.actor());
    if (auto started = inventory.start(QDate::currentDate(), {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")}, {}); !started)
        return benchFailed("inventory", started.error().message);
    int next = 0;
    const double scan = timeMs([&] {
        // A different label each scan, as the committee walks the rooms.
        (void)inventory.scan(codes.at((next++ * 7919) % codes.size()));
    }, 20);

    const QString pdf = dir + QStringLiteral("/labels.pdf");
    int pages = 0;
    const QList<qint64> labelled = ids.mid(0, o.labels);
    const double labels = timeMs([&] {
        if (!reports::AssetLabels::writePdf(s.database(), labelled, pdf, &pages))
            pages = 0;
    }, 2);

    std::printf("%-58s %10s %10s\n", "operation", "ms", "target");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("%1 years' depreciation computed from nothing").arg(o.years)), fifteen, "< 10000");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("one year's depreciation (%1 items)").arg(yearLines)), oneYear, "< 1000");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("the register's list (first %1 lines)").arg(listed)), list, "< 20");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("a search (\"may tinh so 12\": %1 items)").arg(found)), searched, "< 20");
    std::printf("%-58s %10.1f %10s\n", "marking a scanned code in the inventory", scan, "< 20");
    std::printf("%-58s %10.1f %10s\n", qPrintable(QStringLiteral("labels as PDF (%1 labels, %2 pages)").arg(labelled.size()).arg(pages)), labels,
                "< 3000");
    std::printf("\nratios to target: years %.2f, one year %.2f, list %.2f, search %.2f, scan %.2f, labels %.2f\n", fifteen / 10000, oneYear / 1000,
                list / 20, searched / 20, scan / 20, labels / 3000);
    return 0;
}
