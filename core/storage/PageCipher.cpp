#include "PageCipher.h"

#include "FileFormat.h"
#include "crypto/Random.h"

#include <cstring>

namespace vanphong::storage {

using namespace format;

namespace {
constexpr std::size_t MaxAad = 4 + 8 + 16;
} // namespace

PageCipher::PageCipher(std::span<const std::uint8_t> pageKey, std::span<const std::uint8_t> fileId)
    : m_gcm(pageKey)
{
    crypto::fillRandom(m_noncePrefix);
    crypto::fillRandom({reinterpret_cast<std::uint8_t *>(&m_counter), sizeof m_counter});
    if (fileId.size() == sizeof m_fileId) {
        std::memcpy(m_fileId, fileId.data(), sizeof m_fileId);
        m_bindsFileId = true;
    }
}

// role (4 bytes LE) | position (8 bytes LE) [| file id (16 bytes), format 2]
std::size_t PageCipher::makeAad(std::uint8_t *aad, Role role, std::uint64_t position) const
{
    const auto r = std::uint32_t(role);
    for (int i = 0; i < 4; ++i)
        aad[i] = std::uint8_t(r >> (8 * i));
    for (int i = 0; i < 8; ++i)
        aad[4 + i] = std::uint8_t(position >> (8 * i));
    if (!m_bindsFileId)
        return 12;
    std::memcpy(aad + 12, m_fileId, sizeof m_fileId);
    return MaxAad;
}

void PageCipher::nextNonce(std::uint8_t *out)
{
    const std::uint64_t n = m_counter++;
    std::memcpy(out, m_noncePrefix, 4);
    for (int i = 0; i < 8; ++i)
        out[4 + i] = std::uint8_t(n >> (8 * i));
}

bool PageCipher::seal(Role role, std::uint64_t position, const std::uint8_t *plain, std::uint8_t *out)
{
    for (std::size_t i = PagePayload; i < PageSize; ++i)
        if (plain[i])
            return false;
    std::uint8_t aad[MaxAad];
    const std::size_t aadSize = makeAad(aad, role, position);
    std::uint8_t *nonce = out + PagePayload;
    nextNonce(nonce);
    return m_gcm.encrypt(nonce, {aad, aadSize}, plain, out, PagePayload, nonce + NonceSize);
}

bool PageCipher::open(Role role, std::uint64_t position, std::uint8_t *page)
{
    std::uint8_t aad[MaxAad];
    const std::size_t aadSize = makeAad(aad, role, position);
    std::uint8_t nonceTag[ReserveBytes];
    std::memcpy(nonceTag, page + PagePayload, ReserveBytes);
    if (!m_gcm.decrypt(nonceTag, {aad, aadSize}, page, page, PagePayload, nonceTag + NonceSize))
        return false;
    std::memset(page + PagePayload, 0, ReserveBytes);
    return true;
}

} // namespace vanphong::storage
