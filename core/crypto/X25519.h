#pragma once

#include "SecureBytes.h"

#include <array>
#include <cstdint>
#include <span>

namespace vanphong::crypto {

using PublicKey = std::array<std::uint8_t, 32>;

// X25519 key agreement. Each key slot owns a key pair: the master key is sealed
// to the slot's public key, so a new master key (rekey) can be sealed to every
// user without knowing their passwords, while the private key stays wrapped
// under the user's password.
class X25519 final
{
public:
    struct KeyPair
    {
        SecureBytes privateKey;
        PublicKey publicKey{};
    };

    [[nodiscard]] static bool generate(KeyPair &out);
    [[nodiscard]] static bool publicKeyOf(std::span<const std::uint8_t> privateKey, PublicKey &out);
    // The shared secret, or an empty buffer on failure (e.g. a low-order point).
    [[nodiscard]] static SecureBytes agree(std::span<const std::uint8_t> privateKey, const PublicKey &peer);
};

} // namespace vanphong::crypto
