#pragma once

#include "crypto/SecureBytes.h"
#include "storage/AuditSigner.h"
#include "storage/FileHeader.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vanphong::test {

// What a user who has read docs/FILE-FORMAT.md can do to the office file with
// his own password and a short script: open his key slot, decrypt every page
// into a plain SQLite file, change it with any tool, and encrypt it back with
// a header whose MAC he can recompute. The insider tests use it to show which
// of these changes the file still catches (and which it cannot).
class InsiderTool final
{
public:
    static std::optional<InsiderTool> unlock(const QString &officePath, const QString &login, const QByteArray &password);

    // The database pages, decrypted, written as an ordinary SQLite file. The
    // office file must be closed (its WAL checkpointed).
    bool decryptTo(const QString &plainPath) const;
    // Writes `plainPath` as an office file at `outPath` under this master key,
    // with this tool's header (version, file id, slots) and a fresh MAC.
    bool encryptFrom(const QString &plainPath, const QString &outPath) const;

    // The audit log's chain key, as the application derives it.
    crypto::SecureBytes auditKey() const;

    QString path;
    crypto::SecureBytes masterKey;
    storage::FileHeader header;
    // The unlocking user's own signing key: what he can sign with.
    storage::AuditSigner signer;
};

} // namespace vanphong::test
