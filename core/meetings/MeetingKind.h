#pragma once

#include <QString>

#include <optional>

namespace vanphong::meetings {

// What a meeting is, and whose members make it up (for invitations, quorum
// and votes). The printed names are Vietnamese whatever the screens' language.
enum class MeetingKind { Committee, Standing, StandingMembers, Extraordinary, Thematic, Congress };
enum class MeetingBody { Committee, Standing, StandingMembers };

class MeetingKinds final
{
public:
    static QString code(MeetingKind kind);                 // "committee", "standing", ...
    static std::optional<MeetingKind> fromCode(const QString &code);
    static QString name(MeetingKind kind);                 // "Hội nghị Ban Chấp hành"
    static MeetingBody defaultBody(MeetingKind kind);
    static QString code(MeetingBody body);
    static std::optional<MeetingBody> bodyFromCode(const QString &code);
    static QString name(MeetingBody body);                 // "Ban Chấp hành Đảng bộ"
};

} // namespace vanphong::meetings
