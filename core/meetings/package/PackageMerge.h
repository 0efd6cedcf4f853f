#pragma once

#include "PackageChange.h"
#include "PackageSnapshot.h"

#include <QCoreApplication>
#include <QList>

namespace vanphong::meetings {

// The three-way comparison of a meeting package: `base` as it was exported,
// `office` as the office has it now, `package` as the laptop left it. What
// only the laptop changed comes back; what only the office changed stays; a
// field both changed to different values is a conflict for the user.
class PackageMerge final
{
    Q_DECLARE_TR_FUNCTIONS(PackageMerge)
public:
    [[nodiscard]] static QList<PackageChange> compare(const PackageSnapshot &base, const PackageSnapshot &office,
                                                      const PackageSnapshot &package);

    // Why `change` may not be written over the office's rows, or "": a merge
    // never lowers a paper's secrecy, never drops its recall, and never removes
    // a secret or recalled paper or the record of who holds a copy of one.
    [[nodiscard]] static QString refusal(const PackageChange &change, const PackageSnapshot &office);
    // The row in words, from whichever snapshot still has it.
    [[nodiscard]] static QString rowLabel(const PackageTable &table, const QString &key,
                                          const QList<const PackageSnapshot *> &where);

private:
    static void compareFields(const PackageTable &table, const QString &key, const PackageSnapshot::Row *base,
                              const PackageSnapshot::Row &office, const PackageSnapshot::Row &package, QList<PackageChange> *out);
    // A row of a two-column key that points at a row the laptop added.
    static bool pointsAtNewRow(const PackageTable &table, const QString &key, const PackageSnapshot &base);
};

} // namespace vanphong::meetings
