#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace vanphong::storage {

// The keys of one open office file, shared by the VFS files (database, journal,
// WAL) opened under it. Looked up by a random token from the URI, so the key
// itself never appears in a file name that SQLite or Qt keeps.
struct KeyContext
{
    crypto::SecureBytes pageKey;      // HKDF(master, "vanphong/page")
    crypto::SecureBytes headerMacKey; // HKDF(master, "vanphong/header")

    // The header region written at the front of a new, empty file opened with
    // this context (a backup or VACUUM INTO target): same slots, same keys.
    QByteArray newFileHeader() const
    {
        std::lock_guard lock(m_mutex);
        return m_newFileHeader;
    }
    void setNewFileHeader(QByteArray header)
    {
        std::lock_guard lock(m_mutex);
        m_newFileHeader = std::move(header);
    }

    // The last page that failed authentication (1-based), for the user's message.
    std::atomic<long long> lastBadPage{-1};
    // The byte offset of the last journal image that failed authentication.
    std::atomic<long long> lastBadJournalOffset{-1};

private:
    mutable std::mutex m_mutex;
    QByteArray m_newFileHeader;
};

// Process-wide map from token to key context.
class KeyRegistry final
{
public:
    static QString add(std::shared_ptr<KeyContext> context);
    static std::shared_ptr<KeyContext> find(const char *token);
    static void remove(const QString &token);
};

} // namespace vanphong::storage
