#include "SecretTransfer.h"

#include "IncomingRegister.h"
#include "OutgoingRegister.h"
#include "office/AccessControl.h"
#include "office/OfficeSession.h"
#include "office/PasswordPolicy.h"
#include "office/ProfileStore.h"
#include "office/SecretFile.h"
#include "office/UserDirectory.h"
#include "search/VietnameseFolding.h"
#include "storage/AuditLog.h"
#include "storage/MetaValue.h"
#include "storage/Transaction.h"
#include "storage/TravelFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vanphong::documents {

using storage::StorageError;
using storage::TravelFile;
using K = StorageError::Kind;

namespace {
const QString MetaId = QStringLiteral("transfer.id");
const QString MetaSource = QStringLiteral("transfer.source");      // the ordinary file's office.id
const QString MetaExportedBy = QStringLiteral("transfer.exported_by");
const QString MetaExportedAt = QStringLiteral("transfer.exported_at");
const QString MetaPaired = QStringLiteral("secret.paired_office"); // on the secret file: the one ordinary file it receives from

QString metaText(storage::Database &db, const QString &key)
{
    return storage::metaValue(db, key).toString();
}

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// The ids of the register's secret lines not exported before.
storage::Result<QVariantList> linesToMove(storage::Database &db, const QString &reg)
{
    const QString table = reg == QLatin1String("in") ? QStringLiteral("incoming_documents") : QStringLiteral("outgoing_documents");
    const QString secret = reg == QLatin1String("in") ? QStringLiteral("secret = 1") : QStringLiteral("confidentiality > 0");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 AND id NOT IN (SELECT line_id FROM secret_transfer_lines WHERE register = ?)"
                             " ORDER BY id").arg(table, secret));
    q.addBindValue(reg);
    if (!q.exec())
        return db.errorFor(q.lastError());
    QVariantList ids;
    while (q.next())
        ids << q.value(0);
    return ids;
}

QString idList(const QVariantList &ids)
{
    QStringList marks;
    for (int i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
}

QString incomingName(const IncomingDocument &d)
{
    return SecretTransfer::tr("%1/%2 (secret register)").arg(d.number).arg(d.year);
}
} // namespace

SecretTransfer::SecretTransfer(office::OfficeSession &session, storage::DatabaseOptions transferOptions)
    : m_session(session)
    , m_transferOptions(std::move(transferOptions))
{
}

storage::Result<SecretTransfer::Exported> SecretTransfer::exportLines(const QString &path, const QByteArray &password)
{
    storage::Database &db = m_session.database();
    if (auto allowed = office::AccessControl::require(db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    if (office::SecretFile::isSecretFile(db))
        return StorageError::make(K::Invalid, tr("This is the secret file: lines are moved from the ordinary file to this one, not back."));
    if (const QString problem = office::PasswordPolicy::problem(QString::fromUtf8(password), QString::fromUtf8(password)); !problem.isEmpty())
        return StorageError::make(K::Invalid, problem);
    const auto incoming = linesToMove(db, QStringLiteral("in"));
    const auto outgoing = linesToMove(db, QStringLiteral("out"));
    if (!incoming)
        return incoming.error();
    if (!outgoing)
        return outgoing.error();
    if (incoming->isEmpty() && outgoing->isEmpty())
        return StorageError::make(K::Invalid, tr("Every Mật or higher line has been moved to the secret file already."));
    const auto profile = office::ProfileStore(db).load();
    if (!profile)
        return profile.error();

    auto created = office::OfficeSession::create(path, {*profile, m_session.user(), true}, password, m_transferOptions);
    if (!created)
        return created.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTime();
    storage::Status filled = storage::Ok{};
    QByteArray fileId;
    QString transferPath;
    {
        std::unique_ptr<office::OfficeSession> transfer = std::move(created->session);
        storage::Database &out = transfer->database();
        fileId = out.fileId();
        transferPath = out.path();
        // Its one user has the exporter's role and clearance.
        filled = office::UserDirectory(out).update(m_session.user(), m_session.actor());
        storage::Transaction t(out.sql());
        QSqlQuery pragma(out.sql());
        // The lines' references (an answered incoming document left behind) are settled before commit.
        if (filled && (!t.isActive() || !pragma.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))
                       || !pragma.exec(QStringLiteral("DELETE FROM document_types"))))
            filled = out.errorFor(pragma.lastError());
        if (filled)
            filled = TravelFile::copyRows(db, out, QStringLiteral("document_types"), QStringLiteral("1 = 1"), {});
        if (filled)
            filled = TravelFile::copyRows(db, out, QStringLiteral("terms"), QStringLiteral("1 = 1"), {});
        if (filled && !incoming->isEmpty())
            filled = TravelFile::copyRows(db, out, QStringLiteral("incoming_documents"), idList(*incoming), *incoming);
        if (filled && !outgoing->isEmpty())
            filled = TravelFile::copyRows(db, out, QStringLiteral("outgoing_documents"), idList(*outgoing), *outgoing);
        if (filled && !pragma.exec(QStringLiteral("UPDATE outgoing_documents SET answers_incoming_id = NULL"
                                                  " WHERE answers_incoming_id NOT IN (SELECT id FROM incoming_documents)")))
            filled = out.errorFor(pragma.lastError());
        for (const auto &[key, value] : {std::pair{MetaId, QVariant(id)}, std::pair{MetaSource, storage::metaValue(db, QStringLiteral("office.id"))},
                                         std::pair{MetaExportedBy, QVariant(m_session.actor())},
                                         std::pair{MetaExportedAt, QVariant(now.toString(Qt::ISODate))}})
            if (filled)
                filled = TravelFile::putMeta(out, key, value);
        storage::AuditLog log(out);
        if (filled && (!log.append({m_session.actor(), QStringLiteral("secret_transfers"), id, QStringLiteral("export"), {},
                                    QString::number(incoming->size() + outgoing->size())})
                       || !t.commit()))
            filled = out.errorFor(out.sql().lastError());
    } // closed: its log folded into the one file that travels
    if (!filled) {
        TravelFile::remove(transferPath);
        return filled.error();
    }

    storage::Transaction t(db.sql());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO secret_transfers (id, direction, file_id, by_user, at, lines) VALUES (?, 'out', ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{id, fileId, m_session.actor(), now.toString(Qt::ISODate), int(incoming->size() + outgoing->size())})
        q.addBindValue(v);
    bool written = t.isActive() && q.exec();
    q.prepare(QStringLiteral("INSERT INTO secret_transfer_lines (transfer_id, register, line_id) VALUES (?, ?, ?)"));
    for (const auto &[reg, ids] : {std::pair{QStringLiteral("in"), *incoming}, std::pair{QStringLiteral("out"), *outgoing}})
        for (const QVariant &line : ids) {
            if (!written)
                break;
            q.addBindValue(id);
            q.addBindValue(reg);
            q.addBindValue(line);
            written = q.exec();
        }
    storage::AuditLog log(db);
    const int moved = int(incoming->size() + outgoing->size());
    if (!written || !log.append({m_session.actor(), QStringLiteral("secret_transfers"), id, QStringLiteral("export"), {},
                                 json({{QStringLiteral("direction"), QStringLiteral("out")}, {QStringLiteral("lines"), moved},
                                       {QStringLiteral("lines_listed"), moved},
                                       {QStringLiteral("summary"), tr("%1 incoming and %2 outgoing lines to %3").arg(incoming->size())
                                                                       .arg(outgoing->size()).arg(QDir::toNativeSeparators(transferPath))}})})
        || !t.commit()) {
        const StorageError error = db.errorFor(q.lastError().isValid() ? q.lastError() : db.sql().lastError());
        TravelFile::remove(transferPath);
        return error;
    }
    return Exported{id, int(incoming->size()), int(outgoing->size())};
}

storage::Result<SecretTransfer::Received> SecretTransfer::receive(const QString &path, const QByteArray &password, bool dryRun)
{
    storage::Database &db = m_session.database();
    if (auto allowed = office::AccessControl::require(db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    if (!office::SecretFile::isSecretFile(db))
        return StorageError::make(K::Invalid, tr("Bring the lines into the secret file, on the office's standalone computer; "
                                                 "this is an ordinary file."));
    auto opened = TravelFile::open(path, password, m_transferOptions);
    if (!opened) {
        if (opened.error().kind == K::NotVanPhongFile)
            return StorageError::make(K::NotVanPhongFile, tr("%1 is not a transfer file.").arg(QDir::toNativeSeparators(path)));
        if (opened.error().kind == K::WrongCredentials)
            return StorageError::make(K::WrongCredentials, tr("Wrong password for the transfer file."));
        return opened.error();
    }
    storage::Database &transfer = **opened;
    if (transfer.schemaVersion() != db.schemaVersion())
        return StorageError::make(K::NewerVersion, tr("The transfer file was written by another version of VanPhong; use the same "
                                                      "version on both computers."));
    if (const storage::VerifyReport check = transfer.verify(); !check.ok)
        return StorageError::make(K::Corrupted, tr("The transfer file is damaged or has been altered, so it is refused: %1")
                                                    .arg(check.problems.join(QLatin1String("; "))));
    Received r;
    r.id = metaText(transfer, MetaId);
    if (r.id.isEmpty())
        return StorageError::make(K::Invalid, tr("This is an office file, not a transfer file from the ordinary file."));
    r.exportedBy = metaText(transfer, MetaExportedBy);
    r.exportedAt = QDateTime::fromString(metaText(transfer, MetaExportedAt), Qt::ISODate);
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT at, by_user FROM secret_transfers WHERE id = ? AND direction = 'in'"));
        q.addBindValue(r.id);
        if (!q.exec())
            return db.errorFor(q.lastError());
        if (q.next())
            return StorageError::make(K::Invalid, tr("This transfer was brought in on %1 by %2; a transfer is brought in once.")
                                                      .arg(QDateTime::fromString(q.value(0).toString(), Qt::ISODate)
                                                               .toString(QStringLiteral("dd/MM/yyyy HH:mm")), q.value(1).toString()));
    }
    // One office: the same body, and always the same ordinary file.
    const QString source = metaText(transfer, MetaSource);
    const QString paired = metaText(db, MetaPaired);
    if (!paired.isEmpty() && paired != source)
        return StorageError::make(K::Forbidden, tr("This transfer comes from another ordinary file than the one this secret file "
                                                   "receives from; it is refused."));
    const auto ours = office::ProfileStore(db).load();
    const auto theirs = office::ProfileStore(transfer).load();
    if (!ours || !theirs)
        return (!ours ? ours : theirs).error();
    if (search::VietnameseFolding::fold(ours->organisationName) != search::VietnameseFolding::fold(theirs->organisationName))
        return StorageError::make(K::Invalid, tr("This transfer comes from another office (%1).").arg(theirs->organisationName));

    // The transfer's lines as stored: read with every level shown (they carry no content).
    office::UserAccount reader = m_session.user();
    reader.clearance = office::Clearance::TopSecret;
    IncomingFilter inFilter;
    inFilter.secretSeries = true;
    inFilter.registerOrder = true;
    inFilter.limit = 10000000;
    auto inLines = IncomingRegister(transfer, reader, m_session.actor()).list(inFilter);
    OutgoingFilter outFilter;
    outFilter.secret = true;
    outFilter.registerOrder = true;
    outFilter.limit = 10000000;
    auto outLines = OutgoingRegister(transfer, reader, m_session.actor()).list(outFilter);
    if (!inLines)
        return inLines.error();
    if (!outLines)
        return outLines.error();

    QStringList problems;
    QList<IncomingDocument> inNew;
    IncomingRegister here(db, m_session.user(), m_session.actor());
    for (const IncomingDocument &d : inLines.value()) {
        auto existing = here.getByNumber(d.year, d.number, true);
        if (!existing) {
            inNew << d;
        } else if (search::VietnameseFolding::fold(existing->sender) == search::VietnameseFolding::fold(d.sender)
                   && existing->symbol.verbatim == d.symbol.verbatim && existing->documentDate == d.documentDate) {
            ++r.alreadyHere;
        } else {
            problems << tr("Incoming number %1 is used in this file by another document (%2, %3).")
                            .arg(incomingName(d), existing->sender, existing->symbol.verbatim);
        }
    }
    QList<OutgoingDocument> outNew;
    OutgoingRegister hereOut(db, m_session.user(), m_session.actor());
    for (const OutgoingDocument &d : outLines.value()) {
        auto existing = hereOut.getBySymbol(d.symbol);
        if (!existing || existing->confidentiality == Confidentiality::Normal)
            outNew << d;
        else if (existing->documentDate == d.documentDate)
            ++r.alreadyHere;
        else
            problems << tr("%1 is used in this file by another document, dated %2.")
                            .arg(d.symbol, existing->documentDate.toString(QStringLiteral("dd/MM/yyyy")));
    }
    if (!problems.isEmpty())
        return StorageError::make(K::Invalid, tr("Nothing was brought in:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    r.incoming = int(inNew.size());
    r.outgoing = int(outNew.size());
    for (const IncomingDocument &d : inNew)
        if (d.excerpt.isEmpty())
            r.toComplete << incomingName(d);
    for (const OutgoingDocument &d : outNew)
        if (d.excerpt.isEmpty())
            r.toComplete << d.symbol;
    if (dryRun)
        return r;

    storage::Transaction t(db.sql());
    if (!t.isActive())
        return db.errorFor(db.sql().lastError());
    if (auto s = here.insertTransferred(inNew); !s)
        return s.error();
    if (auto s = hereOut.insertTransferred(outNew, &problems); !s)
        return s.error();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO secret_transfers (id, direction, file_id, source_office, by_user, at, lines)"
                             " VALUES (?, 'in', ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{r.id, transfer.fileId(), source, m_session.actor(),
                                          QDateTime::currentDateTime().toString(Qt::ISODate), r.incoming + r.outgoing})
        q.addBindValue(v);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (paired.isEmpty())
        if (auto s = TravelFile::putMeta(db, MetaPaired, source); !s)
            return s.error();
    storage::AuditLog log(db);
    if (!log.append({m_session.actor(), QStringLiteral("secret_transfers"), r.id, QStringLiteral("receive"), {},
                     json({{QStringLiteral("direction"), QStringLiteral("in")}, {QStringLiteral("lines"), r.incoming + r.outgoing},
                           {QStringLiteral("summary"), tr("%1 incoming and %2 outgoing lines from %3, exported by %4").arg(r.incoming)
                                                           .arg(r.outgoing).arg(QDir::toNativeSeparators(path), r.exportedBy)}})})
        || !t.commit())
        return db.errorFor(db.sql().lastError());
    return r;
}

} // namespace vanphong::documents
