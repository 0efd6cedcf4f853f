#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace vanphong::spreadsheet {

// The ZIP container of XLSX and ODS files, read and written in memory through
// libzip (docs/FUZZING.md says why a library and not our own parser). On top
// of libzip, what an import of a stranger's file needs: entries are limited in
// size (a "zip bomb" is refused before it is inflated), every entry is read to
// its end so that its CRC is checked, and each failure has a message for the user.
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
    struct Archive; // libzip's handle over the bytes it reads
    struct Index
    {
        QString name;
        quint64 index = 0; // libzip's entry number
        quint64 size = 0;  // as the directory declares it
    };
    std::shared_ptr<const Archive> m_archive;
    QList<Index> m_index;
};

} // namespace vanphong::spreadsheet
