#pragma once

#include <cstddef>
#include <cstdint>

// The on-disk constants of a VanPhong office file. docs/FILE-FORMAT.md explains them.
namespace vanphong::storage::format {

// Version 2 binds every page to the file id (PageCipher's associated data);
// version 1 files are still read, and rewritten as version 2 when opened for
// writing (Database::upgradeFormat). The header layout is the same.
inline constexpr std::uint32_t Version = 2;
inline constexpr std::uint32_t OldestVersion = 1;
inline constexpr char Magic[16] = {'V', 'A', 'N', 'P', 'H', 'O', 'N', 'G', '-', 'O', 'F', 'F', 'I', 'C', 'E', '\0'};

// Two copies of the header, each one page, precede SQLite's page 1. Writing the
// older copy first means a crash in the middle of a header update always
// leaves one intact copy.
inline constexpr std::size_t HeaderCopySize = 4096;
inline constexpr std::size_t HeaderSize = 2 * HeaderCopySize;

inline constexpr std::uint32_t PageSize = 4096;
inline constexpr std::size_t NonceSize = 12;
inline constexpr std::size_t TagSize = 16;
inline constexpr std::uint32_t ReserveBytes = NonceSize + TagSize; // 28: nonce then tag
inline constexpr std::size_t PagePayload = PageSize - ReserveBytes;

inline constexpr std::size_t SlotSize = 320;
inline constexpr std::size_t SlotsOffset = 64;
inline constexpr std::size_t MaxSlots = 12;
// The audit log's secret, sealed under the master key (AES-256-GCM: nonce,
// ciphertext, tag), so that a rekey reseals it and the log's chain stays valid.
inline constexpr std::size_t AuditSecretOffset = SlotsOffset + MaxSlots * SlotSize;
inline constexpr std::size_t AuditSecretSize = 12 + 32 + 16;
inline constexpr std::size_t MacOffset = HeaderCopySize - 64;      // keyed HMAC over [0, MacOffset)
inline constexpr std::size_t ChecksumOffset = HeaderCopySize - 32; // SHA-256 over [0, ChecksumOffset)
inline constexpr std::size_t MaxLoginBytes = 64;

static_assert(AuditSecretOffset + AuditSecretSize <= MacOffset);

} // namespace vanphong::storage::format
