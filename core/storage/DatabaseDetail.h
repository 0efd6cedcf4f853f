#pragma once

// Helpers shared by the two halves of Database's implementation.

#include "FileHeader.h"
#include "StorageError.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>

namespace vanphong::storage::detail {

QString tr(const char *text);
std::span<const std::uint8_t> bytesOf(const QByteArray &a);
QString uriFor(const QString &path, const QString &token);
StorageError classify(int code, const QString &detail, qint64 badPage, qint64 badJournalOffset = -1);
Result<FileHeader::Parsed> readHeader(const QString &path);

} // namespace vanphong::storage::detail
