#pragma once

#include <cstdint>
#include <span>

namespace vanphong::crypto {

// Fills the span from OpenSSL's CSPRNG. Throws std::runtime_error if the
// generator fails, because continuing with predictable keys is never acceptable.
void fillRandom(std::span<std::uint8_t> out);

} // namespace vanphong::crypto
