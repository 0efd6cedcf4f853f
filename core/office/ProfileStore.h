#pragma once

#include "OfficeProfile.h"
#include "storage/StorageError.h"

namespace vanphong::storage { class Database; }

namespace vanphong::office {

// Reads and writes the office profile (table office_profile), with audit.
class ProfileStore final
{
public:
    explicit ProfileStore(storage::Database &db);
    [[nodiscard]] storage::Result<OfficeProfile> load() const;
    [[nodiscard]] storage::Status save(const OfficeProfile &profile, const QString &actor);

private:
    storage::Database &m_db;
};

} // namespace vanphong::office
