#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace vanphong::crypto {

// A fixed-size buffer for key material. It is never copied (only moved), is
// locked in memory where the system allows it so that it is not swapped out,
// and is wiped with OPENSSL_cleanse when released.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const std::uint8_t *data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    [[nodiscard]] static SecureBytes random(std::size_t size);

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const std::uint8_t> view() const { return {m_data, m_size}; }

    // Explicit deep copy, for the rare places that must keep two holders.
    [[nodiscard]] SecureBytes clone() const;
    // Wipes and releases the memory now.
    void clear();

    bool operator==(const SecureBytes &other) const;

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace vanphong::crypto
