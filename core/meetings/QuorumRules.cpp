#include "QuorumRules.h"

#include "office/AccessControl.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

int QuorumRules::presentNeeded(int members) const
{
    // At least n * a / b, rounded up: 2/3 of 15 is 10, of 16 is 11 (10.67).
    return (members * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
}

int QuorumRules::votesNeeded(int members) const
{
    // More than n * a / b: half of 15 is 7.5, so 8; half of 16 is 8, so 9.
    return members * majorityNumerator / majorityDenominator + 1;
}

bool QuorumRules::parseFraction(const QString &text, int *numerator, int *denominator)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    bool okA = false, okB = false;
    const int a = parts.at(0).trimmed().toInt(&okA);
    const int b = parts.at(1).trimmed().toInt(&okB);
    if (!okA || !okB || a <= 0 || b <= 0 || a > b)
        return false;
    *numerator = a;
    *denominator = b;
    return true;
}

storage::Result<QuorumRules> QuorumRules::load(storage::Database &db)
{
    QuorumRules rules;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('rules.meeting.quorum', 'rules.meeting.majority')")))
        return db.errorFor(q.lastError());
    while (q.next()) {
        const QString value = q.value(1).toString();
        if (q.value(0).toString() == QLatin1String("rules.meeting.quorum"))
            parseFraction(value, &rules.quorumNumerator, &rules.quorumDenominator);
        else
            parseFraction(value, &rules.majorityNumerator, &rules.majorityDenominator);
    }
    return rules;
}

storage::Status QuorumRules::save(storage::Database &db) const
{
    if (auto allowed = office::AccessControl::require(db, office::Permission::EditProfile); !allowed)
        return allowed;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[key, value] : {std::pair{QStringLiteral("rules.meeting.quorum"), QStringLiteral("%1/%2").arg(quorumNumerator).arg(quorumDenominator)},
                                     std::pair{QStringLiteral("rules.meeting.majority"), QStringLiteral("%1/%2").arg(majorityNumerator).arg(majorityDenominator)}}) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return db.errorFor(q.lastError());
    }
    return storage::Ok{};
}

} // namespace vanphong::meetings
