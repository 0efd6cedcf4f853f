// Database: key keySlots, rekey, backup, restore and verify. The opening half
// lives in Database.cpp.
#include "Database.h"
#include "DatabaseDetail.h"

#include "AuditLog.h"
#include "EncryptedVfs.h"
#include "FileFormat.h"
#include "KeyContext.h"
#include "PageCipher.h"
#include "RawFile.h"
#include "Transaction.h"
#include "crypto/Random.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <QVariant>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

#if defined(__unix__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace vanphong::storage {

using namespace detail;
using K = StorageError::Kind;
using crypto::SecureBytes;

namespace {

bool syncFile(const QString &path)
{
#if defined(__unix__)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool renameReplacing(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    return !ec;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

// ---- key keySlots ----------------------------------------------------------------

Status Database::updateHeader(const std::function<Status(FileHeader &)> &change)
{
    // The write lock serialises header updates between processes.
    Transaction t(sql());
    if (!t.isActive())
        return errorFor(sql().lastError());
    auto parsed = readHeader(m_path);
    if (!parsed)
        return parsed.error();
    if (!FileHeader::verifyMac(parsed->chosenCopy, m_context->headerMacKey))
        return StorageError::make(K::Corrupted, tr("The file header has been altered: its key slots do not match."), 0);
    FileHeader header = parsed->header;
    if (Status s = change(header); !s)
        return s;
    header.sequence = parsed->header.sequence + 1;
    const QByteArray copy = header.serializeCopy(m_context->headerMacKey);
    // The older copy first: a crash before the second write leaves the new
    // header in one copy and the previous one intact in the other.
    for (int index : {1 - parsed->chosenIndex, parsed->chosenIndex}) {
        EncryptedVfs::HeaderCopyWrite w{index, reinterpret_cast<const std::uint8_t *>(copy.constData())};
        const int rc = sqlite3_file_control(handle(), "main", EncryptedVfs::WriteHeaderCopy, &w);
        if (rc != SQLITE_OK)
            return classify(rc, tr("writing the file header"), -1);
    }
    m_context->setNewFileHeader(copy + copy);
    m_header = header;
    if (Status s = recordHeaderSequence(header.sequence); !s)
        return s;
    if (!t.commit())
        return errorFor(sql().lastError());
    return Ok{};
}

Status Database::recordHeaderSequence(std::uint64_t sequence)
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")))
        return errorFor(q.lastError());
    if (!q.next())
        return Ok{}; // a bare database (storage tests): nothing to record in
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('header.sequence', ?)"));
    q.addBindValue(QString::number(sequence));
    if (!q.exec())
        return errorFor(q.lastError());
    return Ok{};
}

bool Database::hasAuditLog() const
{
    QSqlQuery q(sql());
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'")) && q.next();
}

QString Database::actor() const
{
    return isRecoverySession() ? AuditLog::RecoveryActor : m_login;
}

Status Database::registerSigningKey(const QString &owner, const SecureBytes &signingKey, const crypto::PublicKey &slotKey)
{
    if (!hasAuditLog())
        return Ok{};
    const AuditSigner key = AuditSigner::fromSeed(signingKey.clone());
    if (!key.isSet())
        return StorageError::make(K::Internal, tr("The new signing key could not be made."));
    if (!AuditLog(*this).registerKey(actor(), owner, key.publicKey, nullptr, &slotKey))
        return errorFor(sql().lastError());
    return Ok{};
}

Result<Database::OwnKey> Database::checkOwnSigningKey()
{
    if (m_options.readOnly || !m_signer.isSet() || !hasAuditLog())
        return OwnKey::Registered;
    const QByteArray mine(reinterpret_cast<const char *>(m_signer.publicKey.data()), qsizetype(m_signer.publicKey.size()));
    const QList<QByteArray> keys = AuditLog::registeredKeys(sql()).value(actor());
    if (keys.isEmpty()) {
        // A file made before entries were signed: the owner's own key,
        // registered by the owner (FILE-FORMAT.md says what this leaves open).
        if (!AuditLog(*this).registerKey(actor(), actor(), m_signer.publicKey, nullptr, &m_slotKey.publicKey))
            return errorFor(sql().lastError());
        return OwnKey::Registered;
    }
    // A user's newest key is the one that counts; every key the recovery code has had stays valid.
    const bool registered = isRecoverySession() ? keys.contains(mine) : keys.constLast() == mine;
    return registered ? OwnKey::Registered : OwnKey::Foreign;
}

Status Database::checkHeaderSequence() const
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")))
        return errorFor(q.lastError());
    if (!q.next())
        return Ok{};
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'header.sequence'")))
        return errorFor(q.lastError());
    if (!q.next())
        return Ok{};
    const std::uint64_t seen = q.value(0).toString().toULongLong();
    if (seen <= m_header.sequence)
        return Ok{};
    return StorageError::make(K::Corrupted,
                              tr("The file's key slots are older than its contents (header change %1, the file has seen "
                                 "%2): an old copy of the header was put back, which may bring back a password that was "
                                 "reset or a user who was disabled. Ask the office chief to restore the file from a "
                                 "backup.").arg(m_header.sequence).arg(seen), 0);
}

Status Database::changePassword(const QByteArray &oldPassword, const QByteArray &newPassword)
{
    if (isRecoverySession())
        return StorageError::make(K::Invalid, tr("A recovery session has no password of its own to change."));
    if (newPassword.isEmpty())
        return StorageError::make(K::Invalid, tr("The new password must not be empty."));
    const auto params = kdfParams();
    return updateHeader([&](FileHeader &h) -> Status {
        KeySlot *slot = h.findUserSlot(m_login);
        if (!slot)
            return StorageError::make(K::WrongCredentials, tr("This user has no key slot in the file."));
        if (!slot->changeSecret(bytesOf(oldPassword), bytesOf(newPassword), params))
            return StorageError::make(K::WrongCredentials, tr("The current password is not correct."));
        return Ok{};
    });
}

Status Database::setUserPassword(const QString &login, const QByteArray &password)
{
    if (KeySlot::normalizeLogin(login).isEmpty() || password.isEmpty())
        return StorageError::make(K::Invalid, tr("A user name and a password are required."));
    SecureBytes signingKey;
    auto slot = KeySlot::create(KeySlot::Kind::User, login, bytesOf(password), kdfParams(), m_masterKey, &signingKey);
    if (!slot)
        return StorageError::make(K::Invalid, tr("The user name is too long."));
    return updateHeader([&](FileHeader &h) -> Status {
        if (KeySlot *existing = h.findUserSlot(login)) {
            *existing = *slot;
        } else {
            if (h.keySlots.size() >= format::MaxSlots)
                return StorageError::make(K::Invalid, tr("The file has no room for another user (at most %1 key slots).")
                                                          .arg(format::MaxSlots));
            h.keySlots.push_back(*slot);
        }
        // In the header change's transaction: the new slot and the log entry
        // naming its key are committed together.
        return registerSigningKey(slot->login(), signingKey, slot->publicKey());
    });
}

Status Database::removeUserSlot(const QString &login)
{
    return updateHeader([&](FileHeader &h) -> Status {
        const KeySlot *slot = h.findUserSlot(login);
        if (!slot)
            return StorageError::make(K::Invalid, tr("The user %1 has no key slot.").arg(login));
        const auto users = std::count_if(h.keySlots.begin(), h.keySlots.end(),
                                         [](const KeySlot &s) { return s.kind() == KeySlot::Kind::User; });
        if (users <= 1)
            return StorageError::make(K::Invalid, tr("The last user cannot be removed."));
        h.keySlots.erase(h.keySlots.begin() + (slot - h.keySlots.data()));
        return Ok{};
    });
}

QStringList Database::slotLogins() const
{
    // As the file holds them now: another program may have changed them.
    auto parsed = readHeader(m_path);
    const FileHeader &header = parsed ? parsed->header : m_header;
    QStringList out;
    for (const KeySlot &s : header.keySlots)
        if (s.kind() == KeySlot::Kind::User)
            out << s.login();
    return out;
}

// ---- backup, restore, rekey ---------------------------------------------------

Status Database::backupTo(const QString &destination)
{
    if (QFileInfo::exists(destination))
        return StorageError::make(K::Invalid, tr("The file %1 already exists; choose another name.")
                                                  .arg(QDir::toNativeSeparators(destination)));
    // Same key and slots (as the file holds them now: another program may
    // have changed a password), its own file id: a page of the backup put back
    // into this file (or the other way round) fails to authenticate.
    auto current = readHeader(m_path);
    if (!current)
        return current.error();
    if (!FileHeader::verifyMac(current->chosenCopy, m_context->headerMacKey))
        return StorageError::make(K::Corrupted, tr("The file header has been altered: its key slots do not match."), 0);
    FileHeader header = current->header;
    header.version = format::Version;
    crypto::fillRandom(header.fileId);
    auto context = keyContextFor(m_masterKey);
    const QByteArray copy = header.serializeCopy(context->headerMacKey);
    context->setNewFileHeader(copy + copy);
    if (Status s = copyInto(destination, context); !s)
        return s;
    return Ok{};
}

Status Database::copyInto(const QString &destination, const std::shared_ptr<KeyContext> &context)
{
    // VACUUM INTO writes a consistent snapshot through our VFS, while other
    // connections go on writing.
    const QString token = KeyRegistry::add(context);
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(uriFor(destination, token));
    const bool copied = q.exec();
    KeyRegistry::remove(token);
    if (!copied) {
        const StorageError error = errorFor(q.lastError());
        removeWithCompanions(destination);
        return error;
    }
    if (!syncFile(destination)) {
        removeWithCompanions(destination);
        return StorageError::make(K::Io, tr("The copy could not be written to disk."));
    }
    return Ok{};
}

bool Database::takeSoleUse()
{
    QSqlQuery q(sql());
    const bool sole = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next()
                      && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    q.finish();
    return sole;
}

Status Database::upgradeFormat()
{
    if (m_header.version >= format::Version)
        return Ok{};
    if (!takeSoleUse()) {
        // Another program has the file open: it stays in the old format until
        // it is opened alone. Back to WAL for this session.
        QSqlQuery q(sql());
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        return Ok{};
    }
    FileHeader header = m_header;
    header.version = format::Version;
    ++header.sequence;
    auto context = keyContextFor(m_masterKey);
    const QByteArray copy = header.serializeCopy(context->headerMacKey);
    context->setNewFileHeader(copy + copy);
    const QString temp = m_path + QLatin1String(".upgrade-tmp");
    removeWithCompanions(temp);
    if (Status s = copyInto(temp, context); !s)
        return s;
    const QString path = m_path;
    // Closing wipes the keys; the session goes on with the same ones.
    SecureBytes master = m_masterKey.clone();
    std::shared_ptr<KeyContext> oldContext = m_context;
    closeConnection();
    m_path = path;
    m_masterKey = std::move(master);
    if (!openAuditKey())
        return StorageError::make(K::Internal, tr("Sealing the new key failed."));
    if (!renameReplacing(temp, path)) {
        removeWithCompanions(temp);
        m_context = std::move(oldContext);
        if (Status s = connect(false); !s)
            return s;
        return Ok{}; // still the old format, still whole
    }
    RawFile::syncDirectory(path);
    m_context = std::move(context);
    m_header = header;
    return connect(false);
}

Status Database::replaceFile(const QString &replacement, const QString &target)
{
    if (!syncFile(replacement))
        return StorageError::make(K::Io, tr("The restored file could not be written to disk."));
    for (const char *suffix : {"-wal", "-journal"})
        if (QFileInfo(target + QLatin1String(suffix)).size() > 0)
            return StorageError::make(K::Locked, tr("The file is in use by another program. Close it there and try again."));
    if (QFileInfo::exists(target)) {
        // Kept first, under another name, while the file itself stays in place.
        const QString stamp = QStringLiteral("%1.replaced-%2").arg(
            target, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        // Two restores within one second keep both replaced files.
        QString kept = stamp;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = QStringLiteral("%1-%2").arg(stamp).arg(n);
        std::error_code ec;
        const auto from = std::filesystem::path(QFile::encodeName(target).toStdString());
        const auto to = std::filesystem::path(QFile::encodeName(kept).toStdString());
        std::filesystem::create_hard_link(from, to, ec);
        if (ec && !(QFile::copy(target, kept) && syncFile(kept)))
            return StorageError::make(K::Io, tr("The current file could not be kept aside; nothing was restored."));
        RawFile::syncDirectory(kept);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
    }
    if (!renameReplacing(replacement, target))
        return StorageError::make(K::Io, tr("The restored file could not be put in place."));
    RawFile::syncDirectory(target);
    return Ok{};
}

const std::vector<KeySlot> &Database::keySlots() const
{
    return m_header.keySlots;
}

Result<QString> Database::rekey(const QStringList &keepLogins, RecoveryCode recovery, const std::vector<KeySlot> &preferredSlots,
                                const KeepNewCode &keepNewCode)
{
    QStringList keep;
    for (const QString &login : keepLogins)
        keep << KeySlot::normalizeLogin(login);
    if (!isRecoverySession() && !keep.contains(m_login))
        return StorageError::make(K::Invalid, tr("The new key must stay open to the user who changes it."));
    // Leaving WAL mode needs the only connection to the file: this is how we
    // know no other program is using it while it is replaced.
    if (!takeSoleUse())
        return StorageError::make(K::Locked, tr("The file is in use by another program. Close it there and try again."));

    // The slots as the file holds them now (another program may have added a user).
    auto current = readHeader(m_path);
    if (!current)
        return current.error();
    if (!FileHeader::verifyMac(current->chosenCopy, m_context->headerMacKey))
        return StorageError::make(K::Corrupted, tr("The file header has been altered: its key slots do not match."), 0);
    m_header = current->header;

    SecureBytes newMaster = SecureBytes::random(32);
    const QString code = recovery == RecoveryCode::New ? makeRecoveryCode() : QString();
    FileHeader header = m_header;
    header.version = format::Version; // every page is rewritten: in the current format
    header.sequence = 1;
    crypto::fillRandom(header.fileId);
    header.keySlots.clear();
    for (const KeySlot &s : m_header.keySlots) {
        const bool kept = s.kind() == KeySlot::Kind::User ? keep.contains(s.login())
                                                          : s.kind() == KeySlot::Kind::Recovery && recovery == RecoveryCode::Keep;
        if (!kept)
            continue;
        // The same user's (or the recovery) slot of the preferred file, when it has one.
        const auto preferred = std::find_if(preferredSlots.cbegin(), preferredSlots.cend(), [&s](const KeySlot &p) {
            return p.kind() == s.kind() && (s.kind() == KeySlot::Kind::Recovery || p.login() == s.login());
        });
        KeySlot resealed = preferred != preferredSlots.cend() ? *preferred : s;
        if (!resealed.reseal(newMaster))
            return StorageError::make(K::Internal, tr("Sealing the new key failed."));
        header.keySlots.push_back(resealed);
    }
    SecureBytes recoverySigning;
    crypto::PublicKey recoveryPublic{};
    if (recovery == RecoveryCode::New) {
        auto fresh = recoverySlot(code, kdfParams(), newMaster, &recoverySigning);
        if (!fresh)
            return StorageError::make(K::Internal, tr("Sealing the new key failed."));
        header.keySlots.push_back(*fresh);
        recoveryPublic = fresh->publicKey();
    }
    // The audit log's secret moves to the new key unchanged, so its chain stays valid.
    if (!header.sealAuditSecret(newMaster, m_header.openAuditSecret(m_masterKey)))
        return StorageError::make(K::Internal, tr("Sealing the new key failed."));

    auto context = keyContextFor(newMaster);
    const QByteArray copy = header.serializeCopy(context->headerMacKey);
    context->setNewFileHeader(copy + copy);

    // Every page is written afresh under the new key into a new file, which
    // then replaces the old one in one rename.
    const QString temp = m_path + QLatin1String(".rekey-tmp");
    removeWithCompanions(temp);
    // The copy starts its header history again.
    if (Status s = recordHeaderSequence(header.sequence); !s)
        return s.error();
    // The new code's key is logged before the copy, so the copy holds it. If
    // the swap then fails, the old file merely knows one more recovery key
    // (a recovery code's keys are added, never replaced: FILE-FORMAT.md).
    if (recovery == RecoveryCode::New)
        if (Status s = registerSigningKey(AuditLog::RecoveryActor, recoverySigning, recoveryPublic); !s)
            return s.error();
    if (Status s = copyInto(temp, context); !s)
        return s.error();
    if (recovery == RecoveryCode::New && keepNewCode) {
        if (Status kept = keepNewCode(code); !kept) {
            removeWithCompanions(temp);
            QSqlQuery(sql()).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            return kept.error();
        }
    }
    const QString path = m_path;
    const QString login = m_login;
    closeConnection();
    if (!renameReplacing(temp, path))
        return StorageError::make(K::Io, tr("The re-encrypted file could not replace the old one; the old key stays in use."));
    RawFile::syncDirectory(path);

    m_path = path;
    m_login = login;
    // The context made for the copy already holds the new keys and header.
    m_masterKey = std::move(newMaster);
    m_context = std::move(context);
    m_header = header;
    if (!openAuditKey())
        return StorageError::make(K::Internal, tr("Sealing the new key failed."));
    if (Status s = connect(false); !s)
        return s.error();
    return code;
}

// ---- verify -------------------------------------------------------------------

VerifyReport Database::verify()
{
    VerifyReport report;
    // A read transaction keeps checkpoints from rewriting pages under the scan.
    QSqlQuery q(sql());
    q.exec(QStringLiteral("BEGIN"));
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    q.finish();

    auto parsed = readHeader(m_path);
    if (!parsed) {
        report.problems << parsed.error().message;
    } else {
        if (!FileHeader::verifyMac(parsed->chosenCopy, m_context->headerMacKey))
            report.problems << tr("The file header has been altered: its key slots do not match.");
        if (parsed->otherCopyDamaged)
            report.problems << tr("Header copy %1 is damaged (the other copy is intact).").arg(2 - parsed->chosenIndex);
    }

    qint64 size = 0;
    RawFile::size(m_path, &size);
    const qint64 body = std::max<qint64>(0, size - qint64(format::HeaderSize));
    if (body % format::PageSize != 0)
        report.problems << tr("The file ends in the middle of a page (%1 bytes too many).").arg(body % format::PageSize);
    PageCipher cipher(m_context->pageKey.view(), m_header.pageBinding());
    constexpr qint64 chunkPages = 256;
    const qint64 pages = body / format::PageSize;
    for (qint64 first = 0; first < pages; first += chunkPages) {
        QByteArray chunk;
        const qint64 n = std::min(chunkPages, pages - first);
        if (RawFile::read(m_path, qint64(format::HeaderSize) + first * format::PageSize, n * format::PageSize, &chunk)
                != RawFile::Status::Ok
            || chunk.size() != n * qint64(format::PageSize)) {
            report.problems << tr("The file cannot be read from page %1 on.").arg(first + 1);
            break;
        }
        for (qint64 i = 0; i < n; ++i) {
            auto *page = reinterpret_cast<std::uint8_t *>(chunk.data()) + i * format::PageSize;
            if (!cipher.open(PageCipher::Role::DatabasePage, std::uint64_t(first + i + 1), page))
                report.problems << tr("Page %1 of the file is damaged or has been altered.").arg(first + i + 1);
            ++report.pagesChecked;
        }
    }

    const auto wal = WalCheck::check(m_path + QLatin1String("-wal"), m_context->pageKey, m_header.pageBinding());
    report.walFramesChecked = wal.framesChecked;
    if (wal.damaged())
        report.problems << walDamage(wal, m_path).message;

    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << tr("Integrity check: %1").arg(line);
        }
    } else {
        report.problems << errorFor(q.lastError()).message;
    }
    q.finish();
    q.exec(QStringLiteral("COMMIT"));

    const AuditLog::Check audit = AuditLog(sql(), m_auditKey).verify();
    report.auditEntries = audit.entries;
    report.unsignedAuditEntries = audit.unsignedEntries;
    if (!audit.ok) {
        report.problems << audit.message;
        report.altered = report.altered || audit.altered;
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace vanphong::storage
