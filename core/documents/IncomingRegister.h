#pragma once

#include "IncomingDocument.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlQuery;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::documents {

struct IncomingFilter
{
    int year = 0;                // 0: all
    QString typeCode;
    QString sender;              // part of the name, marks and case ignored
    std::optional<IncomingDocument::Status> status;
    QString assignee;            // part of the name, marks and case ignored
    bool secretOnly = false;     // Mật and above
    bool urgentOnly = false;     // Khẩn and above
    bool overdueOn = false;      // deadline before `today` and not done
    QDate today;
    QDate dueFrom;               // with overdueOn: and on or after this day (due this week, not yet late)
    QDate from, to;                   // received between, inclusive; invalid: open
    std::optional<bool> secretSeries; // the secret register or the ordinary one
    bool registerOrder = false;       // by number, oldest first (the printed book)
    // These lines only, whatever else the filter says of them (a list of
    // lines found elsewhere: the archive's unfiled ones); none: any line.
    std::optional<QList<qint64>> only;
    int limit = 500;
    int offset = 0;

    // The same test in memory, for lines found by search.
    [[nodiscard]] bool accepts(const IncomingDocument &d) const;
};

// The incoming register: numbering, hand-overs, status, search index and audit.
class IncomingRegister final
{
    Q_DECLARE_TR_FUNCTIONS(IncomingRegister)
public:
    // `reader` decides what of a confidential line is shown.
    IncomingRegister(storage::Database &db, const office::UserAccount &reader, QString actor);

    // Checks, numbers and stores a new line; returns it with its number.
    [[nodiscard]] storage::Result<IncomingDocument> add(IncomingDocument draft);
    // All rows or none, in one transaction; rows with a number keep it (last
    // year's register), others are numbered. `rowProblems` gets one list per row.
    [[nodiscard]] storage::Result<int> importAll(QList<IncomingDocument> documents, QList<QStringList> *rowProblems = nullptr);
    // What stops each row from being imported (normalises the rows; writes nothing).
    [[nodiscard]] QList<QStringList> importProblems(QList<IncomingDocument> &documents) const;
    // Normalises a draft and names what is missing or wrong (empty: acceptable).
    [[nodiscard]] QStringList check(IncomingDocument &draft) const;
    // Another line with the same sender, symbol and date, if any (the duplicate guard).
    [[nodiscard]] std::optional<IncomingDocument> findDuplicate(const IncomingDocument &draft) const;
    [[nodiscard]] storage::Result<IncomingDocument> get(qint64 id) const;
    // By its number in the ordinary register, or in the secret one (secret documents count apart).
    [[nodiscard]] storage::Result<IncomingDocument> getByNumber(int year, int number, bool secretSeries = false) const;
    // Lines brought from the ordinary file to the secret one (SecretTransfer):
    // they keep their numbers and come without excerpt, which the clerk then
    // fills in here with a correction. Inside the caller's transaction.
    [[nodiscard]] storage::Status insertTransferred(const QList<IncomingDocument> &lines);
    [[nodiscard]] storage::Result<QList<IncomingDocument>> list(const IncomingFilter &filter) const;

    // Hands the document to someone (recorded), with the leader's direction and a deadline.
    // Hands the document over on `handedOn` (today when not given): never
    // before it was received, never a day still to come; the book prints it.
    [[nodiscard]] storage::Status assign(qint64 id, const QString &toWhom, const QString &direction, const QDate &deadline,
                                         const QDate &handedOn = {});
    // New, in progress, done or filed; a cancelled line stays cancelled, and
    // cancelling goes through cancel() with its reason.
    [[nodiscard]] storage::Status setStatus(qint64 id, IncomingDocument::Status status);
    // Takes a done or filed document back to work (in progress when it was handed over, else new).
    [[nodiscard]] storage::Status reopen(qint64 id);

    // Corrects a registered line (sửa vào sổ): what was entered from the paper
    // (received, sender, symbol, date, type, excerpt, pages, copies, marks,
    // recall) takes `corrected`'s values; the number, year and register stay.
    // The reason and the values before and after go to the audit log, which
    // is the line's history (LineHistory).
    [[nodiscard]] storage::Result<IncomingDocument> correct(qint64 id, IncomingDocument corrected, const QString &reason);
    // Cancels a line (hủy vào sổ): it stays in the book, marked, with the day
    // and the reason; its number is never given again.
    [[nodiscard]] storage::Status cancel(qint64 id, const QString &reason);

    struct Handover
    {
        QDateTime at;    // when the hand-over was entered
        QString byUser;
        QString toWhom;
        QString note;
        QDate handedOn;  // the day the document was handed over, as the clerk gave it
    };
    [[nodiscard]] storage::Result<QList<Handover>> handovers(qint64 id) const;

    // The line's search rows written again from the row as stored, inside
    // the caller's transaction (after its excerpt was sealed: office::LegacySealing).
    [[nodiscard]] storage::Status reindex(qint64 id);

private:
    IncomingDocument fromRow(const QSqlQuery &q) const;
    // The line, when this reader may change it: cleared for it, and not cancelled.
    storage::Result<IncomingDocument> changeable(qint64 id) const;
    // Writes a new status with its audit entry (and, for a cancellation, the day and the reason).
    storage::Status storeStatus(const IncomingDocument &before, IncomingDocument::Status to, const QString &verb, const QString &reason);
    // Inside the caller's transaction.
    storage::Result<IncomingDocument> insert(IncomingDocument d, bool keepNumber, const QString &verb = QStringLiteral("insert"));

    storage::Database &m_db;
    int m_clearance;
    QString m_actor;
};

} // namespace vanphong::documents
