#pragma once

#include "meetings/MeetingKind.h"
#include "office/OfficeProfile.h"

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

} // namespace vanphong::reports
