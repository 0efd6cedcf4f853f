#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>

namespace vanphong::storage {

// Authenticates every page image of a rollback journal left beside a file (a
// "hot" journal after a crash) before SQLite may play it back: playback
// truncates and rewrites the database, so a damaged record must be found first.
class JournalCheck final
{
public:
    // -1 if the journal is absent, not hot, or every image authenticates;
    // otherwise the byte offset of the first image that does not.
    // `pageBinding` is what the file's pages are bound to (FileHeader::pageBinding).
    static qint64 firstBadImage(const QString &journalPath, const crypto::SecureBytes &pageKey,
                                std::span<const std::uint8_t> pageBinding);
    // The same over the journal's bytes (the fuzz target feeds it directly).
    static qint64 firstBadImage(const QByteArray &journal, const crypto::SecureBytes &pageKey,
                                std::span<const std::uint8_t> pageBinding);
};

} // namespace vanphong::storage
