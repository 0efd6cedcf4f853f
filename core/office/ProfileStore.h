#pragma once

#include "OfficeProfile.h"
#include "storage/StorageError.h"

namespace vanphong::storage { class Database; }

namespace vanphong::office {

// Reads and writes the office profile (table office_profile, one row per
// key: a new key needs no schema change), with audit. A file made before
// the committee's name was kept gets it worked out from the organisation's
// (OfficeProfile::completeNames), with a note saying so.
class ProfileStore final
{
public:
    explicit ProfileStore(storage::Database &db);
    [[nodiscard]] storage::Result<OfficeProfile> load() const;
    enum class Check { Rules, None };
    // `Check::None` only for a profile not filled in yet (vanphong-cli init without names).
    [[nodiscard]] storage::Status save(const OfficeProfile &profile, const QString &actor, Check check = Check::Rules);

private:
    storage::Database &m_db;
};

} // namespace vanphong::office
