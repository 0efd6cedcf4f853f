#include "EncryptedVfs.h"

#include "FileFormat.h"
#include "FileHeader.h"
#include "KeyContext.h"
#include "PageCipher.h"

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

namespace vanphong::storage {

namespace {

using namespace format;

constexpr std::int64_t WalHeaderSize = 32;
constexpr std::int64_t WalFrameHeaderSize = 24;
constexpr std::int64_t WalFrameSize = WalFrameHeaderSize + PageSize;

enum class FileKind { Main, Journal, Wal, Other };

std::mutex g_faultMutex;
EncryptedVfs::WriteFault g_writeFault;

int injectedFault(std::int64_t bytes)
{
    std::lock_guard lock(g_faultMutex);
    return g_writeFault ? g_writeFault(bytes) : SQLITE_OK;
}

struct VpFile
{
    sqlite3_file base;     // must be first: SQLite sees a VpFile as a sqlite3_file
    sqlite3_file *real = nullptr;
    FileKind kind = FileKind::Other;
    std::shared_ptr<KeyContext> context;
    std::unique_ptr<PageCipher> cipher;
    std::vector<std::uint8_t> scratch = std::vector<std::uint8_t>(PageSize);
    bool headerPresent = false; // main file: the header region exists on disk
    // What the pages are bound to (the header's file id; empty for format 1),
    // shared by the main file's journal and WAL.
    std::vector<std::uint8_t> pageBinding;
};

sqlite3_vfs *rootVfs()
{
    static sqlite3_vfs *root = sqlite3_vfs_find(nullptr);
    return root;
}

VpFile *asVp(sqlite3_file *f) { return reinterpret_cast<VpFile *>(f); }

int realWrite(VpFile *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (int rc = injectedFault(amount); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xWrite(f->real, data, amount, offset);
}

// ---- main database file -------------------------------------------------

using Role = PageCipher::Role;

int mainRead(VpFile *f, std::uint8_t *out, int amount, sqlite3_int64 offset)
{
    int result = SQLITE_OK;
    std::int64_t pos = offset;
    const std::int64_t end = offset + amount;
    while (pos < end) {
        const std::int64_t index = pos / PageSize;
        const std::int64_t pageStart = index * PageSize;
        const std::int64_t stop = std::min<std::int64_t>(end, pageStart + PageSize);
        // A whole-page read decrypts in the caller's buffer; a part of a page
        // (SQLite reads 100 bytes of page 1 on open) goes through the scratch page.
        const bool wholePage = pos == pageStart && stop == pageStart + std::int64_t(PageSize);
        std::uint8_t *page = wholePage ? out + (pos - offset) : f->scratch.data();
        int rc = f->real->pMethods->xRead(f->real, page, PageSize, pageStart + HeaderSize);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            sqlite3_int64 size = 0;
            if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK)
                return SQLITE_IOERR_READ;
            if (size > pageStart + std::int64_t(HeaderSize)) {
                // Part of a page: the file was cut in the middle of a page.
                f->context->lastBadPage = index + 1;
                return SQLITE_IOERR_DATA;
            }
            std::memset(out + (pos - offset), 0, stop - pos);
            result = SQLITE_IOERR_SHORT_READ;
        } else if (rc != SQLITE_OK) {
            return rc;
        } else {
            if (!f->cipher->open(Role::DatabasePage, std::uint64_t(index + 1), page)) {
                f->context->lastBadPage = index + 1;
                if (wholePage)
                    std::memset(page, 0, PageSize); // never hand SQLite unauthenticated bytes
                return SQLITE_IOERR_DATA;
            }
            if (!wholePage)
                std::memcpy(out + (pos - offset), page + (pos - pageStart), stop - pos);
        }
        pos = stop;
    }
    return result;
}

int ensureHeaderWritten(VpFile *f)
{
    if (f->headerPresent)
        return SQLITE_OK;
    const QByteArray header = f->context->newFileHeader();
    if (header.size() != qsizetype(HeaderSize))
        return SQLITE_IOERR_WRITE;
    int rc = realWrite(f, header.constData(), int(header.size()), 0);
    if (rc == SQLITE_OK)
        f->headerPresent = true;
    return rc;
}

int mainWrite(VpFile *f, const std::uint8_t *data, int amount, sqlite3_int64 offset)
{
    if (offset % PageSize != 0 || amount % PageSize != 0)
        return SQLITE_IOERR_WRITE; // SQLite writes whole pages to the database file
    if (int rc = ensureHeaderWritten(f); rc != SQLITE_OK)
        return rc;
    for (int done = 0; done < amount; done += PageSize) {
        const std::int64_t index = (offset + done) / PageSize;
        const std::uint8_t *plain = data + done;
        if (index == 0) {
            // Page 1 carries SQLite's header: page size and reserve must stay ours.
            const std::uint32_t pageSize = (std::uint32_t(plain[16]) << 8) | plain[17];
            if (pageSize != PageSize || plain[20] != ReserveBytes)
                return SQLITE_IOERR_WRITE;
        }
        if (!f->cipher->seal(Role::DatabasePage, std::uint64_t(index + 1), plain, f->scratch.data()))
            return SQLITE_IOERR_WRITE;
        if (int rc = realWrite(f, f->scratch.data(), PageSize, index * PageSize + HeaderSize); rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

// ---- rollback journal -----------------------------------------------------
// A journal record is a 4-byte page number, the page image, a 4-byte checksum.
// Journal headers start at multiples of the sector size (a multiple of 8), so
// page images, and nothing else of page size, start at offsets = 4 (mod 8).

bool isJournalImage(int amount, sqlite3_int64 offset)
{
    return amount == int(PageSize) && offset % 8 == 4;
}

int journalRead(VpFile *f, std::uint8_t *out, int amount, sqlite3_int64 offset)
{
    int rc = f->real->pMethods->xRead(f->real, out, amount, offset);
    if (rc != SQLITE_OK || !isJournalImage(amount, offset))
        return rc;
    if (!f->cipher->open(Role::JournalImage, std::uint64_t(offset), out)) {
        f->context->lastBadJournalOffset = offset;
        return SQLITE_IOERR_DATA;
    } // never play back a record we cannot authenticate
    return SQLITE_OK;
}

int journalWrite(VpFile *f, const std::uint8_t *data, int amount, sqlite3_int64 offset)
{
    if (!isJournalImage(amount, offset))
        return realWrite(f, data, amount, offset);
    if (!f->cipher->seal(Role::JournalImage, std::uint64_t(offset), data, f->scratch.data()))
        return SQLITE_IOERR_WRITE;
    return realWrite(f, f->scratch.data(), amount, offset);
}

// ---- WAL ------------------------------------------------------------------
// 32-byte header, then frames of a 24-byte header and one page. Only the pages
// are encrypted; frame headers hold page numbers, salts and checksums.

struct WalSegment
{
    std::int64_t start, stop; // the part of the request inside this segment
    std::int64_t pageStart;   // -1 for plaintext header bytes
};

WalSegment walSegment(std::int64_t pos, std::int64_t end)
{
    if (pos < WalHeaderSize)
        return {pos, std::min(end, WalHeaderSize), -1};
    const std::int64_t frameStart = pos - (pos - WalHeaderSize) % WalFrameSize;
    const std::int64_t pageStart = frameStart + WalFrameHeaderSize;
    if (pos < pageStart)
        return {pos, std::min(end, pageStart), -1};
    return {pos, std::min(end, pageStart + std::int64_t(PageSize)), pageStart};
}

int walRead(VpFile *f, std::uint8_t *out, int amount, sqlite3_int64 offset)
{
    // Recovery reads whole frames. A frame that fails to authenticate there is
    // a torn write at the end of the log: hand it back unchanged so that
    // SQLite's own checksum rejects it and recovery stops before it.
    const bool recoveryRead = amount == WalFrameSize && offset >= WalHeaderSize
                              && (offset - WalHeaderSize) % WalFrameSize == 0;
    int result = SQLITE_OK;
    const std::int64_t end = offset + amount;
    for (std::int64_t pos = offset; pos < end;) {
        const WalSegment seg = walSegment(pos, end);
        std::uint8_t *dest = out + (seg.start - offset);
        if (seg.pageStart < 0) {
            int rc = f->real->pMethods->xRead(f->real, dest, int(seg.stop - seg.start), seg.start);
            if (rc == SQLITE_IOERR_SHORT_READ)
                result = rc;
            else if (rc != SQLITE_OK)
                return rc;
        } else {
            std::uint8_t *page = f->scratch.data();
            int rc = f->real->pMethods->xRead(f->real, page, PageSize, seg.pageStart);
            if (rc == SQLITE_IOERR_SHORT_READ) {
                std::memset(dest, 0, seg.stop - seg.start);
                result = rc;
            } else if (rc != SQLITE_OK) {
                return rc;
            } else if (!f->cipher->open(Role::WalFrame, std::uint64_t(seg.pageStart), page)) {
                if (!recoveryRead) {
                    f->context->lastBadJournalOffset = seg.pageStart;
                    return SQLITE_IOERR_DATA;
                }
                // `page` still holds the bytes as read: pass them through.
            }
            if (rc == SQLITE_OK)
                std::memcpy(dest, page + (seg.start - seg.pageStart), seg.stop - seg.start);
        }
        pos = seg.stop;
    }
    return result;
}

int walWrite(VpFile *f, const std::uint8_t *data, int amount, sqlite3_int64 offset)
{
    const std::int64_t end = offset + amount;
    for (std::int64_t pos = offset; pos < end;) {
        const WalSegment seg = walSegment(pos, end);
        const std::uint8_t *src = data + (seg.start - offset);
        if (seg.pageStart < 0) {
            if (int rc = realWrite(f, src, int(seg.stop - seg.start), seg.start); rc != SQLITE_OK)
                return rc;
        } else {
            if (seg.start != seg.pageStart || seg.stop != seg.pageStart + std::int64_t(PageSize))
                return SQLITE_IOERR_WRITE; // SQLite writes whole pages into the log
            if (!f->cipher->seal(Role::WalFrame, std::uint64_t(seg.pageStart), src, f->scratch.data()))
                return SQLITE_IOERR_WRITE;
            if (int rc = realWrite(f, f->scratch.data(), PageSize, seg.pageStart); rc != SQLITE_OK)
                return rc;
        }
        pos = seg.stop;
    }
    return SQLITE_OK;
}

// ---- sqlite3_io_methods ---------------------------------------------------

int vpClose(sqlite3_file *file)
{
    VpFile *f = asVp(file);
    int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    f->~VpFile();
    return rc;
}

int vpRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    VpFile *f = asVp(file);
    auto *buf = static_cast<std::uint8_t *>(out);
    switch (f->kind) {
    case FileKind::Main: return mainRead(f, buf, amount, offset);
    case FileKind::Journal: return journalRead(f, buf, amount, offset);
    case FileKind::Wal: return walRead(f, buf, amount, offset);
    case FileKind::Other: break;
    }
    return f->real->pMethods->xRead(f->real, out, amount, offset);
}

int vpWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    VpFile *f = asVp(file);
    auto *buf = static_cast<const std::uint8_t *>(data);
    switch (f->kind) {
    case FileKind::Main: return mainWrite(f, buf, amount, offset);
    case FileKind::Journal: return journalWrite(f, buf, amount, offset);
    case FileKind::Wal: return walWrite(f, buf, amount, offset);
    case FileKind::Other: break;
    }
    return realWrite(f, data, amount, offset);
}

int vpTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    VpFile *f = asVp(file);
    if (f->kind == FileKind::Main) {
        if (!f->headerPresent)
            return size == 0 ? SQLITE_OK : SQLITE_IOERR_TRUNCATE;
        size += HeaderSize;
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

int vpSync(sqlite3_file *file, int flags) { return asVp(file)->real->pMethods->xSync(asVp(file)->real, flags); }

int vpFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    VpFile *f = asVp(file);
    int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc == SQLITE_OK && f->kind == FileKind::Main)
        *size = *size >= sqlite3_int64(HeaderSize) ? *size - sqlite3_int64(HeaderSize) : 0;
    return rc;
}

int vpLock(sqlite3_file *file, int lock) { return asVp(file)->real->pMethods->xLock(asVp(file)->real, lock); }
int vpUnlock(sqlite3_file *file, int lock) { return asVp(file)->real->pMethods->xUnlock(asVp(file)->real, lock); }
int vpCheckReservedLock(sqlite3_file *file, int *out)
{
    return asVp(file)->real->pMethods->xCheckReservedLock(asVp(file)->real, out);
}

bool isForbiddenPragma(const char *name, const char *value)
{
    if (!name)
        return false;
    if (sqlite3_stricmp(name, "page_size") == 0)
        return value != nullptr; // reading it is fine; changing it is not
    if (!value)
        return false;
    if (sqlite3_stricmp(name, "synchronous") == 0)
        return sqlite3_stricmp(value, "off") == 0 || sqlite3_stricmp(value, "0") == 0;
    if (sqlite3_stricmp(name, "journal_mode") == 0)
        return sqlite3_stricmp(value, "off") == 0 || sqlite3_stricmp(value, "memory") == 0;
    if (sqlite3_stricmp(name, "temp_store") == 0)
        return sqlite3_stricmp(value, "memory") != 0 && sqlite3_stricmp(value, "2") != 0;
    return false;
}

int vpFileControl(sqlite3_file *file, int op, void *arg)
{
    VpFile *f = asVp(file);
    switch (op) {
    case EncryptedVfs::IsEncrypted:
        return SQLITE_OK;
    case EncryptedVfs::WriteHeaderCopy: {
        if (f->kind != FileKind::Main || !f->headerPresent)
            return SQLITE_MISUSE;
        const auto *w = static_cast<const EncryptedVfs::HeaderCopyWrite *>(arg);
        if (w->index < 0 || w->index > 1)
            return SQLITE_MISUSE;
        int rc = realWrite(f, w->data, int(HeaderCopySize), sqlite3_int64(w->index) * HeaderCopySize);
        return rc == SQLITE_OK ? f->real->pMethods->xSync(f->real, SQLITE_SYNC_FULL) : rc;
    }
    case SQLITE_FCNTL_PRAGMA: {
        char **a = static_cast<char **>(arg);
        if (isForbiddenPragma(a[1], a[2])) {
            a[0] = sqlite3_mprintf("PRAGMA %s=%s is not allowed on an encrypted VanPhong file", a[1], a[2]);
            return SQLITE_ERROR;
        }
        break;
    }
    case SQLITE_FCNTL_MMAP_SIZE:
        // Memory-mapped reads would bypass decryption: keep them off.
        *static_cast<sqlite3_int64 *>(arg) = 0;
        return SQLITE_OK;
    case SQLITE_FCNTL_SIZE_HINT:
        if (f->kind == FileKind::Main) {
            sqlite3_int64 hint = *static_cast<sqlite3_int64 *>(arg) + HeaderSize;
            return f->real->pMethods->xFileControl(f->real, op, &hint);
        }
        break;
    case SQLITE_FCNTL_VFSNAME: {
        int rc = f->real->pMethods->xFileControl(f->real, op, arg);
        char **name = static_cast<char **>(arg);
        if (rc == SQLITE_OK && *name)
            *name = sqlite3_mprintf("%s/%z", EncryptedVfs::Name, *name);
        else
            *name = sqlite3_mprintf("%s", EncryptedVfs::Name);
        return SQLITE_OK;
    }
    default:
        break;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int vpSectorSize(sqlite3_file *file) { return asVp(file)->real->pMethods->xSectorSize(asVp(file)->real); }

int vpDeviceCharacteristics(sqlite3_file *file)
{
    // Our writes are not the atomic units the device would promise for its own.
    const int mask = SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K | SQLITE_IOCAP_ATOMIC2K
                     | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K | SQLITE_IOCAP_ATOMIC16K
                     | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K | SQLITE_IOCAP_BATCH_ATOMIC;
    return asVp(file)->real->pMethods->xDeviceCharacteristics(asVp(file)->real) & ~mask;
}

int vpShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    return asVp(file)->real->pMethods->xShmMap(asVp(file)->real, page, size, extend, out);
}
int vpShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return asVp(file)->real->pMethods->xShmLock(asVp(file)->real, offset, n, flags);
}
void vpShmBarrier(sqlite3_file *file) { asVp(file)->real->pMethods->xShmBarrier(asVp(file)->real); }
int vpShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return asVp(file)->real->pMethods->xShmUnmap(asVp(file)->real, deleteFlag);
}

// No memory mapping: SQLite falls back to xRead, which decrypts.
int vpFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int vpUnfetch(sqlite3_file *, sqlite3_int64, void *) { return SQLITE_OK; }

const sqlite3_io_methods g_ioMethods = {
    3, vpClose, vpRead, vpWrite, vpTruncate, vpSync, vpFileSize, vpLock, vpUnlock, vpCheckReservedLock,
    vpFileControl, vpSectorSize, vpDeviceCharacteristics, vpShmMap, vpShmLock, vpShmBarrier, vpShmUnmap,
    vpFetch, vpUnfetch,
};

// ---- sqlite3_vfs ----------------------------------------------------------

int openMainFile(VpFile *f, const char *name)
{
    f->context = KeyRegistry::find(sqlite3_uri_parameter(name, "kid"));
    if (!f->context)
        return SQLITE_CANTOPEN; // never open an office file without its key
    sqlite3_int64 size = 0;
    if (int rc = f->real->pMethods->xFileSize(f->real, &size); rc != SQLITE_OK)
        return rc;
    if (size == 0) {
        // A new file: the header is written with the first page, and its
        // file id is the one the pages are bound to.
        auto planned = FileHeader::parse(f->context->newFileHeader());
        if (!planned)
            return SQLITE_CANTOPEN;
        const auto binding = planned->header.pageBinding();
        f->pageBinding.assign(binding.begin(), binding.end());
        return SQLITE_OK;
    }
    if (size < sqlite3_int64(HeaderSize))
        return SQLITE_NOTADB;
    QByteArray region(HeaderSize, '\0');
    if (int rc = f->real->pMethods->xRead(f->real, region.data(), int(HeaderSize), 0); rc != SQLITE_OK)
        return rc;
    auto parsed = FileHeader::parse(region);
    // The file must belong to this key: its header MAC is keyed by the master key.
    if (!parsed || !FileHeader::verifyMac(parsed->chosenCopy, f->context->headerMacKey))
        return SQLITE_NOTADB;
    const auto binding = parsed->header.pageBinding();
    f->pageBinding.assign(binding.begin(), binding.end());
    f->headerPresent = true;
    return SQLITE_OK;
}

int vpOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *root = static_cast<sqlite3_vfs *>(vfs->pAppData);
    file->pMethods = nullptr;
    // Temporary and transient files would hold office data in plaintext; the
    // application keeps them in memory (temp_store=MEMORY), so refusing them
    // here only catches a mistake.
    const int forbidden = SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TRANSIENT_DB | SQLITE_OPEN_TEMP_JOURNAL
                          | SQLITE_OPEN_SUBJOURNAL;
    if (!name || (flags & forbidden))
        return SQLITE_CANTOPEN;

    auto *f = new (file) VpFile;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(VpFile));
    if (flags & SQLITE_OPEN_MAIN_DB)
        f->kind = FileKind::Main;
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL)
        f->kind = FileKind::Journal;
    else if (flags & SQLITE_OPEN_WAL)
        f->kind = FileKind::Wal;

    if (f->kind == FileKind::Journal || f->kind == FileKind::Wal) {
        sqlite3_file *main = sqlite3_database_file_object(name);
        if (!main || main->pMethods != &g_ioMethods) {
            f->~VpFile();
            return SQLITE_CANTOPEN;
        }
        f->context = asVp(main)->context;
        f->pageBinding = asVp(main)->pageBinding;
    }

    int rc = root->xOpen(root, name, f->real, flags, outFlags);
    if (rc == SQLITE_OK && f->kind == FileKind::Main)
        rc = openMainFile(f, name);
    if (rc == SQLITE_OK && f->context) {
        f->cipher = std::make_unique<PageCipher>(f->context->pageKey.view(), f->pageBinding);
        if (!f->cipher->isValid())
            rc = SQLITE_CANTOPEN;
    }
    if (rc != SQLITE_OK) {
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        f->~VpFile();
        return rc;
    }
    file->pMethods = &g_ioMethods;
    return SQLITE_OK;
}

sqlite3_vfs *rootOf(sqlite3_vfs *vfs) { return static_cast<sqlite3_vfs *>(vfs->pAppData); }

int vpDelete(sqlite3_vfs *v, const char *n, int s) { return rootOf(v)->xDelete(rootOf(v), n, s); }
int vpAccess(sqlite3_vfs *v, const char *n, int fl, int *o) { return rootOf(v)->xAccess(rootOf(v), n, fl, o); }
int vpFullPathname(sqlite3_vfs *v, const char *n, int sz, char *o) { return rootOf(v)->xFullPathname(rootOf(v), n, sz, o); }
void *vpDlOpen(sqlite3_vfs *, const char *) { return nullptr; } // no extension loading
void vpDlError(sqlite3_vfs *, int n, char *msg) { sqlite3_snprintf(n, msg, "extension loading is disabled"); }
void (*vpDlSym(sqlite3_vfs *, void *, const char *))(void) { return nullptr; }
void vpDlClose(sqlite3_vfs *, void *) {}
int vpRandomness(sqlite3_vfs *v, int n, char *o) { return rootOf(v)->xRandomness(rootOf(v), n, o); }
int vpSleep(sqlite3_vfs *v, int us) { return rootOf(v)->xSleep(rootOf(v), us); }
int vpCurrentTime(sqlite3_vfs *v, double *t) { return rootOf(v)->xCurrentTime(rootOf(v), t); }
int vpGetLastError(sqlite3_vfs *v, int n, char *o) { return rootOf(v)->xGetLastError ? rootOf(v)->xGetLastError(rootOf(v), n, o) : 0; }
int vpCurrentTimeInt64(sqlite3_vfs *v, sqlite3_int64 *t) { return rootOf(v)->xCurrentTimeInt64(rootOf(v), t); }

} // namespace

bool EncryptedVfs::ensureRegistered()
{
    static const bool registered = [] {
        sqlite3_initialize();
        sqlite3_vfs *root = rootVfs();
        if (!root || root->iVersion < 2)
            return false;
        static sqlite3_vfs vfs{};
        vfs.iVersion = 2;
        vfs.szOsFile = int(sizeof(VpFile)) + root->szOsFile;
        vfs.mxPathname = root->mxPathname;
        vfs.zName = Name;
        vfs.pAppData = root;
        vfs.xOpen = vpOpen;
        vfs.xDelete = vpDelete;
        vfs.xAccess = vpAccess;
        vfs.xFullPathname = vpFullPathname;
        vfs.xDlOpen = vpDlOpen;
        vfs.xDlError = vpDlError;
        vfs.xDlSym = vpDlSym;
        vfs.xDlClose = vpDlClose;
        vfs.xRandomness = vpRandomness;
        vfs.xSleep = vpSleep;
        vfs.xCurrentTime = vpCurrentTime;
        vfs.xGetLastError = vpGetLastError;
        vfs.xCurrentTimeInt64 = vpCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    }();
    return registered;
}

void EncryptedVfs::setWriteFault(WriteFault fault)
{
    std::lock_guard lock(g_faultMutex);
    g_writeFault = std::move(fault);
}

} // namespace vanphong::storage
