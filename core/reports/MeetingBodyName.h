#pragma once

#include "meetings/MeetingKind.h"
#include "office/OfficeProfile.h"

#include <QRegularExpression>

namespace vanphong::reports {

// The name a paper prints for the body that meets or signs, as the office
// profile names it ("Ban Thường vụ Đảng ủy"), not a built-in word.
inline QString meetingBodyName(const office::OfficeProfile &profile, meetings::MeetingBody body)
{
    switch (body) {
    case meetings::MeetingBody::Committee: return profile.bodyName(office::OfficeProfile::Body::Committee);
    case meetings::MeetingBody::Standing: return profile.bodyName(office::OfficeProfile::Body::Standing);
    case meetings::MeetingBody::StandingMembers: return profile.bodyName(office::OfficeProfile::Body::StandingMembers);
    }
    return {};
}

// The body that calls a meeting and in whose name its invitations go out.
// The committee's conferences are convened and prepared by the standing
// committee (the committee's working rules, quy chế làm việc; DOMAIN.md,
// "Meetings": the office serves them for the standing committee), so an
// invitation to a Ban Chấp hành meeting is the standing committee's paper;
// the standing members call their own.
inline meetings::MeetingBody invitingBody(meetings::MeetingBody body)
{
    return body == meetings::MeetingBody::StandingMembers ? body : meetings::MeetingBody::Standing;
}

// The collective named in a signing capacity: "BAN THƯỜNG VỤ" in
// "T/L BAN THƯỜNG VỤ" (36-HD/VPTW, element 7; DOMAIN.md, "Signing
// capacity"). The header already names the committee that issues, so the
// capacity does not repeat it: the profile's "Ban Thường vụ Đảng ủy phường"
// signs as "BAN THƯỜNG VỤ", "Thường trực Đảng ủy" as "THƯỜNG TRỰC".
inline QString signingBodyName(const office::OfficeProfile &profile, meetings::MeetingBody body)
{
    static const QRegularExpression committeePart(QStringLiteral("\\s+Đảng(\\s.*)?$"), QRegularExpression::CaseInsensitiveOption);
    QString name = meetingBodyName(profile, body).simplified();
    const QString shortName = QString(name).remove(committeePart);
    return (shortName.isEmpty() ? name : shortName).toUpper();
}

} // namespace vanphong::reports
