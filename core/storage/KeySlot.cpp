#include "KeySlot.h"

#include "FileFormat.h"
#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "crypto/SealedBox.h"

#include <QByteArray>

#include <openssl/crypto.h>

#include <cstring>

namespace vanphong::storage {

using namespace vanphong::crypto;

namespace {
// Byte layout of a slot (format::SlotSize bytes). The first PrivAadSize bytes
// are authenticated with the wrapped private key, so changing the login, the
// KDF parameters or the public key makes the slot fail to open.
constexpr std::size_t OffKind = 0, OffLogN = 1, OffR = 4, OffP = 8, OffSalt = 12, OffLogin = 44,
                      OffPub = 108, OffPrivNonce = 140, OffPrivWrapped = 152, OffPrivTag = 184,
                      OffEphemeral = 200, OffMkNonce = 232, OffMkSealed = 244, OffMkTag = 276,
                      PrivAadSize = 140;
static_assert(OffMkTag + 16 <= format::SlotSize);

void putU32(std::uint8_t *p, std::uint32_t v) { for (int i = 0; i < 4; ++i) p[i] = std::uint8_t(v >> (8 * i)); }
std::uint32_t getU32(const std::uint8_t *p) { std::uint32_t v = 0; for (int i = 0; i < 4; ++i) v |= std::uint32_t(p[i]) << (8 * i); return v; }

// The key that seals the master key to a slot: both public keys are bound in.
SecureBytes sealingKey(const SecureBytes &shared, const PublicKey &ephemeral, const PublicKey &slotPublic)
{
    return SealedBox::boxKey(shared, ephemeral, slotPublic, "vanphong/slot-seal");
}
} // namespace

QString KeySlot::normalizeLogin(const QString &login)
{
    return login.normalized(QString::NormalizationForm_C).trimmed().toLower();
}

SecureBytes KeySlot::signingKeyOf(const SecureBytes &privateKey)
{
    return Kdf::hkdf(privateKey.view(), "vanphong/audit-signing");
}

std::optional<KeySlot> KeySlot::create(Kind kind, const QString &login, std::span<const std::uint8_t> secret,
                                       const ScryptParams &params, const SecureBytes &masterKey, SecureBytes *signingKey,
                                       SecureBytes *privateKey)
{
    KeySlot slot;
    slot.m_kind = kind;
    slot.m_login = kind == Kind::Recovery ? QString() : normalizeLogin(login);
    if (slot.m_login.toUtf8().size() > qsizetype(format::MaxLoginBytes))
        return std::nullopt;
    X25519::KeyPair pair;
    if (!X25519::generate(pair))
        return std::nullopt;
    slot.m_publicKey = pair.publicKey;
    if (!slot.wrapPrivateKey(pair.privateKey, secret, params) || !slot.reseal(masterKey))
        return std::nullopt;
    if (signingKey)
        *signingKey = signingKeyOf(pair.privateKey);
    if (privateKey)
        *privateKey = std::move(pair.privateKey);
    return slot;
}

void KeySlot::privateKeyAad(std::uint8_t *out) const
{
    std::uint8_t full[format::SlotSize] = {};
    serialize(full);
    std::memcpy(out, full, PrivAadSize);
}

bool KeySlot::wrapPrivateKey(const SecureBytes &privateKey, std::span<const std::uint8_t> secret,
                             const ScryptParams &params)
{
    if (!params.isSane())
        return false;
    m_kdf = params;
    fillRandom(m_salt);
    fillRandom(m_privNonce);
    SecureBytes kek = Kdf::scrypt(secret, m_salt, m_kdf);
    if (kek.isEmpty())
        return false;
    std::uint8_t aad[PrivAadSize];
    privateKeyAad(aad);
    AesGcm gcm(kek.view());
    return gcm.encrypt(m_privNonce.data(), {aad, PrivAadSize}, privateKey.data(), m_wrappedPriv.data(),
                       32, m_privTag.data());
}

SecureBytes KeySlot::unwrapPrivateKey(std::span<const std::uint8_t> secret) const
{
    if (m_kind == Kind::Empty || !m_kdf.isSane())
        return {};
    SecureBytes kek = Kdf::scrypt(secret, m_salt, m_kdf);
    if (kek.isEmpty())
        return {};
    std::uint8_t aad[PrivAadSize];
    privateKeyAad(aad);
    SecureBytes priv(32);
    AesGcm gcm(kek.view());
    if (!gcm.decrypt(m_privNonce.data(), {aad, PrivAadSize}, m_wrappedPriv.data(), priv.data(), 32, m_privTag.data()))
        return {};
    PublicKey check{};
    if (!X25519::publicKeyOf(priv.view(), check) || check != m_publicKey)
        return {};
    return priv;
}

SecureBytes KeySlot::unlock(std::span<const std::uint8_t> secret, SecureBytes *signingKey, SecureBytes *privateKey) const
{
    SecureBytes priv = unwrapPrivateKey(secret);
    if (priv.isEmpty())
        return {};
    SecureBytes shared = X25519::agree(priv.view(), m_ephemeral);
    if (shared.isEmpty())
        return {};
    SecureBytes key = sealingKey(shared, m_ephemeral, m_publicKey);
    SecureBytes master(32);
    AesGcm gcm(key.view());
    if (!gcm.decrypt(m_mkNonce.data(), m_publicKey, m_sealedMk.data(), master.data(), 32, m_mkTag.data()))
        return {};
    if (signingKey)
        *signingKey = signingKeyOf(priv);
    if (privateKey)
        *privateKey = std::move(priv);
    return master;
}

bool KeySlot::changeSecret(std::span<const std::uint8_t> oldSecret, std::span<const std::uint8_t> newSecret,
                           const ScryptParams &params)
{
    SecureBytes priv = unwrapPrivateKey(oldSecret);
    if (priv.isEmpty())
        return false;
    KeySlot updated = *this;
    if (!updated.wrapPrivateKey(priv, newSecret, params))
        return false;
    *this = updated;
    return true;
}

bool KeySlot::reseal(const SecureBytes &masterKey)
{
    if (masterKey.size() != 32)
        return false;
    X25519::KeyPair ephemeral;
    if (!X25519::generate(ephemeral))
        return false;
    SecureBytes shared = X25519::agree(ephemeral.privateKey.view(), m_publicKey);
    if (shared.isEmpty())
        return false;
    SecureBytes key = sealingKey(shared, ephemeral.publicKey, m_publicKey);
    fillRandom(m_mkNonce);
    AesGcm gcm(key.view());
    if (!gcm.encrypt(m_mkNonce.data(), m_publicKey, masterKey.data(), m_sealedMk.data(), 32, m_mkTag.data()))
        return false;
    m_ephemeral = ephemeral.publicKey;
    return true;
}

void KeySlot::serialize(std::uint8_t *out) const
{
    std::memset(out, 0, format::SlotSize);
    out[OffKind] = std::uint8_t(m_kind);
    out[OffLogN] = m_kdf.logN;
    putU32(out + OffR, m_kdf.r);
    putU32(out + OffP, m_kdf.p);
    std::memcpy(out + OffSalt, m_salt.data(), 32);
    const QByteArray login = m_login.toUtf8();
    std::memcpy(out + OffLogin, login.constData(), std::min<std::size_t>(login.size(), format::MaxLoginBytes));
    std::memcpy(out + OffPub, m_publicKey.data(), 32);
    std::memcpy(out + OffPrivNonce, m_privNonce.data(), 12);
    std::memcpy(out + OffPrivWrapped, m_wrappedPriv.data(), 32);
    std::memcpy(out + OffPrivTag, m_privTag.data(), 16);
    std::memcpy(out + OffEphemeral, m_ephemeral.data(), 32);
    std::memcpy(out + OffMkNonce, m_mkNonce.data(), 12);
    std::memcpy(out + OffMkSealed, m_sealedMk.data(), 32);
    std::memcpy(out + OffMkTag, m_mkTag.data(), 16);
}

std::optional<KeySlot> KeySlot::parse(const std::uint8_t *in)
{
    KeySlot slot;
    if (in[OffKind] != std::uint8_t(Kind::User) && in[OffKind] != std::uint8_t(Kind::Recovery))
        return std::nullopt;
    slot.m_kind = Kind(in[OffKind]);
    slot.m_kdf = {in[OffLogN], getU32(in + OffR), getU32(in + OffP)};
    if (!slot.m_kdf.isSane())
        return std::nullopt;
    std::memcpy(slot.m_salt.data(), in + OffSalt, 32);
    const char *login = reinterpret_cast<const char *>(in + OffLogin);
    slot.m_login = QString::fromUtf8(login, qstrnlen(login, format::MaxLoginBytes));
    std::memcpy(slot.m_publicKey.data(), in + OffPub, 32);
    std::memcpy(slot.m_privNonce.data(), in + OffPrivNonce, 12);
    std::memcpy(slot.m_wrappedPriv.data(), in + OffPrivWrapped, 32);
    std::memcpy(slot.m_privTag.data(), in + OffPrivTag, 16);
    std::memcpy(slot.m_ephemeral.data(), in + OffEphemeral, 32);
    std::memcpy(slot.m_mkNonce.data(), in + OffMkNonce, 12);
    std::memcpy(slot.m_sealedMk.data(), in + OffMkSealed, 32);
    std::memcpy(slot.m_mkTag.data(), in + OffMkTag, 16);
    return slot;
}

} // namespace vanphong::storage
