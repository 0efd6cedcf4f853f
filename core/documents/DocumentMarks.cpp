#include "DocumentMarks.h"

namespace vanphong::documents {

namespace {
struct UrgencyInfo { Urgency level; const char *code; const char *name; };
const UrgencyInfo Urgencies[] = {
    {Urgency::None, "", ""},
    {Urgency::Urgent, "khan", "Khẩn"},
    {Urgency::VeryUrgent, "thuong-khan", "Thượng khẩn"},
    {Urgency::Immediate, "hoa-toc", "Hỏa tốc"},
    {Urgency::ImmediateTimed, "hoa-toc-hen-gio", "Hỏa tốc hẹn giờ"},
};
} // namespace

// The marks are printed words of the Party's format, the same in every language.
QString DocumentMarks::urgencyName(Urgency urgency) { return QString::fromUtf8(Urgencies[int(urgency)].name); }
QString DocumentMarks::urgencyCode(Urgency urgency) { return QLatin1String(Urgencies[int(urgency)].code); }

std::optional<Urgency> DocumentMarks::urgencyFromCode(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("none"))
        return Urgency::None;
    for (const auto &u : Urgencies)
        if (u.level != Urgency::None && code.compare(QLatin1String(u.code), Qt::CaseInsensitive) == 0)
            return u.level;
    return std::nullopt;
}

QString DocumentMarks::confidentialityName(Confidentiality level)
{
    switch (level) {
    case Confidentiality::Normal: return {};
    case Confidentiality::Confidential: return QStringLiteral("Mật");
    case Confidentiality::Secret: return QStringLiteral("Tối mật");
    case Confidentiality::TopSecret: return QStringLiteral("Tuyệt mật");
    }
    return {};
}

std::optional<Confidentiality> DocumentMarks::confidentialityFromCode(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("none"))
        return Confidentiality::Normal;
    return office::Roles::clearanceFromCode(code);
}

int DocumentMarks::protectionYears(Confidentiality level)
{
    switch (level) {
    case Confidentiality::Confidential: return 10;
    case Confidentiality::Secret: return 20;
    case Confidentiality::TopSecret: return 30;
    case Confidentiality::Normal: break;
    }
    return 0;
}

QString DocumentMarks::hiddenExcerpt(Confidentiality level, const QString &stored)
{
    return stored.isEmpty() ? tr("(%1: its content is kept in the secret file)").arg(confidentialityName(level))
                            : tr("(%1: not shown at your clearance)").arg(confidentialityName(level));
}

} // namespace vanphong::documents
