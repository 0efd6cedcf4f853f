// What a user with the documented format, his own password and a few tools can
// do to the office file, and what the file catches (issue 11's review cases).
#include "InsiderTool.h"
#include "TestSupport.h"

#include "storage/FileFormat.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::test;
namespace format = storage::format;

namespace {
void fillNotes(storage::Database &db, int rows)
{
    execOrFail(db, QStringLiteral("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)"));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    q.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("Công văn số %1 về việc chuẩn bị hội nghị").arg(i).repeated(3));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

qint64 pageOffset(int page) { return qint64(format::HeaderSize) + qint64(page - 1) * format::PageSize; }
} // namespace

TEST_CASE("a format-1 file opens, is rewritten in the current format, and keeps everything")
{
    QTemporaryDir dir;
    const QString made = dir.filePath(QStringLiteral("made.vpdb"));
    {
        auto db = createDatabase(made);
        fillNotes(*db, 300);
    }
    // The same data as an earlier release wrote it: pages not bound to the file id.
    auto tool = InsiderTool::unlock(made, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"));
    REQUIRE(tool);
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    REQUIRE(tool->decryptTo(plain));
    tool->header.version = 1;
    const QString old = dir.filePath(QStringLiteral("old.vpdb"));
    REQUIRE(tool->encryptFrom(plain, old));
    REQUIRE(storage::Database::inspect(old)->formatVersion == 1);

    {
        auto db = openDatabase(old);
        REQUIRE(countRows(*db, QStringLiteral("notes")) == 300);
        const auto report = db->verify();
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok);
        REQUIRE(db->fileId() == QByteArray(reinterpret_cast<const char *>(tool->header.fileId.data()), 16));
    }
    REQUIRE(storage::Database::inspect(old)->formatVersion == format::Version);
    // Pages written under format 1 are gone: the upgrade rewrote every one.
    auto again = InsiderTool::unlock(old, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"));
    REQUIRE(again);
    REQUIRE(again->header.version == format::Version);
    REQUIRE(again->decryptTo(dir.filePath(QStringLiteral("plain2.sqlite"))));
}

TEST_CASE("pages spliced in from a backup made under the same key are named by verify")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.vpdb"));
    const QString office = dir.filePath(QStringLiteral("office.vpdb"));
    const QString backup = dir.filePath(QStringLiteral("backup.vpdb"));
    {
        auto db = createDatabase(source);
        fillNotes(*db, 400);
        // Two copies of one state: the same pages in the same places, same key.
        REQUIRE(db->backupTo(office));
        REQUIRE(db->backupTo(backup));
    }
    QByteArray officeBytes = readAll(office);
    const QByteArray backupBytes = readAll(backup);
    REQUIRE(officeBytes.size() == backupBytes.size());
    const int pages = int((officeBytes.size() - qint64(format::HeaderSize)) / format::PageSize);
    REQUIRE(pages > 20);
    const int first = pages - 13 + 1;
    for (int page = first; page <= pages; ++page)
        officeBytes.replace(pageOffset(page), format::PageSize, backupBytes.mid(pageOffset(page), format::PageSize));
    writeAll(office, officeBytes);

    auto db = openDatabase(office);
    const auto report = db->verify();
    REQUIRE_FALSE(report.ok);
    for (int page = first; page <= pages; ++page)
        REQUIRE(report.problems.contains(QStringLiteral("Page %1 of the file is damaged or has been altered.").arg(page)));
}
