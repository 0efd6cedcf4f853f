#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace vanphong::storage {
class Database;
}

namespace vanphong::office {

// Whose hand wrote each audit entry. storage::AuditLog checks that every
// signature is sound; this replays the log to check that it is the right
// one: an entry is signed with a key the log gave its writer, a key is
// registered by its own holder (its owner's first) or by an administrator,
// and accounts are changed by administrators. Anyone holding the master key
// can rewrite the log and re-chain it, but cannot sign with another user's
// key: a forged entry, or a promotion written under one's own name, is named
// here.
class AuditSignatures final
{
    Q_DECLARE_TR_FUNCTIONS(AuditSignatures)
public:
    // One translated line per entry its writer could not have made; at most
    // a few lines, then how many more.
    static QStringList problems(storage::Database &db);

    // An account as the log's trustworthy entries leave it: those its writer
    // could make, and those made before entries were signed.
    struct Standing
    {
        QString role; // Roles::code
        int clearance = 0;
        bool disabled = false;
    };
    // Nothing when the log says nothing of `login` (or cannot be read).
    static std::optional<Standing> standing(storage::Database &db, const QString &login);
    // The signing keys the log gives each owner by registrations its rules
    // accept (a user's newest last): what a restore may carry over.
    static QHash<QString, QList<QByteArray>> believedKeys(storage::Database &db);
    // What a sign-in needs, from one replay: the believed keys and accounts,
    // and the clearance key versions made by someone cleared for their level
    // (entries of table ClearanceKeyTable, action "key"; (level, version) -> key id).
    struct Beliefs
    {
        QHash<QString, QList<QByteArray>> keys;
        QHash<QString, Standing> accounts;
        QHash<QPair<int, int>, QByteArray> clearanceKeyIds;
        // The key slots (X25519 public keys) the log ties to each owner:
        // recorded with a believed key registration by someone who may vouch
        // for it, or claimed by the owner with his own key. Only these are
        // given clearance keys: a slot planted in the header is not.
        QHash<QString, QList<QByteArray>> slotKeys;
    };
    static std::optional<Beliefs> beliefs(storage::Database &db);
    static const QString ClearanceKeyTable; // "clearance_keys"
    // Whether any entry is signed (a file made, or in use, since entries were signed).
    static bool logIsSigned(storage::Database &db);

    // What the log's users and signing_keys entries say, read once: every
    // account as `standing` gives it, each owner's believed keys (as
    // `believedKeys`) with the entry that registered the newest, and the
    // first key registration that lost its signature to a tool.
    struct Believed
    {
        bool read = false; // false: the log could not be read
        QHash<QString, Standing> accounts;
        QHash<QString, QList<QByteArray>> keys;
        QHash<QString, qint64> keyEntries;
        // An unsigned key registration (the application signs every one); 0
        // if none. The log's signatures were taken off to make it look as if
        // written before entries were signed, where unsigned entries are
        // believed; from the first registration on, they are not.
        qint64 strippedAt = 0;
    };
    static Believed believed(storage::Database &db);
};

} // namespace vanphong::office
