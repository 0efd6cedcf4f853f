#pragma once

#include "DepreciationSchedule.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::assets {

// A year of the depreciation: when it was computed, and once its table is
// signed, locked.
struct DepreciationYear
{
    int year = 0;
    QDateTime computedAt;
    QString computedBy;
    int lines = 0;
    qint64 total = 0;
    QDate lockedOn;   // the day its table was signed
    QString signedBy; // who signed it (the accountant, the office chief)
    QString lockedBy; // the user who locked it
    [[nodiscard]] bool isLocked() const { return lockedOn.isValid(); }
};

struct DepreciationRun
{
    int year = 0;
    QList<int> years;              // the years computed (the year asked, and any unlocked year around it)
    QList<DepreciationLine> lines; // the year's lines
    qint64 total = 0;              // the year's depreciation
    bool dryRun = false;
};

// The yearly depreciation (hao mòn) of the fixed assets, computed once a year
// for December (docs/ASSETS.md). A run is reproducible: it computes its
// years again from the register, the categories' rates and the lines of the
// locked years, so running 2026 twice gives the same lines, and running an
// unlocked year after a rate changed computes it with the new rate. A later
// unlocked year is computed along, so that no stale year follows a new one.
// A locked year is never computed again. Permission::KeepAssets.
class AnnualDepreciation final
{
    Q_DECLARE_TR_FUNCTIONS(AnnualDepreciation)
public:
    AnnualDepreciation(storage::Database &db, QString actor);

    // Computes `year` (and stores it unless `dryRun`).
    [[nodiscard]] storage::Result<DepreciationRun> run(int year, bool dryRun = false);
    // Locks a computed year once its table is signed: `signedBy` signed it on
    // `signedOn`. Years lock in order; a year whose register changed since it
    // was computed must be computed (and printed) again first.
    [[nodiscard]] storage::Status lock(int year, const QString &signedBy, const QDate &signedOn);

    // Whether the year's stored lines are what the register gives now (a
    // locked year always is: it is what was signed). Any reader may ask.
    [[nodiscard]] storage::Result<bool> matchesRegister(int year) const;

    [[nodiscard]] storage::Result<QList<DepreciationYear>> years() const;
    // The unlocked years computed whose lines the register no longer gives (to compute again).
    [[nodiscard]] storage::Result<QList<int>> staleYears() const;
    [[nodiscard]] storage::Result<std::optional<DepreciationYear>> year(int year) const;

    // The stored lines of the years `fromYear`..`toYear`, by year, each year's by asset id.
    [[nodiscard]] static storage::Result<QHash<int, QList<DepreciationLine>>> storedLines(storage::Database &db, int fromYear, int toYear);
    // The last locked year; 0 when none.
    [[nodiscard]] static storage::Result<int> lastLockedYear(storage::Database &db);
    // How many lines of locked years hold the item.
    [[nodiscard]] static storage::Result<int> lockedLines(storage::Database &db, qint64 assetId);
    // An operation dated `on` that changes what a year's depreciation is: refused
    // while that year is locked (Invalid), Ok otherwise.
    [[nodiscard]] static storage::Status checkOpenYear(storage::Database &db, const QDate &on);

private:
    // Every fixed asset's lines from `fromYear` to `toYear`, from the register as it is.
    [[nodiscard]] storage::Result<QList<DepreciationLine>> compute(int fromYear, int toYear) const;

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::assets
