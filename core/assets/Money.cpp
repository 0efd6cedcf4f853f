#include "Money.h"

#include <QRegularExpression>

namespace vanphong::assets {

QString Money::format(qint64 dong)
{
    const bool negative = dong < 0;
    QString digits = QString::number(negative ? -dong : dong);
    for (int at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

std::optional<qint64> Money::parse(const QString &text)
{
    QString t = text.trimmed();
    // The unit is often typed or pasted with the amount.
    static const QRegularExpression unit(QStringLiteral("\\s*(đồng|đ|vnđ|vnd)\\.?$"), QRegularExpression::CaseInsensitiveOption);
    t.remove(unit);
    t.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    // Digits alone, or groups of three after the first, separated by dots or spaces.
    static const QRegularExpression plain(QStringLiteral("^\\d{1,15}$"));
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([. ]\\d{3})+$"));
    if (!plain.match(t).hasMatch() && !grouped.match(t).hasMatch())
        return std::nullopt;
    const QChar separator = t.contains(QLatin1Char('.')) ? QLatin1Char('.') : QLatin1Char(' ');
    if (t.contains(QLatin1Char('.')) && t.contains(QLatin1Char(' ')))
        return std::nullopt; // "1.000 000": two kinds of separator, a typing slip
    t.remove(separator);
    if (t.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok || value > Max)
        return std::nullopt;
    return value;
}

QString Money::formatRate(int basisPoints)
{
    const int whole = basisPoints / 100;
    const int cents = basisPoints % 100;
    if (cents == 0)
        return QString::number(whole);
    if (cents % 10 == 0)
        return QStringLiteral("%1,%2").arg(whole).arg(cents / 10);
    return QStringLiteral("%1,%2").arg(whole).arg(cents, 2, 10, QLatin1Char('0'));
}

std::optional<int> Money::parseRate(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression rate(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const auto m = rate.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    const int value = m.captured(1).toInt() * 100 + cents.toInt();
    if (value > 10000)
        return std::nullopt;
    return value;
}

qint64 Money::proportion(qint64 amount, qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return 0;
    // amount ≤ Max (1e14) and numerator ≤ 10000 (a rate) or 12 (months): the product fits.
    return (amount * numerator + denominator / 2) / denominator;
}

} // namespace vanphong::assets
