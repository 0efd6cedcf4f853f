#pragma once

#include <QString>

// `vanphong-bench assets`: an office's asset register of fifteen years in one
// encrypted file (issue 14): items of every category, some upgraded or
// disposed of. Times the fifteen years computed from nothing, one year's run
// once the earlier years are locked, the register's list and a search,
// marking a scanned code in an inventory, and a sheet of labels as PDF.
class AssetsBench final
{
public:
    struct Options
    {
        int items = 20000;
        int years = 15;
        int labels = 1000;
        QString directory; // empty: a temporary folder
    };
    static int run(const Options &options);
};
