#include "Ed25519.h"

#include "OpenSslKey.h"

namespace vanphong::crypto {

using detail::MdCtx;
using detail::Pkey;
using detail::PkeyCtx;

bool Ed25519::generate(KeyPair &out)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return false;
    Pkey key(raw);
    SecureBytes seed(32);
    std::size_t len = seed.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), seed.data(), &len) != 1 || len != 32)
        return false;
    len = out.publicKey.size();
    if (EVP_PKEY_get_raw_public_key(key.get(), out.publicKey.data(), &len) != 1 || len != 32)
        return false;
    out.privateKey = std::move(seed);
    return true;
}

bool Ed25519::publicKeyOf(std::span<const std::uint8_t> privateKey, PublicKey &out)
{
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, privateKey.data(), privateKey.size()));
    std::size_t len = out.size();
    return key && EVP_PKEY_get_raw_public_key(key.get(), out.data(), &len) == 1 && len == 32;
}

bool Ed25519::sign(std::span<const std::uint8_t> privateKey, std::span<const std::uint8_t> message, Signature &out)
{
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, privateKey.data(), privateKey.size()));
    MdCtx ctx(EVP_MD_CTX_new());
    std::size_t len = out.size();
    // Ed25519 hashes the message itself: no digest is named (RFC 8032 "pure" mode).
    return key && ctx && EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
           && EVP_DigestSign(ctx.get(), out.data(), &len, message.data(), message.size()) == 1 && len == out.size();
}

bool Ed25519::verify(const PublicKey &publicKey, std::span<const std::uint8_t> message, const Signature &signature)
{
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, publicKey.data(), publicKey.size()));
    MdCtx ctx(EVP_MD_CTX_new());
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
           && EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), message.data(), message.size()) == 1;
}

} // namespace vanphong::crypto
