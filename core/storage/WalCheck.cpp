#include "WalCheck.h"

#include "FileFormat.h"
#include "PageCipher.h"
#include "RawFile.h"

#include <QFileInfo>

#include <cstring>

namespace vanphong::storage {

namespace {
// https://sqlite.org/fileformat.html#the_write_ahead_log
constexpr qint64 HeaderSize = 32;
constexpr qint64 FrameHeaderSize = 24;
constexpr qint64 FrameSize = FrameHeaderSize + format::PageSize;
constexpr quint32 MagicLittle = 0x377f0682; // checksums over little-endian words
constexpr quint32 MagicBig = 0x377f0683;    // over big-endian words

quint32 be32(const std::uint8_t *p) { return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]; }
quint32 le32(const std::uint8_t *p) { return (quint32(p[3]) << 24) | (quint32(p[2]) << 16) | (quint32(p[1]) << 8) | p[0]; }

struct Checksum
{
    quint32 s1 = 0, s2 = 0;
    bool operator==(const Checksum &) const = default;
};

// SQLite's walChecksumBytes: pairs of 32-bit words, Fibonacci-weighted.
Checksum checksum(bool bigEndian, const std::uint8_t *data, qint64 size, Checksum in)
{
    for (qint64 i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = bigEndian ? be32(data + i) : le32(data + i);
        const quint32 x1 = bigEndian ? be32(data + i + 4) : le32(data + i + 4);
        in.s1 += x0 + in.s2;
        in.s2 += x1 + in.s1;
    }
    return in;
}
} // namespace

WalCheck::Finding WalCheck::check(const QString &walPath, const crypto::SecureBytes &pageKey,
                                  std::span<const std::uint8_t> pageBinding)
{
    if (!QFileInfo::exists(walPath))
        return {};
    qint64 size = 0;
    QByteArray wal;
    if (RawFile::size(walPath, &size) != RawFile::Status::Ok
        || RawFile::read(walPath, 0, size, &wal) != RawFile::Status::Ok)
        return {};
    return checkBytes(wal, pageKey, pageBinding);
}

WalCheck::Finding WalCheck::checkBytes(const QByteArray &wal, const crypto::SecureBytes &pageKey,
                                       std::span<const std::uint8_t> pageBinding)
{
    Finding finding;
    if (wal.size() < HeaderSize)
        return finding;
    const auto *w = reinterpret_cast<const std::uint8_t *>(wal.constData());
    const qint64 frames = (wal.size() - HeaderSize) / FrameSize;
    PageCipher cipher(pageKey.view(), pageBinding);
    std::uint8_t page[format::PageSize];
    // Does the frame's page authenticate where it lies? (It may be of an
    // older generation: the caller compares salts.)
    auto pageOpens = [&](qint64 frame) {
        const qint64 pageAt = HeaderSize + frame * FrameSize + FrameHeaderSize;
        std::memcpy(page, w + pageAt, format::PageSize);
        return cipher.open(PageCipher::Role::WalFrame, std::uint64_t(pageAt), page);
    };

    const quint32 magic = be32(w);
    const bool bigEndian = magic == MagicBig;
    const Checksum stored{be32(w + 24), be32(w + 28)};
    const bool headerGood = (magic == MagicLittle || magic == MagicBig) && be32(w + 8) == format::PageSize
                            && checksum(bigEndian, w, 24, {}) == stored;
    if (!headerGood) {
        // SQLite ignores such a log entirely. That is only harmless if no
        // frame in it is ours.
        for (qint64 f = 0; f < frames; ++f)
            if (pageOpens(f)) {
                finding.headerDamaged = true;
                break;
            }
        return finding;
    }
    const quint32 salt1 = be32(w + 16), salt2 = be32(w + 20);
    auto ofThisGeneration = [&](qint64 frame) {
        const std::uint8_t *h = w + HeaderSize + frame * FrameSize;
        return be32(h + 8) == salt1 && be32(h + 12) == salt2;
    };

    Checksum running = stored;
    qint64 stop = frames; // the first frame recovery would reject
    for (qint64 f = 0; f < frames; ++f) {
        const std::uint8_t *h = w + HeaderSize + f * FrameSize;
        if (!ofThisGeneration(f) || be32(h) == 0 || !pageOpens(f)) {
            stop = f;
            break;
        }
        Checksum next = checksum(bigEndian, h, 8, running);
        next = checksum(bigEndian, page, format::PageSize, next);
        if (!(next == Checksum{be32(h + 16), be32(h + 20)})) {
            stop = f;
            break;
        }
        running = next;
        ++finding.framesChecked;
    }
    // A torn write ends the log; a later frame of the same generation that
    // authenticates means the log went on past the frame that failed.
    for (qint64 f = stop + 1; f < frames; ++f)
        if (ofThisGeneration(f) && pageOpens(f)) {
            finding.damagedFrame = stop + 1;
            break;
        }
    return finding;
}

} // namespace vanphong::storage
