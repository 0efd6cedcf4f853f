#include "DossierFiling.h"

#include "DossierRegister.h"
#include "RetentionReview.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "meetings/MeetingStore.h"
#include "office/AccessControl.h"
#include "office/UserAccount.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace vanphong::archives {

using storage::StorageError;
using K = StorageError::Kind;
using namespace vanphong::documents;

namespace {
FiledDocument fromIncoming(const IncomingDocument &d)
{
    FiledDocument f;
    f.kind = QStringLiteral("in");
    f.refId = d.id;
    // "M1/2026" in the secret register, as the CLI names it: the ordinary 1/2026 is another document.
    f.reference = DossierFiling::tr("Incoming %1/%2").arg((d.secretSeries ? QStringLiteral("M") : QString()) + QString::number(d.number)).arg(d.year);
    f.symbol = d.symbol.verbatim;
    f.date = d.documentDate.isValid() ? d.documentDate : d.receivedAt.date();
    f.author = d.sender;
    f.excerpt = d.excerpt;
    f.typeCode = d.typeCode;
    f.contentHidden = d.contentHidden;
    f.confidentiality = d.confidentiality;
    f.cancelled = d.status == IncomingDocument::Status::Cancelled;
    return f;
}

FiledDocument fromOutgoing(const OutgoingDocument &d)
{
    FiledDocument f;
    f.kind = QStringLiteral("out");
    f.refId = d.id;
    f.reference = d.symbol;
    f.symbol = d.symbol;
    f.date = d.documentDate;
    f.excerpt = d.excerpt;
    f.typeCode = d.typeCode;
    f.contentHidden = d.contentHidden;
    f.confidentiality = d.confidentiality;
    f.cancelled = d.isCancelled() || d.status == OutgoingDocument::Status::Released;
    f.notYet = d.status == OutgoingDocument::Status::Reserved;
    return f;
}

FiledDocument fromMeeting(const meetings::Meeting &m)
{
    FiledDocument f;
    f.kind = QStringLiteral("meeting");
    f.refId = m.id;
    f.reference = DossierFiling::tr("Meeting dossier: %1").arg(m.title);
    f.date = m.startsAt.date();
    f.excerpt = DossierFiling::tr("Dossier of the meeting \"%1\" of %2").arg(m.title, m.startsAt.date().toString(QStringLiteral("dd/MM/yyyy")));
    f.confidentiality = Confidentiality(int(m.confidentiality));
    f.cancelled = m.status == meetings::Meeting::Status::Cancelled;
    f.notYet = m.status == meetings::Meeting::Status::Planned;
    return f;
}

} // namespace

DossierFiling::DossierFiling(storage::Database &db, const office::UserAccount &reader, QString actor, MeetingPrinter printer)
    : m_db(db)
    , m_reader(reader)
    , m_actor(std::move(actor))
    , m_printer(std::move(printer))
{
}

storage::Result<FiledDocument> DossierFiling::describe(const QString &kind, qint64 refId) const
{
    if (kind == QLatin1String("in")) {
        auto d = IncomingRegister(m_db, m_reader, m_actor).get(refId);
        if (!d)
            return d.error();
        return fromIncoming(d.value());
    }
    if (kind == QLatin1String("out")) {
        auto d = OutgoingRegister(m_db, m_reader, m_actor).get(refId);
        if (!d)
            return d.error();
        return fromOutgoing(d.value());
    }
    if (kind == QLatin1String("meeting")) {
        auto m = meetings::MeetingStore(m_db, m_actor).get(refId);
        if (!m)
            return m.error();
        return fromMeeting(m.value());
    }
    return StorageError::make(K::Invalid, tr("Only incoming and outgoing documents and meetings are filed into dossiers."));
}

storage::Status DossierFiling::file(qint64 dossierId, const QString &kind, qint64 refId)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    auto document = describe(kind, refId);
    if (!document)
        return document.error();
    if (document->cancelled)
        return StorageError::make(K::Invalid, tr("%1 was cancelled: there is no document to file.").arg(document->reference));
    if (document->notYet)
        return StorageError::make(K::Invalid, kind == QLatin1String("meeting")
                                                  ? tr("The meeting is still marked as planned: close it, its minutes done, before filing its dossier.")
                                                  : tr("%1 is not issued yet: a document is filed once it is issued.").arg(document->reference));
    DossierRegister dossiers(m_db, m_actor);
    auto dossier = dossiers.get(dossierId);
    if (!dossier)
        return dossier.error();
    if (dossier->status != Dossier::Status::Open)
        return StorageError::make(K::Invalid, tr("Dossier %1/%2 is closed: documents are filed into open dossiers.")
                                                  .arg(dossier->number).arg(dossier->year));
    if (auto where = whereFiled(kind, refId); where && where->has_value())
        return StorageError::make(K::Invalid, tr("%1 is already filed in dossier %2/%3 (%4).")
                                                  .arg(document->reference, (*where)->number).arg((*where)->year).arg((*where)->title));
    // A meeting's minutes and invitations are outgoing lines too: filed with
    // the meeting, they are not filed again on their own, nor the other way round.
    if (auto other = filedThroughMeeting(kind, refId); !other)
        return other.error();
    else if (other->has_value())
        return StorageError::make(K::Invalid, kind == QLatin1String("meeting")
                                                  ? tr("The meeting's minutes or invitation are filed on their own in dossier %1/%2: "
                                                       "take them out first, the meeting's dossier holds them.")
                                                        .arg((*other)->number).arg((*other)->year)
                                                  : tr("%1 is a meeting's minutes or invitation, filed with its meeting in dossier %2/%3.")
                                                        .arg(document->reference, (*other)->number).arg((*other)->year));
    // A meeting goes into the archive with its minutes and invitations as
    // printed: made before the transaction (rendering takes a moment), kept in it.
    const bool meeting = kind == QLatin1String("meeting");
    QList<DossierItemFiles::NewFile> copies;
    DossierItemFiles files(m_db, m_reader, m_actor);
    if (meeting) {
        if (!m_printer)
            return StorageError::make(K::Invalid, tr("A meeting is filed with its minutes and invitations as printed, which this program does not make."));
        auto printed = m_printer(refId);
        if (!printed)
            return printed.error();
        copies = printed.value();
        if (auto s = files.prepare(refId); !s)
            return s;
    }
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO dossier_items (dossier_id, kind, ref_id, filed_on, filed_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(dossierId);
    q.addBindValue(kind);
    q.addBindValue(refId);
    q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    q.addBindValue(m_actor);
    if (!t.isActive() || !q.exec()) {
        // Another clerk filed it between the check and here: the constraint decides, and says so.
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return StorageError::make(K::Invalid, tr("%1 was just filed in another dossier.").arg(document->reference));
        return m_db.errorFor(q.lastError());
    }
    const qint64 itemId = q.lastInsertId().toLongLong();
    if (meeting)
        if (auto kept = files.addInside(itemId, refId, copies); !kept)
            return kept;
    // The dossier is as secret as the most secret thing in it.
    if (document->confidentiality > dossier->confidentiality) {
        QSqlQuery raise(m_db.sql());
        raise.prepare(QStringLiteral("UPDATE dossiers SET confidentiality = ? WHERE id = ?"));
        raise.addBindValue(int(document->confidentiality));
        raise.addBindValue(dossierId);
        if (!raise.exec())
            return m_db.errorFor(raise.lastError());
        storage::AuditLog log(m_db);
        if (!log.append({m_actor, QStringLiteral("dossiers"), QString::number(dossierId), QStringLiteral("update"),
                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("confidentiality"), int(dossier->confidentiality)}}).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("confidentiality"), int(document->confidentiality)}}).toJson(QJsonDocument::Compact))}))
            return m_db.errorFor(m_db.sql().lastError());
    }
    storage::AuditLog log(m_db);
    const QJsonObject values{{QStringLiteral("dossier_id"), dossierId}, {QStringLiteral("kind"), kind}, {QStringLiteral("ref_id"), refId}};
    if (!log.append({m_actor, QStringLiteral("dossier_items"), QString::number(itemId), QStringLiteral("insert"), {},
                     QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status DossierFiling::unfile(const QString &kind, qint64 refId)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    auto where = whereFiled(kind, refId);
    if (!where)
        return where.error();
    if (!where->has_value())
        return StorageError::make(K::Invalid, tr("This document is not filed in any dossier."));
    const Dossier &dossier = **where;
    if (dossier.status != Dossier::Status::Open)
        return StorageError::make(K::Invalid, tr("Dossier %1/%2 is closed: nothing is taken out of it.").arg(dossier.number).arg(dossier.year));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM dossier_items WHERE kind = ? AND ref_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(refId);
    if (!t.isActive() || !q.exec() || !q.next())
        return m_db.errorFor(q.lastError());
    const qint64 itemId = q.value(0).toLongLong();
    if (auto gone = DossierItemFiles(m_db, m_reader, m_actor).removeInside(itemId, tr("taken out of the dossier")); !gone)
        return gone.error();
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM dossier_items WHERE id = ?"));
    del.addBindValue(itemId);
    if (!del.exec())
        return m_db.errorFor(del.lastError());
    storage::AuditLog log(m_db);
    const QJsonObject values{{QStringLiteral("dossier_id"), dossier.id}, {QStringLiteral("kind"), kind}, {QStringLiteral("ref_id"), refId}};
    if (!log.append({m_actor, QStringLiteral("dossier_items"), QString::number(itemId), QStringLiteral("delete"),
                     QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)), {}})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<std::optional<Dossier>> DossierFiling::dossierNamedBy(QSqlQuery &query) const
{
    if (!query.exec())
        return m_db.errorFor(query.lastError());
    if (!query.next())
        return std::optional<Dossier>();
    auto dossier = DossierRegister(m_db, m_actor).get(query.value(0).toLongLong());
    if (!dossier)
        return dossier.error();
    return std::optional<Dossier>(dossier.value());
}

storage::Result<std::optional<Dossier>> DossierFiling::whereFiled(const QString &kind, qint64 refId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT dossier_id FROM dossier_items WHERE kind = ? AND ref_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(refId);
    return dossierNamedBy(q);
}

storage::Result<std::optional<Dossier>> DossierFiling::filedThroughMeeting(const QString &kind, qint64 refId) const
{
    QSqlQuery q(m_db.sql());
    if (kind == QLatin1String("out"))
        q.prepare(QStringLiteral("SELECT i.dossier_id FROM meeting_paper_numbers p JOIN dossier_items i "
                                 "ON i.kind = 'meeting' AND i.ref_id = p.meeting_id WHERE p.outgoing_id = ? LIMIT 1"));
    else if (kind == QLatin1String("meeting"))
        q.prepare(QStringLiteral("SELECT i.dossier_id FROM meeting_paper_numbers p JOIN dossier_items i "
                                 "ON i.kind = 'out' AND i.ref_id = p.outgoing_id WHERE p.meeting_id = ? LIMIT 1"));
    else
        return std::optional<Dossier>();
    q.addBindValue(refId);
    return dossierNamedBy(q);
}

storage::Result<qint64> DossierFiling::meetingOfPaper(qint64 outgoingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT meeting_id FROM meeting_paper_numbers WHERE outgoing_id = ? LIMIT 1"));
    q.addBindValue(outgoingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

QString DossierFiling::placeOf(const QString &kind, qint64 refId) const
{
    auto where = whereFiled(kind, refId);
    if (!where || !where->has_value())
        return {};
    const Dossier &d = **where;
    const QString in = tr("Dossier %1/%2: %3").arg(d.number).arg(d.year).arg(d.title);
    if (d.status != Dossier::Status::Destroyed)
        return in;
    // The line stays; its files went with the dossier, under the destruction record.
    RetentionReview review(m_db, m_reader, m_actor);
    auto destruction = review.destructionOf(d.id);
    if (!destruction || !destruction.value())
        return in;
    auto destroyed = review.destruction(destruction.value());
    return destroyed ? tr("%1 (destroyed on %2, record %3)").arg(in, destroyed->destroyedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                               destroyed->recordNumber)
                     : in;
}

storage::Result<QList<FiledDocument>> DossierFiling::contents(qint64 dossierId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT kind, ref_id, filed_on, filed_by FROM dossier_items WHERE dossier_id = ? ORDER BY id"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<FiledDocument> out;
    while (q.next()) {
        auto document = describe(q.value(0).toString(), q.value(1).toLongLong());
        if (!document)
            return document.error();
        FiledDocument f = document.value();
        f.dossierId = dossierId;
        f.filedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        f.filedBy = q.value(3).toString();
        out << f;
    }
    std::stable_sort(out.begin(), out.end(), [](const FiledDocument &a, const FiledDocument &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        return a.date < b.date;
    });
    return out;
}

storage::Result<QList<qint64>> DossierFiling::notFiled(const QString &kind, const QString &table, const QString &ofYear,
                                                     const QVariantList &binds) const
{
    // The year's lines that no filing names, found by the index on
    // dossier_items (kind, ref_id): the register then reads those lines only.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 AND NOT EXISTS "
                             "(SELECT 1 FROM dossier_items WHERE kind = ? AND ref_id = %1.id)").arg(table, ofYear));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(kind);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

storage::Result<QList<FiledDocument>> DossierFiling::unfiled(int year) const
{
    QList<FiledDocument> out;
    auto incomingIds = notFiled(QStringLiteral("in"), QStringLiteral("incoming_documents"), QStringLiteral("year = ?"), {year});
    if (!incomingIds)
        return incomingIds.error();
    IncomingFilter in;
    in.year = year;
    in.only = incomingIds.value();
    in.registerOrder = true;
    in.limit = std::numeric_limits<int>::max();
    auto incoming = IncomingRegister(m_db, m_reader, m_actor).list(in);
    if (!incoming)
        return incoming.error();
    for (const IncomingDocument &d : incoming.value())
        if (d.status != IncomingDocument::Status::Cancelled)
            out << fromIncoming(d);
    // A meeting's minutes and invitations go with the meeting: a meeting held is
    // listed itself (or filed: only a held meeting is), and its papers with it,
    // not as lines of their own.
    auto outgoingIds = notFiled(QStringLiteral("out"), QStringLiteral("outgoing_documents"),
                                QStringLiteral("document_date BETWEEN ? AND ? AND id NOT IN (SELECT p.outgoing_id FROM meeting_paper_numbers p "
                                               "JOIN meetings mt ON mt.id = p.meeting_id WHERE mt.status IN ('held', 'closed'))"),
                                {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    if (!outgoingIds)
        return outgoingIds.error();
    OutgoingFilter outFilter;
    outFilter.year = year;
    outFilter.only = outgoingIds.value();
    outFilter.status = OutgoingDocument::Status::Issued;
    outFilter.registerOrder = true;
    outFilter.limit = std::numeric_limits<int>::max();
    auto outgoing = OutgoingRegister(m_db, m_reader, m_actor).list(outFilter);
    if (!outgoing)
        return outgoing.error();
    for (const OutgoingDocument &d : outgoing.value())
        if (!d.isCancelled())
            out << fromOutgoing(d);
    auto held = meetings::MeetingStore(m_db, m_actor).list(QDate(year, 1, 1), QDate(year, 12, 31));
    if (!held)
        return held.error();
    for (const meetings::Meeting &m : held.value())
        if (m.status == meetings::Meeting::Status::Held || m.status == meetings::Meeting::Status::Closed)
            if (auto where = whereFiled(QStringLiteral("meeting"), m.id); where && !where->has_value())
                out << fromMeeting(m);
    return out;
}

} // namespace vanphong::archives
