#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage {
class Database;
}

namespace vanphong::office {

// Compares the rows that decide who may do what, and where a document
// stands, with the audit log's latest values for them. A page copied back
// from an older copy of the file is authentic (same key, same place), and a
// row edited with a decrypting tool is written back under the same key, so
// only this comparison sees them: a user re-enabled, a role raised, a
// document's status set back or its dates changed, a scan swapped, a
// meeting moved, without the change that would explain it. Each table's
// fields are compared with the JSON keys its entries log; an entry without a
// key (an older version's) compares nothing for it. Also run: the file's
// kind (FileKindCheck), the office profile (ProfileCrossCheck) and the
// register counters (documents::NumberSeriesCheck).
class AuditCrossCheck final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCrossCheck)
public:
    // One translated line per row that disagrees with its log.
    static QStringList mismatches(storage::Database &db);
};

} // namespace vanphong::office
