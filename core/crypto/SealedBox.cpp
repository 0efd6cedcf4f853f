#include "SealedBox.h"

#include "AesGcm.h"
#include "Kdf.h"
#include "Random.h"

#include <openssl/crypto.h>

#include <cstring>

namespace vanphong::crypto {

namespace {
constexpr std::string_view BoxInfo = "vanphong/sealed-box";

std::span<const std::uint8_t> bytes(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), std::size_t(a.size())};
}
} // namespace

SecureBytes SealedBox::boxKey(const SecureBytes &shared, const PublicKey &ephemeral, const PublicKey &recipient,
                              std::string_view info)
{
    std::uint8_t ikm[96];
    std::memcpy(ikm, shared.data(), 32);
    std::memcpy(ikm + 32, ephemeral.data(), 32);
    std::memcpy(ikm + 64, recipient.data(), 32);
    SecureBytes key = Kdf::hkdf({ikm, sizeof ikm}, info);
    OPENSSL_cleanse(ikm, sizeof ikm);
    return key;
}

QByteArray SealedBox::seal(const PublicKey &recipient, std::span<const std::uint8_t> secret, const QByteArray &context)
{
    X25519::KeyPair ephemeral;
    if (!X25519::generate(ephemeral))
        return {};
    const SecureBytes shared = X25519::agree(ephemeral.privateKey.view(), recipient);
    if (shared.isEmpty())
        return {};
    const SecureBytes key = boxKey(shared, ephemeral.publicKey, recipient, BoxInfo);
    QByteArray box(qsizetype(Overhead + secret.size()), Qt::Uninitialized);
    auto *out = reinterpret_cast<std::uint8_t *>(box.data());
    std::memcpy(out, ephemeral.publicKey.data(), 32);
    fillRandom({out + 32, 12});
    AesGcm gcm(key.view());
    if (!gcm.encrypt(out + 32, bytes(context), secret.data(), out + 44, secret.size(), out + 44 + secret.size()))
        return {};
    return box;
}

SecureBytes SealedBox::open(std::span<const std::uint8_t> privateKey, const PublicKey &recipient,
                            const QByteArray &box, const QByteArray &context)
{
    if (box.size() < Overhead || privateKey.size() != 32)
        return {};
    const auto *in = reinterpret_cast<const std::uint8_t *>(box.constData());
    PublicKey ephemeral{};
    std::memcpy(ephemeral.data(), in, 32);
    const SecureBytes shared = X25519::agree(privateKey, ephemeral);
    if (shared.isEmpty())
        return {};
    const SecureBytes key = boxKey(shared, ephemeral, recipient, BoxInfo);
    const std::size_t length = std::size_t(box.size() - Overhead);
    SecureBytes secret(length);
    AesGcm gcm(key.view());
    if (!gcm.decrypt(in + 32, bytes(context), in + 44, secret.data(), length, in + 44 + length))
        return {};
    return secret;
}

} // namespace vanphong::crypto
