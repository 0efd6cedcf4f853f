#pragma once

#include "AuditSigner.h"
#include "FileHeader.h"
#include "LevelKeyRing.h"
#include "Migration.h"
#include "StorageError.h"
#include "WalCheck.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace vanphong::storage {

struct KeyContext;

struct DatabaseOptions
{
    // Cost of the scrypt KDF for slots made in this session. Left empty, it is
    // tuned to this machine (0.3-1 s). Tests pass cheap parameters.
    std::optional<crypto::ScryptParams> kdf;
    // The schema history to bring the file up to; tests may pass their own.
    const std::vector<Migration> *migrations = nullptr;
    // Take an encrypted copy before upgrading an older schema.
    bool backupBeforeMigration = true;
    // Bring the schema up to date on open (restore checks a backup without changing it).
    bool migrate = true;
    // Open to rescue a damaged file's last good state: nothing is written to
    // it, not even a checkpoint of its write-ahead log, and no upgrade.
    bool readOnly = false;
};

// Facts readable without a password (vanphong-cli info).
struct FileInfo
{
    std::uint32_t formatVersion = 0;
    std::uint64_t headerSequence = 0;
    QStringList logins;
    bool hasRecoverySlot = false;
    bool otherHeaderCopyDamaged = false;
    qint64 sizeBytes = 0;
};

struct VerifyReport
{
    bool ok = false;
    qint64 pagesChecked = 0;
    qint64 walFramesChecked = 0;
    qint64 auditEntries = 0;
    qint64 unsignedAuditEntries = 0; // made before entries were signed (older files)
    QStringList problems; // translated, one per finding
    // Some problem is a change made outside the application (the audit log's
    // chain or signatures, rows against the log), not damage: pages that fail
    // to authenticate are damage; these authenticated, so someone holding the
    // key wrote them. Shown as such rather than as a damaged file.
    bool altered = false;
    // Not damage, but for whoever checks: warnings the file's log records
    // having given at sign-in (an older copy, another key named as a user's).
    QStringList notes;
};

// One open office file. Owns the Qt Sql connection, the master key and the
// derived keys; closing (or destroying) it wipes them.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates a new file for the first user (the office chief). The recovery
    // code is returned once through `recoveryCode` and stored nowhere.
    static Result<std::unique_ptr<Database>> create(const QString &path, const QString &login,
                                                    const QByteArray &password, QString *recoveryCode,
                                                    const DatabaseOptions &options = {});
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &login,
                                                  const QByteArray &password, const DatabaseOptions &options = {});
    // Opens with the recovery code; the session may then set a user's password.
    static Result<std::unique_ptr<Database>> openWithRecoveryCode(const QString &path, const QString &code,
                                                                  const DatabaseOptions &options = {});
    static Result<FileInfo> inspect(const QString &path);

    QSqlDatabase sql() const;
    bool isReadOnly() const { return m_options.readOnly; }
    const QString &path() const { return m_path; }
    // The login this session was opened with; empty for a recovery session.
    const QString &login() const { return m_login; }
    bool isRecoverySession() const { return m_login.isEmpty(); }
    int schemaVersion() const;
    const crypto::SecureBytes &auditKey() const { return m_auditKey; }
    // The key this session signs audit entries with (its slot's), and the name
    // it writes them under.
    const AuditSigner &auditSigner() const { return m_signer; }
    QString actor() const;
    // Whether the audit log names this session's signing key as its owner's.
    // An owner without any registered key (a file made before entries were
    // signed) registers it now; Foreign means the log names another key, so
    // entries in this name may have been written by someone else.
    enum class OwnKey { Registered, Foreign };
    Result<OwnKey> checkOwnSigningKey();
    // A key of its own for `purpose`, derived from the master key: it exists
    // only while the file is open with a password (SealedDraft).
    crypto::SecureBytes purposeKey(std::string_view purpose) const;
    // The public key of the slot this session opened the file with, and what
    // was sealed to it (crypto::SealedBox; empty when it does not open).
    const crypto::PublicKey &slotPublicKey() const { return m_slotKey.publicKey; }
    crypto::SecureBytes openSealedToMe(const QByteArray &box, const QByteArray &context) const;
    // The clearance keys this session was given (office::ClearanceKeys fills
    // it at sign-in); wiped with the session.
    LevelKeyRing &levelKeys() { return m_levelKeys; }
    const LevelKeyRing &levelKeys() const { return m_levelKeys; }
    sqlite3 *handle() const;
    // The random id written into the header when the file was made: tells one
    // file from a copy made elsewhere with the same contents.
    QByteArray fileId() const;

    // Key slots. None of these rewrites a page.
    Status changePassword(const QByteArray &oldPassword, const QByteArray &newPassword);
    Status setUserPassword(const QString &login, const QByteArray &password); // add or replace a slot
    Status removeUserSlot(const QString &login);
    QStringList slotLogins() const;

    // A new master key: every page rewritten and the key sealed again only to
    // the slots of `keepLogins` (the active users: a slot of anyone else,
    // planted or left over, opens nothing afterwards) and to a recovery slot.
    // With `newRecoveryCode` the recovery slot is made anew and its code
    // returned; otherwise the old code keeps working and "" is returned. The
    // file is replaced atomically, so a crash leaves it openable with either
    // the old or the new key.
    // `preferredSlots` (another file's, e.g. the file a backup replaces): a
    // kept user's or the kept recovery slot is taken from there when it has
    // one, so the passwords and recovery code of that file open this one.
    // `keepNewCode` receives a new recovery code after the new file is written
    // and before it replaces the old one: it shows the code and has it
    // confirmed, or writes it where the user said. If it fails, nothing is
    // replaced and the old code keeps working, so a crash can never leave a
    // file whose only recovery code nobody saw.
    enum class RecoveryCode { New, Keep };
    using KeepNewCode = std::function<Status(const QString &code)>;
    Result<QString> rekey(const QStringList &keepLogins, RecoveryCode recovery = RecoveryCode::New,
                          const std::vector<KeySlot> &preferredSlots = {}, const KeepNewCode &keepNewCode = {});
    // The key slots of the header as it was verified when the file was opened or last rekeyed.
    const std::vector<KeySlot> &keySlots() const;

    // An encrypted copy with the same key slots, taken while others may write.
    // It has its own file id: its pages cannot be spliced into this file.
    Status backupTo(const QString &destination);
    // Puts `replacement` (a closed, checked file) in the place of `target` in
    // one rename. The replaced file is kept beside it as NAME.replaced-DATE, by
    // a hard link (or copy) made before the rename, never deleted: at every
    // moment of a crash one of the two is in place. Checks belong to the
    // caller (office::BackupRestore).
    static Status replaceFile(const QString &replacement, const QString &target);

    VerifyReport verify();

    // The translated error for the last failure of a statement on this file.
    StorageError errorFor(const QSqlError &error) const;

    static QString makeRecoveryCode();
    static QString normalizeRecoveryCode(const QString &code);

private:
    Database() = default;
    // The master key from the header, and the slot's signing key.
    struct SlotKey
    {
        crypto::SecureBytes privateKey;
        crypto::PublicKey publicKey{};
    };
    using Unlocker = std::function<crypto::SecureBytes(const FileHeader &, crypto::SecureBytes *signingKey, SlotKey *slotKey)>;
    static StorageError classify(int code, const QString &detail, qint64 badPage, qint64 badJournalOffset = -1);
    static Result<FileHeader::Parsed> readHeader(const QString &path);
    static StorageError walDamage(const WalCheck::Finding &finding, const QString &path);
    static Result<std::unique_ptr<Database>> openWith(const QString &path, const QString &login,
                                                      const Unlocker &unlock, const DatabaseOptions &options);
    Status connect(bool creating);
    Status migrate();
    // Rewrites a format-1 file as the current format (same key, slots and
    // file id), when no other program has it open; otherwise it stays as it is.
    Status upgradeFormat();
    // Writes a consistent copy of the file through the VFS under `context`,
    // whose planned header (KeyContext::newFileHeader) the copy gets.
    Status copyInto(const QString &destination, const std::shared_ptr<KeyContext> &context);
    // The header's sequence number is also kept inside the encrypted file
    // (meta `header.sequence`): an old header copied back, with its valid MAC,
    // has a lower one and is refused.
    Status recordHeaderSequence(std::uint64_t sequence);
    // False for a bare database (storage tests), which keeps no log.
    bool hasAuditLog() const;
    // Logs a new slot's signing key, by this session's user.
    Status registerSigningKey(const QString &owner, const crypto::SecureBytes &signingKey, const crypto::PublicKey &slotKey);
    Status checkHeaderSequence() const;
    // Leaves WAL mode, which succeeds only for the one connection to the file.
    [[nodiscard]] bool takeSoleUse();
    Status updateHeader(const std::function<Status(FileHeader &)> &change);
    void deriveKeys(crypto::SecureBytes masterKey);
    [[nodiscard]] bool openAuditKey();
    void closeConnection();
    crypto::ScryptParams kdfParams();

    QString m_path;
    QString m_login;
    QString m_connectionName;
    QString m_token;
    DatabaseOptions m_options;
    crypto::SecureBytes m_masterKey;
    crypto::SecureBytes m_auditKey;
    AuditSigner m_signer;
    SlotKey m_slotKey;
    LevelKeyRing m_levelKeys;
    std::shared_ptr<KeyContext> m_context;
    FileHeader m_header;
};

} // namespace vanphong::storage
