#include "IncomingRegister.h"

#include "ArchiveHold.h"

#include "directory/NameDirectory.h"

#include "DocumentTypes.h"
#include "LineSeals.h"
#include "SealedFields.h"
#include "NumberSeries.h"
#include "SearchWords.h"
#include "office/AccessControl.h"
#include "office/ClearanceKeys.h"
#include "office/SecretFile.h"
#include "office/UserAccount.h"
#include "search/DocumentSearch.h"
#include "search/VietnameseFolding.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSet>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::documents {

using storage::StorageError;
using K = StorageError::Kind;
using Status = IncomingDocument::Status;

namespace {
const char *const StatusCodes[] = {"new", "in-progress", "done", "filed", "cancelled"};

const QString Columns = QStringLiteral(
    "id, year, secret, number, received_at, sender, symbol, document_date, type_code, excerpt, pages, copies,"
    " confidentiality, urgency, urgency_time, recall_by, direction, assignee, deadline, status, created_by,"
    " cancelled_on, cancel_reason");

// What is sealed of a line above "Thường" (office::ClearanceKeys), by name.
namespace Fields {
const QString &Excerpt = SealedFields::IncomingExcerpt;
const QString &Direction = SealedFields::IncomingDirection;
const QString &Reason = SealedFields::IncomingReason;
} // namespace Fields

QVariant dateOrNull(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QVariant textOrEmpty(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

// What the audit log keeps of a line, before and after each change: the
// line's history is read back from it (LineHistory), field by field.
QString json(const IncomingDocument &d, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("number"), d.number}, {QStringLiteral("year"), d.year},
                  {QStringLiteral("received"), d.receivedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                  {QStringLiteral("sender"), d.sender}, {QStringLiteral("symbol"), d.symbol.verbatim},
                  {QStringLiteral("date"), d.documentDate.toString(Qt::ISODate)}, {QStringLiteral("type"), d.typeCode},
                  {QStringLiteral("excerpt"), d.storedExcerpt.isNull() ? d.excerpt : d.storedExcerpt}, {QStringLiteral("pages"), d.pages}, {QStringLiteral("copies"), d.copies},
                  {QStringLiteral("secret"), int(d.confidentiality)}, {QStringLiteral("urgency"), int(d.urgency)},
                  {QStringLiteral("urgency_time"), d.urgencyTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                  {QStringLiteral("recall_by"), d.recallBy.toString(Qt::ISODate)}, {QStringLiteral("assignee"), d.assignee},
                  {QStringLiteral("deadline"), d.deadline.toString(Qt::ISODate)},
                  {QStringLiteral("status"), IncomingDocument::statusCode(d.status)}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString IncomingDocument::statusCode(Status status) { return QLatin1String(StatusCodes[int(status)]); }

std::optional<Status> IncomingDocument::statusFromCode(const QString &code)
{
    for (int i = 0; i < 5; ++i)
        if (code == QLatin1String(StatusCodes[i]))
            return Status(i);
    return std::nullopt;
}

IncomingRegister::IncomingRegister(storage::Database &db, const office::UserAccount &reader, QString actor)
    : m_db(db)
    , m_clearance(int(reader.clearance))
    , m_actor(std::move(actor))
{
}

IncomingDocument IncomingRegister::fromRow(const QSqlQuery &q) const
{
    IncomingDocument d;
    d.id = q.value(0).toLongLong();
    d.year = q.value(1).toInt();
    d.secretSeries = q.value(2).toBool();
    d.number = q.value(3).toInt();
    d.receivedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    d.sender = q.value(5).toString();
    d.symbol = DocumentSymbol::parse(q.value(6).toString());
    d.documentDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    d.typeCode = q.value(8).toString();
    d.excerpt = q.value(9).toString();
    d.pages = q.value(10).toInt();
    d.copies = q.value(11).toInt();
    d.confidentiality = Confidentiality(std::clamp(q.value(12).toInt(), 0, 3));
    d.urgency = Urgency(std::clamp(q.value(13).toInt(), 0, 4));
    d.urgencyTime = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
    d.recallBy = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    d.direction = q.value(16).toString();
    d.assignee = q.value(17).toString();
    d.deadline = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    d.status = IncomingDocument::statusFromCode(q.value(19).toString()).value_or(Status::New);
    d.createdBy = q.value(20).toString();
    d.cancelledOn = QDate::fromString(q.value(21).toString(), Qt::ISODate);
    d.cancelReason = q.value(22).toString();
    d.storedExcerpt = d.excerpt;
    if (int(d.confidentiality) > m_clearance) {
        // The register line stays (number, date, sender, symbol); the content does not.
        d.contentHidden = true;
        d.excerpt = DocumentMarks::hiddenExcerpt(d.confidentiality, d.storedExcerpt);
        d.direction.clear();
        d.cancelReason.clear();
        return d;
    }
    // Above "Thường" the content is sealed with the level's key (office::ClearanceKeys).
    const auto excerpt = office::ClearanceKeys::openText(m_db, d.excerpt, Fields::Excerpt);
    const auto direction = office::ClearanceKeys::openText(m_db, d.direction, Fields::Direction);
    const auto reason = office::ClearanceKeys::openText(m_db, d.cancelReason, Fields::Reason);
    if (!excerpt || !direction || !reason) {
        d.contentHidden = true;
        d.excerpt = office::ClearanceKeys::notGivenText();
        d.direction.clear();
        d.cancelReason.clear();
        return d;
    }
    d.excerpt = *excerpt;
    d.direction = *direction;
    d.cancelReason = *reason;
    return d;
}

std::optional<IncomingDocument> IncomingRegister::findDuplicate(const IncomingDocument &draft) const
{
    // "Số 16-HD/VPTW" and "16-HD/VPTW" are the same symbol: compare what was read from it.
    const DocumentSymbol symbol = DocumentSymbol::parse(draft.symbol.verbatim);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM incoming_documents WHERE %2 AND status <> 'cancelled'"
                             " AND COALESCE(document_date, '') = ?")
                  .arg(Columns, symbol.isParsed() ? QStringLiteral("symbol_number = ? AND symbol_type = ? AND symbol_issuer = ?")
                                                  : QStringLiteral("symbol = ?")));
    if (symbol.isParsed()) {
        q.addBindValue(symbol.number);
        q.addBindValue(symbol.type);
        q.addBindValue(symbol.issuer);
    } else {
        q.addBindValue(symbol.verbatim);
    }
    q.addBindValue(draft.documentDate.isValid() ? draft.documentDate.toString(Qt::ISODate) : QString(QLatin1String("")));
    if (!q.exec())
        return std::nullopt;
    const QString sender = search::VietnameseFolding::fold(draft.sender);
    while (q.next()) {
        IncomingDocument other = fromRow(q);
        if (search::VietnameseFolding::fold(other.sender) == sender)
            return other;
    }
    return std::nullopt;
}

QStringList IncomingRegister::check(IncomingDocument &d) const
{
    d.sender = d.sender.normalized(QString::NormalizationForm_C).simplified();
    d.excerpt = d.excerpt.normalized(QString::NormalizationForm_C).simplified();
    d.symbol = DocumentSymbol::parse(d.symbol.verbatim);
    if (!d.receivedAt.isValid())
        d.receivedAt = QDateTime::currentDateTime();
    QStringList problems;
    if (d.sender.isEmpty())
        problems << tr("The sender (issuing body) is required.");
    if (d.symbol.verbatim.isEmpty())
        problems << tr("The number and symbol are required.");
    // On the ordinary file a secret line keeps no excerpt (office::SecretFile).
    const bool keepsContent = d.confidentiality == Confidentiality::Normal || office::SecretFile::isSecretFile(m_db);
    if (keepsContent && d.excerpt.isEmpty())
        problems << tr("The excerpt (trích yếu) is required.");
    if (!keepsContent && !d.excerpt.isEmpty())
        problems << office::SecretFile::mayHold(m_db, d.confidentiality, tr("the excerpt")).error().message;
    if (d.documentDate.isValid() && d.documentDate > d.receivedAt.date())
        problems << tr("The document's date is after the day it was received.");
    if (d.urgency == Urgency::ImmediateTimed && !d.urgencyTime.isValid())
        problems << tr("\"Hỏa tốc hẹn giờ\" needs the time set.");
    DocumentTypes types(m_db);
    if (d.typeCode.isEmpty() && d.symbol.isParsed()) {
        if (auto t = types.findByAbbreviation(d.symbol.type); t)
            d.typeCode = t->code;
        else if (auto t2 = types.find(d.symbol.type); t2)
            d.typeCode = t2->code;
    } else if (!d.typeCode.isEmpty()) {
        const auto t = types.find(d.typeCode);
        if (!t)
            problems << tr("There is no document type %1.").arg(d.typeCode);
        else
            d.typeCode = t->code;
    }
    return problems;
}

storage::Result<IncomingDocument> IncomingRegister::insert(IncomingDocument d, bool keepNumber, const QString &verb)
{
    if (!d.excerpt.isEmpty())
        if (auto s = office::SecretFile::mayHold(m_db, d.confidentiality, tr("the excerpt")); !s)
            return s.error();
    if (d.excerpt.isNull())
        d.excerpt = QStringLiteral(""); // withheld on the ordinary file: empty, not NULL
    const auto excerpt = office::ClearanceKeys::sealText(m_db, int(d.confidentiality), Fields::Excerpt, d.excerpt);
    const auto direction = office::ClearanceKeys::sealText(m_db, int(d.confidentiality), Fields::Direction, d.direction);
    if (!excerpt || !direction)
        return (excerpt ? direction.error() : excerpt.error());
    d.storedExcerpt = *excerpt;
    // Numbered from 1 each calendar year; secret documents in a series of their own.
    d.year = d.receivedAt.date().year();
    d.secretSeries = d.confidentiality != Confidentiality::Normal;
    const QString series = QStringLiteral("in:%1:%2").arg(d.year).arg(d.secretSeries ? 1 : 0);
    if (keepNumber && d.number > 0) {
        // An imported register keeps its numbers; new ones continue after them.
        if (!NumberSeries::atLeast(m_db.sql(), series, d.number))
            return m_db.errorFor(m_db.sql().lastError());
    } else {
        const auto number = NumberSeries::next(m_db.sql(), series);
        if (!number)
            return m_db.errorFor(m_db.sql().lastError());
        d.number = *number;
    }
    d.createdBy = m_actor;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO incoming_documents (year, secret, number, received_at, sender, symbol,"
                             " symbol_number, symbol_type, symbol_issuer, document_date, type_code, excerpt, pages, copies,"
                             " confidentiality, urgency, urgency_time, recall_by, direction, assignee, deadline, status,"
                             " created_by, created_at, sender_folded, assignee_folded)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {
        d.year, d.secretSeries, d.number, d.receivedAt.toString(Qt::ISODate), d.sender, d.symbol.verbatim,
        d.symbol.isParsed() ? QVariant(d.symbol.number) : QVariant(), textOrEmpty(d.symbol.type), textOrEmpty(d.symbol.issuer),
        dateOrNull(d.documentDate), d.typeCode.isEmpty() ? QVariant() : QVariant(d.typeCode), d.storedExcerpt,
        d.pages > 0 ? QVariant(d.pages) : QVariant(), d.copies > 0 ? QVariant(d.copies) : QVariant(),
        int(d.confidentiality), int(d.urgency), d.urgencyTime.isValid() ? QVariant(d.urgencyTime.toString(Qt::ISODate)) : QVariant(),
        dateOrNull(d.recallBy), textOrEmpty(*direction), textOrEmpty(d.assignee), dateOrNull(d.deadline),
        IncomingDocument::statusCode(d.status), d.createdBy, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
        search::VietnameseFolding::fold(d.sender), search::VietnameseFolding::fold(d.assignee)};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    d.id = q.lastInsertId().toLongLong();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("incoming_documents"), QString::number(d.id), verb, {}, json(d)})
        || !directory::NameDirectory::learn(m_db.sql(), directory::NameKind::Sender, {d.sender})
        || !directory::NameDirectory::learn(m_db.sql(), directory::NameKind::Assignee, {d.assignee}))
        return m_db.errorFor(m_db.sql().lastError());
    if (auto s = reindex(d.id); !s)
        return s.error();
    return d;
}

storage::Result<IncomingDocument> IncomingRegister::add(IncomingDocument d)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    if (const QStringList problems = check(d); !problems.isEmpty())
        return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    // A key is made only for content to seal (the ordinary file keeps none).
    if (!d.excerpt.isEmpty() || !d.direction.isEmpty())
        if (auto s = office::ClearanceKeys::ensure(m_db, int(d.confidentiality), m_actor); !s)
            return s.error();
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    auto added = insert(d, false);
    if (added && !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return added;
}

QList<QStringList> IncomingRegister::importProblems(QList<IncomingDocument> &documents) const
{
    QList<QStringList> all;
    QSet<QString> seen;
    for (IncomingDocument &d : documents) {
        // An imported line has the day it was received, never today's by default.
        const bool dated = d.receivedAt.isValid();
        QStringList problems = check(d);
        if (!dated)
            problems.prepend(tr("The day received is missing."));
        if (d.number > 0) {
            // A kept number must be free, in the file and in the register.
            const bool secret = d.confidentiality != Confidentiality::Normal;
            const QString key = QStringLiteral("%1/%2/%3").arg(d.number).arg(d.receivedAt.date().year()).arg(secret);
            if (seen.contains(key))
                problems << tr("Incoming number %1/%2 appears twice in the file.").arg(d.number).arg(d.receivedAt.date().year());
            seen.insert(key);
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT 1 FROM incoming_documents WHERE year = ? AND secret = ? AND number = ?"));
            q.addBindValue(d.receivedAt.date().year());
            q.addBindValue(int(secret));
            q.addBindValue(d.number);
            if (q.exec() && q.next())
                problems << tr("Incoming number %1/%2 is in the register already.").arg(d.number).arg(d.receivedAt.date().year());
        }
        all << problems;
    }
    return all;
}

storage::Result<int> IncomingRegister::importAll(QList<IncomingDocument> documents, QList<QStringList> *rowProblems)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    const QList<QStringList> problems = importProblems(documents);
    if (rowProblems)
        *rowProblems = problems;
    if (std::any_of(problems.begin(), problems.end(), [](const QStringList &p) { return !p.isEmpty(); }))
        return StorageError::make(K::Invalid, tr("Nothing was imported: some rows have errors."));
    // Each level's key once (ensure reads the log's beliefs).
    QSet<int> levels;
    for (const IncomingDocument &d : documents)
        if (!d.excerpt.isEmpty() || !d.direction.isEmpty())
            levels.insert(int(d.confidentiality));
    for (int level : levels)
        if (auto s = office::ClearanceKeys::ensure(m_db, level, m_actor); !s)
            return s.error();
    // One transaction: the whole file or nothing.
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    for (IncomingDocument &d : documents) {
        auto added = insert(d, true);
        if (!added)
            return added.error();
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return int(documents.size());
}


storage::Status IncomingRegister::reindex(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT i.number, i.sender, i.symbol, i.assignee, COALESCE(t.name, ''), i.excerpt, i.confidentiality"
                             " FROM incoming_documents i LEFT JOIN document_types t ON t.code = i.type_code WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.errorFor(q.lastError());
    const QString visible = SearchWords::incoming(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), q.value(4).toString());
    // The excerpt is what a secret line hides below its level (fromRow).
    if (!search::DocumentSearch::index(m_db.sql(), QStringLiteral("in"), id, visible, q.value(5).toString(), q.value(6).toInt()))
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<IncomingDocument> IncomingRegister::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM incoming_documents WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no incoming document with that number."));
    return fromRow(q);
}

storage::Status IncomingRegister::insertTransferred(const QList<IncomingDocument> &lines)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    for (IncomingDocument d : lines) {
        d.id = 0;
        if (auto added = insert(d, true, QStringLiteral("transfer")); !added)
            return added.error();
    }
    return storage::Ok{};
}

storage::Result<IncomingDocument> IncomingRegister::getByNumber(int year, int number, bool secretSeries) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM incoming_documents WHERE year = ? AND number = ? AND secret = ?").arg(Columns));
    q.addBindValue(year);
    q.addBindValue(number);
    q.addBindValue(int(secretSeries));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no incoming document number %1 of %2.").arg(number).arg(year));
    return fromRow(q);
}

namespace {
// "văn phòng" -> "%van phong%" for LIKE, with LIKE's own wildcards escaped.
QString containsPattern(const QString &text)
{
    QString folded = search::VietnameseFolding::fold(text);
    folded.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + folded + QLatin1Char('%');
}
} // namespace

bool IncomingFilter::accepts(const IncomingDocument &d) const
{
    const auto contains = [](const QString &haystack, const QString &needle) {
        return needle.isEmpty() || search::VietnameseFolding::fold(haystack).contains(search::VietnameseFolding::fold(needle));
    };
    return (!only || only->contains(d.id)) && (!year || d.year == year) && (typeCode.isEmpty() || d.typeCode == typeCode) && (!status || d.status == *status)
        && contains(d.sender, sender) && contains(d.assignee, assignee)
        && (!secretOnly || d.confidentiality != Confidentiality::Normal) && (!urgentOnly || d.urgency != Urgency::None)
        && (!from.isValid() || d.receivedAt.date() >= from) && (!to.isValid() || d.receivedAt.date() <= to)
        && (!secretSeries || d.secretSeries == *secretSeries)
        && (!overdueOn || (d.deadline.isValid() && d.deadline < today && (!dueFrom.isValid() || d.deadline >= dueFrom)
                           && (d.status == IncomingDocument::Status::New || d.status == IncomingDocument::Status::InProgress)));
}

storage::Result<QList<IncomingDocument>> IncomingRegister::list(const IncomingFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (f.year) { where << QStringLiteral("year = ?"); binds << f.year; }
    if (!f.typeCode.isEmpty()) { where << QStringLiteral("type_code = ?"); binds << f.typeCode; }
    if (f.status) { where << QStringLiteral("status = ?"); binds << IncomingDocument::statusCode(*f.status); }
    // Parts of names, marks and case ignored: matched on the folded columns.
    if (!f.sender.trimmed().isEmpty()) { where << QStringLiteral("sender_folded LIKE ? ESCAPE '\\'"); binds << containsPattern(f.sender); }
    if (!f.assignee.trimmed().isEmpty()) { where << QStringLiteral("assignee_folded LIKE ? ESCAPE '\\'"); binds << containsPattern(f.assignee); }
    if (f.secretOnly) where << QStringLiteral("confidentiality > 0");
    if (f.urgentOnly) where << QStringLiteral("urgency > 0");
    if (f.from.isValid()) { where << QStringLiteral("received_at >= ?"); binds << f.from.toString(Qt::ISODate); }
    if (f.to.isValid()) { where << QStringLiteral("received_at < ?"); binds << f.to.addDays(1).toString(Qt::ISODate); }
    if (f.secretSeries) { where << QStringLiteral("secret = ?"); binds << int(*f.secretSeries); }
    if (f.overdueOn) {
        where << QStringLiteral("deadline < ? AND status IN ('new', 'in-progress')");
        binds << f.today.toString(Qt::ISODate);
        if (f.dueFrom.isValid()) {
            where << QStringLiteral("deadline >= ?");
            binds << f.dueFrom.toString(Qt::ISODate);
        }
    }
    if (f.only) {
        where << QStringLiteral("id IN (SELECT value FROM json_each(?))");
        binds << storage::idArray(*f.only);
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM incoming_documents %2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(Columns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")),
                       f.registerOrder ? QStringLiteral("year, secret, number") : QStringLiteral("received_at DESC, id DESC")));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(f.limit);
    q.addBindValue(f.offset);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<IncomingDocument> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

storage::Status IncomingRegister::assign(qint64 id, const QString &toWhom, const QString &direction, const QDate &deadline,
                                        const QDate &handedOn)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::DirectDocuments); !allowed)
        return allowed;
    if (toWhom.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say to whom the document is handed."));
    auto before = changeable(id);
    if (!before)
        return before.error();
    const QDate today = QDate::currentDate();
    const QDate day = handedOn.isValid() ? handedOn : today;
    const auto dmy = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    if (day > today)
        return StorageError::make(K::Invalid, tr("%1 is still to come: give the day the document was handed over.").arg(dmy(day)));
    if (before->receivedAt.isValid() && day < before->receivedAt.date())
        return StorageError::make(K::Invalid, tr("The document was received on %1: it cannot have been handed over on %2.")
                                                  .arg(dmy(before->receivedAt.date()), dmy(day)));
    if (!direction.trimmed().isEmpty())
        if (auto s = office::SecretFile::mayHold(m_db, before->confidentiality, tr("the leader's direction")); !s)
            return s;
    // Above the mark when the line's content was sealed higher (a mark lowered with a tool).
    const int sealAt = office::ClearanceKeys::sealingLevel(int(before->confidentiality), before->storedExcerpt);
    const auto sealedDirection = office::ClearanceKeys::sealNew(m_db, sealAt, Fields::Direction, direction.simplified(), m_actor);
    if (!sealedDirection)
        return sealedDirection.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE incoming_documents SET assignee = ?, assignee_folded = ?,"
                             " direction = CASE WHEN ? = '' THEN direction ELSE ? END,"
                             " deadline = COALESCE(?, deadline), status = CASE WHEN status = 'new' THEN 'in-progress' ELSE status END"
                             " WHERE id = ?"));
    const QString dir = sealedDirection->isEmpty() ? QStringLiteral("") : *sealedDirection; // never NULL: the CASE below compares it
    q.addBindValue(toWhom.simplified());
    q.addBindValue(search::VietnameseFolding::fold(toWhom.simplified()));
    q.addBindValue(dir);
    q.addBindValue(dir);
    q.addBindValue(dateOrNull(deadline));
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO incoming_handovers (incoming_id, at, by_user, to_whom, note, handed_on) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    q.addBindValue(m_actor);
    q.addBindValue(toWhom.simplified());
    q.addBindValue(dir);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    auto after = get(id);
    storage::AuditLog log(m_db);
    if (!after || !log.append({m_actor, QStringLiteral("incoming_documents"), QString::number(id), QStringLiteral("assign"),
                               json(before.value()), json(after.value())})
        || !directory::NameDirectory::learn(m_db.sql(), directory::NameKind::Assignee, {toWhom}))
        return m_db.errorFor(m_db.sql().lastError());
    if (auto s = reindex(id); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status IncomingRegister::setStatus(qint64 id, Status status)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    if (status == Status::Cancelled)
        return StorageError::make(K::Invalid, tr("Cancel a line with its reason (incoming cancel)."));
    auto before = changeable(id);
    if (!before)
        return before.error();
    if (before->status == status)
        return storage::Ok{};
    return storeStatus(before.value(), status, QStringLiteral("status"), QString());
}

storage::Status IncomingRegister::reopen(qint64 id)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    auto before = changeable(id);
    if (!before)
        return before.error();
    if (before->status != Status::Done && before->status != Status::Filed)
        return StorageError::make(K::Invalid, tr("Only a done or filed document can be taken back to work."));
    return storeStatus(before.value(), before->assignee.isEmpty() ? Status::New : Status::InProgress, QStringLiteral("reopen"), QString());
}

storage::Status IncomingRegister::cancel(qint64 id, const QString &reason)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    auto before = changeable(id);
    if (!before)
        return before.error();
    const QString why = reason.normalized(QString::NormalizationForm_C).simplified();
    if (why.isEmpty())
        return StorageError::make(K::Invalid, tr("Say why the line is cancelled; the reason stays in the book with it."));
    // Above the mark when the line's content was sealed higher (a mark lowered with a tool).
    const int sealAt = office::ClearanceKeys::sealingLevel(int(before->confidentiality), before->storedExcerpt);
    const auto sealedWhy = office::ClearanceKeys::sealNew(m_db, sealAt, Fields::Reason, why, m_actor);
    if (!sealedWhy)
        return sealedWhy.error();
    return storeStatus(before.value(), Status::Cancelled, QStringLiteral("cancel"), *sealedWhy);
}

storage::Result<IncomingDocument> IncomingRegister::changeable(qint64 id) const
{
    auto line = get(id);
    if (!line)
        return line.error();
    if (line->contentHidden && int(line->confidentiality) <= m_clearance)
        return StorageError::make(K::Forbidden, tr("Incoming number %1/%2 is sealed with a key of its secrecy level that has not "
                                                   "been given to you yet; it is given at the next sign-in of someone who holds "
                                                   "it, such as the office chief.").arg(line->number).arg(line->year));
    if (line->contentHidden)
        return StorageError::make(K::Forbidden, tr("Incoming number %1/%2 is marked %3, above your clearance: only someone cleared "
                                                   "for it may change it.")
                                                    .arg(line->number).arg(line->year)
                                                    .arg(DocumentMarks::confidentialityName(line->confidentiality)));
    if (line->status == Status::Cancelled)
        return StorageError::make(K::Invalid, tr("Incoming number %1/%2 was cancelled; it stays so.").arg(line->number).arg(line->year));
    if (auto held = ArchiveHold::allowsChange(m_db, QStringLiteral("in"), id, QStringLiteral("%1/%2").arg(line->number).arg(line->year)); !held)
        return held.error();
    return line;
}

storage::Status IncomingRegister::storeStatus(const IncomingDocument &before, Status to, const QString &verb, const QString &reason)
{
    IncomingDocument after = before;
    after.status = to;
    if (to == Status::Cancelled) {
        after.cancelledOn = QDate::currentDate();
        after.cancelReason = reason;
    }
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE incoming_documents SET status = ?, cancelled_on = ?, cancel_reason = ? WHERE id = ?"));
    q.addBindValue(IncomingDocument::statusCode(to));
    q.addBindValue(dateOrNull(after.cancelledOn));
    q.addBindValue(textOrEmpty(after.cancelReason));
    q.addBindValue(before.id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("incoming_documents"), QString::number(before.id), verb, json(before), json(after, reason)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<IncomingDocument> IncomingRegister::correct(qint64 id, IncomingDocument c, const QString &reason)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    auto before = changeable(id);
    if (!before)
        return before.error();
    const QString why = reason.normalized(QString::NormalizationForm_C).simplified();
    if (why.isEmpty())
        return StorageError::make(K::Invalid, tr("Say why the line is corrected; the reason is kept with it."));
    // What was copied from the paper changes; the number, the year, the
    // register and the work done on the document stay.
    IncomingDocument after = before.value();
    after.receivedAt = c.receivedAt;
    after.sender = c.sender;
    after.symbol = c.symbol;
    after.documentDate = c.documentDate;
    after.typeCode = c.typeCode;
    after.excerpt = c.excerpt;
    after.pages = c.pages;
    after.copies = c.copies;
    after.confidentiality = c.confidentiality;
    after.urgency = c.urgency;
    after.urgencyTime = after.urgency == Urgency::ImmediateTimed ? c.urgencyTime : QDateTime();
    after.recallBy = c.recallBy;
    if (const QStringList problems = check(after); !problems.isEmpty())
        return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    if (after.receivedAt.date().year() != before->year)
        return StorageError::make(K::Invalid, tr("The day received must stay in %1: number %2/%1 belongs to that year's register. "
                                                 "Cancel this line and register the document again.").arg(before->year).arg(before->number));
    if ((after.confidentiality != Confidentiality::Normal) != before->secretSeries)
        return StorageError::make(K::Invalid, tr("Marking a line secret, or no longer secret, moves it to the other register, with "
                                                 "other numbers: cancel this line and register the document again."));
    if (int(after.confidentiality) > m_clearance)
        return StorageError::make(K::Forbidden, tr("You may not mark a line above your own clearance."));
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

    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE incoming_documents SET received_at = ?, sender = ?, symbol = ?, symbol_number = ?, symbol_type = ?,"
                             " symbol_issuer = ?, document_date = ?, type_code = ?, excerpt = ?, pages = ?, copies = ?,"
                             " confidentiality = ?, urgency = ?, urgency_time = ?, recall_by = ?, sender_folded = ? WHERE id = ?"));
    const QVariantList values = {
        after.receivedAt.toString(Qt::ISODate), after.sender, after.symbol.verbatim,
        after.symbol.isParsed() ? QVariant(after.symbol.number) : QVariant(), textOrEmpty(after.symbol.type),
        textOrEmpty(after.symbol.issuer), dateOrNull(after.documentDate),
        after.typeCode.isEmpty() ? QVariant() : QVariant(after.typeCode), textOrEmpty(after.storedExcerpt),
        after.pages > 0 ? QVariant(after.pages) : QVariant(), after.copies > 0 ? QVariant(after.copies) : QVariant(),
        int(after.confidentiality), int(after.urgency),
        after.urgencyTime.isValid() ? QVariant(after.urgencyTime.toString(Qt::ISODate)) : QVariant(), dateOrNull(after.recallBy),
        search::VietnameseFolding::fold(after.sender), id};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    // Its direction, notes and scans follow it to its new level.
    if (after.confidentiality != before->confidentiality)
        if (auto s = LineSeals::reseal(m_db, QStringLiteral("in"), id, int(after.confidentiality), int(before->confidentiality),
                                            m_actor); !s)
            return s.error();
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("incoming_documents"), QString::number(id), QStringLiteral("correct"),
                     json(before.value()), json(after, *sealedWhy)})
        || !directory::NameDirectory::learn(m_db.sql(), directory::NameKind::Sender, {after.sender}))
        return m_db.errorFor(m_db.sql().lastError());
    if (auto s = reindex(id); !s)
        return s.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return after;
}

storage::Result<QList<IncomingRegister::Handover>> IncomingRegister::handovers(qint64 id) const
{
    // A note carries the leader's direction: hidden wherever the direction is.
    const auto line = get(id);
    if (!line)
        return line.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT at, by_user, to_whom, note, handed_on FROM incoming_handovers WHERE incoming_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Handover> out;
    while (q.next())
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                    line->contentHidden ? QString()
                                        : office::ClearanceKeys::openText(m_db, q.value(3).toString(), Fields::Direction)
                                              .value_or(QString()),
                    QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    return out;
}

} // namespace vanphong::documents
