#include "TermStore.h"

#include "AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::office {

using storage::StorageError;

TermStore::TermStore(storage::Database &db)
    : m_db(db)
{
}

storage::Result<QList<Term>> TermStore::all() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name, starts_on FROM terms ORDER BY starts_on")))
        return m_db.errorFor(q.lastError());
    QList<Term> terms;
    while (q.next())
        terms.append({q.value(0).toLongLong(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return terms;
}

storage::Result<Term> TermStore::add(const QString &name, const QDate &startsOn, const QString &actor)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::EditProfile); !allowed)
        return allowed.error();
    if (name.trimmed().isEmpty() || !startsOn.isValid())
        return StorageError::make(StorageError::Kind::Invalid, tr("A term needs a name and the date it starts."));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO terms (name, starts_on) VALUES (?, ?)"));
    q.addBindValue(name.simplified());
    q.addBindValue(startsOn.toString(Qt::ISODate));
    if (!t.isActive() || !q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return StorageError::make(StorageError::Kind::Invalid, tr("A term already starts on %1.").arg(startsOn.toString(QStringLiteral("dd/MM/yyyy"))));
        return m_db.errorFor(q.lastError());
    }
    const Term term{q.lastInsertId().toLongLong(), name.simplified(), startsOn};
    storage::AuditLog log(m_db.sql(), m_db.auditKey());
    if (!log.append({actor, QStringLiteral("terms"), QString::number(term.id), QStringLiteral("insert"), {},
                     QStringLiteral("%1 %2").arg(term.name, startsOn.toString(Qt::ISODate))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return term;
}

std::optional<Term> TermStore::termFor(const QDate &date) const
{
    auto terms = all();
    if (!terms)
        return std::nullopt;
    std::optional<Term> found;
    for (const Term &t : terms.value())
        if (t.startsOn <= date)
            found = t;
    return found;
}

} // namespace vanphong::office
