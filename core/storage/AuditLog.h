#pragma once

#include "AuditSigner.h"
#include "crypto/SecureBytes.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace vanphong::storage {

class Database;

// The append-only record of every change. Each entry carries an HMAC over its
// fields and the previous entry's HMAC, under a key derived from the master
// key; the newest HMAC and the count are kept in `meta`, so an altered,
// deleted or cut-off entry breaks the chain that verify() walks.
//
// Every user holds the master key, so the chain alone cannot tell who wrote
// an entry. Each entry is therefore also signed (Ed25519, over its HMAC) by
// the key of the slot the writer signed in with, and the log itself records
// which key belongs to whom ("register" entries of table signing_keys).
// office::AuditSignatures decides whose keys and registrations to believe.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Entry
    {
        QString userLogin;
        QString tableName;
        QString recordId;
        QString action;    // insert, update, delete, or a verb of the domain
        QString oldValues; // JSON, may be empty
        QString newValues; // JSON, may be empty
    };

    // The name entries made with the recovery code are written under.
    static const QString RecoveryActor;
    // How an entry's writer or owner is shown to people: RecoveryActor in
    // their language (the stored name stays as it is), a login as it is.
    static QString actorName(const QString &login);
    // Entries registering a signing key: table_name KeyTable, action
    // RegisterAction, record_id the key's owner (a login or RecoveryActor),
    // new_values {"public_key": hex}.
    static const QString KeyTable;
    static const QString RegisterAction;

    // Entries signed by the database's session key.
    explicit AuditLog(const Database &db, std::function<QDateTime()> clock = {});
    // Without a signer, entries are unsigned: only for files without slots of their own.
    AuditLog(QSqlDatabase db, const crypto::SecureBytes &key, const AuditSigner *signer = nullptr,
             std::function<QDateTime()> clock = {});

    // Appends inside the caller's transaction. False on a database error.
    [[nodiscard]] bool append(const Entry &entry);
    // Deletes from `table` each row `listed` found (an executed query: the
    // row's id, then what the log says of it), inside the caller's
    // transaction, each deletion logged as "what it was (why)". The files a
    // destruction or an unfiling removes. An invalid error when all went;
    // `count` says how many.
    [[nodiscard]] QSqlError deleteListed(const QString &actor, const QString &table, QSqlQuery &listed, const QString &why, int *count);
    // Records `publicKey` as `owner`'s signing key, by `actor`. The entry is
    // signed by `signedBy` (the new key itself, proving it is held) or, left
    // null, by this log's signer.
    // `slotKey`: the X25519 public key of the key slot the signing key comes
    // from, recorded as "slot_key": what the clearance keys may be sealed to
    // (office::ClearanceKeys).
    [[nodiscard]] bool registerKey(const QString &actor, const QString &owner, const crypto::Ed25519::PublicKey &publicKey,
                                   const AuditSigner *signedBy = nullptr, const crypto::PublicKey *slotKey = nullptr);
    // The holder of this log's signer says which key slot is his (action
    // ClaimAction, record `actor`, {"slot_key": hex}): for slots whose key was
    // registered before slot keys were recorded.
    [[nodiscard]] bool claimSlot(const QString &actor, const crypto::PublicKey &slotKey);
    static const QString ClaimAction;
    // Every key the log has registered, per owner, oldest first. Empty on a database error.
    static QHash<QString, QList<QByteArray>> registeredKeys(QSqlDatabase db);
    // Whether `signature` is `signer`'s over the entry whose MAC is `mac`.
    static bool signatureMatches(const QByteArray &mac, const QByteArray &signer, const QByteArray &signature);
    // Whether the stored `mac` of entry `id` is the MAC of its fields after
    // `previousMac` (the entry before it; empty for the first). A signature
    // covers the MAC only: an entry whose content was rewritten under a kept
    // MAC and signature fails here (the sign-in's replay checks each entry it
    // believes this way; verify walks the whole chain).
    [[nodiscard]] bool entryMatches(qint64 id, const QString &at, const Entry &entry, const QByteArray &previousMac,
                                    const QByteArray &mac) const;

    struct Check
    {
        bool ok = false;
        qint64 entries = 0;
        qint64 unsignedEntries = 0; // made before signing began (older files)
        qint64 firstBadId = -1;     // the first entry whose HMAC or signature does not match
        // The failure is a change made outside the application (an entry
        // altered, removed, or its signature missing or wrong), not damage:
        // the pages holding it authenticated.
        bool altered = false;
        QString message;
    };
    [[nodiscard]] Check verify() const;

private:
    // The message an entry's signature covers.
    static QByteArray signedMessage(const QByteArray &mac);
    [[nodiscard]] bool appendSigned(const Entry &entry, const AuditSigner *signer);
    [[nodiscard]] bool insertEntry(const Entry &entry, const AuditSigner *signer);
    QByteArray mac(const QByteArray &previous, qint64 id, const QString &at, const Entry &e) const;

    QSqlDatabase m_db;
    const crypto::SecureBytes &m_key;
    const AuditSigner *m_signer = nullptr;
    std::function<QDateTime()> m_clock;
};

} // namespace vanphong::storage
