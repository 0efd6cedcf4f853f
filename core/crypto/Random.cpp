#include "Random.h"

#include <openssl/rand.h>

#include <climits>
#include <stdexcept>

namespace vanphong::crypto {

void fillRandom(std::span<std::uint8_t> out)
{
    if (out.empty())
        return;
    if (out.size() > INT_MAX || RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        throw std::runtime_error("OpenSSL random generator failed");
}

} // namespace vanphong::crypto
