#include "OutgoingRegister.h"

#include "ArchiveHold.h"

#include "directory/NameDirectory.h"

#include "DocumentSymbol.h"
#include "DocumentTypes.h"
#include "LineSeals.h"
#include "SealedFields.h"
#include "NumberSeries.h"
#include "SearchWords.h"
#include "office/AccessControl.h"
#include "office/ClearanceKeys.h"
#include "office/SecretFile.h"
#include "office/ProfileStore.h"
#include "office/TermStore.h"
#include "office/UserAccount.h"
#include "search/DocumentSearch.h"
#include "search/VietnameseFolding.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QVariant>

#include <algorithm>

namespace vanphong::documents {

using storage::StorageError;
using K = StorageError::Kind;
using Status = OutgoingDocument::Status;

namespace {
const char *const StatusCodes[] = {"reserved", "issued", "released"};
const QString FileCopy = QStringLiteral("Lưu Văn phòng");

const QString Columns = QStringLiteral(
    "id, term_id, series_key, number, symbol, type_code, document_date, excerpt, signer, capacity, recipients, copies,"
    " confidentiality, urgency, congress, answers_incoming_id, status, created_by, cancelled_on, cancel_reason");

// What the audit log keeps of a line, before and after each change: the
// line's history is read back from it (LineHistory), field by field.
// What is sealed of a line above "Thường" (office::ClearanceKeys), by name.
namespace Fields {
const QString &Excerpt = SealedFields::OutgoingExcerpt;
const QString &Reason = SealedFields::OutgoingReason;
} // namespace Fields

QString json(const OutgoingDocument &d, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("number"), d.number}, {QStringLiteral("symbol"), d.symbol},
                  {QStringLiteral("date"), d.documentDate.toString(Qt::ISODate)},
                  {QStringLiteral("excerpt"), d.storedExcerpt.isNull() ? d.excerpt : d.storedExcerpt}, {QStringLiteral("signer"), d.signer},
                  {QStringLiteral("capacity"), d.capacity}, {QStringLiteral("recipients"), d.recipients.join(QLatin1Char('\n'))},
                  {QStringLiteral("copies"), d.copies}, {QStringLiteral("secret"), int(d.confidentiality)},
                  {QStringLiteral("urgency"), int(d.urgency)}, {QStringLiteral("status"), OutgoingDocument::statusCode(d.status)},
                  {QStringLiteral("cancelled"), d.cancelledOn.toString(Qt::ISODate)}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant dateOrNull(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
} // namespace

QString OutgoingDocument::statusCode(Status status) { return QLatin1String(StatusCodes[int(status)]); }

std::optional<Status> OutgoingDocument::statusFromCode(const QString &code)
{
    for (int i = 0; i < 3; ++i)
        if (code == QLatin1String(StatusCodes[i]))
            return Status(i);
    return std::nullopt;
}

QStringList OutgoingDocument::capacities()
{
    return {QStringLiteral("T/M"), QStringLiteral("K/T"), QStringLiteral("T/L"), QStringLiteral("TM."), QStringLiteral("KT."),
            QStringLiteral("TL."), QStringLiteral("TUQ.")};
}

OutgoingRegister::OutgoingRegister(storage::Database &db, const office::UserAccount &reader, QString actor)
    : m_db(db)
    , m_clearance(int(reader.clearance))
    , m_actor(std::move(actor))
{
}

QStringList OutgoingRegister::normalizeRecipients(const QStringList &recipients)
{
    QStringList out;
    QSet<QString> listed; // a body named twice (a group and one of its members) is named once
    for (const QString &r : recipients) {
        QString name = r.normalized(QString::NormalizationForm_C).simplified();
        // "- Lưu Văn phòng." as typed on paper: drop the dash and the full stop.
        while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('+')))
            name = name.mid(1).trimmed();
        while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(',')) || name.endsWith(QLatin1Char(';')))
            name.chop(1);
        if (name.isEmpty() || search::VietnameseFolding::fold(name) == search::VietnameseFolding::fold(FileCopy)
            || listed.contains(name.toLower()))
            continue;
        listed.insert(name.toLower());
        out << name;
    }
    out << FileCopy;
    return out;
}

OutgoingDocument OutgoingRegister::fromRow(const QSqlQuery &q) const
{
    OutgoingDocument d;
    d.id = q.value(0).toLongLong();
    d.termId = q.value(1).toLongLong();
    d.seriesKey = q.value(2).toString();
    d.number = q.value(3).toInt();
    d.symbol = q.value(4).toString();
    d.typeCode = q.value(5).toString();
    d.documentDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    d.excerpt = q.value(7).toString();
    d.signer = q.value(8).toString();
    d.capacity = q.value(9).toString();
    d.recipients = q.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    d.copies = q.value(11).toInt();
    d.confidentiality = Confidentiality(std::clamp(q.value(12).toInt(), 0, 3));
    d.urgency = Urgency(std::clamp(q.value(13).toInt(), 0, 4));
    d.congress = q.value(14).toBool();
    d.answersIncomingId = q.value(15).toLongLong();
    d.status = OutgoingDocument::statusFromCode(q.value(16).toString()).value_or(Status::Reserved);
    d.createdBy = q.value(17).toString();
    d.cancelledOn = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    d.cancelReason = q.value(19).toString();
    d.storedExcerpt = d.excerpt;
    if (int(d.confidentiality) > m_clearance) {
        d.contentHidden = true;
        d.excerpt = DocumentMarks::hiddenExcerpt(d.confidentiality, d.storedExcerpt);
        d.cancelReason.clear();
        return d;
    }
    // Above "Thường" the content is sealed with the level's key (office::ClearanceKeys).
    const auto excerpt = office::ClearanceKeys::openText(m_db, d.excerpt, Fields::Excerpt);
    const auto reason = office::ClearanceKeys::openText(m_db, d.cancelReason, Fields::Reason);
    if (!excerpt || !reason) {
        d.contentHidden = true;
        d.excerpt = office::ClearanceKeys::notGivenText();
        d.cancelReason.clear();
        return d;
    }
    d.excerpt = *excerpt;
    d.cancelReason = *reason;
    return d;
}

QStringList OutgoingRegister::formatProblems(const OutgoingDocument &d) const
{
    QStringList problems;
    auto profile = office::ProfileStore(m_db).load();
    if (!profile || profile->organisationName.isEmpty())
        problems << tr("The issuing body is missing: fill in the office profile.");
    if (!profile || profile->issuerAbbreviation.isEmpty())
        problems << tr("The issuer abbreviation for the symbol is missing: fill in the office profile.");
    if (!profile || profile->placeName.isEmpty())
        problems << tr("The place name for the date line is missing: fill in the office profile.");
    const auto type = DocumentTypes(m_db).find(d.typeCode);
    if (!type)
        problems << tr("The type of document is missing.");
    else if (type->abbreviation.isEmpty())
        problems << tr("The type \"%1\" has no abbreviation for its symbol yet.").arg(type->name);
    if (!d.documentDate.isValid())
        problems << tr("The date of the document is missing.");
    // Issued is a fact of the day it happens: a paper is not issued before its
    // own date (review, issue 12: a line dated 30/12 issued on 02/12 then
    // barred every earlier date from its series).
    else if (d.documentDate > QDate::currentDate())
        problems << tr("The document is dated %1, a day still to come: it is issued on that day; until then its number is reserved.")
                        .arg(d.documentDate.toString(QStringLiteral("dd/MM/yyyy")));
    // A secret document's excerpt is kept only in the secret file (office::SecretFile).
    const bool keepsContent = d.confidentiality == Confidentiality::Normal || office::SecretFile::isSecretFile(m_db);
    if (keepsContent && d.excerpt.trimmed().isEmpty() && type && type->code != QLatin1String("CV"))
        problems << tr("The excerpt (trích yếu) is missing.");
    if (d.signer.trimmed().isEmpty())
        problems << tr("The signer's name is missing.");
    if (!d.capacity.isEmpty() && !OutgoingDocument::capacities().contains(d.capacity))
        problems << tr("The signing capacity \"%1\" is not one of %2.").arg(d.capacity, OutgoingDocument::capacities().join(QLatin1String(", ")));
    if (d.recipients.size() < 2)
        problems << tr("The recipients (nơi nhận) are missing.");
    else if (d.recipients.last() != FileCopy)
        problems << tr("The recipients must end with \"%1\".").arg(FileCopy);
    if (!d.symbol.isEmpty() && DocumentSymbol::parse(d.symbol).form != DocumentSymbol::Form::Party)
        problems << tr("The number and symbol \"%1\" are not in the Party form.").arg(d.symbol);
    return problems;
}

void OutgoingRegister::normalize(OutgoingDocument &d)
{
    d.excerpt = d.excerpt.normalized(QString::NormalizationForm_C).simplified();
    d.signer = d.signer.normalized(QString::NormalizationForm_C).simplified();
    d.capacity = d.capacity.trimmed().toUpper();
    d.recipients = normalizeRecipients(d.recipients);
}

storage::Result<OutgoingDocument> OutgoingRegister::add(OutgoingDocument d, Mode mode)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    normalize(d);
    // A recipient group ("Các chi bộ trực thuộc") stands for its members, each named on the paper.
    auto recipients = directory::NameDirectory(m_db, m_actor).expand(d.recipients);
    if (!recipients)
        return recipients.error();
    d.recipients = recipients.value();
    if (!d.documentDate.isValid())
        d.documentDate = QDate::currentDate();
    const auto type = DocumentTypes(m_db).find(d.typeCode);
    if (!type)
        return StorageError::make(K::Invalid, tr("There is no document type %1.").arg(d.typeCode));
    if (type->abbreviation.isEmpty())
        return StorageError::make(K::Invalid, tr("The type \"%1\" has no abbreviation for its symbol yet.").arg(type->name));
    d.typeCode = type->code;
    const auto term = office::TermStore(m_db).termOfLine(d.documentDate, d.congress);
    if (!term)
        return StorageError::make(K::Invalid, tr("No term of the committee covers %1. Add the term (nhiệm kỳ) and the day it "
                                                 "started in the office profile first.").arg(d.documentDate.toString(QStringLiteral("dd/MM/yyyy"))));
    auto profile = office::ProfileStore(m_db).load();
    if (!profile)
        return profile.error();
    if (profile->issuerAbbreviation.isEmpty())
        return StorageError::make(K::Invalid, tr("The issuer abbreviation for the symbol is missing: fill in the office profile."));
    if (d.answersIncomingId) {
        QSqlQuery check(m_db.sql());
        check.prepare(QStringLiteral("SELECT 1 FROM incoming_documents WHERE id = ?"));
        check.addBindValue(d.answersIncomingId);
        if (!check.exec() || !check.next())
            return StorageError::make(K::Invalid, tr("The incoming document it answers does not exist."));
    }

    // A key is made only for content to seal (the ordinary file keeps none).
    if (!d.excerpt.isEmpty())
        if (auto s = office::ClearanceKeys::ensure(m_db, int(d.confidentiality), m_actor); !s)
            return s.error();
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    d.termId = term->id;
    d.seriesKey = seriesKey(d, *type, term->id);
    const auto number = NumberSeries::next(m_db.sql(), d.seriesKey);
    if (!number)
        return m_db.errorFor(m_db.sql().lastError());
    d.number = *number;
    // The secret series prints its own mark, so no secret and ordinary line share a symbol.
    d.symbol = DocumentSymbol::partySymbol(d.number, type->abbreviation,
                                           profile->symbolIssuer(d.confidentiality != Confidentiality::Normal, d.congress));
    d.status = mode == Mode::Issue ? Status::Issued : Status::Reserved;
    d.createdBy = m_actor;
    // Refused inside the transaction: the number taken above is rolled back with it, never lost.
    if (auto ordered = keepsSeriesOrder(d); !ordered)
        return ordered.error();
    if (mode == Mode::Issue) {
        if (const QStringList problems = formatProblems(d); !problems.isEmpty())
            return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    }
    if (auto stored = insert(d, type->name, mode == Mode::Issue ? QStringLiteral("issue") : QStringLiteral("reserve")); !stored)
        return stored.error();
    else
        d = stored.value();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return d;
}

storage::Status OutgoingRegister::keepsSeriesOrder(const OutgoingDocument &d) const
{
    // DOMAIN.md, "Document types and symbols": a series is numbered from 01
    // through the term, one number after the other as documents are issued,
    // so its dates never go back (issue 12: a decision reserved after a
    // meeting took the next number with the meeting's earlier date, and
    // 02-NQ/ĐU dated 05/01 came before 01-NQ/ĐU dated 10/01). The clerk is
    // told which date the number may take; nothing is changed behind him.
    std::optional<QSqlError> failed;
    const auto neighbour = [&](bool before) -> std::optional<std::pair<QString, QDate>> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT symbol, document_date FROM outgoing_documents WHERE series_key = ? AND id <> ?"
                                 " AND status <> 'released' AND %1 ORDER BY number %2 LIMIT 1")
                      .arg(before ? QStringLiteral("number < ?") : QStringLiteral("number > ?"),
                           before ? QStringLiteral("DESC") : QStringLiteral("ASC")));
        q.addBindValue(d.seriesKey);
        q.addBindValue(d.id);
        q.addBindValue(d.number);
        if (!q.exec())
            failed = q.lastError();
        if (failed || !q.next())
            return std::nullopt;
        return std::pair{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)};
    };
    const auto dmy = [](const QDate &date) { return date.toString(QStringLiteral("dd/MM/yyyy")); };
    const auto previous = neighbour(true);
    const auto next = neighbour(false);
    if (failed)
        return m_db.errorFor(*failed);
    if (previous && previous->second.isValid() && d.documentDate < previous->second)
        return StorageError::make(K::Invalid, tr("%1 cannot be dated %2: %3, the number before it in its series, is dated %4. "
                                                 "Numbers are given in the order of their dates, so a later number is never dated "
                                                 "earlier: date it %4 or later (the day the number is given).")
                                                  .arg(d.symbol, dmy(d.documentDate), previous->first, dmy(previous->second)));
    if (next && next->second.isValid() && d.documentDate > next->second)
        return StorageError::make(K::Invalid, tr("%1 cannot be dated %2: %3, the number after it in its series, is dated %4. "
                                                 "A number is never dated later than the number after it: date it %4 or earlier.")
                                                  .arg(d.symbol, dmy(d.documentDate), next->first, dmy(next->second)));
    return storage::Ok{};
}

storage::Result<QDate> OutgoingRegister::dateInSeriesOrder(const OutgoingDocument &d) const
{
    const auto type = DocumentTypes(m_db).find(d.typeCode);
    const auto term = office::TermStore(m_db).termOfLine(d.documentDate, d.congress);
    if (!type || !term)
        return d.documentDate; // add() names what is missing
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT document_date FROM outgoing_documents WHERE series_key = ? AND status <> 'released' ORDER BY number DESC LIMIT 1"));
    q.addBindValue(seriesKey(d, *type, term->id));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    const QDate last = q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
    return last.isValid() && last > d.documentDate ? std::max(QDate::currentDate(), last) : d.documentDate;
}

QString OutgoingRegister::seriesKey(const OutgoingDocument &d, const DocumentType &type, qint64 termId)
{
    // Each type is numbered from 01 through the whole term; the congress's
    // documents share one series; secret documents have their own.
    return QStringLiteral("out:%1:%2%3").arg(termId).arg(d.congress ? QStringLiteral("congress") : type.series,
                                                        d.confidentiality != Confidentiality::Normal ? QStringLiteral(":secret") : QString());
}

storage::Result<OutgoingDocument> OutgoingRegister::insert(OutgoingDocument d, const QString &typeName, const QString &verb)
{
    if (!d.excerpt.isEmpty())
        if (auto s = office::SecretFile::mayHold(m_db, d.confidentiality, tr("the excerpt")); !s)
            return s.error();
    const auto excerpt = office::ClearanceKeys::sealText(m_db, int(d.confidentiality), Fields::Excerpt, d.excerpt);
    if (!excerpt)
        return excerpt.error();
    d.storedExcerpt = *excerpt;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO outgoing_documents (term_id, series_key, number, symbol, type_code, document_date,"
                             " excerpt, signer, capacity, recipients, copies, confidentiality, urgency, congress,"
                             " answers_incoming_id, status, created_by, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {
        d.termId, d.seriesKey, d.number, d.symbol, d.typeCode, d.documentDate.toString(Qt::ISODate), d.storedExcerpt,
        d.signer, d.capacity, d.recipients.join(QLatin1Char('\n')), d.copies > 0 ? QVariant(d.copies) : QVariant(),
        int(d.confidentiality), int(d.urgency), d.congress, d.answersIncomingId ? QVariant(d.answersIncomingId) : QVariant(),
        OutgoingDocument::statusCode(d.status), d.createdBy, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    for (const QVariant &v : values)
        q.addBindValue(v.userType() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    d.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("outgoing_documents"), QString::number(d.id), verb, {}, json(d)}) || !reindex(d, typeName)
        || !directory::NameDirectory::learn(m_db.sql(), directory::NameKind::Recipient, d.recipients))
        return m_db.errorFor(m_db.sql().lastError());
    return d;
}

bool OutgoingRegister::reindex(const OutgoingDocument &d, const QString &typeName)
{
    return search::DocumentSearch::index(m_db.sql(), QStringLiteral("out"), d.id,
                                         SearchWords::outgoing(d.symbol, typeName, d.signer, d.recipients),
                                         d.storedExcerpt.isNull() ? d.excerpt : d.storedExcerpt, int(d.confidentiality));
}

QList<QStringList> OutgoingRegister::importProblems(QList<OutgoingDocument> &documents) const
{
    QList<QStringList> all;
    DocumentTypes types(m_db);
    office::TermStore terms(m_db);
    QSet<QString> seen;
    for (OutgoingDocument &d : documents) {
        QStringList problems;
        normalize(d);
        d.status = Status::Issued;
        d.createdBy = m_actor;
        // Last year's lines keep the number and symbol they were issued with.
        const DocumentSymbol symbol = DocumentSymbol::parse(d.symbol);
        if (d.symbol.isEmpty())
            problems << tr("The number and symbol are missing.");
        else if (symbol.form != DocumentSymbol::Form::Party || symbol.number <= 0)
            problems << tr("\"%1\" is not a number and symbol in the Party form (12-NQ/ĐU).").arg(d.symbol);
        d.number = symbol.number;
        d.symbol = symbol.verbatim;
        const auto type = d.typeCode.isEmpty() ? types.findByAbbreviation(symbol.type) : types.find(d.typeCode);
        if (!type)
            problems << (d.typeCode.isEmpty() ? tr("The type cannot be read from \"%1\"; give it in a column.").arg(d.symbol)
                                              : tr("There is no document type %1.").arg(d.typeCode));
        else
            d.typeCode = type->code;
        if (d.excerpt.isEmpty() && d.typeCode != QLatin1String("CV"))
            problems << tr("The excerpt (trích yếu) is missing.");
        const auto term = d.documentDate.isValid() ? terms.termOfLine(d.documentDate, d.congress) : std::nullopt;
        if (d.documentDate.isValid() && !term)
            problems << tr("No term of the committee covers %1. Add the term (nhiệm kỳ) and the day it "
                           "started in the office profile first.").arg(d.documentDate.toString(QStringLiteral("dd/MM/yyyy")));
        if (type && term && d.number > 0) {
            d.termId = term->id;
            d.seriesKey = seriesKey(d, *type, term->id);
            if (seen.contains(d.seriesKey + QString::number(d.number)))
                problems << tr("%1 appears twice in the file.").arg(d.symbol);
            seen.insert(d.seriesKey + QString::number(d.number));
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT symbol FROM outgoing_documents WHERE series_key = ? AND number = ?"));
            q.addBindValue(d.seriesKey);
            q.addBindValue(d.number);
            if (q.exec() && q.next())
                problems << tr("Number %1 of this series is in the register already (%2).").arg(d.number).arg(q.value(0).toString());
        }
        all << problems;
    }
    return all;
}

storage::Result<int> OutgoingRegister::importAll(QList<OutgoingDocument> documents, QList<QStringList> *rowProblems)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    const QList<QStringList> problems = importProblems(documents);
    if (rowProblems)
        *rowProblems = problems;
    if (std::any_of(problems.begin(), problems.end(), [](const QStringList &p) { return !p.isEmpty(); }))
        return StorageError::make(K::Invalid, tr("Nothing was imported: some rows have errors."));
    DocumentTypes types(m_db);
    // Each level's key once (ensure reads the log's beliefs).
    QSet<int> levels;
    for (const OutgoingDocument &d : documents)
        if (!d.excerpt.isEmpty())
            levels.insert(int(d.confidentiality));
    for (int level : levels)
        if (auto s = office::ClearanceKeys::ensure(m_db, level, m_actor); !s)
            return s.error();
    // One transaction: the whole file or nothing.
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    for (const OutgoingDocument &d : documents) {
        if (!NumberSeries::atLeast(m_db.sql(), d.seriesKey, d.number))
            return m_db.errorFor(m_db.sql().lastError());
        auto stored = insert(d, types.find(d.typeCode)->name, QStringLiteral("import"));
        if (!stored)
            return stored.error();
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return int(documents.size());
}

storage::Status OutgoingRegister::changeStatus(qint64 id, Status from, Status to, const QString &verb, const QString &reason)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    auto before = get(id);
    if (!before)
        return before.error();
    if (before->contentHidden)
        return hiddenFromReader(before.value());
    if (before->status != from)
        return StorageError::make(K::Invalid, tr("%1 is %2, not %3.").arg(before->symbol, OutgoingDocument::statusCode(before->status),
                                                                          OutgoingDocument::statusCode(from)));
    if (to == Status::Issued) {
        if (const QStringList problems = formatProblems(before.value()); !problems.isEmpty())
            return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    }
    // Above the mark when the line's content was sealed higher (a mark lowered with a tool).
    const int sealAt = office::ClearanceKeys::sealingLevel(int(before->confidentiality), before->storedExcerpt);
    const auto sealedReason = office::ClearanceKeys::sealNew(m_db, sealAt, Fields::Reason, reason, m_actor);
    if (!sealedReason)
        return sealedReason.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE outgoing_documents SET status = ?, cancel_reason = CASE WHEN ? = '' THEN cancel_reason ELSE ? END"
                             " WHERE id = ? AND status = ?"));
    q.addBindValue(OutgoingDocument::statusCode(to));
    const QString storedReason = sealedReason->isNull() ? QStringLiteral("") : *sealedReason; // NULL is not ''
    q.addBindValue(storedReason);
    q.addBindValue(storedReason);
    q.addBindValue(id);
    q.addBindValue(OutgoingDocument::statusCode(from));
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    OutgoingDocument after = before.value();
    after.status = to;
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("outgoing_documents"), QString::number(id), verb, json(before.value()), json(after, *sealedReason)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<OutgoingDocument> OutgoingRegister::changeable(qint64 id) const
{
    auto line = get(id);
    if (!line)
        return line.error();
    if (line->contentHidden)
        return hiddenFromReader(line.value());
    if (line->isCancelled() || line->status == Status::Released)
        return StorageError::make(K::Invalid, tr("%1 was cancelled or its number given up; it stays so.").arg(line->symbol));
    if (auto held = ArchiveHold::allowsChange(m_db, QStringLiteral("out"), id, line->symbol); !held)
        return held.error();
    return line;
}

StorageError OutgoingRegister::hiddenFromReader(const OutgoingDocument &d)
{
    return StorageError::make(K::Forbidden, tr("%1 is marked %2, above your clearance: only someone cleared for it may change it.")
                                                .arg(d.symbol, DocumentMarks::confidentialityName(d.confidentiality)));
}

storage::Status OutgoingRegister::issue(qint64 id)
{
    return changeStatus(id, Status::Reserved, Status::Issued, QStringLiteral("issue"));
}

storage::Status OutgoingRegister::release(qint64 id)
{
    return changeStatus(id, Status::Reserved, Status::Released, QStringLiteral("release"));
}

storage::Result<OutgoingDocument> OutgoingRegister::correct(qint64 id, OutgoingDocument c, const QString &reason)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    auto before = changeable(id);
    if (!before)
        return before.error();
    const QString why = reason.normalized(QString::NormalizationForm_C).simplified();
    if (why.isEmpty())
        return StorageError::make(K::Invalid, tr("Say why the line is corrected; the reason is kept with it."));
    OutgoingDocument after = before.value();
    after.documentDate = c.documentDate;
    after.excerpt = c.excerpt;
    after.signer = c.signer;
    after.capacity = c.capacity;
    // A group named now stands for its members; what the line already listed stays as it was.
    auto recipients = directory::NameDirectory(m_db, m_actor).expand(normalizeRecipients(c.recipients), before->recipients);
    if (!recipients)
        return recipients.error();
    after.recipients = recipients.value();
    normalize(after);
    if (!after.documentDate.isValid())
        return StorageError::make(K::Invalid, tr("The date of the document is missing."));
    // The number belongs to its series in its term: the date stays within both.
    const auto term = office::TermStore(m_db).termOfLine(after.documentDate, after.congress);
    if (!term || term->id != before->termId || after.documentDate.year() != before->documentDate.year())
        return StorageError::make(K::Invalid, tr("The date must stay in %1 and in the same term: the number belongs to that series. "
                                                 "Cancel this line and register the document again.").arg(before->documentDate.year()));
    if ((after.confidentiality != Confidentiality::Normal) != (before->confidentiality != Confidentiality::Normal))
        return StorageError::make(K::Invalid, tr("Marking a document secret, or no longer secret, moves it to the other series, with "
                                                 "other numbers: cancel this line and register the document again."));
    if (int(after.confidentiality) > m_clearance)
        return StorageError::make(K::Forbidden, tr("You may not mark a line above your own clearance."));
    if (after.documentDate != before->documentDate)
        if (auto ordered = keepsSeriesOrder(after); !ordered)
            return ordered.error();
    if (!after.excerpt.isEmpty())
        if (auto s = office::SecretFile::mayHold(m_db, after.confidentiality, tr("the excerpt")); !s)
            return s.error();
    if (after.status == Status::Issued)
        if (const QStringList problems = formatProblems(after); !problems.isEmpty())
            return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    // An unchanged excerpt keeps its sealed form, so the log shows no change of it.
    if (after.excerpt != before->excerpt || after.confidentiality != before->confidentiality) {
        const auto sealed = office::ClearanceKeys::sealNew(m_db, int(after.confidentiality), Fields::Excerpt, after.excerpt, m_actor);
        if (!sealed)
            return sealed.error();
        after.storedExcerpt = *sealed;
    }
    if (json(after) == json(before.value()))
        return StorageError::make(K::Invalid, tr("Nothing was changed."));
    const auto sealedWhy = office::ClearanceKeys::sealNew(m_db, int(after.confidentiality), Fields::Reason, why, m_actor);
    if (!sealedWhy)
        return sealedWhy.error();
    const auto type = DocumentTypes(m_db).find(after.typeCode);

    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE outgoing_documents SET document_date = ?, excerpt = ?, signer = ?, capacity = ?, recipients = ?,"
                             " copies = ?, confidentiality = ?, urgency = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{after.documentDate.toString(Qt::ISODate), after.storedExcerpt.isNull() ? QStringLiteral("") : after.storedExcerpt,
                                          after.signer.isNull() ? QStringLiteral("") : after.signer, after.capacity.isNull() ? QStringLiteral("") : after.capacity,
                                          after.recipients.join(QLatin1Char('\n')), after.copies > 0 ? QVariant(after.copies) : QVariant(),
                                          int(after.confidentiality), int(after.urgency), id})
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    // Its other sealed content follows it to its new level.
    if (after.confidentiality != before->confidentiality)
        if (auto s = LineSeals::reseal(m_db, QStringLiteral("out"), id, int(after.confidentiality), int(before->confidentiality),
                                            m_actor); !s)
            return s.error();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("outgoing_documents"), QString::number(id), QStringLiteral("correct"),
                     json(before.value()), json(after, *sealedWhy)})
        || !reindex(after, type ? type->name : QString())
        || !directory::NameDirectory::learn(m_db.sql(), directory::NameKind::Recipient, after.recipients) || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return after;
}

storage::Status OutgoingRegister::cancel(qint64 id, const QString &reason)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    auto before = changeable(id);
    if (!before)
        return before.error();
    const QString why = reason.normalized(QString::NormalizationForm_C).simplified();
    if (why.isEmpty())
        return StorageError::make(K::Invalid, tr("Say why the line is cancelled; the reason stays in the book with it."));
    if (before->status == Status::Reserved)
        return changeStatus(id, Status::Reserved, Status::Released, QStringLiteral("release"), why);
    // An issued document went out under its number: cancelling it is the office chief's decision.
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::CancelIssuedDocuments); !allowed)
        return allowed;
    // Above the mark when the line's content was sealed higher (a mark lowered with a tool).
    const int sealAt = office::ClearanceKeys::sealingLevel(int(before->confidentiality), before->storedExcerpt);
    const auto sealedWhy = office::ClearanceKeys::sealNew(m_db, sealAt, Fields::Reason, why, m_actor);
    if (!sealedWhy)
        return sealedWhy.error();
    OutgoingDocument after = before.value();
    after.cancelledOn = QDate::currentDate();
    after.cancelReason = why;
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE outgoing_documents SET cancelled_on = ?, cancel_reason = ? WHERE id = ? AND cancelled_on IS NULL"));
    q.addBindValue(dateOrNull(after.cancelledOn));
    q.addBindValue(*sealedWhy);
    q.addBindValue(id);
    storage::AuditLog log(m_db);
    if (!t.isActive() || !q.exec()
        || !log.append({m_actor, QStringLiteral("outgoing_documents"), QString::number(id), QStringLiteral("cancel"),
                        json(before.value()), json(after, *sealedWhy)})
        || !t.commit())
        return m_db.errorFor(q.lastError().isValid() ? q.lastError() : m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status OutgoingRegister::insertTransferred(QList<OutgoingDocument> lines, QStringList *problems)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    DocumentTypes types(m_db);
    office::TermStore terms(m_db);
    QStringList found;
    for (OutgoingDocument &d : lines) {
        const auto type = types.find(d.typeCode);
        const auto term = terms.termOfLine(d.documentDate, d.congress);
        if (!type)
            found << tr("%1: there is no document type %2 in this file.").arg(d.symbol, d.typeCode);
        else if (!term)
            found << tr("%1: no term of the committee covers %2 in this file; add the term first.")
                         .arg(d.symbol, d.documentDate.toString(QStringLiteral("dd/MM/yyyy")));
        else {
            d.termId = term->id;
            d.seriesKey = seriesKey(d, *type, term->id);
        }
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return StorageError::make(K::Invalid, found.join(QLatin1Char('\n')));
    for (OutgoingDocument d : lines) {
        d.id = 0;
        if (!NumberSeries::atLeast(m_db.sql(), d.seriesKey, d.number))
            return m_db.errorFor(m_db.sql().lastError());
        if (auto stored = insert(d, types.find(d.typeCode)->name, QStringLiteral("transfer")); !stored)
            return stored.error();
    }
    return storage::Ok{};
}

storage::Result<OutgoingDocument> OutgoingRegister::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM outgoing_documents WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no such outgoing document."));
    return fromRow(q);
}

storage::Status OutgoingRegister::reindexLine(qint64 id)
{
    auto d = get(id);
    if (!d)
        return d.error();
    const auto type = DocumentTypes(m_db).find(d->typeCode);
    if (!reindex(*d, type ? type->name : QString()))
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<OutgoingDocument> OutgoingRegister::getBySymbol(const QString &symbol) const
{
    const DocumentSymbol wanted = DocumentSymbol::parse(symbol);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM outgoing_documents WHERE symbol = ? ORDER BY id DESC").arg(Columns));
    // "Số 12-NQ/ĐU" and "12-NQ/ĐU" name the same document.
    q.addBindValue(wanted.isParsed() ? DocumentSymbol::partySymbol(wanted.number, wanted.type, wanted.issuer) : wanted.verbatim);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no outgoing document %1.").arg(symbol));
    return fromRow(q);
}

bool OutgoingFilter::accepts(const OutgoingDocument &d) const
{
    return (!only || only->contains(d.id)) && (!year || d.documentDate.year() == year) && (typeCode.isEmpty() || d.typeCode == typeCode) && (!status || d.status == *status)
        && (!from.isValid() || d.documentDate >= from) && (!to.isValid() || d.documentDate <= to)
        && (!secret || (d.confidentiality != Confidentiality::Normal) == *secret) && (!urgentOnly || d.urgency != Urgency::None);
}

storage::Result<QList<OutgoingDocument>> OutgoingRegister::list(const OutgoingFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (f.year) {
        where << QStringLiteral("document_date BETWEEN ? AND ?");
        binds << QStringLiteral("%1-01-01").arg(f.year) << QStringLiteral("%1-12-31").arg(f.year);
    }
    if (!f.typeCode.isEmpty()) { where << QStringLiteral("type_code = ?"); binds << f.typeCode; }
    if (f.status) { where << QStringLiteral("status = ?"); binds << OutgoingDocument::statusCode(*f.status); }
    if (f.from.isValid()) { where << QStringLiteral("document_date >= ?"); binds << f.from.toString(Qt::ISODate); }
    if (f.to.isValid()) { where << QStringLiteral("document_date <= ?"); binds << f.to.toString(Qt::ISODate); }
    if (f.secret) { where << (*f.secret ? QStringLiteral("confidentiality > 0") : QStringLiteral("confidentiality = 0")); }
    if (f.urgentOnly) where << QStringLiteral("urgency > 0");
    if (f.only) {
        where << QStringLiteral("id IN (SELECT value FROM json_each(?))");
        binds << storage::idArray(*f.only);
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM outgoing_documents %2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(Columns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")),
                       // The book in number order, series by series (issue 12): each type's numbers
                       // one after the other, whatever dates older lines were given.
                       f.registerOrder ? QStringLiteral("term_id, series_key, number, id") : QStringLiteral("document_date DESC, id DESC")));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(f.limit);
    q.addBindValue(f.offset);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<OutgoingDocument> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

storage::Result<QList<OutgoingDocument>> OutgoingRegister::answersTo(qint64 incomingId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM outgoing_documents WHERE answers_incoming_id = ? ORDER BY id").arg(Columns));
    q.addBindValue(incomingId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<OutgoingDocument> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

} // namespace vanphong::documents
