#pragma once

#include "SecureBytes.h"
#include "X25519.h"

#include <QByteArray>

#include <span>
#include <string_view>

namespace vanphong::crypto {

// A secret sealed to someone's X25519 public key, so that anyone may seal to
// him but only his private key opens it: a fresh ephemeral key pair, the
// shared secret expanded with HKDF over both public keys, AES-256-GCM.
// Layout: ephemeral public (32) | nonce (12) | ciphertext | tag (16).
// The clearance keys are shared with each cleared user's key slot this way
// (office::ClearanceKeys), without anyone's password.
class SealedBox final
{
public:
    static constexpr int Overhead = 32 + 12 + 16;

    // Empty on an OpenSSL failure. `context` is bound in as associated data:
    // a box opens only for the purpose it was sealed for.
    [[nodiscard]] static QByteArray seal(const PublicKey &recipient, std::span<const std::uint8_t> secret,
                                         const QByteArray &context);
    // The AES key of a box (and of the master key sealed in a key slot):
    // HKDF-SHA256 of the X25519 shared secret and both public keys, for `info`.
    [[nodiscard]] static SecureBytes boxKey(const SecureBytes &shared, const PublicKey &ephemeral, const PublicKey &recipient,
                                            std::string_view info);
    // Empty when the box was not sealed to this key pair for `context`, or was altered.
    [[nodiscard]] static SecureBytes open(std::span<const std::uint8_t> privateKey, const PublicKey &recipient,
                                          const QByteArray &box, const QByteArray &context);
};

} // namespace vanphong::crypto
