// The rollback journal check (core/storage/JournalCheck): a hot journal left
// beside a file is authenticated record by record before SQLite may play it back.
#include "FuzzSupport.h"

#include "storage/FileFormat.h"
#include "storage/JournalCheck.h"
#include "storage/PageCipher.h"

#include <QtEndian>

using namespace vanphong;
using namespace vanphong::storage;

namespace {
constexpr int Sector = 512;

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

// A journal segment as SQLite writes it: the 28-byte header padded to a
// sector, then records of page number, page image (sealed with the fixed
// key at its own offset) and checksum.
QByteArray segment(PageCipher &cipher, qsizetype at, quint32 recordsField, int records, bool damageLast)
{
    static const unsigned char magic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
    QByteArray out(reinterpret_cast<const char *>(magic), 8);
    out += be32(recordsField) + be32(0x1234abcd) + be32(3) + be32(Sector) + be32(format::PageSize);
    out.append(Sector - out.size(), '\0');
    for (int i = 0; i < records; ++i) {
        QByteArray plain(format::PageSize, '\0');
        for (std::size_t b = 0; b < format::PagePayload; ++b)
            plain[qsizetype(b)] = char('a' + (b + i) % 26);
        QByteArray sealed(format::PageSize, '\0');
        const qsizetype imageAt = at + out.size() + 4;
        if (!cipher.seal(PageCipher::Role::JournalImage, std::uint64_t(imageAt), reinterpret_cast<const std::uint8_t *>(plain.constData()),
                         reinterpret_cast<std::uint8_t *>(sealed.data())))
            fuzz::fail("seal");
        if (damageLast && i == records - 1)
            sealed[100] = char(sealed[100] ^ 0x20);
        out += be32(quint32(i + 1)) + sealed + be32(0x5a5a5a5a);
    }
    return out;
}

void makeSeeds(const QString &folder)
{
    const crypto::SecureBytes key = fuzz::fixedKey("page");
    PageCipher cipher(key.view(), {}); // a format-1 file's binding: none
    fuzz::writeSeed(folder, QStringLiteral("two-records"), segment(cipher, 0, 2, 2, false));
    fuzz::writeSeed(folder, QStringLiteral("records-to-the-end"), segment(cipher, 0, 0xffffffffu, 3, false));
    fuzz::writeSeed(folder, QStringLiteral("not-hot"), segment(cipher, 0, 0, 1, false));
    fuzz::writeSeed(folder, QStringLiteral("damaged-record"), segment(cipher, 0, 2, 2, true));
    QByteArray two = segment(cipher, 0, 1, 1, false);
    two.append((Sector - two.size() % Sector) % Sector, '\0');
    two += segment(cipher, two.size(), 1, 1, false);
    fuzz::writeSeed(folder, QStringLiteral("two-segments"), two);
    fuzz::seedsWritten(folder, 5);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QString folder = fuzz::seedFolder(); !folder.isEmpty())
        makeSeeds(folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const crypto::SecureBytes key = fuzz::fixedKey("page");
    const QByteArray journal = fuzz::bytesOf(data, size);
    const qint64 bad = JournalCheck::firstBadImage(journal, key, {});
    // The offset named must be a whole page image inside the journal.
    if (bad != -1 && (bad < 0 || bad + qint64(format::PageSize) > journal.size()))
        fuzz::fail("the bad image named lies outside the journal");
    return 0;
}
