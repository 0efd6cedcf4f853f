#pragma once

#include <QCoreApplication>
#include <QString>

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Where a register's line is filed, as its details say it: "Hồ sơ 02/2026:
// Công văn trao đổi"; empty when it is in no dossier (or no file is open).
class FiledIn final
{
    Q_DECLARE_TR_FUNCTIONS(FiledIn)
public:
    static QString text(office::OfficeSession *session, const QString &kind, qint64 id);
};

} // namespace vanphong::ui
