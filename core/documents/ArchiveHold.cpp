#include "ArchiveHold.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::documents {

storage::Status ArchiveHold::allowsChange(storage::Database &db, const QString &kind, qint64 refId, const QString &reference)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT d.number, d.year, d.status, d.handover_record FROM dossier_items i "
                             "JOIN dossiers d ON d.id = i.dossier_id WHERE i.kind = ? AND i.ref_id = ? "
                             "AND d.status IN ('handed-over', 'destroyed')"));
    q.addBindValue(kind);
    q.addBindValue(refId);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return storage::Ok{};
    const QString dossier = QStringLiteral("%1/%2").arg(q.value(0).toString()).arg(q.value(1).toInt());
    if (q.value(2).toString() == QLatin1String("destroyed"))
        return storage::StorageError::make(storage::StorageError::Kind::Invalid,
                                           tr("%1 was kept in dossier %2, which was destroyed: the line stays as it was.").arg(reference, dossier));
    return storage::StorageError::make(storage::StorageError::Kind::Invalid,
                                       tr("%1 is kept in dossier %2, handed over to the archive under record %3: it no longer changes.")
                                           .arg(reference, dossier, q.value(3).toString()));
}

} // namespace vanphong::documents
