#pragma once

#include <QDateTime>
#include <QString>

namespace vanphong::documents {

// A scanned file of a register line (its bytes are read on demand).
struct Attachment
{
    qint64 id = 0;
    QString ownerKind; // "in" or "out"
    qint64 ownerId = 0;
    QString fileName;
    QString mimeType;  // application/pdf, image/png, image/jpeg, image/tiff
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt;
};

} // namespace vanphong::documents
