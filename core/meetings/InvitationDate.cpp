#include "InvitationDate.h"

#include "PaperNumbers.h"
#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::meetings {

using K = storage::StorageError::Kind;

InvitationDate::InvitationDate(storage::Database &db)
    : m_db(db)
{
}

storage::Result<std::optional<QDate>> InvitationDate::issuedOn(qint64 meetingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT issued_on FROM meeting_invitations WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(q.value(0).toString(), Qt::ISODate));
}

storage::Status InvitationDate::set(qint64 meetingId, const QDate &date)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed;
    if (!date.isValid())
        return storage::StorageError::make(K::Invalid, tr("The invitation's date is not a valid date."));
    auto before = issuedOn(meetingId);
    if (!before)
        return before.error();
    if (before->has_value() && before->value() == date)
        return storage::Ok{};
    // Once the invitation holds its number, the register's line carries its
    // date (the series is kept in date order): the paper and the register
    // never disagree, so the date is corrected in the register, not here.
    auto numbered = PaperNumbers::of(m_db, meetingId, PaperNumbers::Paper::Invitation);
    if (!numbered)
        return numbered.error();
    if (numbered->has_value())
        return storage::StorageError::make(K::Invalid, tr("The invitation was issued as %1, dated %2 in the outgoing register; "
                                                          "its date is corrected there.")
                                                           .arg(numbered->value().symbol, numbered->value().date.toString(QStringLiteral("dd/MM/yyyy"))));
    storage::Transaction t(m_db.sql()); // the row and its audit entry together
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meeting_invitations (meeting_id, issued_on, set_by, set_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (meeting_id) DO UPDATE SET issued_on = excluded.issued_on,"
                             " set_by = excluded.set_by, set_at = excluded.set_at"));
    q.addBindValue(meetingId);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(m_db.login());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    const auto json = [](const std::optional<QDate> &d) {
        return d ? QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("issued_on"), d->toString(Qt::ISODate)}})
                                         .toJson(QJsonDocument::Compact))
                 : QString();
    };
    storage::AuditLog log(m_db);
    if (!log.append({m_db.login(), QStringLiteral("meeting_invitations"), QString::number(meetingId),
                     before->has_value() ? QStringLiteral("update") : QStringLiteral("insert"), json(before.value()), json(date)}))
        return m_db.errorFor(m_db.sql().lastError());
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QDate> InvitationDate::fix(qint64 meetingId, const QDate &today)
{
    auto kept = issuedOn(meetingId);
    if (!kept)
        return kept.error();
    if (kept->has_value())
        return kept->value();
    if (auto s = set(meetingId, today); !s)
        return s.error();
    return today;
}

QString InvitationDate::warning(const QDate &issuedOn, const QDate &meetingDay)
{
    if (!issuedOn.isValid() || !meetingDay.isValid() || issuedOn < meetingDay)
        return {};
    return tr("The invitation is dated %1, on or after the meeting's day (%2): it reaches nobody in time.")
        .arg(issuedOn.toString(QStringLiteral("dd/MM/yyyy")), meetingDay.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace vanphong::meetings
