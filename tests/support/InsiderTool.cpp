#include "InsiderTool.h"

#include "crypto/Kdf.h"
#include "storage/FileFormat.h"
#include "storage/PageCipher.h"

#include <QFile>

namespace vanphong::test {

namespace format = storage::format;

std::optional<InsiderTool> InsiderTool::unlock(const QString &officePath, const QString &login, const QByteArray &password)
{
    QFile file(officePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto parsed = storage::FileHeader::parse(file.read(format::HeaderSize));
    if (!parsed)
        return std::nullopt;
    const storage::KeySlot *slot = parsed->header.findUserSlot(login);
    if (!slot)
        return std::nullopt;
    InsiderTool tool;
    crypto::SecureBytes signingKey;
    tool.masterKey = slot->unlock({reinterpret_cast<const std::uint8_t *>(password.constData()), std::size_t(password.size())},
                                  &signingKey);
    if (tool.masterKey.isEmpty())
        return std::nullopt;
    tool.signer = storage::AuditSigner::fromSeed(std::move(signingKey));
    tool.path = officePath;
    tool.header = parsed->header;
    return tool;
}

bool InsiderTool::decryptTo(const QString &plainPath) const
{
    QFile in(path);
    QFile out(plainPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const crypto::SecureBytes pageKey = crypto::Kdf::hkdf(masterKey.view(), "vanphong/page");
    storage::PageCipher cipher(pageKey.view(), header.pageBinding());
    in.seek(format::HeaderSize);
    for (std::uint64_t number = 1;; ++number) {
        QByteArray page = in.read(format::PageSize);
        if (page.isEmpty())
            return true;
        if (page.size() != qsizetype(format::PageSize)
            || !cipher.open(storage::PageCipher::Role::DatabasePage, number, reinterpret_cast<std::uint8_t *>(page.data())))
            return false;
        out.write(page);
    }
}

bool InsiderTool::encryptFrom(const QString &plainPath, const QString &outPath) const
{
    QFile in(plainPath);
    QFile out(outPath);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const crypto::SecureBytes macKey = crypto::Kdf::hkdf(masterKey.view(), "vanphong/header");
    const QByteArray copy = header.serializeCopy(macKey);
    out.write(copy + copy);
    const crypto::SecureBytes pageKey = crypto::Kdf::hkdf(masterKey.view(), "vanphong/page");
    storage::PageCipher cipher(pageKey.view(), header.pageBinding());
    QByteArray sealed(format::PageSize, '\0');
    for (std::uint64_t number = 1;; ++number) {
        const QByteArray page = in.read(format::PageSize);
        if (page.isEmpty())
            return true;
        if (page.size() != qsizetype(format::PageSize)
            || !cipher.seal(storage::PageCipher::Role::DatabasePage, number,
                            reinterpret_cast<const std::uint8_t *>(page.constData()),
                            reinterpret_cast<std::uint8_t *>(sealed.data())))
            return false;
        out.write(sealed);
    }
}

crypto::SecureBytes InsiderTool::auditKey() const
{
    const crypto::SecureBytes secret = header.openAuditSecret(masterKey);
    return crypto::Kdf::hkdf(secret.view(), "vanphong/audit");
}

} // namespace vanphong::test
