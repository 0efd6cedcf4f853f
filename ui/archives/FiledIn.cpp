#include "FiledIn.h"

#include "archives/DossierFiling.h"
#include "office/OfficeSession.h"

namespace vanphong::ui {

QString FiledIn::text(office::OfficeSession *session, const QString &kind, qint64 id)
{
    return session ? archives::DossierFiling(session->database(), session->user(), session->actor()).placeOf(kind, id) : QString();
}

} // namespace vanphong::ui
