#pragma once

#include "Dossier.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::archives {

// One destruction: the council's decision that allowed it (số, ngày), then
// the record of the destruction itself (biên bản hủy), and its dossiers.
struct Destruction
{
    qint64 id = 0;
    QString decisionNumber;
    QDate decisionDate;
    QString council;       // the council for determining the value of records (hội đồng xác định giá trị tài liệu)
    QString recordNumber;  // empty until destroyed
    QDate destroyedOn;
    QString destroyedBy;
    int filesRemoved = 0;  // the scans and printed papers the destruction removed from the file
    QList<Dossier> dossiers;
    [[nodiscard]] bool isDone() const { return destroyedOn.isValid(); }
};

// The retention review (xác định giá trị tài liệu): dossiers whose retention
// ran out are proposed (danh mục tài liệu hết giá trị); permanent ones never
// are. Nothing is destroyed before the council's decision is recorded; the
// destruction itself is the office chief's, confirmed by typing the record's
// number, and happens in one transaction: the files of every document filed
// in those dossiers are removed from the office file (secure_delete zeroes
// their pages), the dossiers are marked destroyed and keep their line and
// the list of what they held; the registers' lines stay.
class RetentionReview final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionReview)
public:
    RetentionReview(storage::Database &db, const office::UserAccount &reader, QString actor);

    // Closed or handed-over dossiers kept N years whose retention ran out by
    // `today` (RetentionRules::expiresOn) and not yet in a destruction.
    [[nodiscard]] storage::Result<QList<Dossier>> proposals(const QDate &today) const;
    // The council's decision to destroy these dossiers, each one proposed
    // today: a destruction waiting to be carried out. Its id.
    [[nodiscard]] storage::Result<qint64> recordDecision(const QList<qint64> &dossierIds, const QString &decisionNumber,
                                                         const QDate &decisionDate, const QString &council);
    // Carries a decided destruction out; `confirmation` must repeat `recordNumber`.
    [[nodiscard]] storage::Status destroy(qint64 destructionId, const QString &recordNumber, const QDate &destroyedOn,
                                          const QString &confirmation);
    [[nodiscard]] storage::Result<QList<Destruction>> destructions() const;
    [[nodiscard]] storage::Result<Destruction> destruction(qint64 id) const;
    // The destruction a dossier belongs to, if any (0 for none).
    [[nodiscard]] storage::Result<qint64> destructionOf(qint64 dossierId) const;

private:
    storage::Database &m_db;
    const office::UserAccount &m_reader;
    QString m_actor;
};

} // namespace vanphong::archives
