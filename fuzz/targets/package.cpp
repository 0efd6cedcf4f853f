// The meeting package importer (core/meetings/package): what it does with a
// package's rows once the package has been opened and verified.
//
// Why here and not at the file: a package is an office file of its own,
// every page authenticated under a key from its password, so bytes changed
// without the password never get past FileHeader (the header target) and the
// page check. Whoever has the password, though, can write any rows into it;
// those rows are what this target feeds the importer: a laptop snapshot (in
// PackageSnapshot's stored form, which deserialize() also parses) compared
// three ways with a fixed base and office, each change checked against the
// protections (PackageMerge::refusal) and put into words as the user sees it.
#include "FuzzSupport.h"

#include "meetings/package/PackageMerge.h"
#include "meetings/package/PackageSnapshot.h"
#include "meetings/package/PackageTable.h"

using namespace vanphong;
using namespace vanphong::meetings;

namespace {
// A meeting with two rows in every table, as the office exported it.
PackageSnapshot exported()
{
    PackageSnapshot s;
    for (const PackageTable &t : PackageTable::all()) {
        for (int id = 1; id <= 2; ++id) {
            const QString key = t.keys.size() == 1 ? QString::number(id) : QStringLiteral("%1/%2").arg(id).arg(3 - id);
            PackageSnapshot::Row row;
            for (const QString &column : t.columns) {
                if (column == QLatin1String("meeting_id"))
                    row << QVariant(QStringLiteral("1"));
                else if (column.endsWith(QLatin1String("_at")) || column.endsWith(QLatin1String("_on")))
                    row << QVariant(QStringLiteral("2026-03-05T08:30:00"));
                else if (column == QLatin1String("confidentiality") || column == QLatin1String("recall")
                         || column == QLatin1String("attendance") || column == QLatin1String("state"))
                    row << QVariant(QString::number(id - 1));
                else if (column.startsWith(QLatin1String("votes")) || column == QLatin1String("position"))
                    row << QVariant(QString::number(id));
                else
                    row << QVariant(QStringLiteral("%1 %2").arg(column).arg(id));
            }
            s.insert(t.name, key, row);
        }
    }
    return s;
}

// The office since: a field changed, so that conflicts happen.
PackageSnapshot officeNow()
{
    PackageSnapshot s = exported();
    const PackageTable *t = PackageTable::find(QStringLiteral("meetings"));
    PackageSnapshot::Row row = *s.row(t->name, QStringLiteral("1"));
    row[t->columnIndex(QStringLiteral("place"))] = QStringLiteral("Hội trường Đảng ủy");
    s.insert(t->name, QStringLiteral("1"), row);
    return s;
}

void makeSeeds(const QString &folder)
{
    const PackageSnapshot base = exported();
    fuzz::writeSeed(folder, QStringLiteral("unchanged"), base.serialize());
    PackageSnapshot laptop = base;
    const PackageTable *meetings = PackageTable::find(QStringLiteral("meetings"));
    PackageSnapshot::Row m = *laptop.row(meetings->name, QStringLiteral("1"));
    m[meetings->columnIndex(QStringLiteral("place"))] = QStringLiteral("Phòng họp số 2");
    m[meetings->columnIndex(QStringLiteral("confidentiality"))] = QVariant();
    laptop.insert(meetings->name, QStringLiteral("1"), m);
    const PackageTable *papers = PackageTable::find(QStringLiteral("meeting_documents"));
    PackageSnapshot::Row paper = *laptop.row(papers->name, QStringLiteral("2"));
    paper[papers->columnIndex(QStringLiteral("recall"))] = QStringLiteral("0");
    laptop.insert(papers->name, QStringLiteral("2"), paper);
    laptop.insert(papers->name, QStringLiteral("7"), paper);
    const PackageTable *minutes = PackageTable::find(QStringLiteral("minutes_entries"));
    laptop.insert(minutes->name, QStringLiteral("9"), *laptop.row(minutes->name, QStringLiteral("1")));
    fuzz::writeSeed(folder, QStringLiteral("edited"), laptop.serialize());
    fuzz::seedsWritten(folder, 2);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QString folder = fuzz::seedFolder(); !folder.isEmpty())
        makeSeeds(folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const PackageSnapshot base = exported();
    static const PackageSnapshot office = officeNow();
    const auto laptop = PackageSnapshot::deserialize(fuzz::bytesOf(data, size));
    if (!laptop)
        return 0;
    // The stored form is stable: what was read writes back the same.
    const QByteArray stored = laptop->serialize();
    const auto again = PackageSnapshot::deserialize(stored);
    if (!again || again->serialize() != stored)
        fuzz::fail("a snapshot does not read back the same");
    QList<PackageChange> changes = PackageMerge::compare(base, office, *laptop);
    for (PackageChange &c : changes) {
        c.refused = PackageMerge::refusal(c, office);
        (void)c.summary();
        (void)PackageSnapshot::keyValues(c.key);
    }
    return 0;
}
