#pragma once

#include "search/DocumentSearch.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::documents {

// Search across both registers as Vietnamese users type ("dang uy" finds
// "Đảng ủy"). A document above the reader's clearance is found only by its
// register line, never by words of its content.
class RegisterSearch final
{
public:
    struct Line
    {
        QString kind;      // "in" or "out"
        qint64 id = 0;
        QString number;    // "12/2026" for incoming, "12-NQ/ĐU" for outgoing
        QString symbol;
        QDate date;
        QString party;     // sender, or signer for outgoing
        QString excerpt;   // hidden text when above the reader's clearance
        bool exactMarks = false;
    };

    [[nodiscard]] static storage::Result<QList<Line>> find(storage::Database &db, const office::UserAccount &reader,
                                                           const QString &text, int limit = 200);

private:
    // Secret lines whose excerpt is sealed (office::ClearanceKeys), opened
    // with the reader's keys and matched one by one, newest first.
    static storage::Result<QList<search::DocumentSearch::Hit>> sealedMatches(storage::Database &db,
                                                                             const office::UserAccount &reader,
                                                                             const QString &text, int limit);
};

} // namespace vanphong::documents
