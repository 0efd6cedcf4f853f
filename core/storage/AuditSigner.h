#pragma once

#include "crypto/Ed25519.h"
#include "crypto/SecureBytes.h"

namespace vanphong::storage {

// The key a session signs its audit entries with: the Ed25519 key of the slot
// the file was opened with (KeySlot::unlock). Anyone holding the master key
// can recompute the log's HMAC chain; only the holder of a slot's password can
// sign in that slot's name. Wiped with the session.
struct AuditSigner
{
    crypto::SecureBytes key; // the 32-byte seed
    crypto::Ed25519::PublicKey publicKey{};

    bool isSet() const { return key.size() == 32; }
    // Empty when `seed` is not a usable key.
    static AuditSigner fromSeed(crypto::SecureBytes seed)
    {
        AuditSigner signer;
        if (seed.size() == 32 && crypto::Ed25519::publicKeyOf(seed.view(), signer.publicKey))
            signer.key = std::move(seed);
        return signer;
    }
};

} // namespace vanphong::storage
