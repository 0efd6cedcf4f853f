#include "RetentionReview.h"

#include "DossierRegister.h"
#include "RetentionRules.h"
#include "DossierItemFiles.h"
#include "documents/AttachmentStore.h"
#include "meetings/PaperFiles.h"
#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace vanphong::archives {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
} // namespace

RetentionReview::RetentionReview(storage::Database &db, const office::UserAccount &reader, QString actor)
    : m_db(db)
    , m_reader(reader)
    , m_actor(std::move(actor))
{
}

storage::Result<QList<Dossier>> RetentionReview::proposals(const QDate &today) const
{
    QSet<qint64> taken;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id FROM dossiers WHERE destruction_id IS NOT NULL")))
        return m_db.errorFor(q.lastError());
    while (q.next())
        taken.insert(q.value(0).toLongLong());
    DossierFilter f;
    f.registerOrder = true;
    f.limit = std::numeric_limits<int>::max();
    auto all = DossierRegister(m_db, m_actor).list(f);
    if (!all)
        return all.error();
    QList<Dossier> out;
    for (const Dossier &d : all.value()) {
        if (d.isPermanent() || taken.contains(d.id))
            continue;
        if (d.status != Dossier::Status::Closed && d.status != Dossier::Status::HandedOver)
            continue;
        const QDate expires = RetentionRules::expiresOn(d.closedOn, d.retentionYears);
        if (expires.isValid() && expires <= today)
            out << d;
    }
    return out;
}

storage::Result<qint64> RetentionReview::recordDecision(const QList<qint64> &dossierIds, const QString &decisionNumber,
                                                        const QDate &decisionDate, const QString &council)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    if (dossierIds.isEmpty())
        return StorageError::make(K::Invalid, tr("Choose the dossiers the decision destroys."));
    if (decisionNumber.trimmed().isEmpty() || !decisionDate.isValid() || decisionDate > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("Give the decision's number and date (not a day still to come)."));
    auto proposed = proposals(QDate::currentDate());
    if (!proposed)
        return proposed.error();
    QSet<qint64> allowedIds;
    for (const Dossier &d : proposed.value())
        allowedIds.insert(d.id);
    DossierRegister reg(m_db, m_actor);
    for (const qint64 id : dossierIds) {
        if (allowedIds.contains(id))
            continue;
        auto d = reg.get(id);
        if (!d)
            return d.error();
        const QString name = QStringLiteral("%1/%2").arg(d->number).arg(d->year);
        if (d->isPermanent())
            return StorageError::make(K::Invalid, tr("Dossier %1 is kept permanently: it is never destroyed.").arg(name));
        return StorageError::make(K::Invalid, tr("Dossier %1 is not due for destruction: its retention has not run out, or it is "
                                                 "not closed, or a decision already names it.").arg(name));
    }
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO destructions (decision_number, decision_date, council, created_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(decisionNumber.simplified());
    q.addBindValue(decisionDate.toString(Qt::ISODate));
    q.addBindValue(storage::notNull(council.simplified()));
    q.addBindValue(m_actor);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonArray ids;
    for (const qint64 dossier : dossierIds) {
        QSqlQuery link(m_db.sql());
        link.prepare(QStringLiteral("UPDATE dossiers SET destruction_id = ? WHERE id = ? AND destruction_id IS NULL"));
        link.addBindValue(id);
        link.addBindValue(dossier);
        if (!link.exec())
            return m_db.errorFor(link.lastError());
        if (link.numRowsAffected() != 1) // named by another decision meanwhile
            return StorageError::make(K::Invalid, tr("Another decision names one of these dossiers already."));
        ids.append(dossier);
        // The dossier's own entry names its decision, so that verify finds it unlinked with a tool.
        storage::AuditLog dossierLog(m_db);
        if (!dossierLog.append({m_actor, QStringLiteral("dossiers"), QString::number(dossier), QStringLiteral("decide"), {},
                                json({{QStringLiteral("destruction_id"), id}})}))
            return m_db.errorFor(m_db.sql().lastError());
    }
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("destructions"), QString::number(id), QStringLiteral("decide"), {},
                     json({{QStringLiteral("decision_number"), decisionNumber.simplified()},
                           {QStringLiteral("decision_date"), decisionDate.toString(Qt::ISODate)},
                           {QStringLiteral("council"), council.simplified()}, {QStringLiteral("dossiers"), ids}})})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return id;
}

storage::Status RetentionReview::destroy(qint64 destructionId, const QString &recordNumber, const QDate &destroyedOn,
                                         const QString &confirmation)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::DestroyArchives); !allowed)
        return allowed.error();
    auto planned = destruction(destructionId);
    if (!planned)
        return planned.error();
    if (planned->isDone())
        return StorageError::make(K::Invalid, tr("This destruction was carried out on %1 (record %2).")
                                                  .arg(planned->destroyedOn.toString(QStringLiteral("dd/MM/yyyy")), planned->recordNumber));
    if (recordNumber.trimmed().isEmpty() || confirmation.trimmed() != recordNumber.trimmed())
        return StorageError::make(K::Invalid, tr("Type the destruction record's number again to confirm: what is destroyed cannot be brought back."));
    if (!destroyedOn.isValid() || destroyedOn < planned->decisionDate || destroyedOn > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("The destruction takes place after the decision (%1), not on a day still to come.")
                                                  .arg(planned->decisionDate.toString(QStringLiteral("dd/MM/yyyy"))));
    // Nothing is destroyed while it is out: the record would list what is not on the shelf.
    for (const Dossier &d : planned->dossiers)
        if (d.onLoan)
            return StorageError::make(K::Invalid, tr("Dossier %1/%2 is out on loan: it is destroyed once it is back.").arg(d.number).arg(d.year));
    // One number, one signed record: not a hand-over's, not another destruction's
    // ("01/BB-LT", " 01/bb-lt" are one number to whoever reads the records).
    QSqlQuery used(m_db.sql());
    used.prepare(QStringLiteral("SELECT handed_over_on FROM dossiers WHERE upper(replace(handover_record, ' ', '')) = ? "
                                "UNION ALL SELECT destroyed_on FROM destructions WHERE upper(replace(record_number, ' ', '')) = ? LIMIT 1"));
    const QString key = QString(recordNumber).remove(QLatin1Char(' ')).toUpper();
    used.addBindValue(key);
    used.addBindValue(key);
    if (!used.exec())
        return m_db.errorFor(used.lastError());
    if (used.next())
        return StorageError::make(K::Invalid, tr("Record %1 was signed on %2 for another act: give the destruction a record of its own.")
                                                  .arg(recordNumber.simplified(), QDate::fromString(used.value(0).toString(), Qt::ISODate)
                                                                                      .toString(QStringLiteral("dd/MM/yyyy"))));
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    documents::AttachmentStore files(m_db, m_reader, m_actor);
    const QString record = recordNumber.simplified();
    int removed = 0;
    for (const Dossier &d : planned->dossiers) {
        // The files of every document in it: the lines stay, their scans go.
        QSqlQuery items(m_db.sql());
        items.prepare(QStringLiteral("SELECT id, kind, ref_id FROM dossier_items WHERE dossier_id = ?"));
        items.addBindValue(d.id);
        if (!items.exec())
            return m_db.errorFor(items.lastError());
        while (items.next()) {
            const QString kind = items.value(1).toString();
            const qint64 refId = items.value(2).toLongLong();
            // A meeting's: its printed papers kept with the filing and the files of the papers handed out at it.
            auto gone = kind == QLatin1String("meeting")
                ? meetings::PaperFiles(m_db, m_reader, m_actor).removeDestroyed(refId, record)
                : files.removeDestroyed(kind, refId, record);
            if (!gone)
                return gone.error();
            removed += gone.value();
            auto copies = DossierItemFiles(m_db, m_reader, m_actor).removeInside(items.value(0).toLongLong(), record);
            if (!copies)
                return copies.error();
            removed += copies.value();
        }
        QSqlQuery mark(m_db.sql());
        mark.prepare(QStringLiteral("UPDATE dossiers SET status = 'destroyed' WHERE id = ?"));
        mark.addBindValue(d.id);
        if (!mark.exec())
            return m_db.errorFor(mark.lastError());
        storage::AuditLog log(m_db);
        if (!log.append({m_actor, QStringLiteral("dossiers"), QString::number(d.id), QStringLiteral("destroy"),
                         json({{QStringLiteral("status"), Dossier::statusCode(d.status)}}),
                         json({{QStringLiteral("status"), Dossier::statusCode(Dossier::Status::Destroyed)}, {QStringLiteral("record"), record},
                               {QStringLiteral("destruction_id"), destructionId}})}))
            return m_db.errorFor(m_db.sql().lastError());
    }
    QSqlQuery done(m_db.sql());
    done.prepare(QStringLiteral("UPDATE destructions SET record_number = ?, destroyed_on = ?, destroyed_by = ? WHERE id = ?"));
    done.addBindValue(record);
    done.addBindValue(destroyedOn.toString(Qt::ISODate));
    done.addBindValue(m_actor);
    done.addBindValue(destructionId);
    if (!done.exec())
        return m_db.errorFor(done.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("destructions"), QString::number(destructionId), QStringLiteral("destroy"), {},
                     json({{QStringLiteral("record_number"), record}, {QStringLiteral("destroyed_on"), destroyedOn.toString(Qt::ISODate)},
                           {QStringLiteral("files_removed"), removed}})})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<Destruction> RetentionReview::destruction(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, decision_number, decision_date, council, record_number, destroyed_on, destroyed_by FROM destructions "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no destruction %1.").arg(id));
    Destruction d;
    d.id = q.value(0).toLongLong();
    d.decisionNumber = q.value(1).toString();
    d.decisionDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    d.council = q.value(3).toString();
    d.recordNumber = q.value(4).toString();
    d.destroyedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    d.destroyedBy = q.value(6).toString();
    if (d.isDone()) {
        // How many files went is a fact of the act, kept in its (authenticated) audit entry only.
        QSqlQuery removed(m_db.sql());
        removed.prepare(QStringLiteral("SELECT json_extract(new_values, '$.files_removed') FROM audit_log "
                                       "WHERE table_name = 'destructions' AND record_id = ? AND action = 'destroy' ORDER BY id DESC LIMIT 1"));
        removed.addBindValue(QString::number(id));
        if (!removed.exec())
            return m_db.errorFor(removed.lastError());
        d.filesRemoved = removed.next() ? removed.value(0).toInt() : 0;
    }
    QSqlQuery members(m_db.sql());
    members.prepare(QStringLiteral("SELECT id FROM dossiers WHERE destruction_id = ? ORDER BY year, id"));
    members.addBindValue(id);
    if (!members.exec())
        return m_db.errorFor(members.lastError());
    DossierRegister reg(m_db, m_actor);
    while (members.next()) {
        auto dossier = reg.get(members.value(0).toLongLong());
        if (!dossier)
            return dossier.error();
        d.dossiers << dossier.value();
    }
    return d;
}

storage::Result<QList<Destruction>> RetentionReview::destructions() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id FROM destructions ORDER BY decision_date DESC, id DESC")))
        return m_db.errorFor(q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Destruction> out;
    for (const qint64 id : ids) {
        auto d = destruction(id);
        if (!d)
            return d.error();
        out << d.value();
    }
    return out;
}

storage::Result<qint64> RetentionReview::destructionOf(qint64 dossierId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT destruction_id FROM dossiers WHERE id = ?"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace vanphong::archives
