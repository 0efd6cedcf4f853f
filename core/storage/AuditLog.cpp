#include "AuditLog.h"

#include "crypto/Kdf.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::storage {

namespace {
const QString HeadKey = QStringLiteral("audit.head");
const QString CountKey = QStringLiteral("audit.count");

void appendField(QByteArray &buf, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    const quint32 n = quint32(utf8.size());
    buf.append(reinterpret_cast<const char *>(&n), sizeof n);
    buf.append(utf8);
}
} // namespace

AuditLog::AuditLog(QSqlDatabase db, const crypto::SecureBytes &key, std::function<QDateTime()> clock)
    : m_db(std::move(db))
    , m_key(key)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
}

QByteArray AuditLog::mac(const QByteArray &previous, qint64 id, const QString &at, const Entry &e) const
{
    // Length-prefixed fields: no two different entries hash the same bytes.
    QByteArray buf = previous;
    appendField(buf, QString::number(id));
    appendField(buf, at);
    appendField(buf, e.userLogin);
    appendField(buf, e.tableName);
    appendField(buf, e.recordId);
    appendField(buf, e.action);
    appendField(buf, e.oldValues);
    appendField(buf, e.newValues);
    const auto d = crypto::Kdf::hmacSha256(m_key.view(),
                                           {reinterpret_cast<const std::uint8_t *>(buf.constData()), std::size_t(buf.size())});
    return QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
}

bool AuditLog::append(const Entry &entry)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(HeadKey);
    if (!q.exec())
        return false;
    const QByteArray previous = q.next() ? q.value(0).toByteArray() : QByteArray();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log")) || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    const QString at = m_clock().toUTC().toString(Qt::ISODateWithMs);
    const QByteArray m = mac(previous, id, at, entry);

    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, user_login, table_name, record_id, action,"
                             " old_values, new_values, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(at), QVariant(entry.userLogin), QVariant(entry.tableName),
                              QVariant(entry.recordId), QVariant(entry.action), QVariant(entry.oldValues),
                              QVariant(entry.newValues), QVariant(m)})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), (?, ?)"));
    q.addBindValue(HeadKey);
    q.addBindValue(m);
    q.addBindValue(CountKey);
    q.addBindValue(id);
    return q.exec();
}

AuditLog::Check AuditLog::verify() const
{
    Check check;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_login, table_name, record_id, action, old_values, new_values, mac"
                               " FROM audit_log ORDER BY id"))) {
        check.message = tr("The audit log cannot be read.");
        return check;
    }
    QByteArray previous;
    qint64 expectedId = 1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        Entry e{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                q.value(6).toString(), q.value(7).toString()};
        if (id != expectedId || mac(previous, id, q.value(1).toString(), e) != q.value(8).toByteArray()) {
            check.firstBadId = id;
            check.message = id != expectedId
                ? tr("Audit log entries before number %1 are missing.").arg(id)
                : tr("Audit log entry number %1 has been altered.").arg(id);
            return check;
        }
        previous = q.value(8).toByteArray();
        ++expectedId;
        ++check.entries;
    }
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = ?), (SELECT value FROM meta WHERE key = ?)"));
    head.addBindValue(HeadKey);
    head.addBindValue(CountKey);
    if (!head.exec() || !head.next()) {
        check.message = tr("The audit log cannot be read.");
        return check;
    }
    const QByteArray headMac = head.value(0).toByteArray();
    const qint64 count = head.value(1).isNull() ? 0 : head.value(1).toLongLong();
    if (count != check.entries || headMac != previous) {
        check.firstBadId = check.entries + 1;
        check.message = tr("The newest audit log entries have been removed (expected %1, found %2).")
                            .arg(count).arg(check.entries);
        return check;
    }
    check.ok = true;
    return check;
}

} // namespace vanphong::storage
