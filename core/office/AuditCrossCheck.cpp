#include "AuditCrossCheck.h"

#include "FileKindCheck.h"

#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace vanphong::office {

namespace {
// A table whose every change is logged with the row's fields as JSON.
struct Audited
{
    const char *table;
    const char *key;           // the column the log's record_id names
    QList<QPair<QString, QString>> fields; // JSON key in the log, column in the row
    bool everyRowLogged;       // a row without any log entry is a finding
};

QPair<QString, QString> same(const char *name) { return {QString::fromLatin1(name), QString::fromLatin1(name)}; }

const Audited &users()
{
    static const Audited a{"users", "login", {same("role"), same("clearance"), same("disabled")}, true};
    return a;
}

QList<Audited> audited()
{
    // Register lines imported from an old register may carry one summary entry
    // only: they are compared when they have an entry of their own.
    // A line's secrecy lowered with a tool would show its excerpt to readers
    // below it: `secret` is compared with the row's confidentiality.
    const QPair<QString, QString> secrecy{QStringLiteral("secret"), QStringLiteral("confidentiality")};
    return {users(),
            {"incoming_documents", "id", {same("status"), same("assignee"), same("sender"), same("symbol"), same("excerpt"), secrecy}, false},
            {"outgoing_documents", "id", {same("status"), same("symbol"), same("excerpt"), same("signer"), secrecy}, false}};
}

struct Logged
{
    QString action;
    QJsonObject values;
    qint64 entry = 0;
};

QString text(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QString text(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}
} // namespace

QStringList AuditCrossCheck::mismatches(storage::Database &db)
{
    QStringList found = FileKindCheck::mismatches(db);
    for (const Audited &a : audited()) {
        const QString table = QString::fromLatin1(a.table);
        // The newest entry of each row (audit_by_record indexes table and record).
        QHash<QString, Logged> latest;
        QSqlQuery log(db.sql());
        log.setForwardOnly(true);
        log.prepare(QStringLiteral("SELECT record_id, action, new_values, id FROM audit_log WHERE table_name = ? ORDER BY id"));
        log.addBindValue(table);
        if (!log.exec()) {
            found << db.errorFor(log.lastError()).message;
            continue;
        }
        while (log.next()) {
            Logged &l = latest[log.value(0).toString()];
            l.action = log.value(1).toString();
            l.values = QJsonDocument::fromJson(log.value(2).toString().toUtf8()).object();
            l.entry = log.value(3).toLongLong();
        }
        QSqlQuery rows(db.sql());
        rows.setForwardOnly(true);
        QStringList columns;
        for (const auto &field : a.fields)
            columns << field.second;
        if (!rows.exec(QStringLiteral("SELECT %1, %2 FROM %3").arg(QString::fromLatin1(a.key), columns.join(QStringLiteral(", ")), table))) {
            found << db.errorFor(rows.lastError()).message;
            continue;
        }
        QSet<QString> seen;
        while (rows.next()) {
            const QString key = rows.value(0).toString();
            seen.insert(key);
            const auto it = latest.constFind(key);
            if (it == latest.cend()) {
                if (a.everyRowLogged)
                    found << tr("Row \"%1\" of %2 was written without any audit log entry.").arg(key, table);
                continue;
            }
            if (it->action == QLatin1String("delete")) {
                found << tr("Row \"%1\" of %2 exists, but the audit log's entry %3 removed it.").arg(key, table).arg(it->entry);
                continue;
            }
            for (int i = 0; i < a.fields.size(); ++i) {
                const QString &field = a.fields[i].second;
                if (!it->values.contains(a.fields[i].first))
                    continue;
                const QString inRow = text(rows.value(i + 1));
                const QString inLog = text(it->values.value(a.fields[i].first));
                if (inRow != inLog)
                    found << tr("Row \"%1\" of %2 has %3 = \"%4\", but the audit log's latest entry for it (%5) says \"%6\": "
                                "the row was changed outside the application, or copied back from an older copy of the file.")
                                 .arg(key, table, field, inRow).arg(it->entry).arg(inLog);
            }
        }
        if (a.everyRowLogged)
            for (auto it = latest.cbegin(); it != latest.cend(); ++it)
                if (!seen.contains(it.key()) && it->action != QLatin1String("delete"))
                    found << tr("Row \"%1\" of %2 is missing, but the audit log never removed it.").arg(it.key(), table);
    }
    return found;
}

} // namespace vanphong::office
