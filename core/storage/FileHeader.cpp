#include "FileHeader.h"

#include "FileFormat.h"
#include "crypto/AesGcm.h"
#include "crypto/Random.h"

#include <openssl/crypto.h>

#include <cstring>

namespace vanphong::storage {

namespace {
constexpr std::size_t OffVersion = 16, OffPageSize = 20, OffReserve = 24, OffSequence = 28, OffFileId = 36,
                      OffSlotCount = 52;

void putU32(std::uint8_t *p, std::uint32_t v) { for (int i = 0; i < 4; ++i) p[i] = std::uint8_t(v >> (8 * i)); }
std::uint32_t getU32(const std::uint8_t *p) { std::uint32_t v = 0; for (int i = 0; i < 4; ++i) v |= std::uint32_t(p[i]) << (8 * i); return v; }
void putU64(std::uint8_t *p, std::uint64_t v) { for (int i = 0; i < 8; ++i) p[i] = std::uint8_t(v >> (8 * i)); }
std::uint64_t getU64(const std::uint8_t *p) { std::uint64_t v = 0; for (int i = 0; i < 8; ++i) v |= std::uint64_t(p[i]) << (8 * i); return v; }

const std::uint8_t *bytes(const QByteArray &a) { return reinterpret_cast<const std::uint8_t *>(a.constData()); }

enum class CopyState { Absent, Damaged, Good };

struct CopyResult
{
    CopyState state = CopyState::Absent;
    FileHeader header;
};

CopyResult parseCopy(const QByteArray &copy)
{
    CopyResult result;
    if (copy.size() < qsizetype(format::HeaderCopySize))
        return result;
    const std::uint8_t *p = bytes(copy);
    if (std::memcmp(p, format::Magic, sizeof format::Magic) != 0)
        return result;
    result.state = CopyState::Damaged;
    const auto sum = crypto::Kdf::sha256({p, format::ChecksumOffset});
    if (std::memcmp(sum.data(), p + format::ChecksumOffset, sum.size()) != 0)
        return result;
    FileHeader &h = result.header;
    h.version = getU32(p + OffVersion);
    h.sequence = getU64(p + OffSequence);
    std::memcpy(h.fileId.data(), p + OffFileId, h.fileId.size());
    if (h.version < format::OldestVersion || h.version > format::Version) {
        // A newer (or unknown) format: report it without reading keySlots we may not understand.
        result.state = CopyState::Good;
        return result;
    }
    const std::uint32_t count = getU32(p + OffSlotCount);
    if (getU32(p + OffPageSize) != format::PageSize || getU32(p + OffReserve) != format::ReserveBytes
        || count > format::MaxSlots)
        return result;
    for (std::uint32_t i = 0; i < count; ++i) {
        auto slot = KeySlot::parse(p + format::SlotsOffset + i * format::SlotSize);
        if (!slot)
            return result;
        h.keySlots.push_back(*slot);
    }
    std::memcpy(h.sealedAuditSecret.data(), p + format::AuditSecretOffset, format::AuditSecretSize);
    result.state = CopyState::Good;
    return result;
}
} // namespace

Result<FileHeader::Parsed> FileHeader::parse(const QByteArray &region)
{
    using K = StorageError::Kind;
    CopyResult copies[2] = {parseCopy(region.left(format::HeaderCopySize)),
                            parseCopy(region.mid(format::HeaderCopySize, format::HeaderCopySize))};
    if (copies[0].state == CopyState::Absent && copies[1].state == CopyState::Absent)
        return StorageError::make(K::NotVanPhongFile, tr("This is not a VanPhong office file."));
    if (copies[0].state != CopyState::Good && copies[1].state != CopyState::Good)
        return StorageError::make(K::Corrupted, tr("The file header is damaged: neither of its two copies is intact."), 0);
    int chosen = 0;
    if (copies[0].state != CopyState::Good)
        chosen = 1;
    else if (copies[1].state == CopyState::Good && copies[1].header.sequence > copies[0].header.sequence)
        chosen = 1;
    if (copies[chosen].header.version > format::Version)
        return StorageError::make(K::NewerVersion,
                                  tr("This file was made by a newer version of VanPhong (file format %1). "
                                     "Please update the application.").arg(copies[chosen].header.version));
    if (copies[chosen].header.version < format::OldestVersion)
        return StorageError::make(K::NotVanPhongFile, tr("This is not a VanPhong office file."));
    Parsed parsed;
    parsed.header = copies[chosen].header;
    parsed.chosenIndex = chosen;
    parsed.chosenCopy = region.mid(chosen * format::HeaderCopySize, format::HeaderCopySize);
    parsed.otherCopyDamaged = copies[1 - chosen].state != CopyState::Good;
    return parsed;
}

QByteArray FileHeader::serializeCopy(const crypto::SecureBytes &macKey) const
{
    QByteArray out(format::HeaderCopySize, '\0');
    auto *p = reinterpret_cast<std::uint8_t *>(out.data());
    std::memcpy(p, format::Magic, sizeof format::Magic);
    putU32(p + OffVersion, version);
    putU32(p + OffPageSize, format::PageSize);
    putU32(p + OffReserve, format::ReserveBytes);
    putU64(p + OffSequence, sequence);
    std::memcpy(p + OffFileId, fileId.data(), fileId.size());
    putU32(p + OffSlotCount, std::uint32_t(keySlots.size()));
    for (std::size_t i = 0; i < keySlots.size() && i < format::MaxSlots; ++i)
        keySlots[i].serialize(p + format::SlotsOffset + i * format::SlotSize);
    std::memcpy(p + format::AuditSecretOffset, sealedAuditSecret.data(), format::AuditSecretSize);
    const auto mac = crypto::Kdf::hmacSha256(macKey.view(), {p, format::MacOffset});
    std::memcpy(p + format::MacOffset, mac.data(), mac.size());
    const auto sum = crypto::Kdf::sha256({p, format::ChecksumOffset});
    std::memcpy(p + format::ChecksumOffset, sum.data(), sum.size());
    return out;
}

std::span<const std::uint8_t> FileHeader::pageBinding() const
{
    if (version < 2)
        return {};
    return {fileId.data(), fileId.size()};
}

bool FileHeader::verifyMac(const QByteArray &copy, const crypto::SecureBytes &macKey)
{
    if (copy.size() != qsizetype(format::HeaderCopySize))
        return false;
    const auto mac = crypto::Kdf::hmacSha256(macKey.view(), {bytes(copy), format::MacOffset});
    return CRYPTO_memcmp(mac.data(), bytes(copy) + format::MacOffset, mac.size()) == 0;
}

namespace {
const std::uint8_t AuditAad[] = {'V', 'P', 'A', 'U', 'D', 'I', 'T'};
} // namespace

bool FileHeader::sealAuditSecret(const crypto::SecureBytes &masterKey, const crypto::SecureBytes &secret)
{
    if (secret.size() != 32)
        return false;
    const crypto::SecureBytes key = crypto::Kdf::hkdf(masterKey.view(), "vanphong/audit-seal");
    crypto::fillRandom({sealedAuditSecret.data(), 12});
    crypto::AesGcm gcm(key.view());
    return gcm.encrypt(sealedAuditSecret.data(), AuditAad, secret.data(), sealedAuditSecret.data() + 12, 32,
                       sealedAuditSecret.data() + 44);
}

crypto::SecureBytes FileHeader::openAuditSecret(const crypto::SecureBytes &masterKey) const
{
    const crypto::SecureBytes key = crypto::Kdf::hkdf(masterKey.view(), "vanphong/audit-seal");
    crypto::SecureBytes secret(32);
    crypto::AesGcm gcm(key.view());
    if (!gcm.decrypt(sealedAuditSecret.data(), AuditAad, sealedAuditSecret.data() + 12, secret.data(), 32,
                     sealedAuditSecret.data() + 44))
        return {};
    return secret;
}

const KeySlot *FileHeader::findUserSlot(const QString &login) const
{
    const QString wanted = KeySlot::normalizeLogin(login);
    for (const KeySlot &s : keySlots)
        if (s.kind() == KeySlot::Kind::User && s.login() == wanted)
            return &s;
    return nullptr;
}

KeySlot *FileHeader::findUserSlot(const QString &login)
{
    return const_cast<KeySlot *>(std::as_const(*this).findUserSlot(login));
}

const KeySlot *FileHeader::recoverySlot() const
{
    for (const KeySlot &s : keySlots)
        if (s.kind() == KeySlot::Kind::Recovery)
            return &s;
    return nullptr;
}

} // namespace vanphong::storage
