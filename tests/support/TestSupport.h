#pragma once

#include "documents/IncomingDocument.h"
#include "office/OfficeSession.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QSqlDatabase>

#include <functional>
#include <QTemporaryDir>

#include <memory>

namespace vanphong::test {

// scrypt cost for tests: the parameters live in each slot, so production code
// opens these files through the same path as real ones.
storage::DatabaseOptions cheapOptions();

// Creates a file with user "chanh" / password "mat-khau-1".
std::unique_ptr<storage::Database> createDatabase(const QString &path, QString *recoveryCode = nullptr);
std::unique_ptr<storage::Database> openDatabase(const QString &path, const QString &login = QStringLiteral("chanh"),
                                                const QByteArray &password = QByteArrayLiteral("mat-khau-1"));

QByteArray fileSha256(const QString &path);
// Runs statements on a plain SQLite file (InsiderTool::decryptTo), as an insider's tool would.
void editPlain(const QString &plainPath, const QStringList &statements);
// Hands the plain SQLite file to `edit` as an open connection.
void withPlain(const QString &plainPath, const std::function<void(QSqlDatabase &)> &edit);
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &data);
void flipByte(const QString &path, qint64 offset);
// Runs one statement and fails the test if it fails.
void execOrFail(storage::Database &db, const QString &sql);
int countRows(storage::Database &db, const QString &table);
// The users-table row that the core's permission checks read, for files made
// with createDatabase (which writes key slots only).
void addUserRow(storage::Database &db, const QString &login, const QString &role, int clearance = 3);

// An office of a commune committee with its chief "chanhvp" (profile valid).
office::OfficeSession::NewOffice sampleOffice();

// A letter from the provincial organisation board, received 20/11/2026, of `level`.
documents::IncomingDocument sampleIncoming(documents::Confidentiality level, const QString &excerpt);

// A user added by `chief` as if they had already chosen `password`, signed in.
std::unique_ptr<office::OfficeSession> addSignedInUser(office::OfficeSession &chief, const QString &login, office::Role role,
                                                       office::Clearance clearance, const QByteArray &password);

// An office (sampleOffice, chief password "chanh-2026") whose last 40
// incoming lines are committed in its WAL, not checkpointed, with one byte
// flipped in a frame in the middle of the log. Returns that frame (1-based).
qint64 officeWithDamagedWal(const QString &path);

} // namespace vanphong::test
