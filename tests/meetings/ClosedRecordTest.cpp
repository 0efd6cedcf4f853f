// A closed meeting's record (issue 10): attendance, minutes, conclusions and
// the meeting's facts are corrected only with a reason, each correction kept
// with its values before and after; a member's entry is corrected with a
// reason and the meetings still to come invite the corrected name.
#include "MeetingOffice.h"
#include "TestSupport.h"

#include "documents/LineHistory.h"
#include "meetings/AttendanceBook.h"
#include "meetings/ClosedRecord.h"
#include "meetings/MinutesBook.h"

#include <catch2/catch.hpp>

using namespace vanphong;
using namespace vanphong::meetings;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

TEST_CASE("a closed meeting's record is corrected only with a reason, kept with the values before and after")
{
    Office office;
    office.addMembers(5, 5, 2);
    const Meeting m = office.meeting(MeetingKind::Standing, QDateTime(QDate(2026, 3, 18), QTime(8, 0)));
    AttendanceBook attendance(office.db(), QStringLiteral("chanhvp"));
    MinutesBook minutes(office.db(), QStringLiteral("chanhvp"));
    auto people = attendance.attendees(m.id);
    REQUIRE(people);
    REQUIRE(people->size() == 5);
    for (const Attendee &a : people.value())
        REQUIRE(attendance.mark(a.id, Attendee::Presence::Present));
    MinutesEntry vote;
    vote.meetingId = m.id;
    vote.agendaItemId = office.meetings().agenda(m.id)->at(1).id;
    vote.kind = MinutesEntry::Kind::Vote;
    vote.text = QStringLiteral("Thông qua đề án");
    vote.votesFor = 5;
    auto added = minutes.add(vote);
    REQUIRE(added);
    REQUIRE(office.meetings().close(m.id, QDateTime(QDate(2026, 3, 18), QTime(10, 30))));

    // Without a reason, nothing changes.
    CHECK(attendance.mark(people->at(4).id, Attendee::Presence::Absent, QStringLiteral("Đi công tác")).error().kind == Kind::Invalid);
    MinutesEntry fixed = added.value();
    fixed.votesFor = 3;
    fixed.votesAbstain = 1;
    CHECK(minutes.save(fixed).error().kind == Kind::Invalid);
    CHECK(office.meetings().setConclusion(vote.agendaItemId, QStringLiteral("Thống nhất thông qua")).error().kind == Kind::Invalid);
    CHECK(attendance.attendees(m.id)->at(4).presence == Attendee::Presence::Present);
    CHECK(minutes.entries(m.id)->first().votesFor == 5);

    // With one, each change is kept.
    attendance.setCorrectionReason(QStringLiteral("Biên bản ghi nhầm người vắng"));
    minutes.setCorrectionReason(QStringLiteral("Đếm lại phiếu"));
    MeetingStore store = office.meetings();
    store.setCorrectionReason(QStringLiteral("Bổ sung kết luận"));
    REQUIRE(attendance.mark(people->at(4).id, Attendee::Presence::Absent, QStringLiteral("Đi công tác")));
    REQUIRE(minutes.save(fixed));
    REQUIRE(store.setConclusion(vote.agendaItemId, QStringLiteral("Thống nhất thông qua")));
    Meeting facts = store.get(m.id).value();
    facts.place = QStringLiteral("Phòng họp số 2");
    REQUIRE(store.update(facts));

    auto history = ClosedRecord::history(office.db(), m.id);
    REQUIRE(history);
    REQUIRE(history->size() == 4);
    CHECK(history->at(0).reason == QStringLiteral("Biên bản ghi nhầm người vắng"));
    CHECK(history->at(0).user == QStringLiteral("chanhvp"));
    const QString trail = documents::LineHistory::describe(history->at(0)) + documents::LineHistory::describe(history->at(1))
                          + documents::LineHistory::describe(history->at(2)) + documents::LineHistory::describe(history->at(3));
    CHECK(trail.contains(QStringLiteral("Nguyễn Thị Hoa (chanhvp)"))); // a person, not only a login
    CHECK(trail.contains(QStringLiteral("Đi công tác")));
    CHECK(trail.contains(QStringLiteral("5 → 3")));
    CHECK(trail.contains(QStringLiteral("Đếm lại phiếu")));
    CHECK(trail.contains(QStringLiteral("Thống nhất thông qua")));
    CHECK(trail.contains(QStringLiteral("Hội trường Đảng ủy → Phòng họp số 2")));
    // Removing an entry from a closed meeting is a correction too.
    minutes.setCorrectionReason(QString());
    CHECK(minutes.remove(added->id).error().kind == Kind::Invalid);
    minutes.setCorrectionReason(QStringLiteral("Ghi trùng"));
    REQUIRE(minutes.remove(added->id));
    CHECK(ClosedRecord::history(office.db(), m.id)->size() == 5);
    // Another meeting's history is its own.
    CHECK(ClosedRecord::history(office.db(), m.id + 1)->isEmpty());
}

TEST_CASE("a member's entry is corrected with a reason; meetings to come invite the corrected name, closed ones keep theirs")
{
    Office office;
    office.addMembers(5, 5, 2);
    const Meeting held = office.meeting(MeetingKind::Standing, QDateTime(QDate(2026, 3, 18), QTime(8, 0)));
    REQUIRE(office.meetings().close(held.id, QDateTime(QDate(2026, 3, 18), QTime(10, 0))));
    const Meeting coming = office.meeting(MeetingKind::Standing, QDateTime(QDate(2026, 4, 15), QTime(8, 0)));
    CommitteeMembers members(office.db(), QStringLiteral("chanhvp"));
    CommitteeMember first = members.of(office.termId, MeetingBody::Committee)->first();
    first.fullName = QStringLiteral("Nguyễn Văn Một");
    CHECK(members.correct(first, QString()).error().kind == Kind::Invalid);
    REQUIRE(members.correct(first, QStringLiteral("Gõ sai họ tên")));
    CHECK(members.of(office.termId, MeetingBody::Committee)->first().fullName == QStringLiteral("Nguyễn Văn Một"));
    AttendanceBook attendance(office.db(), QStringLiteral("chanhvp"));
    CHECK(attendance.attendees(coming.id)->first().fullName == QStringLiteral("Nguyễn Văn Một"));
    CHECK(attendance.attendees(held.id)->first().fullName == QStringLiteral("Đồng chí số 1"));
    CHECK(members.correct(first, QStringLiteral("lại")).error().kind == Kind::Invalid); // nothing changed
    // Correcting the committee's members is for those who keep it, checked in the core.
    auto viewer = addSignedInUser(*office.session, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "nguoi-xem-2026");
    REQUIRE(viewer);
    first.position = QStringLiteral("Bí thư");
    CHECK(CommitteeMembers(viewer->database(), viewer->actor()).correct(first, QStringLiteral("Sửa chức vụ")).error().kind == Kind::Forbidden);
}
