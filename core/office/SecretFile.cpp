#include "SecretFile.h"

#include "AccessControl.h"
#include "documents/DocumentMarks.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MetaValue.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace vanphong::office {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const QString KindKey = QStringLiteral("file.kind");

QString kindJson(const QString &kind)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("kind"), kind}}).toJson(QJsonDocument::Compact));
}
} // namespace

const QString SecretFile::LogTable = QStringLiteral("file");
const QString SecretFile::LogRecord = QStringLiteral("file.kind");

bool SecretFile::isSecretFile(storage::Database &db)
{
    return storage::metaValue(db, KindKey).toString() == QLatin1String("secret");
}

QString SecretFile::kindOf(storage::Database &db)
{
    return isSecretFile(db) ? QStringLiteral("secret") : QStringLiteral("ordinary");
}

storage::Status SecretFile::mark(storage::Database &db, bool forSecrets, const QString &actor)
{
    const QString kind = forSecrets ? QStringLiteral("secret") : QStringLiteral("ordinary");
    storage::Transaction t(db.sql());
    QSqlQuery q(db.sql());
    // INSERT, never REPLACE: a file's kind does not change after it is made.
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(KindKey);
    q.addBindValue(kind);
    if (!t.isActive() || !q.exec())
        return db.errorFor(q.lastError());
    storage::AuditLog log(db);
    if (!log.append({actor, LogTable, LogRecord, QStringLiteral("kind"), {}, kindJson(kind)}) || !t.commit())
        return db.errorFor(db.sql().lastError());
    return storage::Ok{};
}

storage::Status SecretFile::adoptKind(storage::Database &db, const QString &actor)
{
    if (db.isReadOnly())
        return storage::Ok{};
    {
        // Looked up before any write lock: nearly every sign-in stops here.
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE table_name = ? AND record_id = ? LIMIT 1"));
        q.addBindValue(LogTable);
        q.addBindValue(LogRecord);
        if (!q.exec())
            return db.errorFor(q.lastError());
        if (q.next())
            return storage::Ok{};
    }
    // What the file is taken for now is what it stays; FileKindCheck still
    // weighs this against what the log held before this entry.
    storage::Transaction t(db.sql());
    storage::AuditLog log(db);
    if (!t.isActive() || !log.append({actor, LogTable, LogRecord, QStringLiteral("kind-adopted"), {}, kindJson(kindOf(db))})
        || !t.commit())
        return db.errorFor(db.sql().lastError());
    return storage::Ok{};
}

storage::Status SecretFile::mayHold(storage::Database &db, Clearance level, const QString &what)
{
    if (level == Clearance::Normal || isSecretFile(db))
        return storage::Ok{};
    return StorageError::make(K::Forbidden,
                              tr("This is the ordinary office file: %1 of a %2 document is kept only in the secret file, on the "
                                 "office's standalone computer (Law on Protection of State Secrets, article 5). Here, register "
                                 "its number, date, sender, symbol and mark only.")
                                  .arg(what, documents::DocumentMarks::confidentialityName(level)));
}

QStringList SecretFile::connectedInterfaces()
{
    QStringList names;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        const auto flags = i.flags();
        if (flags.testFlag(QNetworkInterface::IsLoopBack) || !flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        names << (i.humanReadableName().isEmpty() ? i.name() : i.humanReadableName());
    }
    return names;
}

storage::Status SecretFile::confirmStandalone(storage::Database &db, const QString &actor, const QStringList &interfaces)
{
    if (auto allowed = AccessControl::require(db, Permission::MaintainFile); !allowed)
        return allowed;
    storage::Transaction t(db.sql());
    storage::AuditLog log(db);
    if (!t.isActive()
        || !log.append({actor, QStringLiteral("file"), QSysInfo::machineHostName(), QStringLiteral("standalone-confirmed"), {},
                        interfaces.join(QLatin1String(", "))})
        || !t.commit())
        return db.errorFor(db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::office
