#pragma once

#include "Dossier.h"
#include "DossierItemFiles.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::archives {

// A document as the archive lists it: its register's line, as far as the
// reader may see it.
struct FiledDocument
{
    QString kind;        // "in", "out" or "meeting"
    qint64 refId = 0;    // the register line's or the meeting's id
    QString reference;   // "Số đến 12/2026", "12-NQ/ĐU", the meeting's title
    QString symbol;      // the document's number and symbol, when it has one
    QDate date;          // the document's date, or the meeting's day
    QString author;      // who issued it: the sender, the committee, the body that met
    QString excerpt;     // its excerpt (hidden text above the reader's clearance)
    QString typeCode;    // its type ("NQ", "CV"), for the papers' "type and excerpt"; empty for a meeting
    bool contentHidden = false; // the excerpt is the hidden text, not the document's
    documents::Confidentiality confidentiality = documents::Confidentiality::Normal;
    bool cancelled = false;
    bool notYet = false;  // not yet a document to keep: a number reserved, not issued; a meeting not yet held
    qint64 dossierId = 0; // where it is filed; 0 for none
    QDate filedOn;
    QString filedBy;
};

// Filing the registers' documents and the meetings' dossiers into the
// archive's dossiers (lập hồ sơ): a document is in one dossier at most
// (dossier_items is UNIQUE on it, so that two clerks filing the same one at
// once cannot both succeed), only an open dossier takes documents, and a
// dossier's secrecy is the highest of what it holds.
class DossierFiling final
{
    Q_DECLARE_TR_FUNCTIONS(DossierFiling)
public:
    // A meeting's minutes and invitations as printed, to keep with its filing
    // (reports::MeetingArchiveCopies::printer()): the archive lays no paper out itself.
    using MeetingPrinter = std::function<storage::Result<QList<DossierItemFiles::NewFile>>(qint64 meetingId)>;

    // `printer`: needed to file a meeting, refused without it.
    DossierFiling(storage::Database &db, const office::UserAccount &reader, QString actor, MeetingPrinter printer = {});

    [[nodiscard]] storage::Status file(qint64 dossierId, const QString &kind, qint64 refId);
    [[nodiscard]] storage::Status unfile(const QString &kind, qint64 refId);
    // The dossier a document is filed in, if any.
    [[nodiscard]] storage::Result<std::optional<Dossier>> whereFiled(const QString &kind, qint64 refId) const;
    // The dossier that holds the line through its meeting (an outgoing line that
    // is a filed meeting's minutes or invitation), or the one that holds a
    // meeting's minutes or invitation on their own.
    [[nodiscard]] storage::Result<std::optional<Dossier>> filedThroughMeeting(const QString &kind, qint64 refId) const;
    // The meeting whose minutes or invitation the outgoing line `outgoingId`
    // is (its dossier holds them, printed); 0 for a line of no meeting.
    [[nodiscard]] storage::Result<qint64> meetingOfPaper(qint64 outgoingId) const;
    // Where a line or meeting is filed, as its details say it: "Dossier
    // 02/2026: Công văn trao đổi", with the destruction record when the
    // dossier was destroyed; empty when it is in no dossier.
    [[nodiscard]] QString placeOf(const QString &kind, qint64 refId) const;
    // A dossier's documents by their dates, as they lie in the dossier and its
    // list of documents (mục lục văn bản); of one day, in the order filed.
    [[nodiscard]] storage::Result<QList<FiledDocument>> contents(qint64 dossierId) const;
    // The documents of `year` in no dossier, register by register (incoming,
    // outgoing issued, meetings held or closed), that the clerk files before
    // the year is closed. Cancelled lines and released numbers are not
    // documents to keep and are left out.
    [[nodiscard]] storage::Result<QList<FiledDocument>> unfiled(int year) const;
    // A document as the archive names it; an error when it does not exist or cannot be filed.
    [[nodiscard]] storage::Result<FiledDocument> describe(const QString &kind, qint64 refId) const;

private:
    // The dossier whose id `query` (prepared and bound) selects first, if any.
    [[nodiscard]] storage::Result<std::optional<Dossier>> dossierNamedBy(QSqlQuery &query) const;
    // The ids of `table`'s lines matching `ofYear` that are filed nowhere as `kind`.
    [[nodiscard]] storage::Result<QList<qint64>> notFiled(const QString &kind, const QString &table, const QString &ofYear,
                                                          const QVariantList &binds) const;

    storage::Database &m_db;
    const office::UserAccount &m_reader;
    QString m_actor;
    MeetingPrinter m_printer;
};

} // namespace vanphong::archives
