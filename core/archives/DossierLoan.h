#pragma once

#include <QDate>
#include <QString>

namespace vanphong::archives {

// A loan of a dossier from the archive (khai thác, sử dụng tài liệu): who,
// why, approved by whom, until when, and the day it came back.
struct DossierLoan
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString borrower;        // a user's login, or the name of a person from outside the file
    bool borrowerIsUser = false;
    QString purpose;
    QString approvedBy;      // the approving leader's login (required for Mật and above), or a name
    QDate lentOn;
    QDate dueOn;
    QDate returnedOn;        // invalid while out
    // Read with the loan, for lists and the lending register.
    QString dossierReference; // "03/2026"
    QString dossierTitle;

    [[nodiscard]] bool isOut() const { return !returnedOn.isValid(); }
    [[nodiscard]] bool overdueOn(const QDate &today) const { return isOut() && dueOn < today; }
};

} // namespace vanphong::archives
