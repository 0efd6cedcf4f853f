#include "FileKindCheck.h"

#include "SecretFile.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::office {

namespace {
QString kindName(const QString &kind)
{
    return kind == QLatin1String("secret") ? FileKindCheck::tr("the secret file") : FileKindCheck::tr("an ordinary file");
}

// The first entry before `before` (0: the whole log) that only a file of the
// other kind than `kind` writes, or 0.
storage::Result<qint64> evidenceAgainst(storage::Database &db, const QString &kind, qint64 before)
{
    // Only the secret file keeps a Mật or higher line's excerpt (SecretFile::mayHold),
    // receives transfers, or is confirmed to be on the standalone computer.
    const QString secretOnly = QStringLiteral(
        "(table_name IN ('incoming_documents', 'outgoing_documents') AND json_valid(new_values)"
        "  AND json_extract(new_values, '$.secret') > 0 AND json_extract(new_values, '$.excerpt') <> '')"
        " OR (table_name = 'secret_transfers' AND action = 'receive')"
        " OR (table_name = 'file' AND action = 'standalone-confirmed')");
    // Only an ordinary file registers a Mật or higher incoming line without
    // its excerpt (the secret file asks for it; lines it received are
    // "transfer" entries), or sends lines to the secret file.
    const QString ordinaryOnly = QStringLiteral(
        "(table_name = 'incoming_documents' AND action IN ('insert', 'import', 'correct') AND json_valid(new_values)"
        "  AND json_extract(new_values, '$.secret') > 0 AND json_extract(new_values, '$.excerpt') = '')"
        " OR (table_name = 'secret_transfers' AND action = 'export'"
        "  AND record_id IN (SELECT id FROM secret_transfers WHERE direction = 'out'))");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM audit_log WHERE (%1) AND (? = 0 OR id < ?) ORDER BY id LIMIT 1")
                  .arg(kind == QLatin1String("secret") ? ordinaryOnly : secretOnly));
    q.addBindValue(before);
    q.addBindValue(before);
    if (!q.exec())
        return db.errorFor(q.lastError());
    return q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

QStringList FileKindCheck::mismatches(storage::Database &db)
{
    const QString kind = SecretFile::kindOf(db);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, action, new_values FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(SecretFile::LogTable);
    q.addBindValue(SecretFile::LogRecord);
    if (!q.exec())
        return {db.errorFor(q.lastError()).message};
    qint64 pinned = 0;
    if (q.next()) {
        pinned = q.value(0).toLongLong();
        const QString logged = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value(QStringLiteral("kind")).toString();
        if (logged != kind)
            return {tr("The file is marked as %1 (meta file.kind), but the audit log's entry %2 says it is %3: the mark was changed "
                       "outside the application. Secret content must not be entered in it until the office chief has checked which "
                       "file this is.").arg(kindName(kind)).arg(pinned).arg(kindName(logged))};
        // Made with its kind logged: nothing to weigh.
        if (q.value(1).toString() == QLatin1String("kind"))
            return {};
    }
    // Made before the kind was logged: what the log held until the kind was adopted.
    const auto against = evidenceAgainst(db, kind, pinned);
    if (!against)
        return {against.error().message};
    if (*against == 0)
        return {};
    return {tr("The file is marked as %1 (meta file.kind), but the audit log's entry %2 was written by %3: the mark was "
               "changed outside the application. Secret content must not be entered in it until the office chief has checked "
               "which file this is.").arg(kindName(kind)).arg(*against).arg(kindName(kind == QLatin1String("secret") ? QStringLiteral("ordinary") : QStringLiteral("secret")))};
}

} // namespace vanphong::office
