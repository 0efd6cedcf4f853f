#include "ClearanceKeys.h"

#include "AuditSignatures.h"
#include "Role.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeySlot.h"
#include "storage/MetaValue.h"
#include "storage/Transaction.h"
#include "crypto/Kdf.h"
#include "crypto/SealedBox.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cstring>
#include <map>

namespace vanphong::office {

using crypto::SecureBytes;
using storage::AuditLog;
using storage::StorageError;
using K = StorageError::Kind;

namespace {
constexpr int MaxLevel = storage::LevelKeyRing::MaxLevel;

QByteArray boxContext(int level, int version)
{
    return QStringLiteral("vanphong/clearance-key|%1|%2").arg(level).arg(version).toUtf8();
}

// Names a key without revealing it: what the audit log records of it.
QByteArray keyId(const SecureBytes &key)
{
    const SecureBytes id = crypto::Kdf::hkdf(key.view(), "vanphong/clearance-key-id");
    return QByteArray(reinterpret_cast<const char *>(id.data()), qsizetype(id.size()));
}

QByteArray bytesOf(const crypto::PublicKey &k)
{
    return QByteArray(reinterpret_cast<const char *>(k.data()), qsizetype(k.size()));
}

crypto::PublicKey publicKeyOf(const QByteArray &b)
{
    crypto::PublicKey k{};
    if (b.size() == qsizetype(k.size()))
        std::memcpy(k.data(), b.constData(), k.size());
    return k;
}

QString rotateKey(int level) { return QStringLiteral("clearance.rotate.%1").arg(level); }

// A key slot and the highest level its holder is entitled to.
struct Recipient
{
    QByteArray publicKey;
    QString holder;
    int clearance = 0;
};

// Every slot of the header with what it may hold: the recovery code every
// level; a user the lower of what his row and the log's believable entries
// give (a row raised with a tool gets nothing more).
storage::Result<QList<Recipient>> recipientsOf(storage::Database &db, const AuditSignatures::Beliefs &beliefs)
{
    QHash<QString, int> rows;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT login, clearance, disabled FROM users")))
        return db.errorFor(q.lastError());
    while (q.next())
        if (!q.value(2).toBool())
            rows.insert(q.value(0).toString(), q.value(1).toInt());
    QList<Recipient> out;
    for (const storage::KeySlot &slot : db.keySlots()) {
        Recipient r{bytesOf(slot.publicKey()), slot.login(), 0};
        const QString owner = slot.kind() == storage::KeySlot::Kind::Recovery ? AuditLog::RecoveryActor : slot.login();
        if (!beliefs.slotKeys.value(owner).contains(r.publicKey)) {
            out << r; // a slot the log does not tie to its owner (planted, or not claimed yet) holds nothing
            continue;
        }
        if (slot.kind() == storage::KeySlot::Kind::Recovery) {
            r.holder = AuditLog::RecoveryActor;
            r.clearance = MaxLevel;
        } else if (rows.contains(slot.login()) && beliefs.accounts.contains(slot.login())) {
            const auto &believed = beliefs.accounts.value(slot.login());
            r.clearance = believed.disabled ? 0 : std::min(rows.value(slot.login()), believed.clearance);
        }
        out << r;
    }
    return out;
}

bool isEntitled(const QList<Recipient> &recipients, const QByteArray &publicKey, int level)
{
    return std::any_of(recipients.begin(), recipients.end(),
                       [&](const Recipient &r) { return r.publicKey == publicKey && r.clearance >= level; });
}

struct Box
{
    int level = 0;
    int version = 0;
    QByteArray recipient;
    QString holder;
};

storage::Result<QList<Box>> boxesOf(storage::Database &db)
{
    QList<Box> out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT level, version, recipient, holder FROM clearance_keys")))
        return db.errorFor(q.lastError());
    while (q.next())
        out << Box{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toByteArray(), q.value(3).toString()};
    return out;
}

// False only on a database error: a slot whose key cannot be sealed to (a
// bad public key, planted) is skipped, and holds nothing.
QString boxId(int level, int version, const QByteArray &recipient)
{
    return QStringLiteral("%1|%2|%3").arg(level).arg(version).arg(QString::fromLatin1(recipient.toHex()));
}

bool rotationAsked(storage::Database &db, int level)
{
    return storage::metaValue(db, rotateKey(level)).toString() == QLatin1String("1");
}

// Whether a box can be sealed to the slot at all (a key planted with a
// tool may be one no box opens): such a slot is not waiting for a key.
bool sealsTo(const Recipient &r)
{
    static const std::array<std::uint8_t, 32> probe{};
    return !crypto::SealedBox::seal(publicKeyOf(r.publicKey), probe, QByteArrayLiteral("vanphong/clearance-key-probe")).isEmpty();
}

// Whether sync() has anything to write: most sign-ins have not, and need not
// take the file's write lock (a colleague saving at that moment would refuse them).
bool syncHasWork(storage::Database &db, const QList<Recipient> &recipients, const QList<Box> &boxes)
{
    QSet<QString> present;
    for (const Box &box : boxes) {
        if (!isEntitled(recipients, box.recipient, box.level))
            return true;
        present.insert(boxId(box.level, box.version, box.recipient));
    }
    for (int level = 1; level <= MaxLevel; ++level)
        if (db.levelKeys().newestVersion(level) > 0 && rotationAsked(db, level))
            return true;
    for (const auto &[level, version] : db.levelKeys().held())
        for (const Recipient &r : recipients)
            if (r.clearance >= level && !present.contains(boxId(level, version, r.publicKey)) && sealsTo(r))
                return true;
    return false;
}

bool insertBox(storage::Database &db, int level, int version, const Recipient &to, const SecureBytes &key)
{
    const QByteArray sealed = crypto::SealedBox::seal(publicKeyOf(to.publicKey), key.view(), boxContext(level, version));
    if (sealed.isEmpty())
        return true;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO clearance_keys (level, version, recipient, holder, sealed) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(level);
    q.addBindValue(version);
    q.addBindValue(to.publicKey);
    q.addBindValue(to.holder);
    q.addBindValue(sealed);
    return q.exec();
}

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// The newest version of `level` anyone cleared made, as the log says.
int newestBelieved(const AuditSignatures::Beliefs &beliefs, int level)
{
    int newest = 0;
    for (auto it = beliefs.clearanceKeyIds.cbegin(); it != beliefs.clearanceKeyIds.cend(); ++it)
        if (it.key().first == level)
            newest = std::max(newest, it.key().second);
    return newest;
}

// A new version of `level`, sealed to everyone entitled and logged; inside
// the caller's transaction. The key goes into `made` (the ring takes it
// after the commit, so a rolled-back key is never used).
bool makeVersion(storage::Database &db, int level, const QList<Recipient> &recipients, const AuditSignatures::Beliefs &beliefs,
                 const QString &actor, const QString &reason, std::map<std::pair<int, int>, SecureBytes> &made)
{
    // After the newest version anyone cleared made (rows planted in the
    // table are not believed; a planted row with this number is replaced).
    int version = std::max(newestBelieved(beliefs, level), db.levelKeys().newestVersion(level)) + 1;
    for (const auto &[id, key] : made)
        if (id.first == level)
            version = std::max(version, id.second + 1);
    SecureBytes key = SecureBytes::random(32);
    for (const Recipient &r : recipients)
        if (r.clearance >= level && !insertBox(db, level, version, r, key))
            return false;
    AuditLog log(db);
    if (!log.append({actor, AuditSignatures::ClearanceKeyTable, QStringLiteral("%1.%2").arg(level).arg(version),
                     QStringLiteral("key"), {},
                     json({{QStringLiteral("level"), level}, {QStringLiteral("version"), version},
                           {QStringLiteral("key_id"), QString::fromLatin1(keyId(key).toHex())},
                           {QStringLiteral("reason"), reason}})}))
        return false;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(rotateKey(level));
    if (!q.exec())
        return false;
    made[{level, version}] = std::move(key);
    return true;
}
} // namespace

QStringList ClearanceKeys::load(storage::Database &db)
{
    QStringList warnings;
    if (db.schemaVersion() < 15)
        return warnings;
    const auto beliefs = AuditSignatures::beliefs(db);
    if (!beliefs)
        return warnings;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT level, version, sealed FROM clearance_keys WHERE recipient = ? ORDER BY level, version"));
    q.addBindValue(bytesOf(db.slotPublicKey()));
    if (!q.exec())
        return {db.errorFor(q.lastError()).message};
    while (q.next()) {
        const int level = q.value(0).toInt(), version = q.value(1).toInt();
        if (db.levelKeys().holds(level, version))
            continue;
        SecureBytes key = db.openSealedToMe(q.value(2).toByteArray(), boxContext(level, version));
        if (key.size() != 32)
            continue; // not for this slot's key (a box left from a slot with the same public key cannot exist)
        const auto believed = beliefs->clearanceKeyIds.constFind({level, version});
        if (believed == beliefs->clearanceKeyIds.cend() || *believed != keyId(key)) {
            warnings << tr("The file holds a key for %1 content (version %2) that no one cleared for it made: "
                           "it was put there with a tool, and is not used. Ask the office chief to check the file.")
                            .arg(Roles::clearanceName(Clearance(std::clamp(level, 0, MaxLevel)))).arg(version);
            continue;
        }
        db.levelKeys().put(level, version, std::move(key));
    }
    return warnings;
}

storage::Status ClearanceKeys::ensure(storage::Database &db, int level, const QString &actor)
{
    if (level < 1 || level > MaxLevel)
        return storage::Ok{};
    const auto beliefs = AuditSignatures::beliefs(db);
    if (!beliefs)
        return db.errorFor(db.sql().lastError());
    // The newest version is the one to seal with. A session without it (it
    // was renewed meanwhile, or its box was taken out of the file to bring an
    // older version back into use) makes a newer one rather than seal with
    // an older key that someone who lost the level may hold.
    if (db.levelKeys().newestVersion(level) > 0 && db.levelKeys().newestVersion(level) >= newestBelieved(*beliefs, level))
        return storage::Ok{};
    auto recipients = recipientsOf(db, *beliefs);
    if (!recipients)
        return recipients.error();
    // The writer must be among them: a key he could not open again would seal his own line away from him.
    if (!isEntitled(*recipients, bytesOf(db.slotPublicKey()), level))
        return StorageError::make(K::Forbidden, tr("You are not cleared for this secrecy level according to the file's audit log, "
                                                   "so nothing can be sealed at it in your name."));
    std::map<std::pair<int, int>, SecureBytes> made;
    storage::Transaction t(db.sql());
    if (!t.isActive() || !makeVersion(db, level, *recipients, *beliefs, actor, QStringLiteral("first"), made) || !t.commit())
        return db.errorFor(db.sql().lastError());
    for (auto &[id, key] : made)
        db.levelKeys().put(id.first, id.second, std::move(key));
    return storage::Ok{};
}

storage::Status ClearanceKeys::sync(storage::Database &db, const QString &actor)
{
    if (db.isReadOnly() || db.schemaVersion() < 15)
        return storage::Ok{};
    auto beliefs = AuditSignatures::beliefs(db);
    if (!beliefs)
        return db.errorFor(db.sql().lastError());
    // A slot whose key was registered before slot keys were recorded (or by
    // a restore) is claimed by its holder, with his own key, at his sign-in.
    const QString me = db.isRecoverySession() ? AuditLog::RecoveryActor : db.login();
    const QByteArray mine = bytesOf(db.slotPublicKey());
    if (db.auditSigner().isSet() && !beliefs->slotKeys.value(me).contains(mine)) {
        if (!AuditLog(db).claimSlot(db.actor(), db.slotPublicKey()))
            return db.errorFor(db.sql().lastError());
        beliefs = AuditSignatures::beliefs(db);
        if (!beliefs)
            return db.errorFor(db.sql().lastError());
    }
    auto recipients = recipientsOf(db, *beliefs);
    if (!recipients)
        return recipients.error();
    auto boxes = boxesOf(db);
    if (!boxes)
        return boxes.error();
    if (!syncHasWork(db, *recipients, *boxes))
        return storage::Ok{};
    storage::Transaction t(db.sql());
    if (!t.isActive())
        return db.errorFor(db.sql().lastError());
    bool changed = false;
    QSet<int> rotate;
    QSet<QString> present; // "level|version|recipient hex"
    for (const Box &box : *boxes) {
        if (isEntitled(*recipients, box.recipient, box.level)) {
            present.insert(boxId(box.level, box.version, box.recipient));
            continue;
        }
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("DELETE FROM clearance_keys WHERE level = ? AND version = ? AND recipient = ?"));
        q.addBindValue(box.level);
        q.addBindValue(box.version);
        q.addBindValue(box.recipient);
        if (!q.exec())
            return db.errorFor(q.lastError());
        rotate.insert(box.level);
        changed = true;
    }
    std::map<std::pair<int, int>, SecureBytes> made;
    for (int level = 1; level <= MaxLevel; ++level) {
        const bool asked = rotationAsked(db, level);
        if (!rotate.contains(level) && !asked)
            continue;
        if (db.levelKeys().newestVersion(level) > 0) {
            if (!makeVersion(db, level, *recipients, *beliefs, actor, QStringLiteral("rotate"), made))
                return db.errorFor(db.sql().lastError());
            changed = true;
            continue;
        }
        if (asked)
            continue; // still asked of someone who holds the level
        changed = true;
        // Someone who holds the level makes the new version at his next sign-in.
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
        q.addBindValue(rotateKey(level));
        if (!q.exec())
            return db.errorFor(q.lastError());
    }
    // What this session holds goes to every entitled slot without it.
    for (const auto &[level, version] : db.levelKeys().held()) {
        QStringList to;
        for (const Recipient &r : *recipients) {
            const QString id = boxId(level, version, r.publicKey);
            if (r.clearance < level || present.contains(id) || !sealsTo(r))
                continue;
            if (!insertBox(db, level, version, r, *db.levelKeys().key(level, version)))
                return db.errorFor(db.sql().lastError());
            to << r.holder;
        }
        if (to.isEmpty())
            continue;
        changed = true;
        if (!AuditLog(db).append({actor, AuditSignatures::ClearanceKeyTable, QStringLiteral("%1.%2").arg(level).arg(version),
                                  QStringLiteral("share"), {},
                                  json({{QStringLiteral("level"), level}, {QStringLiteral("version"), version},
                                        {QStringLiteral("to"), to.join(QLatin1Char(','))}})}))
            return db.errorFor(db.sql().lastError());
    }
    if (!changed)
        return storage::Ok{}; // the transaction rolls back: nothing was written
    if (!t.commit())
        return db.errorFor(db.sql().lastError());
    for (auto &[id, key] : made)
        db.levelKeys().put(id.first, id.second, std::move(key));
    return storage::Ok{};
}

storage::Result<QString> ClearanceKeys::sealNew(storage::Database &db, int level, const QString &field, const QString &plain,
                                                const QString &actor)
{
    if (!plain.isEmpty())
        if (auto s = ensure(db, level, actor); !s)
            return s.error();
    return sealText(db, level, field, plain);
}

storage::Result<QString> ClearanceKeys::sealText(storage::Database &db, int level, const QString &field, const QString &plain)
{
    if (level < 1 || plain.isEmpty())
        return plain;
    const QString sealed = db.levelKeys().sealText(level, field, plain);
    if (sealed.isEmpty())
        return StorageError::make(K::Forbidden, tr("This session holds no key for the secrecy level, so the content cannot be kept."));
    return sealed;
}

storage::Result<QByteArray> ClearanceKeys::sealBytes(storage::Database &db, int level, const QString &field, const QByteArray &plain)
{
    if (level < 1)
        return plain;
    const QByteArray sealed = db.levelKeys().sealBytes(level, field, plain);
    if (sealed.isEmpty())
        return StorageError::make(K::Forbidden, tr("This session holds no key for the secrecy level, so the content cannot be kept."));
    return sealed;
}

namespace {
// Reads the boxes again when `id` is a key not held and not yet looked for.
template <typename T>
void fetchMissing(storage::Database &db, const T &stored)
{
    const auto id = storage::LevelKeyRing::keyOf(stored);
    if (id.first > 0 && !db.levelKeys().holds(id.first, id.second) && db.levelKeys().firstAsk(id))
        (void)ClearanceKeys::load(db); // its warnings were given at sign-in
}
} // namespace

std::optional<QString> ClearanceKeys::openText(storage::Database &db, const QString &stored, const QString &field)
{
    fetchMissing(db, stored);
    return db.levelKeys().openText(stored, field);
}

std::optional<QByteArray> ClearanceKeys::openBytes(storage::Database &db, const QByteArray &stored, const QString &field)
{
    fetchMissing(db, stored);
    return db.levelKeys().openBytes(stored, field);
}

storage::Result<QVariant> ClearanceKeys::resealValue(storage::Database &from, storage::Database &to, const QVariant &stored,
                                                     const QString &field, int level)
{
    if (stored.userType() == QMetaType::QByteArray) {
        const auto plain = openBytes(from, stored.toByteArray(), field);
        if (!plain)
            return StorageError::make(K::Forbidden, notGivenText());
        auto sealed = sealBytes(to, level, field, *plain);
        if (!sealed)
            return sealed.error();
        return QVariant(*sealed);
    }
    const auto plain = openText(from, stored.toString(), field);
    if (!plain)
        return StorageError::make(K::Forbidden, notGivenText());
    auto sealed = sealText(to, level, field, *plain);
    if (!sealed)
        return sealed.error();
    return QVariant(*sealed);
}

int ClearanceKeys::sealingLevel(int mark, const QString &storedExcerpt)
{
    return std::max(mark, storage::LevelKeyRing::levelOf(storedExcerpt));
}

QString ClearanceKeys::notGivenText()
{
    return tr("(sealed with a key of its secrecy level that has not been given to you yet: it is given at the next sign-in "
              "of someone who holds it, such as the office chief)");
}

QStringList ClearanceKeys::problems(storage::Database &db)
{
    QStringList out;
    if (db.schemaVersion() < 15)
        return out;
    const auto beliefs = AuditSignatures::beliefs(db);
    if (!beliefs)
        return out;
    auto recipients = recipientsOf(db, *beliefs);
    auto boxes = boxesOf(db);
    if (!recipients || !boxes)
        return {(recipients ? boxes.error() : recipients.error()).message};
    for (const Box &box : *boxes) {
        if (!isEntitled(*recipients, box.recipient, box.level))
            out << tr("The key for %1 content (version %2) is sealed to \"%3\", who is not cleared for it (or whose key "
                      "slot is gone): it is withdrawn at the next sign-in of someone cleared for it.")
                       .arg(Roles::clearanceName(Clearance(std::clamp(box.level, 0, MaxLevel)))).arg(box.version).arg(box.holder);
    }
    return out;
}

} // namespace vanphong::office
