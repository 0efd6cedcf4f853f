#pragma once

#include <QByteArray>

#include <optional>

namespace vanphong::storage {

class Database;

// What a user typed and had not saved when the window locked: kept in memory
// sealed (AES-256-GCM) under a key derived from the file's master key and
// bound to the file's id, so that it reads back only once the file is opened
// again with a password, and only for that file.
class SealedDraft final
{
public:
    [[nodiscard]] static QByteArray seal(const Database &db, const QByteArray &plain);
    // Nothing when the draft was sealed for another file or key, or altered.
    [[nodiscard]] static std::optional<QByteArray> open(const Database &db, const QByteArray &sealed);
};

} // namespace vanphong::storage
