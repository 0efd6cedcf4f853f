#pragma once

#include "DossierLoan.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::archives {

// Lending the archive's dossiers (khai thác): a closed or handed-over
// dossier goes to one borrower at a time (a unique index decides between two
// clerks), for a purpose, until a due day, and comes back. A dossier marked
// Mật or above goes only to a user of the file cleared to its level, and only
// with the approval of a leader (a user whose role is leader or office chief).
class DossierLending final
{
    Q_DECLARE_TR_FUNCTIONS(DossierLending)
public:
    DossierLending(storage::Database &db, QString actor);

    // `borrower`: a user's login, or a person's name when `borrowerIsUser` is false.
    [[nodiscard]] storage::Result<DossierLoan> lend(qint64 dossierId, const QString &borrower, bool borrowerIsUser, const QString &purpose,
                                                    const QString &approvedBy, const QDate &lentOn, const QDate &dueOn);
    [[nodiscard]] storage::Status giveBack(qint64 loanId, const QDate &returnedOn);
    // Every loan, newest first; with `outOnly` only those not returned.
    [[nodiscard]] storage::Result<QList<DossierLoan>> loans(bool outOnly = false) const;
    // The loans not returned whose due day is before `today`.
    [[nodiscard]] storage::Result<QList<DossierLoan>> overdue(const QDate &today) const;
    // The loan of a dossier that is out, if any.
    [[nodiscard]] storage::Result<DossierLoan> loanOut(qint64 dossierId) const;
    // The borrower as people know him: a user by his full name with the login
    // the file knows ("Trần Thị Mai (mai)"), a person from outside by name.
    [[nodiscard]] QString borrowerShown(const DossierLoan &loan) const;

private:
    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::archives
