#include "LegacySealing.h"

#include "AccessControl.h"
#include "ClearanceKeys.h"
#include "UserAccount.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "documents/SealedFields.h"
#include "meetings/MeetingSeals.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LevelKeyRing.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::office {

using storage::LevelKeyRing;

namespace {
// A column of the registers that is sealed above "Thường", with the level
// of each row and the field it is sealed as (documents::SealedFields).
struct Column
{
    const char *table;
    const char *column;
    const QString *field;
    bool bytes;
    const char *line;  // "in", "out", or "att": whose search rows and audit entry follow
    const char *rows;  // SELECT id, level, value ... with the plain values above Thường
};

// Each query reads `p`: the reader's clearance and what a sealed value starts with (run() binds them).
const Column Columns[] = {
    {"incoming_documents", "excerpt", &documents::SealedFields::IncomingExcerpt, false, "in",
     "SELECT id, confidentiality, excerpt FROM p, incoming_documents WHERE confidentiality BETWEEN 1 AND p.reader AND excerpt <> ''"
     " AND substr(excerpt, 1, length(p.mark)) <> p.mark"},
    {"incoming_documents", "direction", &documents::SealedFields::IncomingDirection, false, "in",
     "SELECT id, confidentiality, direction FROM p, incoming_documents WHERE confidentiality BETWEEN 1 AND p.reader AND direction <> ''"
     " AND substr(direction, 1, length(p.mark)) <> p.mark"},
    {"incoming_documents", "cancel_reason", &documents::SealedFields::IncomingReason, false, "in",
     "SELECT id, confidentiality, cancel_reason FROM p, incoming_documents WHERE confidentiality BETWEEN 1 AND p.reader AND cancel_reason <> ''"
     " AND substr(cancel_reason, 1, length(p.mark)) <> p.mark"},
    {"incoming_handovers", "note", &documents::SealedFields::IncomingDirection, false, "",
     "SELECT h.id, i.confidentiality, h.note FROM p, incoming_handovers h JOIN incoming_documents i ON i.id = h.incoming_id"
     " WHERE i.confidentiality BETWEEN 1 AND p.reader AND h.note <> '' AND substr(h.note, 1, length(p.mark)) <> p.mark"},
    {"outgoing_documents", "excerpt", &documents::SealedFields::OutgoingExcerpt, false, "out",
     "SELECT id, confidentiality, excerpt FROM p, outgoing_documents WHERE confidentiality BETWEEN 1 AND p.reader AND excerpt <> ''"
     " AND substr(excerpt, 1, length(p.mark)) <> p.mark"},
    {"outgoing_documents", "cancel_reason", &documents::SealedFields::OutgoingReason, false, "out",
     "SELECT id, confidentiality, cancel_reason FROM p, outgoing_documents WHERE confidentiality BETWEEN 1 AND p.reader AND cancel_reason <> ''"
     " AND substr(cancel_reason, 1, length(p.mark)) <> p.mark"},
    {"attachments", "file_name", &documents::SealedFields::AttachmentName, false, "att",
     "SELECT a.id, COALESCE(i.confidentiality, o.confidentiality, 0) AS level, a.file_name FROM p, attachments a"
     " LEFT JOIN incoming_documents i ON a.owner_kind = 'in' AND i.id = a.owner_id"
     " LEFT JOIN outgoing_documents o ON a.owner_kind = 'out' AND o.id = a.owner_id"
     " WHERE level BETWEEN 1 AND p.reader AND a.file_name <> '' AND substr(a.file_name, 1, length(p.mark)) <> p.mark"},
    {"attachments", "data", &documents::SealedFields::AttachmentData, true, "att",
     "SELECT a.id, COALESCE(i.confidentiality, o.confidentiality, 0) AS level, a.data FROM p, attachments a"
     " LEFT JOIN incoming_documents i ON a.owner_kind = 'in' AND i.id = a.owner_id"
     " LEFT JOIN outgoing_documents o ON a.owner_kind = 'out' AND o.id = a.owner_id"
     // A scan's data is sealed with its name: the name is read, not the data of every scan at each sign-in.
     " WHERE level BETWEEN 1 AND p.reader AND a.file_name <> '' AND substr(a.file_name, 1, length(p.mark)) <> p.mark"},
};

struct Plain
{
    const Column *column;
    qint64 id;
    int level;
    QVariant value;
};


// The meetings above Thường, at or below the reader's clearance, that still hold plain content.
storage::Result<QList<qint64>> plainMeetings(storage::Database &db, int reader)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "WITH p(reader, mark) AS (SELECT ?, ?)"
        " SELECT m.id FROM p, meetings m"
        " WHERE max(m.confidentiality, COALESCE((SELECT max(a.confidentiality) FROM agenda_items a WHERE a.meeting_id = m.id), 0),"
        "           COALESCE((SELECT max(d.confidentiality) FROM meeting_documents d WHERE d.meeting_id = m.id), 0))"
        "       BETWEEN 1 AND p.reader"
        // Each piece at its own level: an ordinary item's minutes in a meeting with a Mật paper stay plain.
        " AND (EXISTS (SELECT 1 FROM minutes_entries e LEFT JOIN agenda_items a ON a.id = e.agenda_item_id"
        "              WHERE e.meeting_id = m.id AND max(m.confidentiality, COALESCE(a.confidentiality, 0)) >= 1"
        "              AND e.text <> '' AND substr(e.text, 1, length(p.mark)) <> p.mark)"
        "   OR EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id AND max(m.confidentiality, a.confidentiality) >= 1"
        "              AND a.conclusion <> '' AND substr(a.conclusion, 1, length(p.mark)) <> p.mark)"
        "   OR EXISTS (SELECT 1 FROM meeting_decisions d LEFT JOIN agenda_items a ON a.id = d.agenda_item_id"
        "              WHERE d.meeting_id = m.id AND max(m.confidentiality, COALESCE(a.confidentiality, 0)) >= 1"
        "              AND d.excerpt <> '' AND substr(d.excerpt, 1, length(p.mark)) <> p.mark)"
        "   OR EXISTS (SELECT 1 FROM follow_up_tasks t LEFT JOIN meeting_decisions d ON d.id = t.decision_id"
        "              LEFT JOIN agenda_items a ON a.id = d.agenda_item_id"
        "              WHERE t.meeting_id = m.id AND max(m.confidentiality, COALESCE(a.confidentiality, 0)) >= 1"
        "              AND t.title <> '' AND substr(t.title, 1, length(p.mark)) <> p.mark)"
        "   OR EXISTS (SELECT 1 FROM meeting_paper_files f JOIN meeting_documents d ON d.id = f.document_id"
        "              WHERE d.meeting_id = m.id AND max(m.confidentiality, d.confidentiality) >= 1"
        "              AND f.file_name <> '' AND substr(f.file_name, 1, length(p.mark)) <> p.mark))"));
    q.addBindValue(reader);
    q.addBindValue(LevelKeyRing::sealedTextPrefix());
    if (!q.exec())
        return db.errorFor(q.lastError());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// The line's newest audit entry with its sealed values as the row now holds
// them: the cross-check compares the row with this entry from now on.
storage::Status logSealed(storage::Database &db, const QString &table, qint64 id, const QHash<QString, QVariant> &values)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(QString::number(id));
    if (!q.exec())
        return db.errorFor(q.lastError());
    QJsonObject o = q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
    o.remove(QStringLiteral("reason")); // an older entry's reason, in plain
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    storage::AuditLog log(db);
    if (!log.append({db.actor(), table, QString::number(id), QStringLiteral("seal"), {},
                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))}))
        return db.errorFor(db.sql().lastError());
    return storage::Ok{};
}

// The keys of the audit entry that hold a column (the cross-check's names).
QString loggedKey(const Column &c)
{
    const QString column = QLatin1String(c.column);
    return column == QLatin1String("cancel_reason") ? QString() : column;
}
} // namespace

storage::Result<int> LegacySealing::run(storage::Database &db, const UserAccount &user)
{
    if (db.isReadOnly() || db.schemaVersion() < 15)
        return 0;
    const int reader = std::min(int(AccessControl::clearance(db)), LevelKeyRing::MaxLevel);
    if (reader < 1)
        return 0;
    QList<Plain> plain;
    QSet<int> levels;
    for (const Column &c : Columns) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("WITH p(reader, mark) AS (SELECT ?, ?) ") + QLatin1String(c.rows));
        q.addBindValue(reader);
        q.addBindValue(LevelKeyRing::sealedTextPrefix());
        if (!q.exec())
            return db.errorFor(q.lastError());
        while (q.next()) {
            plain.append({&c, q.value(0).toLongLong(), q.value(1).toInt(), q.value(2)});
            levels.insert(q.value(1).toInt());
        }
    }
    const auto meetings = plainMeetings(db, reader);
    if (!meetings)
        return meetings.error();
    if (plain.isEmpty() && meetings->isEmpty())
        return 0;

    // The keys first, each in its own transaction (ClearanceKeys::ensure).
    for (int level = 1; level <= reader; ++level)
        if (levels.contains(level) || !meetings->isEmpty())
            if (auto s = ClearanceKeys::ensure(db, level, db.actor()); !s)
                return s.error();
    storage::Transaction t(db.sql());
    if (!t.isActive())
        return db.errorFor(db.sql().lastError());
    // Per line (or scan), the sealed values its audit entry records.
    QHash<QString, QHash<qint64, QHash<QString, QVariant>>> logged;
    for (const Plain &p : std::as_const(plain)) {
        const Column &c = *p.column;
        const auto resealed = ClearanceKeys::resealValue(db, db, p.value, *c.field, p.level);
        if (!resealed)
            return resealed.error();
        const QVariant sealed = *resealed;
        QSqlQuery q(db.sql());
        // Names come from the table above, never from input.
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(QLatin1String(c.table), QLatin1String(c.column)));
        q.addBindValue(sealed);
        q.addBindValue(p.id);
        if (!q.exec())
            return db.errorFor(q.lastError());
        if (*c.line == '\0')
            continue;
        auto &line = logged[QLatin1String(c.table)][p.id];
        if (const QString key = loggedKey(c); !key.isEmpty() && !c.bytes)
            line.insert(key, sealed);
    }
    documents::IncomingRegister incoming(db, user, db.actor());
    documents::OutgoingRegister outgoing(db, user, db.actor());
    for (auto table = logged.cbegin(); table != logged.cend(); ++table) {
        for (auto line = table->cbegin(); line != table->cend(); ++line) {
            if (auto s = logSealed(db, table.key(), line.key(), line.value()); !s)
                return s.error();
            // Its hidden words leave the search index (DocumentSearch::index skips a sealed excerpt).
            if (table.key() == QLatin1String("incoming_documents"))
                if (auto s = incoming.reindex(line.key()); !s)
                    return s.error();
            if (table.key() == QLatin1String("outgoing_documents"))
                if (auto s = outgoing.reindexLine(line.key()); !s)
                    return s.error();
        }
    }
    for (const qint64 meetingId : *meetings)
        if (auto s = meetings::MeetingSeals::reseal(db, meetingId, meetings::MeetingSeals::Direction::RaiseOnly); !s)
            return s.error();
    // The index's older segments still hold the words taken out: merged
    // into one, without them (and secure_delete zeroes the pages they leave).
    QSqlQuery optimize(db.sql());
    if (!optimize.exec(QStringLiteral("INSERT INTO document_search(document_search) VALUES('optimize')")))
        return db.errorFor(optimize.lastError());
    if (!t.commit())
        return db.errorFor(db.sql().lastError());
    return int(plain.size() + meetings->size());
}

} // namespace vanphong::office
