#include "Kdf.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <chrono>
#include <string>

namespace vanphong::crypto {

namespace {
struct KdfCtx
{
    explicit KdfCtx(const char *name)
    {
        if (EVP_KDF *kdf = EVP_KDF_fetch(nullptr, name, nullptr)) {
            ctx = EVP_KDF_CTX_new(kdf);
            EVP_KDF_free(kdf);
        }
    }
    ~KdfCtx() { EVP_KDF_CTX_free(ctx); }
    EVP_KDF_CTX *ctx = nullptr;
};
} // namespace

SecureBytes Kdf::scrypt(std::span<const std::uint8_t> password, std::span<const std::uint8_t> salt,
                        const ScryptParams &params, std::size_t outSize)
{
    if (!params.isSane())
        return {};
    KdfCtx kdf(OSSL_KDF_NAME_SCRYPT);
    if (!kdf.ctx)
        return {};
    std::uint64_t n = std::uint64_t(1) << params.logN;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    // Memory need is 128 * r * N bytes; allow a little more than that.
    std::uint64_t maxMem = 128ull * r * n * (p + 1) + (32u << 20);
    // OpenSSL does not modify these buffers; the casts only satisfy its C API.
    auto *pw = const_cast<std::uint8_t *>(password.data());
    auto *s = const_cast<std::uint8_t *>(salt.data());
    static std::uint8_t empty = 0;
    OSSL_PARAM ps[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, password.empty() ? &empty : pw, password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s, salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMem),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes out(outSize);
    if (EVP_KDF_derive(kdf.ctx, out.data(), out.size(), ps) != 1)
        return {};
    return out;
}

SecureBytes Kdf::hkdf(std::span<const std::uint8_t> key, std::string_view info, std::size_t outSize)
{
    KdfCtx kdf(OSSL_KDF_NAME_HKDF);
    if (!kdf.ctx)
        return {};
    char digest[] = "SHA256";
    std::string infoCopy(info);
    OSSL_PARAM ps[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t *>(key.data()), key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, infoCopy.data(), infoCopy.size()),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes out(outSize);
    if (EVP_KDF_derive(kdf.ctx, out.data(), out.size(), ps) != 1)
        return {};
    return out;
}

Sha256Digest Kdf::hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data)
{
    Sha256Digest out{};
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &len);
    return out;
}

Sha256Digest Kdf::sha256(std::span<const std::uint8_t> data)
{
    Sha256Digest out{};
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha256(), nullptr);
    return out;
}

ScryptParams Kdf::tuneScrypt(int targetMs)
{
    using Clock = std::chrono::steady_clock;
    ScryptParams probe{14, 8, 1};
    const std::uint8_t pw[] = {'p'};
    const std::uint8_t salt[16] = {};
    auto start = Clock::now();
    (void)scrypt(pw, salt, probe);
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    ScryptParams chosen = probe;
    // Cost doubles with each step of logN.
    while (ms * 2 <= targetMs && chosen.logN < 20) {
        ++chosen.logN;
        ms *= 2;
    }
    if (chosen.logN < 15)
        chosen.logN = 15;
    return chosen;
}

} // namespace vanphong::crypto
