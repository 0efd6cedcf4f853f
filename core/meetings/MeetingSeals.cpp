#include "MeetingSeals.h"

#include "MeetingSecrecy.h"
#include "office/AccessControl.h"
#include "office/ClearanceKeys.h"
#include "storage/Database.h"
#include "storage/AuditLog.h"
#include "storage/LevelKeyRing.h"

#include <QJsonDocument>
#include <QSet>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::LevelKeyRing;
using storage::StorageError;
using office::ClearanceKeys;

const QString MeetingSeals::Speaker = QStringLiteral("minutes.speaker");
const QString MeetingSeals::Text = QStringLiteral("minutes.text");
const QString MeetingSeals::Conclusion = QStringLiteral("agenda.conclusion");
const QString MeetingSeals::DecisionExcerpt = QStringLiteral("decision.excerpt");
const QString MeetingSeals::TaskTitle = QStringLiteral("task.title");
const QString MeetingSeals::PaperName = QStringLiteral("paper.name");
const QString MeetingSeals::PaperData = QStringLiteral("paper.data");
const QString MeetingSeals::PackageBase = QStringLiteral("package.base");

namespace {
office::Clearance clamped(int level) { return office::Clearance(std::clamp(level, 0, LevelKeyRing::MaxLevel)); }

QString closedField(const QString &key) { return QStringLiteral("closed.") + key; }

// A sealed column of a meeting's content: the rows of one meeting, each with
// the level it is to be sealed at now.
struct SealedColumn
{
    const char *table;
    const char *column;
    const QString *field;
    bool bytes;
    const char *rowsOfMeeting; // SELECT id, level, value ... WHERE <meeting> = ?
};

const SealedColumn Columns[] = {
    {"minutes_entries", "speaker", &MeetingSeals::Speaker, false,
     "SELECT e.id, max(m.confidentiality, COALESCE(a.confidentiality, 0)), e.speaker FROM minutes_entries e"
     " JOIN meetings m ON m.id = e.meeting_id LEFT JOIN agenda_items a ON a.id = e.agenda_item_id WHERE e.meeting_id = ?"},
    {"minutes_entries", "text", &MeetingSeals::Text, false,
     "SELECT e.id, max(m.confidentiality, COALESCE(a.confidentiality, 0)), e.text FROM minutes_entries e"
     " JOIN meetings m ON m.id = e.meeting_id LEFT JOIN agenda_items a ON a.id = e.agenda_item_id WHERE e.meeting_id = ?"},
    {"agenda_items", "conclusion", &MeetingSeals::Conclusion, false,
     "SELECT a.id, max(m.confidentiality, a.confidentiality), a.conclusion FROM agenda_items a"
     " JOIN meetings m ON m.id = a.meeting_id WHERE a.meeting_id = ?"},
    {"meeting_decisions", "excerpt", &MeetingSeals::DecisionExcerpt, false,
     "SELECT d.id, max(m.confidentiality, COALESCE(a.confidentiality, 0)), d.excerpt FROM meeting_decisions d"
     " JOIN meetings m ON m.id = d.meeting_id LEFT JOIN agenda_items a ON a.id = d.agenda_item_id WHERE d.meeting_id = ?"},
    // A task carrying a decision out says what the decision is: at its decision's level.
    {"follow_up_tasks", "title", &MeetingSeals::TaskTitle, false,
     "SELECT t.id, max(m.confidentiality, COALESCE(a.confidentiality, 0)), t.title FROM follow_up_tasks t"
     " JOIN meetings m ON m.id = t.meeting_id LEFT JOIN meeting_decisions d ON d.id = t.decision_id"
     " LEFT JOIN agenda_items a ON a.id = d.agenda_item_id WHERE t.meeting_id = ?"},
    {"meeting_paper_files", "file_name", &MeetingSeals::PaperName, false,
     "SELECT f.id, max(m.confidentiality, d.confidentiality), f.file_name FROM meeting_paper_files f"
     " JOIN meeting_documents d ON d.id = f.document_id JOIN meetings m ON m.id = d.meeting_id WHERE d.meeting_id = ?"},
    {"meeting_paper_files", "data", &MeetingSeals::PaperData, true,
     "SELECT f.id, max(m.confidentiality, d.confidentiality), f.data FROM meeting_paper_files f"
     " JOIN meeting_documents d ON d.id = f.document_id JOIN meetings m ON m.id = d.meeting_id WHERE d.meeting_id = ?"},
};
} // namespace

storage::Result<office::Clearance> MeetingSeals::sealingLevel(storage::Database &db, qint64 meetingId, qint64 agendaItemId)
{
    // The mark, and the newest sealed conclusion or entry of the same part.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT max(m.confidentiality, COALESCE((SELECT a.confidentiality FROM agenda_items a WHERE a.id = ? AND a.meeting_id = m.id), 0)),"
        " COALESCE((SELECT conclusion FROM agenda_items WHERE id = ? AND meeting_id = m.id), ''),"
        " COALESCE((SELECT text FROM minutes_entries WHERE meeting_id = m.id AND COALESCE(agenda_item_id, 0) = ?"
        "           AND substr(text, 1, length(?)) = ? ORDER BY id DESC LIMIT 1), '')"
        " FROM meetings m WHERE m.id = ?"));
    for (const QVariant &v : QVariantList{agendaItemId, agendaItemId, agendaItemId, LevelKeyRing::sealedTextPrefix(),
                                          LevelKeyRing::sealedTextPrefix(), meetingId})
        q.addBindValue(v);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(StorageError::Kind::Invalid, tr("There is no meeting %1.").arg(meetingId));
    return clamped(std::max({q.value(0).toInt(), LevelKeyRing::levelOf(q.value(1).toString()),
                             LevelKeyRing::levelOf(q.value(2).toString())}));
}

storage::Status MeetingSeals::prepare(storage::Database &db, office::Clearance level, const QString &actor)
{
    return ClearanceKeys::ensure(db, int(level), actor);
}

storage::Status MeetingSeals::prepareAll(storage::Database &db, qint64 meetingId, const QString &actor)
{
    // A meeting that holds nothing to seal needs no key: marking an empty
    // meeting on the ordinary file makes none.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM minutes_entries WHERE meeting_id = ?)"
                             " OR EXISTS (SELECT 1 FROM agenda_items WHERE meeting_id = ? AND conclusion <> '')"
                             " OR EXISTS (SELECT 1 FROM meeting_decisions WHERE meeting_id = ?)"
                             " OR EXISTS (SELECT 1 FROM follow_up_tasks WHERE meeting_id = ?)"
                             " OR EXISTS (SELECT 1 FROM meeting_paper_files f JOIN meeting_documents d ON d.id = f.document_id"
                             "            WHERE d.meeting_id = ?)"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(meetingId);
    if (!q.exec() || !q.next())
        return db.errorFor(q.lastError());
    if (!q.value(0).toBool())
        return storage::Ok{};
    return prepareUpTo(db, office::AccessControl::clearance(db), actor);
}

storage::Result<office::Clearance> MeetingSeals::highestContent(storage::Database &db, qint64 meetingId)
{
    const auto marks = MeetingSecrecy::highestIn(db, meetingId);
    if (!marks)
        return marks;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT COALESCE(max(confidentiality), 0) FROM meeting_documents WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec() || !q.next())
        return db.errorFor(q.lastError());
    return clamped(std::max(int(*marks), q.value(0).toInt()));
}

storage::Status MeetingSeals::prepareUpTo(storage::Database &db, office::Clearance level, const QString &actor)
{
    for (int each = 1; each <= int(level); ++each)
        if (auto s = ClearanceKeys::ensure(db, each, actor); !s)
            return s;
    return storage::Ok{};
}

storage::Result<QString> MeetingSeals::seal(storage::Database &db, office::Clearance level, const QString &field, const QString &plain)
{
    return ClearanceKeys::sealText(db, int(level), field, plain);
}

storage::Result<QByteArray> MeetingSeals::sealBytes(storage::Database &db, office::Clearance level, const QString &field,
                                                    const QByteArray &plain)
{
    return ClearanceKeys::sealBytes(db, int(level), field, plain);
}

QString MeetingSeals::open(storage::Database &db, const QString &stored, const QString &field)
{
    return ClearanceKeys::openText(db, stored, field).value_or(ClearanceKeys::notGivenText());
}

std::optional<QByteArray> MeetingSeals::openBytes(storage::Database &db, const QByteArray &stored, const QString &field)
{
    return ClearanceKeys::openBytes(db, stored, field);
}

storage::Result<QJsonObject> MeetingSeals::sealValues(storage::Database &db, office::Clearance level, const QJsonObject &values)
{
    QJsonObject out = values;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.key() == QLatin1String("meeting") || !it.value().isString())
            continue;
        auto sealed = seal(db, level, closedField(it.key()), it.value().toString());
        if (!sealed)
            return sealed.error();
        it.value() = *sealed;
    }
    return out;
}

QJsonObject MeetingSeals::openValues(storage::Database &db, const QJsonObject &values)
{
    QJsonObject out = values;
    for (auto it = out.begin(); it != out.end(); ++it)
        if (it.value().isString() && LevelKeyRing::isSealed(it.value().toString()))
            it.value() = open(db, it.value().toString(), closedField(it.key()));
    return out;
}

std::optional<QString> MeetingSeals::fieldOf(const QString &table, const QString &column)
{
    for (const SealedColumn &c : Columns)
        if (table == QLatin1String(c.table) && column == QLatin1String(c.column))
            return *c.field;
    return std::nullopt;
}

std::optional<QVariant> MeetingSeals::openValue(storage::Database &db, const QString &table, const QString &column,
                                                const QVariant &stored)
{
    const auto field = fieldOf(table, column);
    if (!field || stored.isNull())
        return stored;
    if (stored.userType() == QMetaType::QByteArray) {
        const auto plain = openBytes(db, stored.toByteArray(), *field);
        return plain ? std::optional<QVariant>(*plain) : std::nullopt;
    }
    const auto plain = ClearanceKeys::openText(db, stored.toString(), *field);
    return plain ? std::optional<QVariant>(*plain) : std::nullopt;
}

storage::Status MeetingSeals::reseal(storage::Database &db, qint64 meetingId, Direction direction, int from)
{
    return resealFrom(db, db, meetingId, direction, from);
}

storage::Status MeetingSeals::transcribe(storage::Database &from, storage::Database &to, qint64 meetingId)
{
    return resealFrom(from, to, meetingId, Direction::Any, LevelKeyRing::MaxLevel, true);
}

storage::Status MeetingSeals::resealFrom(storage::Database &from, storage::Database &db, qint64 meetingId, Direction direction,
                                         int lowerFrom, bool everyValue)
{
    // `db`'s rows, sealed (or not) with `from`'s keys: the same file, or the office's rows copied into a package.
    const auto needs = [&](int storedLevel, int level) {
        if (everyValue)
            return storedLevel > 0 || level > 0;
        if (storedLevel < level)
            return true;
        return direction == Direction::Any && storedLevel > level && storedLevel <= lowerFrom;
    };
    QSet<qint64> resealedPapers;
    for (const SealedColumn &c : Columns) {
        QSqlQuery rows(db.sql());
        rows.setForwardOnly(true);
        rows.prepare(QLatin1String(c.rowsOfMeeting));
        rows.addBindValue(meetingId);
        if (!rows.exec())
            return db.errorFor(rows.lastError());
        QList<std::pair<qint64, QVariant>> changed;
        while (rows.next()) {
            const office::Clearance level = clamped(rows.value(1).toInt());
            const QVariant stored = rows.value(2);
            const int storedLevel = c.bytes ? LevelKeyRing::keyOf(stored.toByteArray()).first : LevelKeyRing::levelOf(stored.toString());
            if ((!c.bytes && stored.toString().isEmpty()) || !needs(storedLevel, int(level)))
                continue;
            auto sealed = ClearanceKeys::resealValue(from, db, c.bytes ? QVariant(stored.toByteArray()) : QVariant(stored.toString()),
                                                     *c.field, int(level));
            if (!sealed)
                return sealed.error();
            changed.append({rows.value(0).toLongLong(), *sealed});
        }
        rows.finish();
        if (QLatin1String(c.table) == QLatin1String("meeting_paper_files"))
            for (const auto &each : changed)
                resealedPapers.insert(each.first);
        QSqlQuery update(db.sql());
        // Names come from the table above, never from input.
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(QLatin1String(c.table), QLatin1String(c.column)));
        for (const auto &[id, value] : changed) {
            update.addBindValue(value);
            update.addBindValue(id);
            if (!update.exec())
                return db.errorFor(update.lastError());
        }
    }
    // A paper's file is checked against its newest audit entry (office::AuditCrossCheck): its new seal is logged.
    // A package's copy has no entries of its own, and gets none.
    if (&from == &db)
        for (const qint64 id : std::as_const(resealedPapers)) {
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT document_id, file_name, size, sha256 FROM meeting_paper_files WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return db.errorFor(q.lastError());
            const QJsonObject o{{QStringLiteral("owner_id"), q.value(0).toLongLong()}, {QStringLiteral("file_name"), q.value(1).toString()},
                                {QStringLiteral("size"), q.value(2).toLongLong()},
                                {QStringLiteral("sha256"), QString::fromLatin1(q.value(3).toByteArray().toHex())}};
            storage::AuditLog log(db);
            if (!log.append({db.actor(), QStringLiteral("meeting_paper_files"), QString::number(id), QStringLiteral("reseal"), {},
                             QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))}))
                return db.errorFor(db.sql().lastError());
        }
    return storage::Ok{};
}

} // namespace vanphong::meetings