#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage {
class Database;
}

namespace vanphong::office {

// Compares the rows that decide who may do what, and where a document
// stands, with the audit log's latest values for them. A page copied back
// from an older copy of the file is authentic (same key, same place), so
// only this comparison sees it: a user re-enabled, a role raised, a
// document's status set back, without the change that would explain it.
class AuditCrossCheck final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCrossCheck)
public:
    // One translated line per row that disagrees with its log.
    static QStringList mismatches(storage::Database &db);
};

} // namespace vanphong::office
