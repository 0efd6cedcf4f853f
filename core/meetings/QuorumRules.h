#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// When a meeting may be held and when it has decided (Điều lệ Đảng; the
// figures are editable data, DOMAIN.md marks them "check"): valid with at
// least two thirds of the members present; a decision needs more than half
// of all members (not of those present) in favour.
struct QuorumRules
{
    Q_DECLARE_TR_FUNCTIONS(QuorumRules)
public:
    int quorumNumerator = 2, quorumDenominator = 3;     // present >= members * 2/3
    int majorityNumerator = 1, majorityDenominator = 2; // for > members * 1/2

    [[nodiscard]] int presentNeeded(int members) const;  // the fewest present for a valid meeting
    [[nodiscard]] int votesNeeded(int members) const;    // the fewest votes for a decision
    [[nodiscard]] bool canMeet(int members, int present) const { return present >= presentNeeded(members); }
    [[nodiscard]] bool decides(int members, int votesFor) const { return votesFor >= votesNeeded(members); }

    [[nodiscard]] static storage::Result<QuorumRules> load(storage::Database &db);
    [[nodiscard]] storage::Status save(storage::Database &db) const;
    // "2/3" -> 2, 3; false when it is not a fraction between 0 and 1.
    static bool parseFraction(const QString &text, int *numerator, int *denominator);
};

} // namespace vanphong::meetings
