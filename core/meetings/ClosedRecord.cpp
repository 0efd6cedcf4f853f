#include "ClosedRecord.h"

#include "MeetingSeals.h"
#include "MeetingSecrecy.h"
#include "documents/ArchiveHold.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::meetings {

using storage::StorageError;
using K = storage::StorageError::Kind;

storage::Result<bool> ClosedRecord::isClosed(storage::Database &db, qint64 meetingId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT status FROM meetings WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no meeting %1.").arg(meetingId));
    return q.value(0).toString() == QLatin1String("closed");
}

storage::Result<bool> ClosedRecord::check(storage::Database &db, qint64 meetingId, const QString &reason, QString *cleaned)
{
    auto closed = isClosed(db, meetingId);
    if (!closed)
        return closed;
    *cleaned = reason.normalized(QString::NormalizationForm_C).simplified();
    // Filed in a dossier that was handed over or destroyed: the archive holds the record as it was.
    if (closed.value())
        if (auto held = documents::ArchiveHold::allowsChange(db, QStringLiteral("meeting"), meetingId, tr("The meeting's record")); !held)
            return held.error();
    if (closed.value() && cleaned->isEmpty())
        return StorageError::make(K::Invalid, tr("The meeting is closed: its record is corrected only with a reason, which is kept "
                                                 "in its history."));
    // A secret meeting's correction is logged sealed (log()): the key is made
    // sure of here, before the caller's transaction.
    if (closed.value()) {
        const auto level = MeetingSecrecy::levelOf(db, meetingId);
        if (!level)
            return level.error();
        if (MeetingSecrecy::cleared(db, *level))
            if (auto s = MeetingSeals::prepare(db, *level, db.actor()); !s)
                return s.error();
    }
    return closed;
}

storage::Status ClosedRecord::log(storage::Database &db, const QString &actor, const QString &table, qint64 recordId, qint64 meetingId,
                                  const QString &reason, const QJsonObject &before, const QJsonObject &after,
                                  std::optional<office::Clearance> level)
{
    if (!level) {
        // Attendance and the meeting's facts are kept under the master key only:
        // their corrections are sealed when the corrector holds the meeting's
        // level, and a clerk below it still corrects them.
        const auto ofMeeting = MeetingSecrecy::levelOf(db, meetingId);
        if (!ofMeeting)
            return ofMeeting.error();
        const bool sealable = MeetingSecrecy::cleared(db, *ofMeeting) && db.levelKeys().newestVersion(int(*ofMeeting)) > 0;
        level = sealable ? *ofMeeting : office::Clearance::Normal;
    }
    QJsonObject written = after;
    written.insert(QStringLiteral("reason"), reason);
    // What was said in a secret meeting, and why it was corrected, is as secret as the meeting.
    const auto sealedBefore = MeetingSeals::sealValues(db, *level, before);
    auto sealedAfter = MeetingSeals::sealValues(db, *level, written);
    if (!sealedBefore || !sealedAfter)
        return sealedBefore ? sealedAfter.error() : sealedBefore.error();
    sealedAfter->insert(QStringLiteral("meeting"), meetingId);
    storage::AuditLog audit(db);
    if (!audit.append({actor, table, QString::number(recordId), QStringLiteral("correct"),
                       QString::fromUtf8(QJsonDocument(*sealedBefore).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(*sealedAfter).toJson(QJsonDocument::Compact))}))
        return db.errorFor(db.sql().lastError());
    return storage::Ok{};
}

namespace {
const char *fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("presence"), QT_TRANSLATE_NOOP("ClosedRecord", "presence")},
        {QStringLiteral("absence_reason"), QT_TRANSLATE_NOOP("ClosedRecord", "reason")},
        {QStringLiteral("arrived"), QT_TRANSLATE_NOOP("ClosedRecord", "arrived at")},
        {QStringLiteral("speaker"), QT_TRANSLATE_NOOP("ClosedRecord", "speaker")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("ClosedRecord", "text")},
        {QStringLiteral("for"), QT_TRANSLATE_NOOP("ClosedRecord", "for")},
        {QStringLiteral("against"), QT_TRANSLATE_NOOP("ClosedRecord", "against")},
        {QStringLiteral("abstain"), QT_TRANSLATE_NOOP("ClosedRecord", "abstaining")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("ClosedRecord", "removed")},
        {QStringLiteral("conclusion"), QT_TRANSLATE_NOOP("ClosedRecord", "conclusion")},
        {QStringLiteral("guest"), QT_TRANSLATE_NOOP("ClosedRecord", "guest added")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ClosedRecord", "title")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("ClosedRecord", "place")},
        {QStringLiteral("chair"), QT_TRANSLATE_NOOP("ClosedRecord", "chair")},
        {QStringLiteral("secretary"), QT_TRANSLATE_NOOP("ClosedRecord", "recorder")},
    };
    return labels.value(key, nullptr);
}
} // namespace

QString ClosedRecord::presenceName(const QString &code)
{
    if (code == QLatin1String("present")) return tr("present");
    if (code == QLatin1String("absent")) return tr("absent");
    if (code == QLatin1String("late")) return tr("late");
    return code.isEmpty() ? QString() : tr("not marked");
}

QString ClosedRecord::partName(const QString &table)
{
    if (table == QLatin1String("meeting_attendees")) return tr("Attendance");
    if (table == QLatin1String("minutes_entries")) return tr("Minutes");
    if (table == QLatin1String("agenda_items")) return tr("Conclusion");
    return tr("Meeting");
}

storage::Result<QList<documents::LineEvent>> ClosedRecord::history(storage::Database &db, qint64 meetingId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT at, user_login, table_name, old_values, new_values FROM audit_log"
                             " WHERE action = 'correct' AND table_name IN ('meetings', 'meeting_attendees', 'minutes_entries', 'agenda_items')"
                             " AND json_valid(new_values) AND json_extract(new_values, '$.meeting') = ? ORDER BY id"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return db.errorFor(q.lastError());
    QList<documents::LineEvent> events;
    while (q.next()) {
        const QJsonObject before = MeetingSeals::openValues(db, QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        const QJsonObject after = MeetingSeals::openValues(db, QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        documents::LineEvent e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toLocalTime();
        e.user = q.value(1).toString();
        e.action = QStringLiteral("correct");
        e.reason = after.value(QStringLiteral("reason")).toString();
        const QString part = partName(q.value(2).toString());
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (it.key() == QLatin1String("meeting") || it.key() == QLatin1String("reason"))
                continue;
            QString was = before.value(it.key()).toVariant().toString();
            QString now = it.value().toVariant().toString();
            if (it.key() == QLatin1String("presence")) {
                was = presenceName(was);
                now = presenceName(now);
            }
            if (was != now)
                e.changes.append({QStringLiteral("%1, %2").arg(part, fieldLabel(it.key()) ? tr(fieldLabel(it.key())) : it.key()), was, now});
        }
        events.append(e);
    }
    documents::LineHistory::nameUsers(db, events);
    return events;
}

} // namespace vanphong::meetings
