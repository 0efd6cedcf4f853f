#include "MeetingKind.h"

namespace vanphong::meetings {

namespace {
struct KindInfo { MeetingKind kind; const char *code; const char16_t *name; MeetingBody body; };
const KindInfo Kinds[] = {
    {MeetingKind::Committee, "committee", u"Hội nghị Ban Chấp hành Đảng bộ", MeetingBody::Committee},
    {MeetingKind::Standing, "standing", u"Hội nghị Ban Thường vụ", MeetingBody::Standing},
    {MeetingKind::StandingMembers, "standing-members", u"Họp Thường trực Đảng ủy", MeetingBody::StandingMembers},
    {MeetingKind::Extraordinary, "extraordinary", u"Hội nghị bất thường", MeetingBody::Standing},
    {MeetingKind::Thematic, "thematic", u"Hội nghị chuyên đề", MeetingBody::Committee},
    {MeetingKind::Congress, "congress", u"Hội nghị chuẩn bị đại hội", MeetingBody::Committee},
};
struct BodyInfo { MeetingBody body; const char *code; const char16_t *name; };
const BodyInfo Bodies[] = {
    {MeetingBody::Committee, "committee", u"Ban Chấp hành Đảng bộ"},
    {MeetingBody::Standing, "standing", u"Ban Thường vụ Đảng ủy"},
    {MeetingBody::StandingMembers, "standing-members", u"Thường trực Đảng ủy"},
};
} // namespace

QString MeetingKinds::code(MeetingKind kind) { return QLatin1String(Kinds[int(kind)].code); }
QString MeetingKinds::name(MeetingKind kind) { return QString::fromUtf16(Kinds[int(kind)].name); }
MeetingBody MeetingKinds::defaultBody(MeetingKind kind) { return Kinds[int(kind)].body; }
QString MeetingKinds::code(MeetingBody body) { return QLatin1String(Bodies[int(body)].code); }
QString MeetingKinds::name(MeetingBody body) { return QString::fromUtf16(Bodies[int(body)].name); }

std::optional<MeetingKind> MeetingKinds::fromCode(const QString &code)
{
    for (const KindInfo &k : Kinds)
        if (code == QLatin1String(k.code))
            return k.kind;
    return std::nullopt;
}

std::optional<MeetingBody> MeetingKinds::bodyFromCode(const QString &code)
{
    for (const BodyInfo &b : Bodies)
        if (code == QLatin1String(b.code))
            return b.body;
    return std::nullopt;
}

} // namespace vanphong::meetings
