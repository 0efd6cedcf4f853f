#pragma once

#include "AnnualDepreciation.h"
#include "Asset.h"
#include "spreadsheet/Sheet.h"

#include <QCoreApplication>

namespace vanphong::assets {

// A sum over some of a year's lines: a category group, a funding source, all.
struct DepreciationTotal
{
    QString label; // the group's name; the funding's code (Asset::fundingCode)
    int items = 0;
    qint64 cost = 0;
    qint64 amount = 0;
    qint64 accumulated = 0;
    [[nodiscard]] qint64 bookValue() const { return cost - accumulated; }
    void add(const DepreciationLine &line);
};

// The depreciation table of a year as it was computed (and, once locked, as
// it was signed): per item its cost, rate, the year's depreciation, the
// accumulated and the book value; the totals by category group and by
// funding source. What the printed table and the screen show.
struct DepreciationTable
{
    Q_DECLARE_TR_FUNCTIONS(DepreciationTable)
public:
    struct Line
    {
        DepreciationLine line;
        Asset asset;
        QString groupName;
    };

    int year = 0;
    DepreciationYear state;
    QList<Line> lines; // by the categories' order, then code
    QList<DepreciationTotal> byGroup;
    QList<DepreciationTotal> byFunding;
    DepreciationTotal total;
    // The categories its lines use whose rates the accountant has not checked against the Thông tư.
    QStringList uncheckedCategories;
    // The register changed since the year was computed (never for a locked year).
    bool stale = false;

    // The year's table; Invalid when the year has not been computed.
    [[nodiscard]] static storage::Result<DepreciationTable> read(storage::Database &db, int year);
    // The year's table as a spreadsheet, a line an item, the book's titles (Permission::ExportAssets).
    [[nodiscard]] static storage::Result<spreadsheet::Sheet> exportSheet(storage::Database &db, int year);
};

} // namespace vanphong::assets
