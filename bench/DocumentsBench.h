#pragma once

#include <QString>

// `vanphong-bench documents`: a generated office with many registered
// documents and scanned attachments; times the first page of the list, filtered lists, search and a
// 1,000-row register book in PDF, and reports peak memory.
class DocumentsBench final
{
public:
    struct Options
    {
        int documents = 100000;
        int attachments = 20000;  // scans of 30-300 KB, on randomly chosen documents
        QString directory; // empty: a temporary folder
    };
    static int run(const Options &options);
};
