#include "X25519.h"

#include "OpenSslKey.h"

namespace vanphong::crypto {

namespace {
using detail::Pkey;
using detail::PkeyCtx;

Pkey privateFromRaw(std::span<const std::uint8_t> raw)
{
    return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, raw.data(), raw.size()));
}
} // namespace

bool X25519::generate(KeyPair &out)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return false;
    Pkey key(raw);
    SecureBytes priv(32);
    std::size_t len = priv.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), priv.data(), &len) != 1 || len != 32)
        return false;
    len = out.publicKey.size();
    if (EVP_PKEY_get_raw_public_key(key.get(), out.publicKey.data(), &len) != 1 || len != 32)
        return false;
    out.privateKey = std::move(priv);
    return true;
}

bool X25519::publicKeyOf(std::span<const std::uint8_t> privateKey, PublicKey &out)
{
    Pkey key = privateFromRaw(privateKey);
    std::size_t len = out.size();
    return key && EVP_PKEY_get_raw_public_key(key.get(), out.data(), &len) == 1 && len == 32;
}

SecureBytes X25519::agree(std::span<const std::uint8_t> privateKey, const PublicKey &peer)
{
    Pkey own = privateFromRaw(privateKey);
    Pkey other(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peer.data(), peer.size()));
    if (!own || !other)
        return {};
    PkeyCtx ctx(EVP_PKEY_CTX_new(own.get(), nullptr));
    std::size_t len = 32;
    SecureBytes secret(32);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), other.get()) != 1
        || EVP_PKEY_derive(ctx.get(), secret.data(), &len) != 1 || len != 32)
        return {};
    return secret;
}

} // namespace vanphong::crypto
