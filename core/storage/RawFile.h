#pragma once

#include <QByteArray>
#include <QString>

namespace vanphong::storage {

// Raw access to an office file's bytes through SQLite's default VFS, not
// QFile: closing a second descriptor of a file that SQLite holds open would
// drop SQLite's POSIX locks, and the default VFS knows how to avoid that.
class RawFile final
{
public:
    enum class Status { Ok, Missing, Error };

    // Reads up to `length` bytes at `offset`; fewer at the end of the file.
    static Status read(const QString &path, qint64 offset, qint64 length, QByteArray *out);
    static Status size(const QString &path, qint64 *out);
    // Makes a directory entry change (rename) durable where the system can.
    static void syncDirectory(const QString &filePath);
};

} // namespace vanphong::storage
