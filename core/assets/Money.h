#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vanphong::assets {

// Money of the asset register: whole đồng in a 64-bit integer, never a
// floating point (a depreciation table must add up to the original cost to
// the đồng), written as the office writes it: 12.500.000.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    // The largest amount the register takes (a hundred thousand billion đồng):
    // amount × rate stays inside 64 bits.
    static constexpr qint64 Max = 100'000'000'000'000LL;

    // "12.500.000", "0", "-1.000" (a negative only where a difference is printed).
    static QString format(qint64 dong);
    // "12.500.000", "12500000", "12 500 000" or "12.500.000 đ" into 12500000.
    // Nothing for decimals ("12,5"), a misplaced separator ("1.25.000"),
    // a negative, letters or more than Max.
    static std::optional<qint64> parse(const QString &text);

    // A yearly rate in hundredths of a percent (basis points): 667 is 6,67 %.
    static QString formatRate(int basisPoints);
    // "6,67", "6.67", "12,5 %", "20" into basis points, 0..10000; nothing otherwise.
    static std::optional<int> parseRate(const QString &text);

    // amount × numerator / denominator, rounded half up, for non-negative values.
    static qint64 proportion(qint64 amount, qint64 numerator, qint64 denominator);
};

} // namespace vanphong::assets
