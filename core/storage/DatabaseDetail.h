#pragma once

// Helpers shared by the two halves of Database's implementation.

#include "FileHeader.h"
#include "KeyContext.h"
#include "StorageError.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>

namespace vanphong::storage::detail {

std::span<const std::uint8_t> bytesOf(const QByteArray &a);
QString uriFor(const QString &path, const QString &token);
// The keys of a file's pages and header, derived from its master key.
std::shared_ptr<KeyContext> keyContextFor(const crypto::SecureBytes &masterKey);
// The slot the recovery code opens, and its signing key.
std::optional<KeySlot> recoverySlot(const QString &code, const crypto::ScryptParams &params, const crypto::SecureBytes &masterKey,
                                    crypto::SecureBytes *signingKey);

} // namespace vanphong::storage::detail
