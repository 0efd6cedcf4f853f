#include "DossierLending.h"

#include "DossierRegister.h"
#include "office/AccessControl.h"
#include "office/UserDirectory.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::archives {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const QString LoanColumns = QStringLiteral(
    "l.id, l.dossier_id, l.borrower, l.borrower_is_user, l.purpose, l.approved_by, l.lent_on, l.due_on, l.returned_on, d.number, d.year, d.title");

DossierLoan loanFrom(const QSqlQuery &q)
{
    DossierLoan l;
    l.id = q.value(0).toLongLong();
    l.dossierId = q.value(1).toLongLong();
    l.borrower = q.value(2).toString();
    l.borrowerIsUser = q.value(3).toBool();
    l.purpose = q.value(4).toString();
    l.approvedBy = q.value(5).toString();
    l.lentOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    l.dueOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    l.returnedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    l.dossierReference = QStringLiteral("%1/%2").arg(q.value(9).toString()).arg(q.value(10).toInt());
    l.dossierTitle = q.value(11).toString();
    return l;
}

QString logged(const DossierLoan &l)
{
    const QJsonObject o{{QStringLiteral("dossier_id"), l.dossierId}, {QStringLiteral("borrower"), l.borrower},
                        {QStringLiteral("borrower_is_user"), l.borrowerIsUser}, {QStringLiteral("purpose"), l.purpose},
                        {QStringLiteral("approved_by"), l.approvedBy}, {QStringLiteral("lent_on"), l.lentOn.toString(Qt::ISODate)},
                        {QStringLiteral("due_on"), l.dueOn.toString(Qt::ISODate)},
                        {QStringLiteral("returned_on"), l.returnedOn.isValid() ? l.returnedOn.toString(Qt::ISODate) : QString()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

DossierLending::DossierLending(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<DossierLoan> DossierLending::lend(qint64 dossierId, const QString &borrower, bool borrowerIsUser, const QString &purpose,
                                                  const QString &approvedBy, const QDate &lentOn, const QDate &dueOn)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    auto dossier = DossierRegister(m_db, m_actor).get(dossierId);
    if (!dossier)
        return dossier.error();
    const QString name = QStringLiteral("%1/%2").arg(dossier->number).arg(dossier->year);
    if (dossier->status == Dossier::Status::Destroyed)
        return StorageError::make(K::Invalid, tr("Dossier %1 was destroyed: there is nothing to lend.").arg(name));
    if (dossier->status != Dossier::Status::Closed && dossier->status != Dossier::Status::HandedOver)
        return StorageError::make(K::Invalid, tr("Dossier %1 is lent once it is closed; an open dossier is still being made up.").arg(name));
    // Named for destruction by the council: it stays on the shelf until it is destroyed.
    if (dossier->destructionId != 0)
        return StorageError::make(K::Invalid, tr("Dossier %1 is named in a destruction decision: it is not lent.").arg(name));
    if (borrower.trimmed().isEmpty() || purpose.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say who borrows the dossier and for what."));
    if (!lentOn.isValid() || !dueOn.isValid() || dueOn < lentOn || lentOn > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("Give the day it is lent (not one still to come) and the day it is due back, on or after it."));
    if (dossier->closedOn.isValid() && lentOn < dossier->closedOn)
        return StorageError::make(K::Invalid, tr("Dossier %1 was closed on %2: it cannot have been lent before.")
                                                  .arg(name, dossier->closedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    office::UserDirectory users(m_db);
    std::optional<office::UserAccount> user;
    if (borrowerIsUser) {
        user = users.find(borrower.trimmed());
        if (!user || user->disabled)
            return StorageError::make(K::Invalid, tr("%1 is not an active user of this file.").arg(borrower));
    }
    // Mật and above: a cleared user, with a leader's approval (Luật Bảo vệ bí mật nhà nước 2018).
    if (dossier->confidentiality != documents::Confidentiality::Normal) {
        if (!user)
            return StorageError::make(K::Invalid, tr("Dossier %1 is marked %2: it is lent only to a user of this file cleared to that level.")
                                                      .arg(name, documents::DocumentMarks::confidentialityName(dossier->confidentiality)));
        if (int(user->clearance) < int(dossier->confidentiality))
            return StorageError::make(K::Forbidden, tr("%1's clearance is below dossier %2's mark (%3).")
                                                        .arg(user->fullName.isEmpty() ? user->login : user->fullName, name,
                                                             documents::DocumentMarks::confidentialityName(dossier->confidentiality)));
        // Nobody approves his own loan of a secret dossier.
        if (approvedBy.trimmed().compare(borrower.trimmed(), Qt::CaseInsensitive) == 0)
            return StorageError::make(K::Invalid, tr("The borrower does not approve his own loan of dossier %1: name another leader.").arg(name));
        const auto approver = users.find(approvedBy.trimmed());
        if (!approver || approver->disabled || (approver->role != office::Role::Leader && approver->role != office::Role::Admin))
            return StorageError::make(K::Invalid, tr("Dossier %1 is marked %2: name the leader who approved the loan (a leader's or the "
                                                     "office chief's login).")
                                                      .arg(name, documents::DocumentMarks::confidentialityName(dossier->confidentiality)));
    }
    DossierLoan loan;
    loan.dossierId = dossierId;
    loan.borrower = borrower.trimmed();
    loan.borrowerIsUser = borrowerIsUser;
    loan.purpose = purpose.simplified();
    loan.approvedBy = approvedBy.simplified();
    loan.lentOn = lentOn;
    loan.dueOn = dueOn;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO dossier_loans (dossier_id, borrower, borrower_is_user, purpose, approved_by, lent_on, due_on, "
                             "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{dossierId, loan.borrower, int(borrowerIsUser), loan.purpose, loan.approvedBy,
                                          lentOn.toString(Qt::ISODate), dueOn.toString(Qt::ISODate), m_actor})
        q.addBindValue(v.typeId() == QMetaType::QString ? storage::notNull(v.toString()) : v);
    if (!t.isActive() || !q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return StorageError::make(K::Invalid, tr("Dossier %1 is out on loan already; it is lent again once it is back.").arg(name));
        return m_db.errorFor(q.lastError());
    }
    loan.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("dossier_loans"), QString::number(loan.id), QStringLiteral("insert"), {}, logged(loan)}) || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    loan.dossierReference = name;
    loan.dossierTitle = dossier->title;
    return loan;
}

QString DossierLending::borrowerShown(const DossierLoan &loan) const
{
    if (loan.borrowerIsUser)
        if (const auto user = office::UserDirectory(m_db).find(loan.borrower); user && !user->fullName.isEmpty())
            return QStringLiteral("%1 (%2)").arg(user->fullName, loan.borrower);
    return loan.borrower;
}

storage::Status DossierLending::giveBack(qint64 loanId, const QDate &returnedOn)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM dossier_loans l JOIN dossiers d ON d.id = l.dossier_id WHERE l.id = ?").arg(LoanColumns));
    q.addBindValue(loanId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no loan %1.").arg(loanId));
    const DossierLoan before = loanFrom(q);
    if (!before.isOut())
        return StorageError::make(K::Invalid, tr("Dossier %1 came back on %2 already.").arg(before.dossierReference,
                                                                                          before.returnedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    if (!returnedOn.isValid() || returnedOn < before.lentOn || returnedOn > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("Give the day it came back: not before it was lent, not a day still to come."));
    DossierLoan after = before;
    after.returnedOn = returnedOn;
    storage::Transaction t(m_db.sql());
    QSqlQuery u(m_db.sql());
    u.prepare(QStringLiteral("UPDATE dossier_loans SET returned_on = ? WHERE id = ?"));
    u.addBindValue(returnedOn.toString(Qt::ISODate));
    u.addBindValue(loanId);
    if (!t.isActive() || !u.exec())
        return m_db.errorFor(u.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("dossier_loans"), QString::number(loanId), QStringLiteral("return"), logged(before), logged(after)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<DossierLoan>> DossierLending::loans(bool outOnly) const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM dossier_loans l JOIN dossiers d ON d.id = l.dossier_id %2 ORDER BY l.lent_on DESC, l.id DESC")
                    .arg(LoanColumns, outOnly ? QStringLiteral("WHERE l.returned_on IS NULL") : QString())))
        return m_db.errorFor(q.lastError());
    QList<DossierLoan> out;
    while (q.next())
        out << loanFrom(q);
    return out;
}

storage::Result<QList<DossierLoan>> DossierLending::overdue(const QDate &today) const
{
    auto out = loans(true);
    if (!out)
        return out.error();
    QList<DossierLoan> late;
    for (const DossierLoan &l : out.value())
        if (l.overdueOn(today))
            late << l;
    return late;
}

storage::Result<DossierLoan> DossierLending::loanOut(qint64 dossierId) const
{
    auto out = loans(true);
    if (!out)
        return out.error();
    for (const DossierLoan &l : out.value())
        if (l.dossierId == dossierId)
            return l;
    return StorageError::make(K::Invalid, tr("The dossier is not out on loan."));
}

} // namespace vanphong::archives
