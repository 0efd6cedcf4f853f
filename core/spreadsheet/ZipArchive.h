#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace vanphong::spreadsheet {

// The ZIP container of XLSX and ODS files, read and written in memory with
// zlib. Only what those formats use: stored and deflated entries, no ZIP64,
// no encryption. Reading is defensive, since the file comes from elsewhere:
// every offset is checked, entries are limited in size (a "zip bomb" is
// refused) and each entry's CRC is verified.
class ZipArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    static constexpr qint64 MaxEntrySize = 64 * 1024 * 1024;

    struct Entry
    {
        QString name;
        QByteArray data;
        bool stored = false; // written without compression (ODS's "mimetype")
    };

    // Parses the archive; nullopt with `error` set when it is not a usable ZIP.
    static std::optional<ZipArchive> read(const QByteArray &bytes, QString *error);
    static QByteArray write(const QList<Entry> &entries);

    [[nodiscard]] bool contains(const QString &name) const;
    // The entry's content, inflated and checked; nullopt with `error` set when damaged.
    [[nodiscard]] std::optional<QByteArray> entry(const QString &name, QString *error) const;
    [[nodiscard]] QStringList names() const;

private:
    struct Index
    {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 dataOffset = 0;
    };
    QByteArray m_bytes;
    QList<Index> m_index;
};

} // namespace vanphong::spreadsheet
