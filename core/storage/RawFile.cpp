#include "RawFile.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

#if defined(__unix__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace vanphong::storage {

namespace {
struct OpenFile
{
    sqlite3_file *file = nullptr;
    std::unique_ptr<char[]> storage;
    ~OpenFile()
    {
        if (file && file->pMethods)
            file->pMethods->xClose(file);
    }
};

RawFile::Status openReadOnly(const QString &path, OpenFile &f)
{
    sqlite3_initialize();
    sqlite3_vfs *root = sqlite3_vfs_find(nullptr);
    if (!QFileInfo(path).isFile())
        return RawFile::Status::Missing;
    f.storage = std::make_unique<char[]>(std::size_t(root->szOsFile));
    f.file = reinterpret_cast<sqlite3_file *>(f.storage.get());
    f.file->pMethods = nullptr;
    // sqlite3_filename must stay valid while the file is open.
    static thread_local QByteArray name;
    name = QFileInfo(path).absoluteFilePath().toUtf8();
    name.append('\0');
    int outFlags = 0;
    const int rc = root->xOpen(root, name.constData(), f.file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags);
    return rc == SQLITE_OK ? RawFile::Status::Ok : RawFile::Status::Error;
}
} // namespace

namespace {
RawFile::Status openWithSize(const QString &path, OpenFile &f, sqlite3_int64 *size)
{
    if (RawFile::Status s = openReadOnly(path, f); s != RawFile::Status::Ok)
        return s;
    return f.file->pMethods->xFileSize(f.file, size) == SQLITE_OK ? RawFile::Status::Ok : RawFile::Status::Error;
}
} // namespace

RawFile::Status RawFile::read(const QString &path, qint64 offset, qint64 length, QByteArray *out)
{
    OpenFile f;
    sqlite3_int64 size = 0;
    if (Status s = openWithSize(path, f, &size); s != Status::Ok)
        return s;
    const qint64 available = std::max<qint64>(0, std::min<qint64>(length, size - offset));
    out->resize(available);
    if (available == 0)
        return Status::Ok;
    const int rc = f.file->pMethods->xRead(f.file, out->data(), int(available), offset);
    return rc == SQLITE_OK ? Status::Ok : Status::Error;
}

RawFile::Status RawFile::size(const QString &path, qint64 *out)
{
    OpenFile f;
    sqlite3_int64 size = 0;
    const Status s = openWithSize(path, f, &size);
    if (s == Status::Ok)
        *out = size;
    return s;
}

void RawFile::syncDirectory(const QString &filePath)
{
#if defined(__unix__)
    const QByteArray dir = QFileInfo(filePath).absolutePath().toLocal8Bit();
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(filePath);
#endif
}

} // namespace vanphong::storage
