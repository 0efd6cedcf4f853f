#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage {
class Database;
}

namespace vanphong::office {

// The office profile (ProfileStore: one row per key) against the audit
// log's latest profile entry, which holds every key. The profile names the
// office on every document it prints, and its issuer abbreviation is part of
// each outgoing symbol.
class ProfileCrossCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCrossCheck)
public:
    // One translated line per key that disagrees with the log.
    static QStringList mismatches(storage::Database &db);
};

} // namespace vanphong::office
