#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

struct evp_cipher_ctx_st;

namespace vanphong::crypto {

// AES-256-GCM with the key schedule kept in one OpenSSL context, so that the
// per-page cost is only the nonce setup and the cipher itself. Not thread-safe:
// each user (an open file, a key slot operation) owns its own instance.
class AesGcm final
{
public:
    static constexpr std::size_t KeySize = 32;
    static constexpr std::size_t NonceSize = 12;
    static constexpr std::size_t TagSize = 16;

    explicit AesGcm(std::span<const std::uint8_t> key);
    ~AesGcm();
    AesGcm(const AesGcm &) = delete;
    AesGcm &operator=(const AesGcm &) = delete;

    bool isValid() const { return m_ctx != nullptr; }

    // `out` may equal `in`. Returns false only on an OpenSSL failure.
    [[nodiscard]] bool encrypt(const std::uint8_t *nonce, std::span<const std::uint8_t> aad,
                               const std::uint8_t *in, std::uint8_t *out, std::size_t length,
                               std::uint8_t *tag);
    // Returns false when the tag does not authenticate the data and associated
    // data; `out` then holds no usable plaintext and must be discarded.
    [[nodiscard]] bool decrypt(const std::uint8_t *nonce, std::span<const std::uint8_t> aad,
                               const std::uint8_t *in, std::uint8_t *out, std::size_t length,
                               const std::uint8_t *tag);

private:
    evp_cipher_ctx_st *m_ctx = nullptr;
};

} // namespace vanphong::crypto
