#include "ProfileCrossCheck.h"

#include "OfficeProfile.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::office {

QStringList ProfileCrossCheck::mismatches(storage::Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT new_values, id FROM audit_log WHERE table_name = 'office_profile' ORDER BY id DESC LIMIT 1")))
        return {db.errorFor(q.lastError()).message};
    if (!q.next())
        return {};
    const QJsonObject logged = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const qint64 entry = q.value(1).toLongLong();
    QHash<QString, QString> rows;
    if (!q.exec(QStringLiteral("SELECT key, value FROM office_profile")))
        return {db.errorFor(q.lastError()).message};
    while (q.next())
        rows.insert(q.value(0).toString(), q.value(1).toString());
    QStringList found;
    for (const QString &key : OfficeProfile::keys()) {
        if (!logged.contains(key))
            continue;
        QString inRow = rows.value(key); // a row taken away reads as empty, as ProfileStore::load reads it
        // Deputies are kept one per line and logged as the profile shows them.
        if (key == QLatin1String("deputies"))
            inRow.replace(QLatin1Char('\n'), QLatin1String("; "));
        const QString inLog = logged.value(key).toString();
        if (inRow != inLog)
            found << tr("The office profile's \"%1\" is \"%2\", but the audit log's latest entry for the profile (%3) says \"%4\": "
                        "it was changed outside the application, or copied back from an older copy of the file.")
                         .arg(key, inRow).arg(entry).arg(inLog);
    }
    return found;
}

} // namespace vanphong::office
