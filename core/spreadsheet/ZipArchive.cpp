#include "ZipArchive.h"

#include <zip.h>

#include <algorithm>

namespace vanphong::spreadsheet {

struct ZipArchive::Archive
{
    QByteArray bytes; // libzip reads from here: kept alive and unchanged as long as `zip`
    zip_t *zip = nullptr;
    ~Archive()
    {
        if (zip)
            zip_discard(zip); // read-only: nothing to write back
    }
};

std::optional<ZipArchive> ZipArchive::read(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bytes.size() < 22 || !bytes.startsWith("PK\x03\x04"))
        return fail(tr("The file is not a spreadsheet workbook (no ZIP container)."));
    auto archive = std::make_shared<Archive>();
    archive->bytes = bytes;
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source = zip_source_buffer_create(archive->bytes.constData(), zip_uint64_t(archive->bytes.size()), 0, &zerr);
    if (source)
        archive->zip = zip_open_from_source(source, ZIP_RDONLY, &zerr);
    zip_error_fini(&zerr);
    if (!archive->zip) {
        if (source)
            zip_source_free(source);
        return fail(tr("The workbook is damaged: its table of contents is missing or unreadable."));
    }
    ZipArchive result;
    const zip_int64_t count = zip_get_num_entries(archive->zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive->zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE))
            return fail(tr("The workbook is damaged: entry %1 of its table of contents is unreadable.").arg(i + 1));
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return fail(tr("The workbook is protected with a password; save it without one and try again."));
        result.m_index.append({QString::fromUtf8(st.name), zip_uint64_t(i), st.size});
    }
    result.m_archive = std::move(archive);
    return result;
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
    // Refused on the size the directory declares, before anything is inflated.
    if (it->size > quint64(MaxEntrySize))
        return fail(tr("The part \"%1\" of the workbook is larger than %2 MB; it is not imported.").arg(name).arg(MaxEntrySize >> 20));
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_archive->zip, it->index, 0, &st) == 0 && (st.valid & ZIP_STAT_COMP_METHOD)
        && st.comp_method != ZIP_CM_STORE && st.comp_method != ZIP_CM_DEFLATE)
        return fail(tr("The part \"%1\" of the workbook uses a compression VanPhong does not read.").arg(name));
    zip_file_t *file = zip_fopen_index(m_archive->zip, it->index, 0);
    if (!file)
        return fail(tr("The workbook is damaged: the part \"%1\" cannot be found.").arg(name));
    // One byte more than declared: a part that inflates beyond its size is
    // damaged, and reading to the end is what makes libzip check the CRC.
    QByteArray data(qsizetype(it->size) + 1, Qt::Uninitialized);
    qint64 filled = 0;
    bool ok = true;
    while (filled < data.size()) {
        const zip_int64_t n = zip_fread(file, data.data() + filled, zip_uint64_t(data.size() - filled));
        if (n < 0) {
            ok = false;
            break;
        }
        if (n == 0)
            break;
        filled += n;
    }
    zip_fclose(file);
    if (!ok || filled != qint64(it->size))
        return fail(tr("The workbook is damaged: the part \"%1\" fails its checksum.").arg(name));
    data.truncate(filled);
    return data;
}

QByteArray ZipArchive::write(const QList<Entry> &entries)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    // An archive in memory: libzip writes into `buffer`, kept after zip_close to be read back.
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zerr);
    zip_t *zip = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &zerr) : nullptr;
    zip_error_fini(&zerr);
    if (!zip) {
        if (buffer)
            zip_source_free(buffer);
        return {};
    }
    zip_source_keep(buffer);
    bool ok = true;
    for (const Entry &e : entries) {
        // The data stays in `entries` until zip_close, which is when libzip reads it.
        zip_source_t *part = zip_source_buffer(zip, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t index = part ? zip_file_add(zip, e.name.toUtf8().constData(), part, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (part)
                zip_source_free(part);
            ok = false;
            break;
        }
        if (zip_set_file_compression(zip, zip_uint64_t(index), e.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6) != 0)
            ok = false;
    }
    // zip_close frees the handle only when it succeeds.
    if (!ok || zip_close(zip) != 0) {
        zip_discard(zip);
        zip_source_free(buffer);
        return {};
    }
    QByteArray out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(st.size));
        if (zip_source_read(buffer, out.data(), st.size) != zip_int64_t(st.size))
            out.clear();
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

} // namespace vanphong::spreadsheet
