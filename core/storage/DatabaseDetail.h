#pragma once

// Helpers shared by the two halves of Database's implementation.

#include "FileHeader.h"
#include "StorageError.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>

namespace vanphong::storage::detail {

std::span<const std::uint8_t> bytesOf(const QByteArray &a);
QString uriFor(const QString &path, const QString &token);

} // namespace vanphong::storage::detail
