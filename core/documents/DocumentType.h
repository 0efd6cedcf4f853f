#pragma once

#include <QString>

namespace vanphong::documents {

// A kind of document (Quy định 399-QĐ/TW): its code in the file and on the
// command line, its name, the abbreviation printed in symbols, and the
// numbering series it shares (Quyết định and Quy định share "QĐ").
struct DocumentType
{
    QString code;         // "NQ", "QĐi"
    QString name;         // "Nghị quyết"
    QString abbreviation; // "NQ"; empty until the office sets it
    QString series;       // "NQ"
};

} // namespace vanphong::documents
