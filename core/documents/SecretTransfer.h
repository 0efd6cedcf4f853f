#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace vanphong::office { class OfficeSession; }

namespace vanphong::documents {

// Moving register lines from the ordinary file to the secret file (issue 9,
// Luật Bảo vệ bí mật nhà nước 2018, Điều 5). On the networked computer the
// ordinary file keeps only the register line of a Mật or higher document;
// the secret file, on the standalone computer, keeps the secret registers in
// full. The clerk exports the secret lines not moved before into a small
// encrypted file (its own password), carries it on removable media, and
// brings it into the secret file, where the excerpts are filled in.
//
// Numbering: the ordinary file is where mail arrives and is numbered; a line
// keeps its number (its year and secret series) in the secret file. A line
// already there with the same sender, symbol and date is skipped; a different
// line under the same number stops the whole transfer, named. Each transfer
// is recorded (audit log and `secret_transfers`) on both sides, each line is
// exported once, and a transfer file is received once, from one ordinary file.
class SecretTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(SecretTransfer)
public:
    static QString fileSuffix() { return QStringLiteral("vpchuyen"); }

    // `transferOptions`: the key derivation cost for transfer files (tests pass cheap ones).
    explicit SecretTransfer(office::OfficeSession &session, storage::DatabaseOptions transferOptions = {});

    struct Exported
    {
        QString id;
        int incoming = 0;
        int outgoing = 0;
    };
    // On the ordinary file: the Mật and higher lines of both registers not
    // exported before go into a new transfer file at `path`.
    [[nodiscard]] storage::Result<Exported> exportLines(const QString &path, const QByteArray &password);

    struct Received
    {
        QString id;
        QString exportedBy;
        QDateTime exportedAt;
        int incoming = 0;        // lines brought in
        int outgoing = 0;
        int alreadyHere = 0;     // the same line was in the secret file already
        QStringList toComplete;  // lines brought in without their excerpt, as "12/2026 (mật)" or a symbol
    };
    // On the secret file: checks the transfer file and brings its lines in,
    // all or nothing; `dryRun` checks and writes nothing.
    [[nodiscard]] storage::Result<Received> receive(const QString &path, const QByteArray &password, bool dryRun);

private:
    office::OfficeSession &m_session;
    storage::DatabaseOptions m_transferOptions;
};

} // namespace vanphong::documents
