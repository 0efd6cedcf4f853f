#include "FiledIn.h"

#include "archives/DossierFiling.h"
#include "archives/RetentionReview.h"
#include "office/OfficeSession.h"

namespace vanphong::ui {

QString FiledIn::text(office::OfficeSession *session, const QString &kind, qint64 id)
{
    if (!session)
        return {};
    auto where = archives::DossierFiling(session->database(), session->user(), session->actor()).whereFiled(kind, id);
    if (!where || !where->has_value())
        return {};
    const archives::Dossier &d = **where;
    const QString in = tr("Dossier %1/%2: %3").arg(d.number).arg(d.year).arg(d.title);
    if (d.status != archives::Dossier::Status::Destroyed)
        return in;
    // The line stays; its files went with the dossier, under the destruction record.
    archives::RetentionReview review(session->database(), session->user(), session->actor());
    auto destruction = review.destructionOf(d.id);
    auto destroyed = destruction && destruction.value() ? review.destruction(destruction.value()) : storage::Result<archives::Destruction>(archives::Destruction{});
    return destroyed ? tr("%1 (destroyed on %2, record %3)").arg(in, destroyed->destroyedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                               destroyed->recordNumber)
                     : in;
}

} // namespace vanphong::ui
