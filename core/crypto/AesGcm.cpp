#include "AesGcm.h"

#include <openssl/evp.h>

#include <climits>

namespace vanphong::crypto {

namespace {
// Fetching the implementation once avoids OpenSSL's per-call provider lookup.
EVP_CIPHER *aes256Gcm()
{
    static EVP_CIPHER *cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher;
}

bool fitsInt(std::size_t n) { return n <= static_cast<std::size_t>(INT_MAX); }
} // namespace

AesGcm::AesGcm(std::span<const std::uint8_t> key)
{
    if (key.size() != KeySize || !aes256Gcm())
        return;
    m_ctx = EVP_CIPHER_CTX_new();
    if (m_ctx && EVP_CipherInit_ex2(m_ctx, aes256Gcm(), key.data(), nullptr, 1, nullptr) != 1) {
        EVP_CIPHER_CTX_free(m_ctx);
        m_ctx = nullptr;
    }
}

AesGcm::~AesGcm()
{
    // EVP_CIPHER_CTX_free cleanses the expanded key schedule.
    EVP_CIPHER_CTX_free(m_ctx);
}

bool AesGcm::encrypt(const std::uint8_t *nonce, std::span<const std::uint8_t> aad,
                     const std::uint8_t *in, std::uint8_t *out, std::size_t length, std::uint8_t *tag)
{
    if (!m_ctx || !fitsInt(length) || !fitsInt(aad.size()))
        return false;
    int n = 0;
    if (EVP_CipherInit_ex2(m_ctx, nullptr, nullptr, nonce, 1, nullptr) != 1)
        return false;
    if (!aad.empty() && EVP_CipherUpdate(m_ctx, nullptr, &n, aad.data(), static_cast<int>(aad.size())) != 1)
        return false;
    if (length && EVP_CipherUpdate(m_ctx, out, &n, in, static_cast<int>(length)) != 1)
        return false;
    if (EVP_CipherFinal_ex(m_ctx, out + length, &n) != 1)
        return false;
    return EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_GET_TAG, static_cast<int>(TagSize), tag) == 1;
}

bool AesGcm::decrypt(const std::uint8_t *nonce, std::span<const std::uint8_t> aad,
                     const std::uint8_t *in, std::uint8_t *out, std::size_t length, const std::uint8_t *tag)
{
    if (!m_ctx || !fitsInt(length) || !fitsInt(aad.size()))
        return false;
    int n = 0;
    if (EVP_CipherInit_ex2(m_ctx, nullptr, nullptr, nonce, 0, nullptr) != 1)
        return false;
    if (!aad.empty() && EVP_CipherUpdate(m_ctx, nullptr, &n, aad.data(), static_cast<int>(aad.size())) != 1)
        return false;
    if (length && EVP_CipherUpdate(m_ctx, out, &n, in, static_cast<int>(length)) != 1)
        return false;
    if (EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_SET_TAG, static_cast<int>(TagSize),
                            const_cast<std::uint8_t *>(tag)) != 1)
        return false;
    return EVP_CipherFinal_ex(m_ctx, out + length, &n) == 1;
}

} // namespace vanphong::crypto
