#pragma once

#include <QString>

// `vanphong-bench storage`: the same workload on plain SQLite and on an
// encrypted office file, in one run, with each figure and the ratio.
class StorageBench final
{
public:
    struct Options
    {
        int rows = 100000;
        int batch = 100;
        int reads = 100000;
        int blobMiB = 50;
        QString directory; // empty: a temporary folder
        int cacheKiB = 0;  // 0: the application's page cache (32 MiB)
        int repeat = 3;    // runs of each side, alternating; the median is reported
    };
    static int run(const Options &options);
};
