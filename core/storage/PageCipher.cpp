#include "PageCipher.h"

#include "FileFormat.h"
#include "crypto/Random.h"

#include <cstring>

namespace vanphong::storage {

using namespace format;

namespace {
void makeAad(std::uint8_t aad[12], PageCipher::Role role, std::uint64_t position)
{
    const auto r = std::uint32_t(role);
    for (int i = 0; i < 4; ++i)
        aad[i] = std::uint8_t(r >> (8 * i));
    for (int i = 0; i < 8; ++i)
        aad[4 + i] = std::uint8_t(position >> (8 * i));
}
} // namespace

PageCipher::PageCipher(std::span<const std::uint8_t> pageKey)
    : m_gcm(pageKey)
{
    crypto::fillRandom(m_noncePrefix);
    crypto::fillRandom({reinterpret_cast<std::uint8_t *>(&m_counter), sizeof m_counter});
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
    std::uint8_t aad[12];
    makeAad(aad, role, position);
    std::uint8_t *nonce = out + PagePayload;
    nextNonce(nonce);
    return m_gcm.encrypt(nonce, aad, plain, out, PagePayload, nonce + NonceSize);
}

bool PageCipher::open(Role role, std::uint64_t position, std::uint8_t *page)
{
    std::uint8_t aad[12];
    makeAad(aad, role, position);
    std::uint8_t nonceTag[ReserveBytes];
    std::memcpy(nonceTag, page + PagePayload, ReserveBytes);
    if (!m_gcm.decrypt(nonceTag, aad, page, page, PagePayload, nonceTag + NonceSize))
        return false;
    std::memset(page + PagePayload, 0, ReserveBytes);
    return true;
}

} // namespace vanphong::storage
