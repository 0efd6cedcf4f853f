#pragma once

#include <QString>
#include <QVariant>

namespace vanphong::storage {

// Text for a NOT NULL column: Qt binds a null QString (an empty field, or
// simplified() of one) as SQL NULL, which such a column refuses.
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace vanphong::storage
