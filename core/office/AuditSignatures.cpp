#include "AuditSignatures.h"

#include "Role.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace vanphong::office {

using storage::AuditLog;

namespace {
constexpr int MaxListed = 20;

QJsonObject jsonOf(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// What only an administrator may change about an account.
bool sameStanding(const QJsonObject &before, const QJsonObject &after)
{
    for (const char *field : {"role", "clearance", "disabled", "login"})
        if (before.value(QLatin1String(field)) != after.value(QLatin1String(field)))
            return false;
    return true;
}

class Replay
{
public:
    QStringList problems;
    int more = 0;

    void report(const QString &line)
    {
        if (problems.size() < MaxListed)
            problems << line;
        else
            ++more;
    }

    bool isAdmin(const QString &login) const
    {
        return login == AuditLog::RecoveryActor || m_roles.value(login) == Roles::code(Role::Admin);
    }
    bool holds(const QString &owner, const QByteArray &key) const { return m_keys.value(owner).contains(key); }
    bool hasKey(const QString &owner) const { return !m_keys.value(owner).isEmpty(); }
    QString ownerOf(const QByteArray &key) const
    {
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
            if (it->contains(key))
                return it.key();
        return {};
    }
    void giveKey(const QString &owner, const QByteArray &key)
    {
        // A user's new key replaces the old (a reset password: the old one may
        // have leaked); the recovery code's keys are kept, see FILE-FORMAT.md.
        if (owner == AuditLog::RecoveryActor)
            m_keys[owner] << key;
        else
            m_keys[owner] = {key};
    }
    bool anyAccount() const { return !m_roles.isEmpty(); }
    void account(const QString &action, const QString &login, const QJsonObject &after)
    {
        if (action == QLatin1String("delete"))
            m_roles.remove(login);
        else
            m_roles[login] = after.value(QStringLiteral("role")).toString();
    }

private:
    QHash<QString, QList<QByteArray>> m_keys;
    QHash<QString, QString> m_roles;
};
} // namespace

QStringList AuditSignatures::problems(storage::Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, user_login, table_name, record_id, action, old_values, new_values, signer"
                               " FROM audit_log ORDER BY id")))
        return {db.errorFor(q.lastError()).message};
    Replay replay;
    while (q.next()) {
        const bool isSigned = !q.value(7).isNull();
        const qint64 id = q.value(0).toLongLong();
        const QString writer = q.value(1).toString();
        const QString table = q.value(2).toString();
        const QString record = q.value(3).toString();
        const QString action = q.value(4).toString();
        const QByteArray signer = q.value(7).toByteArray();
        // Entries made before signing began (AuditLog::verify counts them)
        // are only chained: they still say who held which role.
        if (!isSigned) {
            if (table == QLatin1String("users"))
                replay.account(action, record, jsonOf(q.value(6)));
            continue;
        }

        if (table == AuditLog::KeyTable && action == AuditLog::RegisterAction) {
            const QByteArray key = QByteArray::fromHex(
                jsonOf(q.value(6)).value(QStringLiteral("public_key")).toString().toLatin1());
            const bool ownFirst = signer == key && !replay.hasKey(record);
            const bool byAdmin = replay.holds(writer, signer) && replay.isAdmin(writer);
            if (key.size() != 32 || (!ownFirst && !byAdmin)) {
                replay.report(tr("Audit log entry %1 gives %2 a new signing key, but %3 could not do that: "
                                 "someone may be writing entries in another user's name.")
                                  .arg(id).arg(record, writer));
                continue;
            }
            replay.giveKey(record, key);
            continue;
        }
        if (!replay.holds(writer, signer)) {
            const QString owner = replay.ownerOf(signer);
            replay.report(owner.isEmpty()
                ? tr("Audit log entry %1 is in the name of %2, but is signed with a key the log never gave %2: "
                     "someone else wrote it.").arg(id).arg(writer)
                : tr("Audit log entry %1 is in the name of %2, but is signed with %3's key: %3 wrote it.")
                      .arg(id).arg(writer, owner));
            continue;
        }
        if (table == QLatin1String("users")) {
            const QJsonObject before = jsonOf(q.value(5));
            const QJsonObject after = jsonOf(q.value(6));
            // The office's first account is made by its founder, before anyone is an administrator.
            const bool founding = action == QLatin1String("insert") && !replay.anyAccount();
            const bool ownDetails = action == QLatin1String("update") && writer == record && sameStanding(before, after);
            if (!founding && !ownDetails && !replay.isAdmin(writer))
                replay.report(tr("Audit log entry %1 changes the account of %2, but %3 was not an administrator then.")
                                  .arg(id).arg(record, writer));
            replay.account(action, record, after);
        }
    }
    if (replay.more > 0)
        replay.problems << tr("%n more audit log entries signed by someone other than their writer.", nullptr, replay.more);
    return replay.problems;
}

} // namespace vanphong::office
