#pragma once

#include "SecureBytes.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace vanphong::crypto {

// scrypt cost parameters. They are stored next to each key slot, so a file made
// with cheap parameters (tests) opens through exactly the same code path.
struct ScryptParams
{
    std::uint8_t logN = 17; // N = 2^logN
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    bool isSane() const { return logN >= 1 && logN <= 22 && r >= 1 && r <= 32 && p >= 1 && p <= 16; }
    bool operator==(const ScryptParams &) const = default;
};

using Sha256Digest = std::array<std::uint8_t, 32>;

class Kdf final
{
public:
    // Derives `outSize` bytes from a password with scrypt. Returns an empty
    // buffer if the parameters are unreasonable or OpenSSL fails.
    [[nodiscard]] static SecureBytes scrypt(std::span<const std::uint8_t> password,
                                            std::span<const std::uint8_t> salt,
                                            const ScryptParams &params, std::size_t outSize = 32);

    // HKDF-SHA256 expansion of a key for one purpose named by `info`.
    [[nodiscard]] static SecureBytes hkdf(std::span<const std::uint8_t> key, std::string_view info,
                                          std::size_t outSize = 32);

    [[nodiscard]] static Sha256Digest hmacSha256(std::span<const std::uint8_t> key,
                                                 std::span<const std::uint8_t> data);
    [[nodiscard]] static Sha256Digest sha256(std::span<const std::uint8_t> data);

    // Chooses scrypt parameters that take about `targetMs` on this machine,
    // never weaker than N = 2^15 and never above N = 2^20 (1 GiB of memory).
    [[nodiscard]] static ScryptParams tuneScrypt(int targetMs = 500);
};

} // namespace vanphong::crypto
