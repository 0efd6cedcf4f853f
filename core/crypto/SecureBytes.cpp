#include "SecureBytes.h"

#include "Random.h"

#include <openssl/crypto.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#if defined(__unix__)
#include <sys/mman.h>
#endif

namespace vanphong::crypto {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t *>(std::calloc(size, 1));
    if (!m_data)
        throw std::bad_alloc();
#if defined(__unix__)
    // Best effort: a failure (RLIMIT_MEMLOCK) only means the page may be swapped.
    (void)mlock(m_data, size);
#endif
}

SecureBytes::SecureBytes(const std::uint8_t *data, std::size_t size)
    : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    fillRandom({bytes.data(), bytes.size()});
    return bytes;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

void SecureBytes::clear()
{
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, m_size);
#if defined(__unix__)
    (void)munlock(m_data, m_size);
#endif
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace vanphong::crypto
