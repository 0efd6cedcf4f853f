#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage {
class Database;
}

namespace vanphong::documents {

// The register counters (number_series, NumberSeries) against the lines
// numbered from them. Numbers are taken in the transaction that writes the
// line, and lines are never removed, so each counter stands at its series'
// highest number. A counter set back makes the register refuse new lines
// (the number is taken); one set forward skips numbers; a line removed with
// a tool leaves its number above the highest left.
class NumberSeriesCheck final
{
    Q_DECLARE_TR_FUNCTIONS(NumberSeriesCheck)
public:
    // One translated line per series whose counter disagrees with its lines.
    static QStringList mismatches(storage::Database &db);
};

} // namespace vanphong::documents
