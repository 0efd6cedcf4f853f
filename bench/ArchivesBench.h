#pragma once

#include <QString>

// `vanphong-bench archives`: ten years of an office's archive in one
// encrypted file (issue 13): documents filed into dossiers, dossiers closed
// and lent; times the year's dossier list, the unfiled list, a dossier's
// contents, filing one document, and the dossier list of the whole archive
// as PDF.
class ArchivesBench final
{
public:
    struct Options
    {
        int documents = 20000; // incoming lines over ten years
        int dossiers = 5000;   // 500 a year
        int loans = 2000;
        QString directory;     // empty: a temporary folder
    };
    static int run(const Options &options);
};
