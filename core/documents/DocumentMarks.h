#pragma once

#include "office/Role.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vanphong::documents {

// Urgency marks (DOMAIN.md): Khẩn, Thượng khẩn, Hỏa tốc, Hỏa tốc hẹn giờ (with a time).
enum class Urgency { None = 0, Urgent = 1, VeryUrgent = 2, Immediate = 3, ImmediateTimed = 4 };

// Confidentiality uses the users' clearance scale: Thường, Mật, Tối mật, Tuyệt mật.
using Confidentiality = office::Clearance;

class DocumentMarks final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentMarks)
public:
    static QString urgencyName(Urgency urgency);                          // "Thượng khẩn"
    static std::optional<Urgency> urgencyFromCode(const QString &code);   // khan|thuong-khan|hoa-toc|hoa-toc-hen-gio
    static QString urgencyCode(Urgency urgency);
    static QString confidentialityName(Confidentiality level);           // "Mật"; empty for Thường
    // What a register line shows instead of the excerpt of a document above the
    // reader's clearance: an ordinary file holds no excerpt of a secret document
    // at all (`stored` empty), which is said so rather than "not shown".
    static QString hiddenExcerpt(Confidentiality level, const QString &stored);
    static std::optional<Confidentiality> confidentialityFromCode(const QString &code); // mat|toi-mat|tuyet-mat
    // Years a mark is protected for (Luật Bảo vệ bí mật nhà nước 2018): 10, 20, 30.
    static int protectionYears(Confidentiality level);
};

} // namespace vanphong::documents
