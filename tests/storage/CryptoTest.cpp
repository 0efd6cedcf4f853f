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

#include "crypto/SelfTest.h"

TEST_CASE("the start-up self-test passes on this OpenSSL")
{
    CHECK(SelfTest::run().isEmpty());
}
