// Known-answer tests of the crypto wrappers against published vectors.
#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "crypto/X25519.h"

#include <catch2/catch.hpp>

#include <QByteArray>

using namespace vanphong::crypto;

namespace {
QByteArray hex(const char *h) { return QByteArray::fromHex(h); }
std::span<const std::uint8_t> bytes(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), std::size_t(a.size())};
}
QByteArray toHex(const SecureBytes &b) { return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size())).toHex(); }
} // namespace

TEST_CASE("AES-256-GCM matches the GCM specification's test case 14")
{
    const QByteArray key(32, '\0');
    const std::uint8_t nonce[12] = {};
    const std::uint8_t plain[16] = {};
    std::uint8_t out[16];
    std::uint8_t tag[16];
    AesGcm gcm(bytes(key));
    REQUIRE(gcm.encrypt(nonce, {}, plain, out, 16, tag));
    CHECK(QByteArray(reinterpret_cast<char *>(out), 16).toHex() == "cea7403d4d606b6e074ec5d3baf39d18");
    CHECK(QByteArray(reinterpret_cast<char *>(tag), 16).toHex() == "d0d1c8a799996bf0265b98b5d48ab919");

    std::uint8_t back[16];
    REQUIRE(gcm.decrypt(nonce, {}, out, back, 16, tag));
    CHECK(std::equal(back, back + 16, plain));

    SECTION("a changed byte, tag or associated data is rejected")
    {
        out[3] ^= 1;
        CHECK_FALSE(gcm.decrypt(nonce, {}, out, back, 16, tag));
        out[3] ^= 1;
        const std::uint8_t aad[1] = {7};
        CHECK_FALSE(gcm.decrypt(nonce, aad, out, back, 16, tag));
        tag[0] ^= 1;
        CHECK_FALSE(gcm.decrypt(nonce, {}, out, back, 16, tag));
    }
}

TEST_CASE("scrypt matches RFC 7914")
{
    const SecureBytes out = Kdf::scrypt(bytes("password"), bytes("NaCl"), ScryptParams{10, 8, 16}, 64);
    CHECK(toHex(out) == "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    CHECK(Kdf::scrypt(bytes("pw"), bytes("salt"), ScryptParams{0, 8, 1}).isEmpty()); // refused parameters
}

TEST_CASE("HKDF-SHA256 matches RFC 5869 test case 3")
{
    const QByteArray ikm(22, '\x0b');
    const SecureBytes okm = Kdf::hkdf(bytes(ikm), "", 42);
    CHECK(toHex(okm) == "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

TEST_CASE("X25519 derives RFC 7748's public key and agrees both ways")
{
    const QByteArray alice = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    PublicKey pub{};
    REQUIRE(X25519::publicKeyOf(bytes(alice), pub));
    CHECK(QByteArray(reinterpret_cast<const char *>(pub.data()), 32).toHex()
          == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");

    X25519::KeyPair a, b;
    REQUIRE(X25519::generate(a));
    REQUIRE(X25519::generate(b));
    const SecureBytes ab = X25519::agree(a.privateKey.view(), b.publicKey);
    const SecureBytes ba = X25519::agree(b.privateKey.view(), a.publicKey);
    REQUIRE(ab.size() == 32);
    CHECK(ab == ba);
}

#include "crypto/Ed25519.h"

TEST_CASE("Ed25519 signs RFC 8032's test vectors and refuses a changed message or a foreign key")
{
    struct Vector { const char *seed, *pub, *message, *signature; };
    const Vector vectors[] = {
        {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
         "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
        {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
         "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    };
    for (const Vector &v : vectors) {
        const QByteArray seed = hex(v.seed), message = hex(v.message);
        Ed25519::PublicKey pub{};
        REQUIRE(Ed25519::publicKeyOf(bytes(seed), pub));
        CHECK(QByteArray(reinterpret_cast<const char *>(pub.data()), 32).toHex() == QByteArray(v.pub));
        Ed25519::Signature sig{};
        REQUIRE(Ed25519::sign(bytes(seed), bytes(message), sig));
        CHECK(QByteArray(reinterpret_cast<const char *>(sig.data()), 64).toHex() == QByteArray(v.signature));
        CHECK(Ed25519::verify(pub, bytes(message), sig));
    }
    Ed25519::KeyPair mine, other;
    REQUIRE(Ed25519::generate(mine));
    REQUIRE(Ed25519::generate(other));
    const QByteArray entry("audit entry 12: vanthu update users");
    Ed25519::Signature sig{};
    REQUIRE(Ed25519::sign(mine.privateKey.view(), bytes(entry), sig));
    CHECK(Ed25519::verify(mine.publicKey, bytes(entry), sig));
    CHECK_FALSE(Ed25519::verify(other.publicKey, bytes(entry), sig));
    CHECK_FALSE(Ed25519::verify(mine.publicKey, bytes(QByteArray("audit entry 12: chanhvp update users")), sig));
}

#include "crypto/SelfTest.h"

TEST_CASE("the start-up self-test passes on this OpenSSL")
{
    CHECK(SelfTest::run().isEmpty());
}
