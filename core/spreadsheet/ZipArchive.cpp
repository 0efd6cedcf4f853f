#include "ZipArchive.h"

#include <QDateTime>
#include <QtEndian>

#include <zlib.h>

namespace vanphong::spreadsheet {

namespace {
constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr int LocalHeaderSize = 30;
constexpr int CentralHeaderSize = 46;
constexpr int EndSize = 22;

quint16 u16(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 u32(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint32>(b.constData() + at); }

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z{};
    // Negative window bits: raw deflate, without zlib's header, as ZIP wants.
    if (deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> inflateRaw(const char *data, quint32 size, quint32 expected)
{
    QByteArray out(qsizetype(expected), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = size;
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = expected;
    const int rc = inflate(&z, Z_FINISH);
    const bool complete = rc == Z_STREAM_END && z.total_out == expected;
    inflateEnd(&z);
    if (!complete)
        return std::nullopt;
    return out;
}
} // namespace

std::optional<ZipArchive> ZipArchive::read(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bytes.size() < EndSize || u32(bytes, 0) != LocalSignature)
        return fail(tr("The file is not a spreadsheet workbook (no ZIP container)."));
    // The end record is within the last 64 KiB (its comment is at most that long).
    qint64 end = -1;
    for (qint64 at = bytes.size() - EndSize; at >= 0 && at >= bytes.size() - EndSize - 65535; --at) {
        if (u32(bytes, at) == EndSignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(tr("The workbook is damaged: its table of contents is missing."));
    const quint16 count = u16(bytes, end + 10);
    const quint32 directorySize = u32(bytes, end + 12);
    const quint32 directoryOffset = u32(bytes, end + 16);
    if (quint64(directoryOffset) + directorySize > quint64(end))
        return fail(tr("The workbook is damaged: its table of contents points outside the file."));

    ZipArchive archive;
    archive.m_bytes = bytes;
    qint64 at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > end || u32(bytes, at) != CentralSignature)
            return fail(tr("The workbook is damaged: entry %1 of its table of contents is unreadable.").arg(i + 1));
        const quint16 flags = u16(bytes, at + 8);
        Index e;
        e.method = u16(bytes, at + 10);
        e.crc = u32(bytes, at + 16);
        e.compressedSize = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const quint16 nameLength = u16(bytes, at + 28);
        const quint16 extraLength = u16(bytes, at + 30);
        const quint16 commentLength = u16(bytes, at + 32);
        const quint32 localOffset = u32(bytes, at + 42);
        if (at + CentralHeaderSize + nameLength > end)
            return fail(tr("The workbook is damaged: entry %1 of its table of contents is unreadable.").arg(i + 1));
        e.name = QString::fromUtf8(bytes.constData() + at + CentralHeaderSize, nameLength);
        at += CentralHeaderSize + nameLength + extraLength + commentLength;
        if (flags & 0x1)
            return fail(tr("The workbook is protected with a password; save it without one and try again."));
        if (e.compressedSize == 0xFFFFFFFFu || e.size == 0xFFFFFFFFu || localOffset == 0xFFFFFFFFu)
            return fail(tr("The workbook is too large to import."));
        if (quint64(localOffset) + LocalHeaderSize > quint64(bytes.size()) || u32(bytes, localOffset) != LocalSignature)
            return fail(tr("The workbook is damaged: the part \"%1\" cannot be found.").arg(e.name));
        e.dataOffset = localOffset + LocalHeaderSize + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
        if (quint64(e.dataOffset) + e.compressedSize > quint64(bytes.size()))
            return fail(tr("The workbook is damaged: the part \"%1\" is cut short.").arg(e.name));
        archive.m_index << e;
    }
    return archive;
}

bool ZipArchive::contains(const QString &name) const
{
    return std::any_of(m_index.begin(), m_index.end(), [&](const Index &e) { return e.name == name; });
}

QStringList ZipArchive::names() const
{
    QStringList out;
    for (const Index &e : m_index)
        out << e.name;
    return out;
}

std::optional<QByteArray> ZipArchive::entry(const QString &name, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto it = std::find_if(m_index.begin(), m_index.end(), [&](const Index &e) { return e.name == name; });
    if (it == m_index.end())
        return fail(tr("The workbook has no part \"%1\".").arg(name));
    if (it->size > MaxEntrySize)
        return fail(tr("The part \"%1\" of the workbook is larger than %2 MB; it is not imported.").arg(name).arg(MaxEntrySize >> 20));
    std::optional<QByteArray> data;
    if (it->method == 0 && it->compressedSize == it->size)
        data = QByteArray(m_bytes.constData() + it->dataOffset, it->size);
    else if (it->method == 8)
        data = inflateRaw(m_bytes.constData() + it->dataOffset, it->compressedSize, it->size);
    else
        return fail(tr("The part \"%1\" of the workbook uses a compression VanPhong does not read.").arg(name));
    if (!data || crcOf(*data) != it->crc)
        return fail(tr("The workbook is damaged: the part \"%1\" fails its checksum.").arg(name));
    return data;
}

QByteArray ZipArchive::write(const QList<Entry> &entries)
{
    const QDateTime now = QDateTime::currentDateTime();
    const quint16 dosTime = quint16((now.time().hour() << 11) | (now.time().minute() << 5) | (now.time().second() / 2));
    const quint16 dosDate = quint16(((std::max(now.date().year(), 1980) - 1980) << 9) | (now.date().month() << 5) | now.date().day());
    QByteArray out;
    QByteArray directory;
    for (const Entry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = crcOf(e.data);
        const QByteArray body = e.stored ? e.data : deflateRaw(e.data);
        const quint16 method = e.stored ? 0 : 8;
        const quint32 offset = quint32(out.size());
        const auto common = [&](QByteArray &to) {
            put16(to, 20);      // version needed: 2.0
            put16(to, 0x0800);  // names in UTF-8
            put16(to, method);
            put16(to, dosTime);
            put16(to, dosDate);
            put32(to, crc);
            put32(to, quint32(body.size()));
            put32(to, quint32(e.data.size()));
            put16(to, quint16(name.size()));
            put16(to, 0);       // no extra field
        };
        put32(out, LocalSignature);
        common(out);
        out += name;
        out += body;

        put32(directory, CentralSignature);
        put16(directory, 20); // made by: MS-DOS compatible
        common(directory);
        put16(directory, 0);  // comment
        put16(directory, 0);  // disk
        put16(directory, 0);  // internal attributes
        put32(directory, 0);  // external attributes
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, EndSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace vanphong::spreadsheet
