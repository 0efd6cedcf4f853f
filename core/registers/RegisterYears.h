#pragma once

#include "storage/StorageError.h"

#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::registers {

// The years a register holds lines for, newest first: what a page's year
// filter offers, so that a 2015 dossier under retention review or a register
// imported from 2010 can still be chosen (a fixed "last ten years" could not).
class RegisterYears final
{
public:
    enum class Register { Incoming, Outgoing, Dossiers };

    [[nodiscard]] static storage::Result<QList<int>> held(storage::Database &db, Register which);
    // `held` with `alwaysShown` (this year, next year for a list planned ahead) among them, newest first.
    [[nodiscard]] static QList<int> offered(const QList<int> &held, const QList<int> &alwaysShown);
};

} // namespace vanphong::registers
