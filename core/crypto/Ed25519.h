#pragma once

#include "SecureBytes.h"

#include <array>
#include <cstdint>
#include <span>

namespace vanphong::crypto {

// Ed25519 signatures (RFC 8032), for audit entries signed by the user who
// made them: anyone holding the file's master key can recompute the audit
// log's HMAC chain, but only the holder of a user's signing key can sign in
// that user's name.
class Ed25519 final
{
public:
    using PublicKey = std::array<std::uint8_t, 32>;
    using Signature = std::array<std::uint8_t, 64>;
    struct KeyPair
    {
        SecureBytes privateKey; // the 32-byte seed
        PublicKey publicKey{};
    };

    [[nodiscard]] static bool generate(KeyPair &out);
    [[nodiscard]] static bool publicKeyOf(std::span<const std::uint8_t> privateKey, PublicKey &out);
    [[nodiscard]] static bool sign(std::span<const std::uint8_t> privateKey, std::span<const std::uint8_t> message,
                                   Signature &out);
    [[nodiscard]] static bool verify(const PublicKey &publicKey, std::span<const std::uint8_t> message,
                                     const Signature &signature);
};

} // namespace vanphong::crypto
