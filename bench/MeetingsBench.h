#pragma once

#include <QString>

// `vanphong-bench meetings`: a committee meeting with many minutes entries
// and papers with files, taken to a "laptop" as a package, edited there and
// merged back; times the export, the check-and-compare and the merge.
class MeetingsBench final
{
public:
    struct Options
    {
        int members = 45;    // a large commune committee
        int entries = 2000;  // minutes entries before the export
        int papers = 20;     // each with one file
        int fileKiB = 2048;  // per paper
        QString directory;   // empty: a temporary folder
    };
    static int run(const Options &options);
};
