#include "FiledIn.h"

#include "archives/DossierFiling.h"
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
    return tr("Dossier %1/%2: %3").arg(d.number).arg(d.year).arg(d.title);
}

} // namespace vanphong::ui
