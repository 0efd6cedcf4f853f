#include "SecretFile.h"

#include "AccessControl.h"
#include "documents/DocumentMarks.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/MetaValue.h"
#include "storage/Transaction.h"

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
}

bool SecretFile::isSecretFile(storage::Database &db)
{
    return storage::metaValue(db, KindKey).toString() == QLatin1String("secret");
}

storage::Status SecretFile::mark(storage::Database &db, bool forSecrets)
{
    QSqlQuery q(db.sql());
    // INSERT, never REPLACE: a file's kind does not change after it is made.
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(KindKey);
    q.addBindValue(forSecrets ? QStringLiteral("secret") : QStringLiteral("ordinary"));
    if (!q.exec())
        return db.errorFor(q.lastError());
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
