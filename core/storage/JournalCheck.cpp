#include "JournalCheck.h"

#include "FileFormat.h"
#include "PageCipher.h"
#include "RawFile.h"

#include <QByteArray>
#include <QFileInfo>

#include <cstring>

namespace vanphong::storage {

namespace {
// SQLite's rollback journal format (https://sqlite.org/fileformat.html#the_rollback_journal).
constexpr unsigned char JournalMagic[8] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
constexpr qint64 RecordSize = 4 + format::PageSize + 4;

quint32 be32(const QByteArray &a, int at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(a.constData()) + at;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}
} // namespace

qint64 JournalCheck::firstBadImage(const QString &journalPath, const crypto::SecureBytes &pageKey,
                                   std::span<const std::uint8_t> pageBinding)
{
    if (!QFileInfo::exists(journalPath))
        return -1;
    QByteArray journal;
    if (RawFile::read(journalPath, 0, QFileInfo(journalPath).size(), &journal) != RawFile::Status::Ok)
        return -1;
    return firstBadImage(journal, pageKey, pageBinding);
}

qint64 JournalCheck::firstBadImage(const QByteArray &journal, const crypto::SecureBytes &pageKey,
                                   std::span<const std::uint8_t> pageBinding)
{
    PageCipher cipher(pageKey.view(), pageBinding);
    qint64 headerAt = 0;
    while (headerAt + 28 <= journal.size()) {
        if (std::memcmp(journal.constData() + headerAt, JournalMagic, sizeof JournalMagic) != 0)
            return -1; // no further segment: SQLite stops here too
        const quint32 records = be32(journal, int(headerAt) + 8);
        const quint32 sectorSize = be32(journal, int(headerAt) + 20);
        if (sectorSize < 512 || sectorSize > 65536 || (sectorSize & (sectorSize - 1)))
            return -1;
        qint64 at = headerAt + sectorSize;
        // 0xffffffff means "as many records as the file holds"; 0 in the first
        // segment of a journal that is not hot means nothing to play back.
        const qint64 count = records == 0xffffffffu ? (journal.size() - at) / RecordSize : qint64(records);
        for (qint64 i = 0; i < count && at + RecordSize <= journal.size(); ++i, at += RecordSize) {
            QByteArray image = journal.mid(at + 4, format::PageSize);
            if (!cipher.open(PageCipher::Role::JournalImage, std::uint64_t(at + 4),
                             reinterpret_cast<std::uint8_t *>(image.data())))
                return at + 4;
        }
        if (records == 0 || records == 0xffffffffu)
            return -1;
        headerAt = ((at + sectorSize - 1) / sectorSize) * sectorSize;
    }
    return -1;
}

} // namespace vanphong::storage
