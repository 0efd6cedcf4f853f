#pragma once

#include "KeySlot.h"
#include "StorageError.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace vanphong::storage {

// The header in front of SQLite's page 1: format facts and the key keySlots.
// Two copies are kept (docs/FILE-FORMAT.md); parse() picks the newest intact one.
class FileHeader final
{
    Q_DECLARE_TR_FUNCTIONS(FileHeader)
public:
    std::uint32_t version = 0;
    std::uint64_t sequence = 0;
    std::array<std::uint8_t, 16> fileId{};
    std::vector<KeySlot> keySlots;
    std::array<std::uint8_t, 60> sealedAuditSecret{};

    // Seals a fresh or given secret under the master key / opens it (empty on failure).
    [[nodiscard]] bool sealAuditSecret(const crypto::SecureBytes &masterKey, const crypto::SecureBytes &secret);
    [[nodiscard]] crypto::SecureBytes openAuditSecret(const crypto::SecureBytes &masterKey) const;

    struct Parsed;
    // Reads the whole header region (format::HeaderSize bytes or fewer).
    [[nodiscard]] static Result<Parsed> parse(const QByteArray &region);

    // One header copy: format::HeaderCopySize bytes, with the keyed MAC and the checksum.
    [[nodiscard]] QByteArray serializeCopy(const crypto::SecureBytes &macKey) const;
    // True if the keyed MAC of a serialized copy matches (checked after unlocking).
    [[nodiscard]] static bool verifyMac(const QByteArray &copy, const crypto::SecureBytes &macKey);

    // What PageCipher binds the pages to: the file id, or nothing for format 1.
    std::span<const std::uint8_t> pageBinding() const;

    const KeySlot *findUserSlot(const QString &login) const;
    const KeySlot *recoverySlot() const;
    KeySlot *findUserSlot(const QString &login);
};

struct FileHeader::Parsed
{
    FileHeader header;
    QByteArray chosenCopy; // the raw bytes of the copy in use, for its MAC
    int chosenIndex = 0;
    bool otherCopyDamaged = false;
};

} // namespace vanphong::storage
