#include "TermStore.h"

#include "AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("terms"), QString::number(term.id), QStringLiteral("insert"), {},
                     QStringLiteral("%1 %2").arg(term.name, startsOn.toString(Qt::ISODate))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return term;
}

storage::Status TermStore::update(const Term &term, const QString &actor)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::EditProfile); !allowed)
        return allowed;
    if (term.name.trimmed().isEmpty() || !term.startsOn.isValid())
        return StorageError::make(StorageError::Kind::Invalid, tr("A term needs a name and the date it starts."));
    auto terms = all();
    if (!terms)
        return terms.error();
    const auto before = std::find_if(terms->cbegin(), terms->cend(), [&term](const Term &t) { return t.id == term.id; });
    if (before == terms->cend())
        return StorageError::make(StorageError::Kind::Invalid, tr("There is no such term."));
    // The terms as they would be: every outgoing line must still fall in the term it was numbered in.
    QList<Term> after = terms.value();
    for (Term &t : after)
        if (t.id == term.id)
            t = {term.id, term.name.simplified(), term.startsOn};
    std::sort(after.begin(), after.end(), [](const Term &a, const Term &b) { return a.startsOn < b.startsOn; });
    for (int i = 0; i + 1 < after.size(); ++i)
        if (after.at(i).startsOn == after.at(i + 1).startsOn)
            return StorageError::make(StorageError::Kind::Invalid, tr("A term already starts on %1.").arg(term.startsOn.toString(QStringLiteral("dd/MM/yyyy"))));
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT symbol, document_date, term_id FROM outgoing_documents WHERE term_id IS NOT NULL")))
        return m_db.errorFor(q.lastError());
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        qint64 falls = 0;
        for (const Term &t : after)
            if (t.startsOn <= date)
                falls = t.id;
        if (falls != q.value(2).toLongLong())
            return StorageError::make(StorageError::Kind::Invalid,
                                      tr("%1, dated %2, was numbered in its term; with this change it would fall in another one.")
                                          .arg(q.value(0).toString(), date.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    q.finish();
    storage::Transaction t(m_db.sql());
    QSqlQuery u(m_db.sql());
    u.prepare(QStringLiteral("UPDATE terms SET name = ?, starts_on = ? WHERE id = ?"));
    u.addBindValue(term.name.simplified());
    u.addBindValue(term.startsOn.toString(Qt::ISODate));
    u.addBindValue(term.id);
    storage::AuditLog log(m_db);
    if (!t.isActive() || !u.exec()
        || !log.append({actor, QStringLiteral("terms"), QString::number(term.id), QStringLiteral("update"),
                        QStringLiteral("%1 %2").arg(before->name, before->startsOn.toString(Qt::ISODate)),
                        QStringLiteral("%1 %2").arg(term.name.simplified(), term.startsOn.toString(Qt::ISODate))})
        || !t.commit())
        return m_db.errorFor(u.lastError().isValid() ? u.lastError() : m_db.sql().lastError());
    return storage::Ok{};
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

std::optional<Term> TermStore::termOfLine(const QDate &date, bool congress) const
{
    if (congress)
        if (auto terms = all())
            for (const Term &t : terms.value())
                if (t.startsOn > date && t.startsOn <= date.addDays(CongressDays))
                    return t;
    return termFor(date);
}

} // namespace vanphong::office
