#pragma once

#include "crypto/AesGcm.h"

#include <cstdint>
#include <span>

namespace vanphong::storage {

// Encrypts and authenticates one page image in the layout of the office file:
// the first format::PagePayload bytes are ciphertext, then the 12-byte nonce
// and the 16-byte tag fill the page's reserved tail. The associated data binds
// the image to what it is (database page, journal image, WAL frame), where,
// and (from format version 2) to which file: the header's random file id, so
// that a page copied in from a backup made under the same key fails too.
class PageCipher final
{
public:
    enum class Role : std::uint32_t { DatabasePage = 0x42445056, JournalImage = 0x524a5056, WalFrame = 0x4c575056 };

    // `fileId` is the header's 16-byte file id, or empty for a format-1 file
    // (whose pages were sealed before the id was bound).
    PageCipher(std::span<const std::uint8_t> pageKey, std::span<const std::uint8_t> fileId);
    bool isValid() const { return m_gcm.isValid(); }

    // `plain` and `out` are whole pages. Fails if the reserved tail of `plain`
    // is not zero: SQLite never writes there, and a round trip must give back
    // exactly what SQLite wrote for its own checksums to hold.
    [[nodiscard]] bool seal(Role role, std::uint64_t position, const std::uint8_t *plain, std::uint8_t *out);
    // Decrypts in place; false if the image does not authenticate.
    [[nodiscard]] bool open(Role role, std::uint64_t position, std::uint8_t *page);

private:
    void nextNonce(std::uint8_t *out);
    std::size_t makeAad(std::uint8_t *aad, Role role, std::uint64_t position) const;

    crypto::AesGcm m_gcm;
    // Nonces are a random 32-bit prefix and a 64-bit counter that starts at a
    // random value, both drawn when the cipher is made: as unique as random
    // 96-bit nonces, without a call to the random generator per page.
    std::uint8_t m_noncePrefix[4]{};
    std::uint64_t m_counter = 0;
    std::uint8_t m_fileId[16]{};
    bool m_bindsFileId = false;
};

} // namespace vanphong::storage
