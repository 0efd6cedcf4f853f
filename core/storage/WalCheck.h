#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>

namespace vanphong::storage {

// Reads a write-ahead log the way SQLite's recovery does (salts, cumulative
// checksums) and authenticates each frame's page. SQLite stops recovery at
// the first frame that does not check out and silently drops everything
// after it, which is right for a torn write at the end of the log and wrong
// for a damaged frame in its middle: then later frames of the same log
// generation still authenticate, and the transactions they hold would vanish.
class WalCheck final
{
public:
    struct Finding
    {
        qint64 framesChecked = 0;  // frames of the current generation that check out
        qint64 damagedFrame = -1;  // 1-based frame where recovery would stop too early; -1 if none
        bool headerDamaged = false; // the log's own header fails, yet frames in it authenticate
        bool damaged() const { return damagedFrame > 0 || headerDamaged; }
    };

    static Finding check(const QString &walPath, const crypto::SecureBytes &pageKey,
                         std::span<const std::uint8_t> pageBinding);
    // The same over the log's bytes (the fuzz target's entry point).
    static Finding checkBytes(const QByteArray &wal, const crypto::SecureBytes &pageKey,
                              std::span<const std::uint8_t> pageBinding);
};

} // namespace vanphong::storage
