#include "AuditLog.h"

#include "Database.h"
#include "crypto/Kdf.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>

namespace vanphong::storage {

namespace {
const QString HeadKey = QStringLiteral("audit.head");
const QString CountKey = QStringLiteral("audit.count");

void appendField(QByteArray &buf, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    const quint32 n = quint32(utf8.size());
    buf.append(reinterpret_cast<const char *>(&n), sizeof n);
    buf.append(utf8);
}
} // namespace

const QString AuditLog::RecoveryActor = QStringLiteral("(recovery code)");
const QString AuditLog::KeyTable = QStringLiteral("signing_keys");
const QString AuditLog::RegisterAction = QStringLiteral("register");

QString AuditLog::actorName(const QString &login)
{
    return login == RecoveryActor ? tr("(recovery code)") : login;
}

AuditLog::AuditLog(const Database &db, std::function<QDateTime()> clock)
    : AuditLog(db.sql(), db.auditKey(), &db.auditSigner(), std::move(clock))
{
}

AuditLog::AuditLog(QSqlDatabase db, const crypto::SecureBytes &key, const AuditSigner *signer,
                   std::function<QDateTime()> clock)
    : m_db(std::move(db))
    , m_key(key)
    , m_signer(signer && signer->isSet() ? signer : nullptr)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
}

QByteArray AuditLog::signedMessage(const QByteArray &mac)
{
    // Domain-separated: a signature made here means nothing anywhere else.
    return QByteArrayLiteral("vanphong/audit-entry\0") + mac;
}

bool AuditLog::signatureMatches(const QByteArray &mac, const QByteArray &signer, const QByteArray &signature)
{
    crypto::Ed25519::PublicKey key{};
    crypto::Ed25519::Signature sig{};
    if (signer.size() != qsizetype(key.size()) || signature.size() != qsizetype(sig.size()))
        return false;
    std::memcpy(key.data(), signer.constData(), key.size());
    std::memcpy(sig.data(), signature.constData(), sig.size());
    const QByteArray message = signedMessage(mac);
    return crypto::Ed25519::verify(key, {reinterpret_cast<const std::uint8_t *>(message.constData()), std::size_t(message.size())},
                                   sig);
}

QByteArray AuditLog::mac(const QByteArray &previous, qint64 id, const QString &at, const Entry &e) const
{
    // Length-prefixed fields: no two different entries hash the same bytes.
    QByteArray buf = previous;
    appendField(buf, QString::number(id));
    appendField(buf, at);
    appendField(buf, e.userLogin);
    appendField(buf, e.tableName);
    appendField(buf, e.recordId);
    appendField(buf, e.action);
    appendField(buf, e.oldValues);
    appendField(buf, e.newValues);
    const auto d = crypto::Kdf::hmacSha256(m_key.view(),
                                           {reinterpret_cast<const std::uint8_t *>(buf.constData()), std::size_t(buf.size())});
    return QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
}

bool AuditLog::entryMatches(qint64 id, const QString &at, const Entry &entry, const QByteArray &previousMac,
                            const QByteArray &storedMac) const
{
    return !storedMac.isEmpty() && mac(previousMac, id, at, entry) == storedMac;
}

QSqlError AuditLog::deleteListed(const QString &actor, const QString &table, QSqlQuery &listed, const QString &why, int *count)
{
    QList<std::pair<qint64, QString>> rows;
    while (listed.next())
        rows.append({listed.value(0).toLongLong(), listed.value(1).toString()});
    for (const auto &[id, what] : rows) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)); // the caller's own table, never typed
        del.addBindValue(id);
        if (!del.exec())
            return del.lastError();
        if (!append({actor, table, QString::number(id), QStringLiteral("delete"), QStringLiteral("%1 (%2)").arg(what, why), {}})) {
            const QSqlError failed = m_db.lastError();
            return failed.isValid() ? failed
                                    : QSqlError(QStringLiteral("audit_log"), QStringLiteral("The audit entry was not written."), QSqlError::UnknownError);
        }
    }
    if (count)
        *count = int(rows.size());
    return {};
}

bool AuditLog::append(const Entry &entry)
{
    return appendSigned(entry, m_signer);
}

bool AuditLog::registerKey(const QString &actor, const QString &owner, const crypto::Ed25519::PublicKey &publicKey,
                           const AuditSigner *signedBy, const crypto::PublicKey *slotKey)
{
    QJsonObject values{{QStringLiteral("public_key"),
                        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(publicKey.data()),
                                                       qsizetype(publicKey.size())).toHex())}};
    if (slotKey)
        values.insert(QStringLiteral("slot_key"), QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(slotKey->data()),
                                                                                  qsizetype(slotKey->size())).toHex()));
    return appendSigned({actor, KeyTable, owner, RegisterAction, {},
                         QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))},
                        signedBy ? signedBy : m_signer);
}

const QString AuditLog::ClaimAction = QStringLiteral("slot");

bool AuditLog::claimSlot(const QString &actor, const crypto::PublicKey &slotKey)
{
    const QJsonObject values{{QStringLiteral("slot_key"), QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(slotKey.data()),
                                                                                         qsizetype(slotKey.size())).toHex())}};
    return appendSigned({actor, KeyTable, actor, ClaimAction, {}, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))},
                        m_signer);
}

QHash<QString, QList<QByteArray>> AuditLog::registeredKeys(QSqlDatabase db)
{
    QHash<QString, QList<QByteArray>> keys;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id, new_values FROM audit_log WHERE table_name = ? AND action = ? ORDER BY id"));
    q.addBindValue(KeyTable);
    q.addBindValue(RegisterAction);
    if (!q.exec())
        return {};
    while (q.next()) {
        const QByteArray key = QByteArray::fromHex(QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                                       .object().value(QStringLiteral("public_key")).toString().toLatin1());
        if (key.size() == 32)
            keys[q.value(0).toString()] << key;
    }
    return keys;
}

bool AuditLog::appendSigned(const Entry &entry, const AuditSigner *signer)
{
    // The entry and the head it moves are one step, also when the caller has
    // no transaction (a savepoint nests inside one, and is one outside): a
    // kill between them would leave a log that looks cut off.
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT audit_entry")))
        return false;
    const bool written = insertEntry(entry, signer);
    if (!written) {
        savepoint.exec(QStringLiteral("ROLLBACK TO audit_entry"));
        savepoint.exec(QStringLiteral("RELEASE audit_entry"));
        return false;
    }
    return savepoint.exec(QStringLiteral("RELEASE audit_entry"));
}

bool AuditLog::insertEntry(const Entry &entry, const AuditSigner *signer)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(HeadKey);
    if (!q.exec())
        return false;
    const QByteArray previous = q.next() ? q.value(0).toByteArray() : QByteArray();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log")) || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    const QString at = m_clock().toUTC().toString(Qt::ISODateWithMs);
    const QByteArray m = mac(previous, id, at, entry);
    QVariant signerKey(QMetaType(QMetaType::QByteArray));
    QVariant signature(QMetaType(QMetaType::QByteArray));
    if (signer) {
        const QByteArray message = signedMessage(m);
        crypto::Ed25519::Signature sig{};
        if (!crypto::Ed25519::sign(signer->key.view(),
                                   {reinterpret_cast<const std::uint8_t *>(message.constData()), std::size_t(message.size())}, sig))
            return false;
        signerKey = QByteArray(reinterpret_cast<const char *>(signer->publicKey.data()), qsizetype(signer->publicKey.size()));
        signature = QByteArray(reinterpret_cast<const char *>(sig.data()), qsizetype(sig.size()));
    }

    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, user_login, table_name, record_id, action,"
                             " old_values, new_values, mac, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(at), QVariant(entry.userLogin), QVariant(entry.tableName),
                              QVariant(entry.recordId), QVariant(entry.action), QVariant(entry.oldValues),
                              QVariant(entry.newValues), QVariant(m), signerKey, signature})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), (?, ?)"));
    q.addBindValue(HeadKey);
    q.addBindValue(m);
    q.addBindValue(CountKey);
    q.addBindValue(id);
    return q.exec();
}

AuditLog::Check AuditLog::verify() const
{
    Check check;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_login, table_name, record_id, action, old_values, new_values, mac,"
                               " signer, signature FROM audit_log ORDER BY id"))) {
        check.message = tr("The audit log cannot be read.");
        return check;
    }
    QByteArray previous;
    qint64 expectedId = 1;
    // Signing begins with a key registration, which is always signed; from
    // there on every entry is. An unsigned registration, or an unsigned entry
    // after signing began, lost its signature to a tool: the log would
    // otherwise pass for one made before entries were signed (FILE-FORMAT.md).
    bool signingBegan = false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        Entry e{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                q.value(6).toString(), q.value(7).toString()};
        if (id != expectedId || mac(previous, id, q.value(1).toString(), e) != q.value(8).toByteArray()) {
            check.firstBadId = id;
            check.altered = true;
            check.message = id != expectedId
                ? tr("Audit log entries before number %1 are missing.").arg(id)
                : tr("Audit log entry number %1 has been altered.").arg(id);
            return check;
        }
        previous = q.value(8).toByteArray();
        const bool registration = e.tableName == KeyTable && e.action == RegisterAction;
        // Whose key signed it is office::AuditSignatures' question; here, only
        // whether the signature is sound, and that signing, once begun, goes on.
        if (q.value(10).isNull()) {
            if (registration || signingBegan) {
                check.firstBadId = id;
                check.altered = true;
                check.message = registration
                    ? tr("Audit log entry number %1 registers a signing key but is not signed: the application always "
                         "signs these, so the log's signatures were removed with a tool.").arg(id)
                    : tr("Audit log entry number %1 is not signed, though the entries before it are: "
                         "it was written outside the application.").arg(id);
                return check;
            }
            ++check.unsignedEntries;
        } else {
            if (!signatureMatches(previous, q.value(9).toByteArray(), q.value(10).toByteArray())) {
                check.firstBadId = id;
                check.altered = true;
                check.message = tr("Audit log entry number %1 has a signature that does not match it.").arg(id);
                return check;
            }
            signingBegan = true;
        }
        signingBegan = signingBegan || registration;
        ++expectedId;
        ++check.entries;
    }
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = ?), (SELECT value FROM meta WHERE key = ?)"));
    head.addBindValue(HeadKey);
    head.addBindValue(CountKey);
    if (!head.exec() || !head.next()) {
        check.message = tr("The audit log cannot be read.");
        return check;
    }
    const QByteArray headMac = head.value(0).toByteArray();
    const qint64 count = head.value(1).isNull() ? 0 : head.value(1).toLongLong();
    if (count != check.entries || headMac != previous) {
        check.firstBadId = check.entries + 1;
        check.altered = true;
        check.message = tr("The newest audit log entries have been removed (expected %1, found %2).")
                            .arg(count).arg(check.entries);
        return check;
    }
    check.ok = true;
    return check;
}

} // namespace vanphong::storage
