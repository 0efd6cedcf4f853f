#include "Database.h"
#include "DatabaseDetail.h"

#include "AuditLog.h"
#include "EncryptedVfs.h"
#include "FileFormat.h"
#include "JournalCheck.h"
#include "WalCheck.h"
#include "KeyContext.h"
#include "RawFile.h"
#include "Transaction.h"
#include "crypto/SealedBox.h"
#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <cstring>
#include <filesystem>

namespace vanphong::storage {

using K = StorageError::Kind;
using crypto::SecureBytes;

namespace detail {

std::span<const std::uint8_t> bytesOf(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), std::size_t(a.size())};
}

// SQLite URI for a file of ours. The key is looked up by `token`; it never
// appears in the name that SQLite and Qt keep.
std::shared_ptr<KeyContext> keyContextFor(const SecureBytes &masterKey)
{
    auto context = std::make_shared<KeyContext>();
    context->pageKey = crypto::Kdf::hkdf(masterKey.view(), "vanphong/page");
    context->headerMacKey = crypto::Kdf::hkdf(masterKey.view(), "vanphong/header");
    return context;
}

std::optional<KeySlot> recoverySlot(const QString &code, const crypto::ScryptParams &params, const SecureBytes &masterKey,
                                    SecureBytes *signingKey)
{
    return KeySlot::create(KeySlot::Kind::Recovery, {}, bytesOf(Database::normalizeRecoveryCode(code).toLatin1()), params,
                           masterKey, signingKey);
}

QString uriFor(const QString &path, const QString &token)
{
    QString absolute = QFileInfo(path).absoluteFilePath();
    if (!absolute.startsWith(QLatin1Char('/')))
        absolute.prepend(QLatin1Char('/')); // "C:/x" -> "/C:/x" as SQLite expects on Windows
    const QByteArray encoded = QUrl::toPercentEncoding(absolute, "/:");
    return QStringLiteral("file:%1?vfs=%2&kid=%3")
        .arg(QString::fromLatin1(encoded), QLatin1String(EncryptedVfs::Name), token);
}

} // namespace detail

using namespace detail;

StorageError Database::classify(int code, const QString &detail, qint64 badPage, qint64 badJournalOffset)
{
    if (badJournalOffset >= 0)
        return StorageError::make(K::Corrupted,
                                  tr("The file's journal is damaged or has been altered (record at byte %1); "
                                     "the file was left as it is.").arg(badJournalOffset));
    if (badPage > 0)
        return StorageError::make(K::Corrupted,
                                  tr("Page %1 of the file is damaged or has been altered.").arg(badPage), badPage);
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::make(K::Locked, tr("The file is in use by another program. Close it there and try again."));
    case SQLITE_READONLY:
        return StorageError::make(K::ReadOnly, tr("The file or its folder cannot be written. Choose a location you may write to."));
    case SQLITE_FULL:
        return StorageError::make(K::DiskFull, tr("The disk is full. Free some space; nothing has been changed."));
    case SQLITE_NOTADB:
        return StorageError::make(K::NotVanPhongFile, tr("This is not a VanPhong office file."));
    case SQLITE_CORRUPT:
        return StorageError::make(K::Corrupted, tr("The database inside the file is damaged (%1).").arg(detail));
    case SQLITE_CANTOPEN:
        return StorageError::make(K::Io, tr("The file cannot be opened (%1).").arg(detail));
    case SQLITE_IOERR:
        return StorageError::make(K::Io, tr("A read or write error occurred (%1).").arg(detail));
    default:
        return StorageError::make(K::Internal, tr("Database error: %1").arg(detail));
    }
}

StorageError Database::walDamage(const WalCheck::Finding &finding, const QString &path)
{
    const QString wal = QDir::toNativeSeparators(path + QLatin1String("-wal"));
    const QString what = finding.headerDamaged
        ? tr("The header of the file's write-ahead log (%1) is damaged, while the log holds saved changes.").arg(wal)
        : tr("The file's write-ahead log (%1) is damaged at frame %2, and changes saved after that frame would be lost.")
              .arg(wal).arg(finding.damagedFrame);
    return StorageError::make(K::Corrupted, what + QLatin1Char(' ')
        + tr("The file was left as it is. Open it read-only (vanphong-cli backup --read-only) to save its last good "
             "state, and keep both files for whoever repairs it."));
}

Result<FileHeader::Parsed> Database::readHeader(const QString &path)
{
    QByteArray region;
    switch (RawFile::read(path, 0, format::HeaderSize, &region)) {
    case RawFile::Status::Missing:
        return StorageError::make(K::Io, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    case RawFile::Status::Error:
        return StorageError::make(K::Io, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    case RawFile::Status::Ok:
        break;
    }
    if (region.size() < qsizetype(format::HeaderSize)) {
        if (region.startsWith(QByteArray(format::Magic, sizeof format::Magic)))
            return StorageError::make(K::Corrupted, tr("The file is cut short: its header is incomplete."), 0);
        return StorageError::make(K::NotVanPhongFile, tr("This is not a VanPhong office file."));
    }
    return FileHeader::parse(region);
}

namespace {
constexpr char RecoveryAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
} // namespace

// ---- recovery codes ---------------------------------------------------------

QString Database::makeRecoveryCode()
{
    std::uint8_t raw[25];
    crypto::fillRandom(raw);
    QString code;
    for (int i = 0; i < 25; ++i) {
        if (i && i % 5 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(RecoveryAlphabet[raw[i] & 31]);
    }
    OPENSSL_cleanse(raw, sizeof raw);
    return code;
}

QString Database::normalizeRecoveryCode(const QString &code)
{
    // Tolerant of how people copy a code: case, spaces, dashes, O for 0, I/L for 1.
    QString out;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// ---- lifetime ---------------------------------------------------------------

Database::~Database()
{
    closeConnection();
    m_levelKeys.clear();
}

crypto::SecureBytes Database::openSealedToMe(const QByteArray &box, const QByteArray &context) const
{
    return crypto::SealedBox::open(m_slotKey.privateKey.view(), m_slotKey.publicKey, box, context);
}

void Database::closeConnection()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (!m_token.isEmpty()) {
        KeyRegistry::remove(m_token);
        m_token.clear();
    }
    m_context.reset();
    m_masterKey.clear();
    m_auditKey.clear();
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = sql().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

crypto::ScryptParams Database::kdfParams()
{
    if (!m_options.kdf)
        m_options.kdf = crypto::Kdf::tuneScrypt();
    return *m_options.kdf;
}

SecureBytes Database::purposeKey(std::string_view purpose) const
{
    return crypto::Kdf::hkdf(m_masterKey.view(), purpose);
}

void Database::deriveKeys(SecureBytes masterKey)
{
    m_masterKey = std::move(masterKey);
    m_context = keyContextFor(m_masterKey);
}

bool Database::openAuditKey()
{
    const SecureBytes secret = m_header.openAuditSecret(m_masterKey);
    if (secret.isEmpty())
        return false;
    m_auditKey = crypto::Kdf::hkdf(secret.view(), "vanphong/audit");
    return true;
}

StorageError Database::errorFor(const QSqlError &error) const
{
    const qint64 bad = m_context ? m_context->lastBadPage.load() : -1;
    sqlite3 *h = m_connectionName.isEmpty() ? nullptr : handle();
    const int code = h ? sqlite3_extended_errcode(h) : error.nativeErrorCode().toInt();
    return classify(code, error.text(), bad, m_context ? m_context->lastBadJournalOffset.load() : -1);
}

// ---- opening ------------------------------------------------------------------

Status Database::connect(bool creating)
{
    if (!EncryptedVfs::ensureRegistered())
        return StorageError::make(K::Internal, tr("The encryption layer could not be registered with SQLite."));
    m_token = KeyRegistry::add(m_context);
    m_connectionName = QStringLiteral("vanphong-%1").arg(m_token);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return StorageError::make(K::Internal, tr("The Qt SQLite driver is missing."));
    db.setDatabaseName(uriFor(m_path, m_token));
    db.setConnectOptions(m_options.readOnly ? QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                            : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString text = db.lastError().text();
        if (text.contains(QLatin1String("no such vfs")))
            return StorageError::make(K::Internal, tr("This build's SQLite cannot use VanPhong's encryption layer; "
                                                      "the file was not opened."));
        return classify(db.lastError().nativeErrorCode().toInt(), text, m_context->lastBadPage,
                        m_context->lastBadJournalOffset);
    }
    sqlite3 *h = handle();
    if (!h)
        return StorageError::make(K::Internal, tr("The SQLite handle is not available."));
    sqlite3_extended_result_codes(h, 1);
    // SQLite quietly falls back to read-only when the file cannot be written;
    // the office file must be writable (the audit log, the WAL), so say so now.
    if (m_options.readOnly) {
        // Closing must not checkpoint: the log is kept exactly as it was found.
        sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    } else if (sqlite3_db_readonly(h, "main") == 1) {
        return classify(SQLITE_READONLY, QString(), -1);
    }
    // The VFS must be ours, or the data would be written in plaintext.
    char *vfsName = nullptr;
    sqlite3_file_control(h, "main", SQLITE_FCNTL_VFSNAME, &vfsName);
    const bool ours = vfsName && std::strncmp(vfsName, EncryptedVfs::Name, std::strlen(EncryptedVfs::Name)) == 0;
    sqlite3_free(vfsName);
    if (!ours || sqlite3_file_control(h, "main", EncryptedVfs::IsEncrypted, nullptr) != SQLITE_OK)
        return StorageError::make(K::Internal, tr("The file was not opened through the encryption layer; refusing to use it."));
    if (creating) {
        int reserve = int(format::ReserveBytes);
        sqlite3_file_control(h, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    QSqlQuery q(db);
    QStringList setup = {
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA secure_delete=ON"),
        // 32 MiB of decrypted pages: an office's working set stays in memory,
        // so pages are decrypted once, not on every visit.
        QStringLiteral("PRAGMA cache_size=-32768"),
        // The probe: SQLite opens lazily, so read something now.
        QStringLiteral("SELECT count(*) FROM sqlite_schema"),
    };
    if (!m_options.readOnly)
        setup << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA synchronous=FULL");
    for (const QString &sql : setup) {
        if (!q.exec(sql))
            return errorFor(q.lastError());
        while (q.next()) {}
    }
    return Ok{};
}

Result<std::unique_ptr<Database>> Database::openWith(const QString &path, const QString &login,
                                                     const Unlocker &unlock, const DatabaseOptions &options)
{
    auto parsed = readHeader(path);
    if (!parsed)
        return parsed.error();
    SecureBytes signingKey;
    SlotKey slotKey;
    SecureBytes master = unlock(parsed->header, &signingKey, &slotKey);
    if (master.isEmpty())
        return StorageError::make(K::WrongCredentials, login.isEmpty()
            ? tr("The recovery code is not correct.")
            : tr("The user name or password is not correct."));
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_login = login.isEmpty() ? QString() : KeySlot::normalizeLogin(login);
    db->m_options = options;
    db->deriveKeys(std::move(master));
    db->m_signer = AuditSigner::fromSeed(std::move(signingKey));
    db->m_slotKey = std::move(slotKey);
    if (!FileHeader::verifyMac(parsed->chosenCopy, db->m_context->headerMacKey))
        return StorageError::make(K::Corrupted, tr("The file header has been altered: its key slots do not match."), 0);
    db->m_header = parsed->header;
    if (!db->openAuditKey())
        return StorageError::make(K::Corrupted, tr("The file header has been altered: its key slots do not match."), 0);
    db->m_context->setNewFileHeader(parsed->chosenCopy + parsed->chosenCopy);
    const qint64 badImage = JournalCheck::firstBadImage(db->m_path + QLatin1String("-journal"), db->m_context->pageKey,
                                                          db->m_header.pageBinding());
    if (badImage >= 0)
        return classify(SQLITE_IOERR, {}, -1, badImage);
    // A damaged frame in the middle of the WAL would make SQLite's recovery
    // stop there and the next checkpoint drop every later commit for good.
    if (const auto wal = WalCheck::check(db->m_path + QLatin1String("-wal"), db->m_context->pageKey,
                                         db->m_header.pageBinding());
        wal.damaged() && !options.readOnly)
        return walDamage(wal, db->m_path);
    if (Status s = db->connect(false); !s)
        return s.error();
    // Read-only, a rescue must still be possible: the check is for working sessions.
    if (!options.readOnly)
        if (Status s = db->checkHeaderSequence(); !s)
            return s.error();
    if (options.migrate && !options.readOnly) {
        if (Status s = db->upgradeFormat(); !s)
            return s.error();
        if (Status s = db->migrate(); !s)
            return s.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &login,
                                                 const QByteArray &password, const DatabaseOptions &options)
{
    if (KeySlot::normalizeLogin(login).isEmpty())
        return StorageError::make(K::WrongCredentials, tr("Enter a user name."));
    return openWith(path, login, [&](const FileHeader &h, SecureBytes *signingKey, SlotKey *slotKey) {
        const KeySlot *slot = h.findUserSlot(login);
        if (slot)
            slotKey->publicKey = slot->publicKey();
        return slot ? slot->unlock(bytesOf(password), signingKey, &slotKey->privateKey) : SecureBytes();
    }, options);
}

Result<std::unique_ptr<Database>> Database::openWithRecoveryCode(const QString &path, const QString &code,
                                                                 const DatabaseOptions &options)
{
    const QByteArray secret = normalizeRecoveryCode(code).toLatin1();
    return openWith(path, QString(), [&](const FileHeader &h, SecureBytes *signingKey, SlotKey *slotKey) {
        const KeySlot *slot = h.recoverySlot();
        if (slot)
            slotKey->publicKey = slot->publicKey();
        return slot ? slot->unlock(bytesOf(secret), signingKey, &slotKey->privateKey) : SecureBytes();
    }, options);
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, const QString &login,
                                                   const QByteArray &password, QString *recoveryCode,
                                                   const DatabaseOptions &options)
{
    if (QFileInfo::exists(path))
        return StorageError::make(K::Invalid, tr("The file %1 already exists; choose another name.")
                                                  .arg(QDir::toNativeSeparators(path)));
    if (KeySlot::normalizeLogin(login).isEmpty() || password.isEmpty())
        return StorageError::make(K::Invalid, tr("A user name and a password are required."));
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_login = KeySlot::normalizeLogin(login);
    db->m_options = options;
    db->deriveKeys(SecureBytes::random(32));

    const QString code = makeRecoveryCode();
    const auto params = db->kdfParams();
    SecureBytes userSigning, recoverySigning;
    auto user = KeySlot::create(KeySlot::Kind::User, login, bytesOf(password), params, db->m_masterKey, &userSigning,
                                &db->m_slotKey.privateKey);
    if (user)
        db->m_slotKey.publicKey = user->publicKey();
    auto recovery = recoverySlot(code, params, db->m_masterKey, &recoverySigning);
    db->m_signer = AuditSigner::fromSeed(std::move(userSigning));
    const AuditSigner recoverySigner = AuditSigner::fromSeed(std::move(recoverySigning));
    if (!user || !recovery)
        return StorageError::make(K::Invalid, tr("The user name is too long."));
    FileHeader &h = db->m_header;
    h.version = format::Version;
    h.sequence = 1;
    crypto::fillRandom(h.fileId);
    h.keySlots = {*user, *recovery};
    if (!h.sealAuditSecret(db->m_masterKey, SecureBytes::random(32)) || !db->openAuditKey())
        return StorageError::make(K::Internal, tr("Sealing the new key failed."));
    const QByteArray copy = h.serializeCopy(db->m_context->headerMacKey);
    db->m_context->setNewFileHeader(copy + copy);

    Status s = db->connect(true);
    if (s)
        s = db->migrate();
    // The log's first entries say whose keys these are, each signed by the
    // key itself: the holder of the password (or code) vouches for it.
    if (s && db->hasAuditLog()) {
        AuditLog log(*db);
        if (!db->m_signer.isSet() || !recoverySigner.isSet()
            || !log.registerKey(db->m_login, db->m_login, db->m_signer.publicKey, nullptr, &user->publicKey())
            || !log.registerKey(db->m_login, AuditLog::RecoveryActor, recoverySigner.publicKey, &recoverySigner,
                                &recovery->publicKey()))
            s = db->errorFor(db->sql().lastError());
    }
    if (!s) {
        // Nothing of a failed creation is left behind.
        db->closeConnection();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(db->m_path + QLatin1String(suffix));
        return s.error();
    }
    if (recoveryCode)
        *recoveryCode = code;
    return db;
}

Result<FileInfo> Database::inspect(const QString &path)
{
    auto parsed = readHeader(path);
    if (!parsed)
        return parsed.error();
    FileInfo info;
    info.formatVersion = parsed->header.version;
    info.headerSequence = parsed->header.sequence;
    info.otherHeaderCopyDamaged = parsed->otherCopyDamaged;
    for (const KeySlot &s : parsed->header.keySlots) {
        if (s.kind() == KeySlot::Kind::User)
            info.logins << s.login();
        else
            info.hasRecoverySlot = true;
    }
    RawFile::size(path, &info.sizeBytes);
    return info;
}

// ---- schema -------------------------------------------------------------------

QByteArray Database::fileId() const
{
    return QByteArray(reinterpret_cast<const char *>(m_header.fileId.data()), int(m_header.fileId.size()));
}

int Database::schemaVersion() const
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Database::migrate()
{
    const auto &steps = m_options.migrations ? *m_options.migrations : schemaMigrations();
    QSqlDatabase db = sql();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return errorFor(q.lastError());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
        return errorFor(q.lastError()); // a damaged schema page is damage, not an old schema
    const int current = q.value(0).toInt();
    q.finish();
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (current > latest)
        return StorageError::make(K::NewerVersion,
                                  tr("This file was made by a newer version of VanPhong (schema %1; this version knows %2). "
                                     "Please update the application.").arg(current).arg(latest));
    if (current == latest)
        return Ok{};
    if (current > 0 && m_options.backupBeforeMigration) {
        const QString backup = QStringLiteral("%1.schema%2-%3.bak").arg(
            m_path, QString::number(current), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (Status s = backupTo(backup); !s)
            return s;
    }
    for (const Migration &m : steps) {
        if (m.version <= current)
            continue;
        Transaction t(db);
        if (!t.isActive())
            return errorFor(db.lastError());
        QString error;
        if (!m.apply(db, &error))
            return StorageError::make(K::Internal, tr("Upgrading the file to schema %1 failed: %2").arg(m.version).arg(error));
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.description);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec() || !t.commit())
            return errorFor(q.lastError());
    }
    return Ok{};
}

} // namespace vanphong::storage
