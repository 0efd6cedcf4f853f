#pragma once

#include <cstdint>
#include <functional>

namespace vanphong::storage {

// The SQLite VFS "vanphong": a shim over the system's default VFS that
// encrypts every page of the main database, the rollback journal's page
// images and the WAL's frames with AES-256-GCM, and refuses anything it would
// have to write in plaintext. docs/FILE-FORMAT.md describes the layout.
class EncryptedVfs final
{
public:
    static constexpr const char *Name = "vanphong";

    // File-control opcodes understood by files of this VFS.
    enum FileControl : int {
        WriteHeaderCopy = 0x56500001, // arg: HeaderCopyWrite*
        IsEncrypted = 0x56500002,     // arg: unused; SQLITE_OK when the file is ours
    };
    struct HeaderCopyWrite
    {
        int index;                 // 0 or 1
        const std::uint8_t *data;  // format::HeaderCopySize bytes
    };

    // Registers the VFS (once per process). False if SQLite refused.
    [[nodiscard]] static bool ensureRegistered();

    // Test seam: called before every write that reaches the disk with the
    // number of bytes about to be written; a non-zero SQLite result code makes
    // that write fail with it (e.g. SQLITE_FULL to act out a full disk).
    using WriteFault = std::function<int(std::int64_t bytes)>;
    static void setWriteFault(WriteFault fault);
};

} // namespace vanphong::storage
