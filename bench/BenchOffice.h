#pragma once

#include "crypto/Kdf.h"
#include "office/OfficeSession.h"

#include <QFile>
#include <QString>

#include <cstdio>

// What the benchmarks share: a failure said on stderr (exit code 4), and a
// commune committee's office file made afresh at `path` with cheap key
// derivation (the slot's parameters, not a special path of the code), its
// chief "bench" / "bench-2026".
inline int benchFailed(const char *what, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(message));
    return 4;
}

inline vanphong::storage::Result<vanphong::office::OfficeSession::Created> createBenchOffice(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    vanphong::storage::DatabaseOptions cheap;
    cheap.kdf = vanphong::crypto::ScryptParams{10, 8, 1};
    vanphong::office::OfficeSession::NewOffice newOffice;
    newOffice.profile.organisationName = QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ");
    newOffice.profile.committeeName = QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ");
    newOffice.profile.issuerAbbreviation = QStringLiteral("ĐU");
    newOffice.profile.placeName = QStringLiteral("Tân Phú");
    newOffice.chief.login = QStringLiteral("bench");
    return vanphong::office::OfficeSession::create(path, newOffice, "bench-2026", cheap); // 8 characters at least (PasswordPolicy)
}
