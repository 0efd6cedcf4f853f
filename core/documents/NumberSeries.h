#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vanphong::documents {

// Register numbers: one counter per series ("in:2026", "out:3:NQ"), taken
// inside the caller's write transaction, so that numbers are never reused and
// have no gaps even with two writers (the transaction serialises them).
class NumberSeries final
{
public:
    [[nodiscard]] static std::optional<int> next(QSqlDatabase db, const QString &seriesKey);
    // Makes sure the series has reached `number` (an imported line kept its number).
    [[nodiscard]] static bool atLeast(QSqlDatabase db, const QString &seriesKey, int number);
};

} // namespace vanphong::documents
