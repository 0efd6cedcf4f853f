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
        return login == AuditLog::RecoveryActor
            || m_accounts.value(login).role == Roles::code(Role::Admin);
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
    void giveKey(const QString &owner, const QByteArray &key, qint64 entry)
    {
        m_keyEntries[owner] = entry;
        // A user's new key replaces the old (a reset password: the old one may
        // have leaked); the recovery code's keys are kept, see FILE-FORMAT.md.
        if (owner == AuditLog::RecoveryActor)
            m_keys[owner] << key;
        else
            m_keys[owner] = {key};
    }
    bool anyAccount() const { return !m_accounts.isEmpty(); }
    void account(const QString &action, const QString &login, const QJsonObject &after)
    {
        if (action == QLatin1String("delete")) {
            m_accounts.remove(login);
            return;
        }
        AuditSignatures::Standing &a = m_accounts[login];
        a.role = after.value(QStringLiteral("role")).toString();
        a.clearance = after.value(QStringLiteral("clearance")).toInt();
        a.disabled = after.value(QStringLiteral("disabled")).toBool();
    }
    const QHash<QString, QList<QByteArray>> &keys() const { return m_keys; }
    const QHash<QString, qint64> &keyEntries() const { return m_keyEntries; }
    const QHash<QString, AuditSignatures::Standing> &accounts() const { return m_accounts; }
    const QHash<QPair<int, int>, QByteArray> &clearanceKeyIds() const { return m_clearanceKeyIds; }
    const QHash<QString, QList<QByteArray>> &slotKeys() const { return m_slotKeys; }
    // A user's slot is the one of his newest key (an empty `slot`: not known
    // yet, until he claims it); the recovery code's slots add up, as its keys.
    void giveSlot(const QString &owner, const QByteArray &slot)
    {
        if (owner == AuditLog::RecoveryActor) {
            if (!slot.isEmpty())
                m_slotKeys[owner] << slot;
            return;
        }
        m_slotKeys[owner] = slot.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{slot};
    }
    qint64 strippedAt() const { return m_strippedAt; }
    std::optional<AuditSignatures::Standing> accountOf(const QString &login) const
    {
        const auto it = m_accounts.constFind(login);
        return it == m_accounts.cend() ? std::nullopt : std::optional(*it);
    }

    // Walks the log (or only what decides keys and accounts), applying what
    // its writers could do and reporting the rest.
    bool run(storage::Database &db, bool keysAndAccountsOnly);

private:
    void entry(const QSqlQuery &q, bool checkSignature);

    QHash<QString, QList<QByteArray>> m_keys;
    QHash<QString, qint64> m_keyEntries;
    QHash<QString, AuditSignatures::Standing> m_accounts;
    QHash<QPair<int, int>, QByteArray> m_clearanceKeyIds;
    QHash<QString, QList<QByteArray>> m_slotKeys;
    std::optional<AuditLog> m_log; // the MAC key, for the sign-in's check of each entry
    bool m_signingBegan = false;
    qint64 m_strippedAt = 0;
};

bool Replay::run(storage::Database &db, bool keysAndAccountsOnly)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, user_login, table_name, record_id, action, old_values, new_values,"
                                           " signer, signature, mac, at,"
                                           " (SELECT p.mac FROM audit_log p WHERE p.id = audit_log.id - 1) FROM audit_log");
    if (keysAndAccountsOnly) {
        q.prepare(columns + QStringLiteral(" WHERE table_name IN ('users', ?, ?) ORDER BY id"));
        q.addBindValue(AuditLog::KeyTable);
        q.addBindValue(AuditSignatures::ClearanceKeyTable);
    } else {
        q.prepare(columns + QStringLiteral(" ORDER BY id"));
    }
    if (!q.exec()) {
        problems << db.errorFor(q.lastError()).message;
        return false;
    }
    m_log.emplace(db);
    while (q.next())
        entry(q, keysAndAccountsOnly);
    return true;
}

void Replay::entry(const QSqlQuery &q, bool checkSignature)
{
    const qint64 id = q.value(0).toLongLong();
    const QString writer = q.value(1).toString();
    const QString table = q.value(2).toString();
    const QString record = q.value(3).toString();
    const QString action = q.value(4).toString();
    const QByteArray signer = q.value(7).toByteArray();
    // A sign-in reads only some entries, not the chain: each one believed
    // must be what its MAC (and so its signature) says, or a signed entry's
    // content could be rewritten under its kept MAC and signature.
    if (checkSignature && m_log
        && !m_log->entryMatches(id, q.value(10).toString(),
                                {writer, table, record, action, q.value(5).toString(), q.value(6).toString()},
                                q.value(11).toByteArray(), q.value(9).toByteArray())) {
        report(AuditSignatures::tr("Audit log entry %1 does not match its MAC: it was rewritten outside the application, "
                                   "and is not believed.").arg(id));
        return;
    }
    const bool registration = table == AuditLog::KeyTable && action == AuditLog::RegisterAction;
    // Entries made before signing began (AuditLog::verify counts them) are
    // only chained: they still say who held which role. Signing begins with a
    // key registration, always signed: one without its signature lost it to a
    // tool, and an unsigned entry after it was written outside the
    // application (AuditLog::verify names the first). Neither is believed.
    if (q.value(8).isNull()) {
        if (registration) {
            if (m_strippedAt == 0)
                m_strippedAt = id;
            m_signingBegan = true;
            return;
        }
        if (m_signingBegan)
            return;
        if (table == QLatin1String("users"))
            account(action, record, jsonOf(q.value(6)));
        return;
    }
    m_signingBegan = true;
    // AuditLog::verify checks every signature on a full check; a sign-in reads
    // only these entries, so it checks them here.
    if (checkSignature && !AuditLog::signatureMatches(q.value(9).toByteArray(), signer, q.value(8).toByteArray())) {
        report(AuditSignatures::tr("Audit log entry %1 has a signature that does not match it.").arg(id));
        return;
    }
    if (registration) {
        const QByteArray key = QByteArray::fromHex(jsonOf(q.value(6)).value(QStringLiteral("public_key")).toString().toLatin1());
        // A key's holder vouches for it as its owner's first key, for an
        // account that exists (or the founder's and the recovery code's, before any).
        const bool ownerExists = record == AuditLog::RecoveryActor || !anyAccount() || m_accounts.contains(record);
        const bool ownFirst = signer == key && !hasKey(record) && ownerExists;
        const bool byAdmin = holds(writer, signer) && isAdmin(writer);
        if (key.size() != 32 || (!ownFirst && !byAdmin)) {
            report(AuditSignatures::tr("Audit log entry %1 gives %2 a new signing key, but %3 could not do that: "
                                       "someone may be writing entries in another user's name.")
                       .arg(id).arg(AuditLog::actorName(record), AuditLog::actorName(writer)));
            return;
        }
        // A clearance is given by someone who holds it, and so is a slot that
        // will be given the keys of that clearance (ClearanceKeys).
        const auto owner = accountOf(record);
        const int needed = record == AuditLog::RecoveryActor ? 3 : (owner ? owner->clearance : 0);
        const auto admin = accountOf(writer);
        const bool mayVouchSlot = ownFirst || writer == AuditLog::RecoveryActor || (admin && admin->clearance >= needed);
        giveKey(record, key, id);
        const QByteArray slot = QByteArray::fromHex(jsonOf(q.value(6)).value(QStringLiteral("slot_key")).toString().toLatin1());
        giveSlot(record, slot.size() == 32 && mayVouchSlot ? slot : QByteArray());
        return;
    }
    if (!holds(writer, signer)) {
        const QString owner = ownerOf(signer);
        report(owner.isEmpty()
                   ? AuditSignatures::tr("Audit log entry %1 is in the name of %2, but is signed with a key the log never "
                                         "gave %2: someone else wrote it.").arg(id).arg(AuditLog::actorName(writer))
                   : AuditSignatures::tr("Audit log entry %1 is in the name of %2, but is signed with %3's key: %3 wrote it.")
                         .arg(id).arg(AuditLog::actorName(writer), AuditLog::actorName(owner)));
        return;
    }
    if (writer != AuditLog::RecoveryActor && anyAccount() && !m_accounts.contains(writer)) {
        report(AuditSignatures::tr("Audit log entry %1 is in the name of %2, who has no account.").arg(id).arg(AuditLog::actorName(writer)));
        return;
    }
    if (table == AuditLog::KeyTable && action == AuditLog::ClaimAction) {
        // The holder of a believed key names the slot it comes from: only his own.
        const QByteArray slot = QByteArray::fromHex(jsonOf(q.value(6)).value(QStringLiteral("slot_key")).toString().toLatin1());
        if (record == writer && slot.size() == 32)
            giveSlot(writer, slot);
        return;
    }
    if (table == AuditSignatures::ClearanceKeyTable && action == QLatin1String("key")) {
        // A clearance key is believed only from someone cleared for its level
        // (or the recovery code): a key planted by anyone else would let him
        // read what others seal with it.
        const QJsonObject made = jsonOf(q.value(6));
        const int level = made.value(QStringLiteral("level")).toInt();
        const int version = made.value(QStringLiteral("version")).toInt();
        const auto account = accountOf(writer);
        const bool cleared = writer == AuditLog::RecoveryActor
            || (account && !account->disabled && account->clearance >= level);
        if (!cleared) {
            report(AuditSignatures::tr("Audit log entry %1 makes a key for %2 content, but %3 was not cleared for it: "
                                       "the key is not used.").arg(id).arg(Roles::clearanceName(Clearance(std::clamp(level, 0, 3))), writer));
            return;
        }
        m_clearanceKeyIds.insert({level, version}, QByteArray::fromHex(made.value(QStringLiteral("key_id")).toString().toLatin1()));
        return;
    }
    if (table != QLatin1String("users"))
        return;
    const QJsonObject before = jsonOf(q.value(5));
    const QJsonObject after = jsonOf(q.value(6));
    // The office's first account is made by its founder, before anyone is an administrator.
    const bool founding = action == QLatin1String("insert") && !anyAccount();
    const bool ownDetails = action == QLatin1String("update") && writer == record && sameStanding(before, after);
    if (!founding && !ownDetails && !isAdmin(writer)) {
        report(AuditSignatures::tr("Audit log entry %1 changes the account of %2, but %3 was not an office chief then.")
                   .arg(id).arg(AuditLog::actorName(record), AuditLog::actorName(writer)));
        return; // not believed: the account stays as its writers could leave it
    }
    account(action, record, after);
}
} // namespace

QStringList AuditSignatures::problems(storage::Database &db)
{
    Replay replay;
    replay.run(db, false);
    if (replay.more > 0)
        replay.problems << tr("%n more audit log entries signed by someone other than their writer.", nullptr, replay.more);
    return replay.problems;
}

std::optional<AuditSignatures::Standing> AuditSignatures::standing(storage::Database &db, const QString &login)
{
    Replay replay;
    if (!replay.run(db, true))
        return std::nullopt;
    return replay.accountOf(login);
}

const QString AuditSignatures::ClearanceKeyTable = QStringLiteral("clearance_keys");

std::optional<AuditSignatures::Beliefs> AuditSignatures::beliefs(storage::Database &db)
{
    Replay replay;
    if (!replay.run(db, true))
        return std::nullopt;
    return Beliefs{replay.keys(), replay.accounts(), replay.clearanceKeyIds(), replay.slotKeys()};
}

bool AuditSignatures::logIsSigned(storage::Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM audit_log WHERE signature IS NOT NULL LIMIT 1")) && q.next();
}

AuditSignatures::Believed AuditSignatures::believed(storage::Database &db)
{
    Replay replay;
    Believed out;
    if (!replay.run(db, true))
        return out;
    out.read = true;
    out.accounts = replay.accounts();
    out.keys = replay.keys();
    out.keyEntries = replay.keyEntries();
    out.strippedAt = replay.strippedAt();
    return out;
}

QHash<QString, QList<QByteArray>> AuditSignatures::believedKeys(storage::Database &db)
{
    Replay replay;
    if (!replay.run(db, true))
        return {};
    return replay.keys();
}

} // namespace vanphong::office
