#include "LevelKeyRing.h"

#include "crypto/AesGcm.h"
#include "crypto/Random.h"

#include <QList>
#include <QStringList>

#include <cstring>

namespace vanphong::storage {

using crypto::AesGcm;
using crypto::SecureBytes;

namespace {
const QString TextPrefix = QStringLiteral("vp-sealed:1:");
const QByteArray BytesMagic = QByteArrayLiteral("VPSB");
constexpr int BytesHeader = 4 + 1 + 4; // magic, level, version

QByteArray aadFor(int level, int version, const QString &field)
{
    return QStringLiteral("vanphong/level|%1|%2|%3").arg(level).arg(version).arg(field).toUtf8();
}

std::span<const std::uint8_t> bytes(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), std::size_t(a.size())};
}

// nonce | ciphertext | tag
QByteArray encrypt(AesGcm &gcm, const QByteArray &aad, const QByteArray &plain)
{
    QByteArray out(qsizetype(AesGcm::NonceSize + plain.size() + AesGcm::TagSize), Qt::Uninitialized);
    auto *p = reinterpret_cast<std::uint8_t *>(out.data());
    crypto::fillRandom({p, AesGcm::NonceSize});
    if (!gcm.encrypt(p, bytes(aad), reinterpret_cast<const std::uint8_t *>(plain.constData()), p + AesGcm::NonceSize,
                     std::size_t(plain.size()), p + AesGcm::NonceSize + plain.size()))
        return {};
    return out;
}

std::optional<QByteArray> decrypt(AesGcm &gcm, const QByteArray &aad, const char *data, qsizetype size)
{
    if (size < qsizetype(AesGcm::NonceSize + AesGcm::TagSize))
        return std::nullopt;
    const auto *p = reinterpret_cast<const std::uint8_t *>(data);
    const std::size_t length = std::size_t(size) - AesGcm::NonceSize - AesGcm::TagSize;
    QByteArray plain(qsizetype(length), Qt::Uninitialized);
    if (!gcm.decrypt(p, bytes(aad), p + AesGcm::NonceSize, reinterpret_cast<std::uint8_t *>(plain.data()), length,
                     p + AesGcm::NonceSize + length))
        return std::nullopt;
    return plain;
}

// level and version of a sealed text, and where its base64 starts.
bool parseText(const QString &stored, int &level, int &version, qsizetype &dataAt)
{
    if (!stored.startsWith(TextPrefix))
        return false;
    const qsizetype levelEnd = stored.indexOf(QLatin1Char(':'), TextPrefix.size());
    const qsizetype versionEnd = levelEnd < 0 ? -1 : stored.indexOf(QLatin1Char(':'), levelEnd + 1);
    if (versionEnd < 0)
        return false;
    bool okLevel = false, okVersion = false;
    level = stored.mid(TextPrefix.size(), levelEnd - TextPrefix.size()).toInt(&okLevel);
    version = stored.mid(levelEnd + 1, versionEnd - levelEnd - 1).toInt(&okVersion);
    dataAt = versionEnd + 1;
    return okLevel && okVersion && level >= 1 && level <= LevelKeyRing::MaxLevel && version >= 1;
}
} // namespace

LevelKeyRing::LevelKeyRing() = default;
LevelKeyRing::~LevelKeyRing() = default;

void LevelKeyRing::clear()
{
    m_ciphers.clear(); // frees the OpenSSL contexts, which wipe their key schedules
    m_keys.clear();
    m_asked.clear();
}

void LevelKeyRing::put(int level, int version, SecureBytes key)
{
    m_ciphers.erase({level, version});
    m_keys[{level, version}] = std::move(key);
}

AesGcm &LevelKeyRing::cipher(std::pair<int, int> id) const
{
    auto &slot = m_ciphers[id];
    if (!slot)
        slot = std::make_unique<AesGcm>(m_keys.at(id).view());
    return *slot;
}

bool LevelKeyRing::holds(int level, int version) const
{
    return m_keys.count({level, version}) > 0;
}

int LevelKeyRing::newestVersion(int level) const
{
    int newest = 0;
    for (const auto &[id, key] : m_keys)
        if (id.first == level)
            newest = std::max(newest, id.second);
    return newest;
}

const SecureBytes *LevelKeyRing::key(int level, int version) const
{
    const auto it = m_keys.find({level, version});
    return it == m_keys.end() ? nullptr : &it->second;
}

QList<std::pair<int, int>> LevelKeyRing::held() const
{
    QList<std::pair<int, int>> out;
    for (const auto &[id, key] : m_keys)
        out << id;
    return out;
}

QString LevelKeyRing::sealText(int level, const QString &field, const QString &plain) const
{
    const int version = newestVersion(level);
    if (version == 0)
        return {};
    const QByteArray box = encrypt(cipher({level, version}), aadFor(level, version, field), plain.toUtf8());
    if (box.isEmpty())
        return {};
    return TextPrefix + QStringLiteral("%1:%2:").arg(level).arg(version) + QString::fromLatin1(box.toBase64());
}

std::optional<QString> LevelKeyRing::openText(const QString &stored, const QString &field) const
{
    int level = 0, version = 0;
    qsizetype at = 0;
    if (!parseText(stored, level, version, at))
        return stored;
    if (!holds(level, version))
        return std::nullopt;
    const QByteArray box = QByteArray::fromBase64(stored.mid(at).toLatin1());
    const auto plain = decrypt(cipher({level, version}), aadFor(level, version, field), box.constData(), box.size());
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QByteArray LevelKeyRing::sealBytes(int level, const QString &field, const QByteArray &plain) const
{
    const int version = newestVersion(level);
    if (version == 0)
        return {};
    const QByteArray box = encrypt(cipher({level, version}), aadFor(level, version, field), plain);
    if (box.isEmpty())
        return {};
    QByteArray out = BytesMagic;
    out.append(char(level));
    for (int i = 0; i < 4; ++i)
        out.append(char(std::uint32_t(version) >> (8 * i)));
    return out + box;
}

std::optional<QByteArray> LevelKeyRing::openBytes(const QByteArray &stored, const QString &field) const
{
    if (!isSealed(stored))
        return stored;
    const int level = std::uint8_t(stored.at(4));
    std::uint32_t version = 0;
    for (int i = 0; i < 4; ++i)
        version |= std::uint32_t(std::uint8_t(stored.at(5 + i))) << (8 * i);
    if (!holds(level, int(version)))
        return std::nullopt;
    return decrypt(cipher({level, int(version)}), aadFor(level, int(version), field), stored.constData() + BytesHeader,
                   stored.size() - BytesHeader);
}

std::pair<int, int> LevelKeyRing::keyOf(const QString &stored)
{
    int level = 0, version = 0;
    qsizetype at = 0;
    return parseText(stored, level, version, at) ? std::pair(level, version) : std::pair(0, 0);
}

std::pair<int, int> LevelKeyRing::keyOf(const QByteArray &stored)
{
    if (!isSealed(stored))
        return {0, 0};
    std::uint32_t version = 0;
    for (int i = 0; i < 4; ++i)
        version |= std::uint32_t(std::uint8_t(stored.at(5 + i))) << (8 * i);
    return {int(std::uint8_t(stored.at(4))), int(version)};
}

bool LevelKeyRing::isSealed(const QString &stored)
{
    int level = 0, version = 0;
    qsizetype at = 0;
    return parseText(stored, level, version, at);
}

bool LevelKeyRing::isSealed(const QByteArray &stored)
{
    return stored.size() > BytesHeader && stored.startsWith(BytesMagic) && stored.at(4) >= 1 && stored.at(4) <= MaxLevel;
}

QString LevelKeyRing::sealedTextPrefix()
{
    return TextPrefix;
}

int LevelKeyRing::levelOf(const QString &stored)
{
    int level = 0, version = 0;
    qsizetype at = 0;
    return parseText(stored, level, version, at) ? level : 0;
}

} // namespace vanphong::storage
