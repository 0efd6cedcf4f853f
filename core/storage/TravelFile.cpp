#include "TravelFile.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace vanphong::storage {

Status TravelFile::copyRows(Database &from, Database &to, const QString &table, const QString &where, const QVariantList &bound)
{
    QSqlQuery read(from.sql());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where));
    for (const QVariant &v : bound)
        read.addBindValue(v);
    if (!read.exec())
        return from.errorFor(read.lastError());
    QSqlQuery write(to.sql());
    bool prepared = false;
    while (read.next()) {
        const QSqlRecord record = read.record();
        if (!prepared) {
            QStringList names, marks;
            for (int i = 0; i < record.count(); ++i) {
                names << record.fieldName(i);
                marks << QStringLiteral("?");
            }
            write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QLatin1String(", ")),
                                                                                 marks.join(QLatin1String(", "))));
            prepared = true;
        }
        for (int i = 0; i < record.count(); ++i)
            write.addBindValue(record.value(i));
        if (!write.exec())
            return to.errorFor(write.lastError());
    }
    return Ok{};
}

Status TravelFile::putMeta(Database &db, const QString &key, const QVariant &value)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return db.errorFor(q.lastError());
    return Ok{};
}

Result<std::unique_ptr<Database>> TravelFile::open(const QString &path, const QByteArray &password, DatabaseOptions options)
{
    const auto info = Database::inspect(path);
    if (!info)
        return info.error();
    options.migrate = false;
    options.backupBeforeMigration = false;
    for (const QString &login : info->logins) {
        auto opened = Database::open(path, login, password, options);
        if (opened)
            return std::move(opened.value());
        if (opened.error().kind != StorageError::Kind::WrongCredentials)
            return opened.error();
    }
    return StorageError::make(StorageError::Kind::WrongCredentials, QString());
}

void TravelFile::remove(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace vanphong::storage
