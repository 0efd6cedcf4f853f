#include "SealedDraft.h"

#include "Database.h"
#include "crypto/AesGcm.h"
#include "crypto/Random.h"

namespace vanphong::storage {

namespace {
constexpr std::string_view Purpose = "vanphong/draft";

std::span<const std::uint8_t> bytes(const QByteArray &b)
{
    return {reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size())};
}
} // namespace

QByteArray SealedDraft::seal(const Database &db, const QByteArray &plain)
{
    const crypto::SecureBytes key = db.purposeKey(Purpose);
    crypto::AesGcm gcm(key.view());
    QByteArray out(qsizetype(crypto::AesGcm::NonceSize + plain.size() + crypto::AesGcm::TagSize), '\0');
    auto *o = reinterpret_cast<std::uint8_t *>(out.data());
    crypto::fillRandom({o, crypto::AesGcm::NonceSize});
    const QByteArray fileId = db.fileId();
    if (!gcm.isValid()
        || !gcm.encrypt(o, bytes(fileId), reinterpret_cast<const std::uint8_t *>(plain.constData()), o + crypto::AesGcm::NonceSize,
                        std::size_t(plain.size()), o + crypto::AesGcm::NonceSize + plain.size()))
        return {};
    return out;
}

std::optional<QByteArray> SealedDraft::open(const Database &db, const QByteArray &sealed)
{
    const qsizetype overhead = qsizetype(crypto::AesGcm::NonceSize + crypto::AesGcm::TagSize);
    if (sealed.size() < overhead)
        return std::nullopt;
    const crypto::SecureBytes key = db.purposeKey(Purpose);
    crypto::AesGcm gcm(key.view());
    const auto *in = reinterpret_cast<const std::uint8_t *>(sealed.constData());
    const std::size_t length = std::size_t(sealed.size() - overhead);
    QByteArray plain(qsizetype(length), '\0');
    const QByteArray fileId = db.fileId();
    if (!gcm.isValid()
        || !gcm.decrypt(in, bytes(fileId), in + crypto::AesGcm::NonceSize, reinterpret_cast<std::uint8_t *>(plain.data()), length,
                        in + crypto::AesGcm::NonceSize + length))
        return std::nullopt;
    return plain;
}

} // namespace vanphong::storage
