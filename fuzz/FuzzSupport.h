#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string_view>

// Shared by the fuzz targets (docs/FUZZING.md): fixed keys, so that committed
// inputs sealed under them stay authentic from run to run, and the seed mode
// that writes those inputs.
namespace vanphong::fuzz {

// A key that is the same in every run: HKDF of a constant, by purpose
// ("master", "page", "header"). Never a key of a real file.
crypto::SecureBytes fixedKey(std::string_view purpose);

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Parts of one input separated by PartSeparator (the XLSX target puts each
// part in its own ZIP entry): text mutations keep the parts apart.
inline constexpr const char *PartSeparator = "\n--vanphong-part--\n";
QList<QByteArray> splitParts(const QByteArray &input);
QByteArray joinParts(const QList<QByteArray> &parts);

// Seed mode: when VANPHONG_FUZZ_SEEDS names a folder, a target's
// LLVMFuzzerInitialize writes its seed inputs there and the process exits
// (scripts/fuzz --seeds TARGET). Returns that folder, or an empty string.
QString seedFolder();
void writeSeed(const QString &folder, const QString &name, const QByteArray &bytes);
[[noreturn]] void seedsWritten(const QString &folder, int count);

// A finding that is not a crash by itself (a broken invariant): abort so that
// libFuzzer keeps the input.
[[noreturn]] void fail(const char *what);

} // namespace vanphong::fuzz
