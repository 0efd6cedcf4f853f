#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::meetings {

// The number and symbol of a meeting's own papers: the minutes ("Số
// 12-BB/ĐU", Hướng dẫn 16-HD/VPTW) and the invitation ("Số 05-GM/ĐU"), taken
// in the outgoing register like any paper the committee issues (issue 12;
// as DecisionBook does for decisions). The number is taken once, when the
// clerk issues the paper (an explicit action, not a side effect of printing a
// proof), and every print after shows it; a print before it is a DỰ THẢO.
// The register's line is the paper as issued (status issued, signer,
// recipients, copies) and carries the paper's own date: the invitation's kept
// date (InvitationDate; never after the meeting nor still to come), the
// minutes' the day of their meeting, or the day they are issued when a later
// meeting's minutes took their number first; the minutes' header prints it.
// The series stays in date order (OutgoingRegister::keepsSeriesOrder).
// Minutes that are still a draft (DỰ THẢO) never take a number. Kept in
// meeting_paper_numbers (schema 18).
class PaperNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(PaperNumbers)
public:
    enum class Paper { Minutes, Invitation };

    struct Number
    {
        qint64 outgoingId = 0;
        QString symbol;      // "12-BB/ĐU"
        QDate date;          // the register line's date
        bool taken = false;  // taken by this call (false: it was taken before)
    };

    PaperNumbers(storage::Database &db, const office::UserAccount &user, QString actor);

    static QString code(Paper paper); // "minutes", "invitation"
    static std::optional<Paper> fromCode(const QString &code);
    // The type in the outgoing register: "BB", "GM".
    static QString typeCode(Paper paper);

    // The number the paper holds; none when it was never taken (or its line was given up in the register).
    [[nodiscard]] static storage::Result<std::optional<Number>> of(storage::Database &db, qint64 meetingId, Paper paper);
    // Takes the paper's number (PrepareMeetings, and RegisterDocuments for the
    // register), or gives back the one it holds. Refused for a draft of the
    // minutes (what is missing is named) and in a laptop's package.
    [[nodiscard]] storage::Result<Number> take(qint64 meetingId, Paper paper);

private:
    storage::Database &m_db;
    const office::UserAccount &m_user;
    QString m_actor;
};

} // namespace vanphong::meetings
