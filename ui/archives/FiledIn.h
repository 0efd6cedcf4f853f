#pragma once

#include <QString>

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Where a register's line is filed, as its details say it
// (archives::DossierFiling::placeOf); empty when it is in no dossier (or no file is open).
class FiledIn final
{
public:
    static QString text(office::OfficeSession *session, const QString &kind, qint64 id);
};

} // namespace vanphong::ui
