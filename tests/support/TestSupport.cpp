#include "TestSupport.h"

#include "documents/IncomingRegister.h"
#include "office/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace vanphong::test {

storage::DatabaseOptions cheapOptions()
{
    storage::DatabaseOptions o;
    o.kdf = crypto::ScryptParams{10, 8, 1};
    return o;
}

std::unique_ptr<storage::Database> createDatabase(const QString &path, QString *recoveryCode)
{
    auto db = storage::Database::create(path, QStringLiteral("chanh"), QByteArrayLiteral("mat-khau-1"), recoveryCode,
                                        cheapOptions());
    if (!db)
        FAIL("create failed: " << db.error().message.toStdString());
    return std::move(db.value());
}

std::unique_ptr<storage::Database> openDatabase(const QString &path, const QString &login, const QByteArray &password)
{
    auto db = storage::Database::open(path, login, password, cheapOptions());
    if (!db)
        FAIL("open failed: " << db.error().message.toStdString());
    return std::move(db.value());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

QByteArray fileSha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

void withPlain(const QString &plainPath, const std::function<void(QSqlDatabase &)> &edit)
{
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("insider"));
        plain.setDatabaseName(plainPath);
        REQUIRE(plain.open());
        edit(plain);
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("insider"));
}

void editPlain(const QString &plainPath, const QStringList &statements)
{
    withPlain(plainPath, [&](QSqlDatabase &plain) {
        QSqlQuery q(plain);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
    });
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(char(c ^ 0x5a)));
}

void execOrFail(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
}

int countRows(storage::Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        FAIL("count " << table.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0).toInt();
}

void addUserRow(storage::Database &db, const QString &login, const QString &role, int clearance)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO users (login, role, clearance, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00')"));
    q.addBindValue(login);
    q.addBindValue(role);
    q.addBindValue(clearance);
    if (!q.exec())
        FAIL("add user " << login.toStdString() << ": " << q.lastError().text().toStdString());
}

office::OfficeSession::NewOffice sampleOffice()
{
    office::OfficeSession::NewOffice o;
    o.profile.organisationName = QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ");
    o.profile.committeeName = QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"); // the issuing body, printed in bold
    o.profile.issuerAbbreviation = QStringLiteral("ĐU");
    o.profile.placeName = QStringLiteral("Tân Phú");
    o.chief.login = QStringLiteral("chanhvp");
    o.chief.fullName = QStringLiteral("Nguyễn Thị Hoa");
    o.profile.chiefName = o.chief.fullName; // the Chánh Văn phòng, who signs the invitations (T/L)
    // The tests keep secret content in it: the secret file of a standalone computer.
    o.forSecrets = true;
    return o;
}

documents::IncomingDocument sampleIncoming(documents::Confidentiality level, const QString &excerpt)
{
    documents::IncomingDocument d;
    d.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    d.sender = QStringLiteral("Ban Tổ chức Tỉnh ủy");
    d.symbol = documents::DocumentSymbol::parse(QStringLiteral("15-CV/BTCTU"));
    d.documentDate = QDate(2026, 11, 18);
    d.typeCode = QStringLiteral("CV");
    d.excerpt = excerpt;
    d.confidentiality = level;
    return d;
}

std::unique_ptr<office::OfficeSession> addSignedInUser(office::OfficeSession &chief, const QString &login, office::Role role,
                                                       office::Clearance clearance, const QByteArray &password)
{
    office::UserAccount u;
    u.login = login;
    u.fullName = login;
    u.role = role;
    u.clearance = clearance;
    if (auto added = chief.addUser(u, password); !added)
        FAIL("add " << login.toStdString() << ": " << added.error().message.toStdString());
    auto row = office::UserDirectory(chief.database()).find(login);
    REQUIRE(row);
    row->mustChangePassword = false;
    REQUIRE(office::UserDirectory(chief.database()).update(*row, chief.actor()));
    auto opened = office::OfficeSession::open(chief.database().path(), login, password, cheapOptions());
    if (!opened)
        FAIL("open as " << login.toStdString() << ": " << opened.error().message.toStdString());
    return std::move(opened.value());
}

qint64 officeWithDamagedWal(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        auto &session = *created->session;
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(session.database().sql()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        documents::IncomingRegister incoming(session.database(), session.user(), session.actor());
        for (int i = 0; i < 40; ++i)
            REQUIRE(incoming.add(sampleIncoming(documents::Confidentiality::Normal,
                                                QStringLiteral("Về việc chuẩn bị hội nghị số %1 ").arg(i).repeated(20))));
        REQUIRE(sqlite3_db_config(session.database().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
    }
    const qint64 frameSize = 24 + 4096;
    const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
    REQUIRE(frames > 20);
    flipByte(wal, 32 + (frames / 2) * frameSize + 24 + 77);
    return frames / 2 + 1;
}

} // namespace vanphong::test
