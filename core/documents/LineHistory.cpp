#include "LineHistory.h"

#include "office/ClearanceKeys.h"
#include "storage/LevelKeyRing.h"

#include "DocumentMarks.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::documents {

namespace {
QString tableOf(LineHistory::Register reg)
{
    return reg == LineHistory::Register::Incoming ? QStringLiteral("incoming_documents") : QStringLiteral("outgoing_documents");
}

// What the mark of a secret line hides from a reader below it.
bool hiddenByMark(const QString &field)
{
    return field == QLatin1String("excerpt") || field == QLatin1String("direction");
}

// A logged value as a clerk reads it.
QString readable(const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("secret"))
        return DocumentMarks::confidentialityName(Confidentiality(std::clamp(value.toInt(), 0, 3)));
    if (field == QLatin1String("urgency"))
        return DocumentMarks::urgencyName(Urgency(std::clamp(value.toInt(), 0, 4)));
    if (value.isDouble())
        return value.toInt() ? QString::number(value.toInt()) : QString();
    const QString text = value.toString();
    if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid() && text.size() == 10)
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    if (const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm")); t.isValid())
        return t.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    if (field == QLatin1String("status"))
        return LineHistory::statusName(text);
    if (field == QLatin1String("recipients"))
        return QString(text).replace(QLatin1Char('\n'), QLatin1String("; "));
    return text;
}

// A secret line's excerpt and reasons are logged sealed (office::ClearanceKeys):
// opened with the reader's keys, or named as sealed.
QJsonObject opened(const QJsonObject &values, storage::Database &db, LineHistory::Register reg)
{
    const QString prefix = reg == LineHistory::Register::Incoming ? QStringLiteral("incoming.") : QStringLiteral("outgoing.");
    QJsonObject out = values;
    for (const char *key : {"excerpt", "reason"}) {
        const QString stored = values.value(QLatin1String(key)).toString();
        if (storage::LevelKeyRing::isSealed(stored))
            out.insert(QLatin1String(key), office::ClearanceKeys::openText(db, stored, prefix + QLatin1String(key))
                                               .value_or(office::ClearanceKeys::notGivenText()));
    }
    return out;
}

LineEvent eventFrom(const QSqlQuery &q, bool contentHidden, storage::Database &db, LineHistory::Register reg)
{
    LineEvent e;
    e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
    e.user = q.value(1).toString();
    e.action = q.value(2).toString();
    const QJsonObject before = opened(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(), db, reg);
    const QJsonObject after = opened(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), db, reg);
    if (!contentHidden)
        e.reason = after.value(QStringLiteral("reason")).toString();
    // Fields the entry logged on both sides; older entries logged fewer.
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QString field = it.key();
        if (field == QLatin1String("reason") || !before.contains(field) || before.value(field) == it.value())
            continue;
        if (contentHidden && hiddenByMark(field))
            continue;
        e.changes.append({field, readable(field, before.value(field)), readable(field, it.value())});
    }
    return e;
}
} // namespace

storage::Result<QList<LineEvent>> LineHistory::of(storage::Database &db, Register reg, qint64 id, bool contentHidden)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT at, user_login, action, old_values, new_values FROM audit_log"
                             " WHERE table_name = ? AND record_id = ? ORDER BY id"));
    q.addBindValue(tableOf(reg));
    q.addBindValue(QString::number(id));
    if (!q.exec())
        return db.errorFor(q.lastError());
    QList<LineEvent> out;
    while (q.next())
        out.append(eventFrom(q, contentHidden, db, reg));
    nameUsers(db, out);
    return out;
}

storage::Result<QHash<qint64, QList<LineEvent>>> LineHistory::corrections(storage::Database &db, Register reg)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, user_login, action, old_values, new_values, record_id FROM audit_log"
                             " WHERE table_name = ? AND action = 'correct' ORDER BY id"));
    q.addBindValue(tableOf(reg));
    if (!q.exec())
        return db.errorFor(q.lastError());
    QHash<qint64, QList<LineEvent>> out;
    while (q.next())
        out[q.value(5).toLongLong()].append(eventFrom(q, false, db, reg));
    return out;
}

void LineHistory::nameUsers(storage::Database &db, QList<LineEvent> &events)
{
    QSqlQuery q(db.sql());
    if (events.isEmpty() || !q.exec(QStringLiteral("SELECT login, full_name FROM users")))
        return; // the logins stand on their own
    QHash<QString, QString> names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    for (LineEvent &e : events)
        e.userName = names.value(e.user);
}

QString LineHistory::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("received"), QT_TR_NOOP("Received")},     {QStringLiteral("sender"), QT_TR_NOOP("Sender")},
        {QStringLiteral("symbol"), QT_TR_NOOP("Number, symbol")}, {QStringLiteral("date"), QT_TR_NOOP("Dated")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},             {QStringLiteral("excerpt"), QT_TR_NOOP("Excerpt")},
        {QStringLiteral("pages"), QT_TR_NOOP("Pages")},           {QStringLiteral("copies"), QT_TR_NOOP("Copies")},
        {QStringLiteral("secret"), QT_TR_NOOP("Secrecy")},        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency")},
        {QStringLiteral("urgency_time"), QT_TR_NOOP("Time set")}, {QStringLiteral("recall_by"), QT_TR_NOOP("To be recalled by")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Handed to")},    {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},         {QStringLiteral("signer"), QT_TR_NOOP("Signer")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},     {QStringLiteral("recipients"), QT_TR_NOOP("Recipients")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled on")}, {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(it.value());
}

QString LineHistory::statusName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("new"), QT_TR_NOOP("new")},           {QStringLiteral("in-progress"), QT_TR_NOOP("in progress")},
        {QStringLiteral("done"), QT_TR_NOOP("done")},         {QStringLiteral("filed"), QT_TR_NOOP("filed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")}, {QStringLiteral("reserved"), QT_TR_NOOP("number reserved")},
        {QStringLiteral("issued"), QT_TR_NOOP("issued")},     {QStringLiteral("released"), QT_TR_NOOP("number given up")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(it.value());
}

QString LineHistory::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("insert"), QT_TR_NOOP("Registered")},  {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("correct"), QT_TR_NOOP("Corrected")},  {QStringLiteral("cancel"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("assign"), QT_TR_NOOP("Handed over")}, {QStringLiteral("status"), QT_TR_NOOP("Status changed")},
        {QStringLiteral("reopen"), QT_TR_NOOP("Taken back to work")}, {QStringLiteral("reserve"), QT_TR_NOOP("Number reserved")},
        {QStringLiteral("issue"), QT_TR_NOOP("Issued")},       {QStringLiteral("release"), QT_TR_NOOP("Number given up")},
        {QStringLiteral("seal"), QT_TR_NOOP("Sealed with its secrecy level's key")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : tr(it.value());
}

QString LineHistory::describe(const LineEvent &e)
{
    const QString who = e.userName.isEmpty() ? e.user : tr("%1 (%2)").arg(e.userName, e.user);
    QString text = tr("%1, %2: %3").arg(e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")), who, actionName(e.action));
    if (!e.reason.isEmpty())
        text += tr(" (%1)").arg(e.reason);
    QStringList changes;
    for (const LineEvent::Change &c : e.changes) {
        const QString before = c.before.isEmpty() ? tr("(empty)") : c.before;
        const QString after = c.after.isEmpty() ? tr("(empty)") : c.after;
        // "Status changed: new → done", not "Status changed: Status: new → done".
        changes << (e.action == QLatin1String("status") && c.field == QLatin1String("status") ? tr("%1 → %2").arg(before, after)
                                                                                                : tr("%1: %2 → %3").arg(fieldName(c.field), before, after));
    }
    if (!changes.isEmpty())
        text += QLatin1String(": ") + changes.join(QLatin1String("; "));
    return text;
}

} // namespace vanphong::documents
