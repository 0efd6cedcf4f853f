#include "LineSeals.h"

#include "SealedFields.h"

#include "office/ClearanceKeys.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LevelKeyRing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::documents {

using office::ClearanceKeys;
using storage::LevelKeyRing;
using storage::StorageError;

namespace {
// A sealed column of a line's content: the rows of one line (`?` its id, and
// for the scans its kind first), and the field each value is sealed as.
struct Column
{
    const char *kind; // "in", "out", or "" for both
    const char *table;
    const char *column;
    const QString *field;
    bool bytes;
    const char *rowsOfLine;
};

const Column Columns[] = {
    {"in", "incoming_documents", "direction", &SealedFields::IncomingDirection, false, "SELECT id, direction FROM incoming_documents WHERE id = ?"},
    {"in", "incoming_documents", "cancel_reason", &SealedFields::IncomingReason, false,
     "SELECT id, cancel_reason FROM incoming_documents WHERE id = ?"},
    {"in", "incoming_handovers", "note", &SealedFields::IncomingDirection, false, "SELECT id, note FROM incoming_handovers WHERE incoming_id = ?"},
    {"out", "outgoing_documents", "cancel_reason", &SealedFields::OutgoingReason, false,
     "SELECT id, cancel_reason FROM outgoing_documents WHERE id = ?"},
    {"", "attachments", "file_name", &SealedFields::AttachmentName, false,
     "SELECT id, file_name FROM attachments WHERE owner_kind = ? AND owner_id = ?"},
    {"", "attachments", "data", &SealedFields::AttachmentData, true, "SELECT id, data FROM attachments WHERE owner_kind = ? AND owner_id = ?"},
};

int storedLevel(const QVariant &v, bool bytes)
{
    return bytes ? LevelKeyRing::keyOf(v.toByteArray()).first : LevelKeyRing::levelOf(v.toString());
}

// The new seal of a scan, as its insert entry recorded it (AttachmentStore::logged).
storage::Status logScan(storage::Database &db, qint64 id, const QString &actor)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT owner_kind, owner_id, file_name, size, sha256 FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return db.errorFor(q.lastError());
    const QJsonObject o{{QStringLiteral("owner"), q.value(0).toString()}, {QStringLiteral("owner_id"), q.value(1).toLongLong()},
                        {QStringLiteral("file_name"), q.value(2).toString()}, {QStringLiteral("size"), q.value(3).toLongLong()},
                        {QStringLiteral("sha256"), QString::fromLatin1(q.value(4).toByteArray().toHex())}};
    storage::AuditLog log(db);
    if (!log.append({actor, QStringLiteral("attachments"), QString::number(id), QStringLiteral("reseal"), {},
                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))}))
        return db.errorFor(db.sql().lastError());
    return storage::Ok{};
}
} // namespace

storage::Status LineSeals::reseal(storage::Database &db, const QString &kind, qint64 id, int level, int from, const QString &actor)
{
    QSet<qint64> scans;
    for (const Column &c : Columns) {
        if (*c.kind != '\0' && kind != QLatin1String(c.kind))
            continue;
        QSqlQuery rows(db.sql());
        rows.setForwardOnly(true);
        rows.prepare(QLatin1String(c.rowsOfLine));
        if (*c.kind == '\0')
            rows.addBindValue(kind);
        rows.addBindValue(id);
        if (!rows.exec())
            return db.errorFor(rows.lastError());
        QList<std::pair<qint64, QVariant>> changed;
        while (rows.next()) {
            const QVariant stored = rows.value(1);
            const int sealedAt = storedLevel(stored, c.bytes);
            const bool raise = sealedAt < level, lower = sealedAt > level && sealedAt <= from;
            if ((c.bytes ? stored.toByteArray().isEmpty() : stored.toString().isEmpty()) || (!raise && !lower))
                continue;
            auto sealed = ClearanceKeys::resealValue(db, db, stored, *c.field, level);
            if (!sealed)
                return sealed.error();
            changed.append({rows.value(0).toLongLong(), *sealed});
        }
        rows.finish();
        QSqlQuery update(db.sql());
        // Names come from the table above, never from input.
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(QLatin1String(c.table), QLatin1String(c.column)));
        for (const auto &[rowId, value] : changed) {
            update.addBindValue(value);
            update.addBindValue(rowId);
            if (!update.exec())
                return db.errorFor(update.lastError());
            if (QLatin1String(c.table) == QLatin1String("attachments"))
                scans.insert(rowId);
        }
    }
    for (const qint64 scan : std::as_const(scans))
        if (auto s = logScan(db, scan, actor); !s)
            return s;
    return storage::Ok{};
}

} // namespace vanphong::documents
