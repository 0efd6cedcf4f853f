#include "SelfTest.h"

#include "AesGcm.h"
#include "Kdf.h"
#include "X25519.h"

#include <QByteArray>

namespace vanphong::crypto {

namespace {
std::span<const std::uint8_t> bytes(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), std::size_t(a.size())};
}
QByteArray hex(const std::uint8_t *p, std::size_t n) { return QByteArray(reinterpret_cast<const char *>(p), qsizetype(n)).toHex(); }
} // namespace

QString SelfTest::run()
{
    // AES-256-GCM, test case 14 of the GCM specification.
    const QByteArray zeroKey(32, '\0');
    const std::uint8_t nonce[12] = {};
    const std::uint8_t plain[16] = {};
    std::uint8_t out[16], tag[16], back[16];
    AesGcm gcm(bytes(zeroKey));
    if (!gcm.encrypt(nonce, {}, plain, out, 16, tag) || hex(out, 16) != "cea7403d4d606b6e074ec5d3baf39d18"
        || hex(tag, 16) != "d0d1c8a799996bf0265b98b5d48ab919" || !gcm.decrypt(nonce, {}, out, back, 16, tag))
        return QStringLiteral("AES-256-GCM");
    tag[0] ^= 1;
    if (gcm.decrypt(nonce, {}, out, back, 16, tag))
        return QStringLiteral("AES-256-GCM authentication");

    // HKDF-SHA256, RFC 5869 test case 3.
    const SecureBytes okm = Kdf::hkdf(bytes(QByteArray(22, '\x0b')), "", 42);
    if (okm.size() != 42 || hex(okm.data(), 42) != "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8")
        return QStringLiteral("HKDF-SHA256");

    // scrypt, RFC 7914 (the cheapest published vector).
    const SecureBytes s = Kdf::scrypt(bytes(QByteArray()), bytes(QByteArray()), ScryptParams{4, 1, 1}, 64);
    if (s.size() != 64 || hex(s.data(), 64) != "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                                "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")
        return QStringLiteral("scrypt");

    // X25519, RFC 7748 section 6.1: Alice's public key.
    const QByteArray alice = QByteArray::fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    PublicKey pub{};
    if (!X25519::publicKeyOf(bytes(alice), pub)
        || hex(pub.data(), 32) != "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
        return QStringLiteral("X25519");
    return {};
}

} // namespace vanphong::crypto
