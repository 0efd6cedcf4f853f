#pragma once

#include <QString>

// What each sealed value of a register line opens as (office::ClearanceKeys):
// the associated data names the field, so a value moved to another column
// does not open. Named once, for the registers that seal and for the passes
// that seal again (LineSeals, office::LegacySealing).
namespace vanphong::documents::SealedFields {

inline const QString IncomingExcerpt = QStringLiteral("incoming.excerpt");
inline const QString IncomingDirection = QStringLiteral("incoming.direction"); // also each handover's note
inline const QString IncomingReason = QStringLiteral("incoming.reason");
inline const QString OutgoingExcerpt = QStringLiteral("outgoing.excerpt");
inline const QString OutgoingReason = QStringLiteral("outgoing.reason");
inline const QString AttachmentName = QStringLiteral("attachment.name");
inline const QString AttachmentData = QStringLiteral("attachment.data");

} // namespace vanphong::documents::SealedFields
