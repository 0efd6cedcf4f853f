#pragma once

#include "DraftFormat.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vanphong::drafts {

// The templates VanPhong ships, in the Party format (Hướng dẫn 36-HD/VPTW;
// docs/TEMPLATES.md), kept as source XML in resources/templates and zipped
// when asked for: a Công văn's frame (its excerpt "V/v ..." under the number,
// "Kính gửi"), and the frame of the other types (type name and excerpt in the
// middle), each with the skeleton of its type's body (NQ, QĐ, KL, TB, BC, KH,
// CV, TTr, GM; a line to fill for the others).
class DefaultTemplates final
{
public:
    // The types whose body has a skeleton of its own.
    static QStringList typesWithSkeleton();
    static QByteArray build(const QString &typeCode, DraftFormat format);
};

} // namespace vanphong::drafts
