#pragma once

#include "crypto/AesGcm.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>
#include <set>
#include <optional>
#include <utility>

namespace vanphong::storage {

// The clearance keys this session holds: per secrecy level (1 Mật, 2 Tối mật,
// 3 Tuyệt mật), each version it was given (a level's key is replaced, as a new
// version, when someone loses that clearance; older content stays under the
// version it was sealed with). Content above "Thường" is sealed with them
// inside the file, so the master key, which every user holds, does not reveal
// it. Which keys a session gets is office::ClearanceKeys' business; this
// holds them for the session's life and seals and opens with them.
//
// A sealed text is stored as "vp-sealed:1:LEVEL:VERSION:BASE64" (nonce,
// ciphertext, tag of AES-256-GCM); sealed bytes as "VPSB", level, version
// (little-endian u32), nonce, ciphertext, tag. The associated data binds the
// level, the version and the field (a sealed excerpt does not open as a
// direction).
class LevelKeyRing final
{
public:
    static constexpr int MaxLevel = 3;

    void put(int level, int version, crypto::SecureBytes key);
    [[nodiscard]] bool holds(int level, int version) const;
    // The newest version held of `level`, 0 when none.
    [[nodiscard]] int newestVersion(int level) const;
    [[nodiscard]] const crypto::SecureBytes *key(int level, int version) const;
    // Every (level, version) held.
    [[nodiscard]] QList<std::pair<int, int>> held() const;
    LevelKeyRing();
    ~LevelKeyRing();
    LevelKeyRing(const LevelKeyRing &) = delete;
    LevelKeyRing &operator=(const LevelKeyRing &) = delete;
    void clear();
    // The (level, version) a sealed text or blob needs, or {0, 0}.
    [[nodiscard]] static std::pair<int, int> keyOf(const QString &stored);
    [[nodiscard]] static std::pair<int, int> keyOf(const QByteArray &stored);
    // Whether the file was already asked for this key since the session
    // began (another session may have made or shared it meanwhile); marks it asked.
    // At most MaxAsks keys are looked for: values planted with many versions
    // no one made must not make each list read the file again.
    [[nodiscard]] bool firstAsk(std::pair<int, int> id)
    {
        return m_asked.size() < MaxAsks && m_asked.insert(id).second;
    }
    static constexpr std::size_t MaxAsks = 16;

    // With the newest version of `level`; empty when none is held.
    [[nodiscard]] QString sealText(int level, const QString &field, const QString &plain) const;
    [[nodiscard]] QByteArray sealBytes(int level, const QString &field, const QByteArray &plain) const;
    // The plain text, or nothing when its key is not held or it was altered.
    // Text that is not sealed (older lines, ordinary ones) comes back as it is.
    [[nodiscard]] std::optional<QString> openText(const QString &stored, const QString &field) const;
    [[nodiscard]] std::optional<QByteArray> openBytes(const QByteArray &stored, const QString &field) const;
    [[nodiscard]] static bool isSealed(const QString &stored);
    [[nodiscard]] static bool isSealed(const QByteArray &stored);
    // The level a sealed text or blob was sealed at; 0 when it is not sealed.
    [[nodiscard]] static int levelOf(const QString &stored);
    // What every sealed text starts with: lets SQL pick the sealed values of a column.
    [[nodiscard]] static QString sealedTextPrefix();

private:
    // Each key's cipher, its key schedule made once: a cleared reader's search
    // opens every sealed excerpt of the register (docs/BENCHMARKS.md).
    crypto::AesGcm &cipher(std::pair<int, int> id) const;

    std::map<std::pair<int, int>, crypto::SecureBytes> m_keys;
    mutable std::map<std::pair<int, int>, std::unique_ptr<crypto::AesGcm>> m_ciphers;
    std::set<std::pair<int, int>> m_asked;
};

} // namespace vanphong::storage
