#include "FuzzSupport.h"

#include "crypto/Kdf.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace vanphong::fuzz {

crypto::SecureBytes fixedKey(std::string_view purpose)
{
    static const std::uint8_t constant[32] = {'v', 'a', 'n', 'p', 'h', 'o', 'n', 'g', '-', 'f', 'u', 'z', 'z'};
    return crypto::Kdf::hkdf(constant, purpose);
}

QList<QByteArray> splitParts(const QByteArray &input)
{
    QList<QByteArray> parts;
    const QByteArray separator(PartSeparator);
    qsizetype from = 0;
    for (qsizetype at; (at = input.indexOf(separator, from)) >= 0; from = at + separator.size())
        parts << input.mid(from, at - from);
    parts << input.mid(from);
    return parts;
}

QByteArray joinParts(const QList<QByteArray> &parts)
{
    return parts.join(QByteArray(PartSeparator));
}

QString seedFolder()
{
    return qEnvironmentVariable("VANPHONG_FUZZ_SEEDS");
}

void writeSeed(const QString &folder, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(folder);
    QFile file(folder + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("cannot write a seed");
}

void seedsWritten(const QString &folder, int count)
{
    std::fprintf(stderr, "%d seeds written to %s\n", count, qPrintable(folder));
    std::exit(0);
}

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace vanphong::fuzz
