#pragma once

#include "crypto/Ed25519.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "crypto/X25519.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace vanphong::storage {

// One way into the file: a user's password or the recovery code.
//
// The slot owns an X25519 key pair. Its private key is wrapped (AES-256-GCM)
// under a key derived from the password with scrypt; the master key is sealed
// to its public key. So a password change rewraps only the private key, and a
// rekey seals the new master key to every slot without anyone's password.
//
// The same private key also yields the slot's Ed25519 signing key (HKDF), with
// which its holder signs audit entries: it is as safe as the password, needs
// no room in the header, and stays the same across password changes. A new
// slot (a password reset) means a new signing key.
class KeySlot final
{
public:
    enum class Kind : std::uint8_t { Empty = 0, User = 1, Recovery = 2 };

    // Lower case, NFC, trimmed: "Van Thu" and "van thu " are the same login.
    static QString normalizeLogin(const QString &login);

    [[nodiscard]] static std::optional<KeySlot> create(Kind kind, const QString &login,
                                                       std::span<const std::uint8_t> secret,
                                                       const crypto::ScryptParams &params,
                                                       const crypto::SecureBytes &masterKey,
                                                       crypto::SecureBytes *signingKey = nullptr,
                                                       crypto::SecureBytes *privateKey = nullptr);

    // The master key, or an empty buffer when the secret is wrong. With
    // `signingKey`, also the slot's Ed25519 signing key (its 32-byte seed);
    // with `privateKey`, the slot's X25519 private key, which opens what was
    // sealed to the slot (the clearance keys, office::ClearanceKeys).
    [[nodiscard]] crypto::SecureBytes unlock(std::span<const std::uint8_t> secret,
                                             crypto::SecureBytes *signingKey = nullptr,
                                             crypto::SecureBytes *privateKey = nullptr) const;
    // Rewraps the private key under a new secret; false if `oldSecret` is wrong.
    [[nodiscard]] bool changeSecret(std::span<const std::uint8_t> oldSecret, std::span<const std::uint8_t> newSecret,
                                    const crypto::ScryptParams &params);
    // Seals another master key to this slot (rekey).
    [[nodiscard]] bool reseal(const crypto::SecureBytes &masterKey);

    void serialize(std::uint8_t *out) const;
    [[nodiscard]] static std::optional<KeySlot> parse(const std::uint8_t *in);

    Kind kind() const { return m_kind; }
    const QString &login() const { return m_login; }
    const crypto::ScryptParams &kdfParams() const { return m_kdf; }
    const crypto::PublicKey &publicKey() const { return m_publicKey; }

private:
    static crypto::SecureBytes signingKeyOf(const crypto::SecureBytes &privateKey);
    [[nodiscard]] bool wrapPrivateKey(const crypto::SecureBytes &privateKey, std::span<const std::uint8_t> secret,
                                      const crypto::ScryptParams &params);
    [[nodiscard]] crypto::SecureBytes unwrapPrivateKey(std::span<const std::uint8_t> secret) const;
    void privateKeyAad(std::uint8_t *out) const;

    Kind m_kind = Kind::Empty;
    crypto::ScryptParams m_kdf;
    std::array<std::uint8_t, 32> m_salt{};
    QString m_login;
    crypto::PublicKey m_publicKey{};
    std::array<std::uint8_t, 12> m_privNonce{};
    std::array<std::uint8_t, 32> m_wrappedPriv{};
    std::array<std::uint8_t, 16> m_privTag{};
    crypto::PublicKey m_ephemeral{};
    std::array<std::uint8_t, 12> m_mkNonce{};
    std::array<std::uint8_t, 32> m_sealedMk{};
    std::array<std::uint8_t, 16> m_mkTag{};
};

} // namespace vanphong::storage
