#pragma once

#include "DocumentType.h"
#include "OutgoingDocument.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

class QSqlQuery;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::documents {

struct OutgoingFilter
{
    int year = 0;
    QString typeCode;
    std::optional<OutgoingDocument::Status> status;
    QDate from, to;                   // dated between, inclusive; invalid: open
    std::optional<bool> secret;       // the secret register or the ordinary one
    bool urgentOnly = false;          // Khẩn and above
    bool registerOrder = false;       // series by series, in number order (the printed book)
    // These lines only, whatever else the filter says of them (a list of
    // lines found elsewhere: the archive's unfiled ones); none: any line.
    std::optional<QList<qint64>> only;
    int limit = 500;
    int offset = 0;

    // The same test in memory, for lines found by search.
    [[nodiscard]] bool accepts(const OutgoingDocument &d) const;
};

// The outgoing register: Party-form numbers per type through the term,
// reservation for drafts, the format check before issuing, search and audit.
class OutgoingRegister final
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingRegister)
public:
    enum class Mode { Reserve, Issue };

    OutgoingRegister(storage::Database &db, const office::UserAccount &reader, QString actor);

    [[nodiscard]] storage::Result<OutgoingDocument> add(OutgoingDocument draft, Mode mode);
    // The line's search rows written again from the row as stored, inside
    // the caller's transaction (after its excerpt was sealed: office::LegacySealing).
    [[nodiscard]] storage::Status reindexLine(qint64 id);
    // All rows or none, in one transaction: last year's issued lines with the
    // numbers and symbols they were issued with; the series continue after them.
    [[nodiscard]] storage::Result<int> importAll(QList<OutgoingDocument> documents, QList<QStringList> *rowProblems = nullptr);
    // What stops each row from being imported (normalises the rows; writes nothing).
    [[nodiscard]] QList<QStringList> importProblems(QList<OutgoingDocument> &documents) const;
    [[nodiscard]] storage::Status issue(qint64 id);
    // Gives a reserved number up; it stays in the register, marked, never reused.
    [[nodiscard]] storage::Status release(qint64 id);
    // Corrects a registered line (sửa vào sổ): the date within its term and
    // year, the excerpt, signer, capacity, recipients, copies and marks take
    // `corrected`'s values; the type, number and symbol stay. An issued
    // document must still pass the format check. The reason and the values
    // before and after go to the audit log (LineHistory).
    [[nodiscard]] storage::Result<OutgoingDocument> correct(qint64 id, OutgoingDocument corrected, const QString &reason);
    // Cancels a line with its reason: a reserved number is given up (as
    // release() does); an issued document stays in the book marked cancelled,
    // which only the office chief may do. The number is never given again.
    [[nodiscard]] storage::Status cancel(qint64 id, const QString &reason);
    // Lines brought from the ordinary file to the secret one (SecretTransfer):
    // they keep their numbers and symbols, in this file's terms; `problems`
    // gets what stops each line. Inside the caller's transaction.
    [[nodiscard]] storage::Status insertTransferred(QList<OutgoingDocument> lines, QStringList *problems);
    [[nodiscard]] storage::Result<OutgoingDocument> get(qint64 id) const;
    [[nodiscard]] storage::Result<OutgoingDocument> getBySymbol(const QString &symbol) const;
    [[nodiscard]] storage::Result<QList<OutgoingDocument>> list(const OutgoingFilter &filter) const;
    // Outgoing documents that answer an incoming one.
    [[nodiscard]] storage::Result<QList<OutgoingDocument>> answersTo(qint64 incomingId) const;

    // The format check (thể thức) before issuing: each missing or malformed element, named.
    [[nodiscard]] QStringList formatProblems(const OutgoingDocument &document) const;
    // Recipients one per entry, "Lưu Văn phòng" added if missing and kept last.
    static QStringList normalizeRecipients(const QStringList &recipients);

    // The date `d` may take as the next number of its series (its type, term,
    // congress and secrecy, as add() works them out): its own date, unless the
    // series already holds a later one; then the day the number is given,
    // since a series' dates never go back (keepsSeriesOrder). For papers
    // dated by a fact (a meeting's decision, its minutes) numbered late.
    [[nodiscard]] storage::Result<QDate> dateInSeriesOrder(const OutgoingDocument &d) const;

private:
    // Composed Unicode, single spaces, capacity in capitals, recipients ending with "Lưu Văn phòng".
    static void normalize(OutgoingDocument &d);
    static QString seriesKey(const OutgoingDocument &d, const DocumentType &type, qint64 termId);
    // The series runs in the order of its dates: `d` (numbered, or about to
    // take the next number when its number is 0) is dated no earlier than the
    // number before it and no later than the number after it. Given-up
    // numbers stand for no document and do not count.
    storage::Status keepsSeriesOrder(const OutgoingDocument &d) const;
    // Inside the caller's transaction: the row, its audit entry and its search text.
    storage::Result<OutgoingDocument> insert(OutgoingDocument d, const QString &typeName, const QString &verb);
    OutgoingDocument fromRow(const QSqlQuery &q) const;
    storage::Status changeStatus(qint64 id, OutgoingDocument::Status from, OutgoingDocument::Status to, const QString &verb,
                                 const QString &reason = {});
    // The line, when this reader may correct or cancel it: cleared for it, neither cancelled nor given up.
    storage::Result<OutgoingDocument> changeable(qint64 id) const;
    // The refusal of a change to a line whose content the reader may not see.
    static storage::StorageError hiddenFromReader(const OutgoingDocument &d);
    // The line's search text, after it was added or corrected.
    bool reindex(const OutgoingDocument &d, const QString &typeName);

    storage::Database &m_db;
    int m_clearance;
    QString m_actor;
};

} // namespace vanphong::documents
