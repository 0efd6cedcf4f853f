// Meetings: the preparation checklist's due days for every kind (weekends, a
// meeting moved), members invited by body, attendance and the quorum and
// vote rules at their edges, and minutes written as they are typed.
#include "MeetingOffice.h"
#include "TestSupport.h"

#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/DueDates.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/QuorumRules.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::meetings;
using namespace vanphong::test;


TEST_CASE("due days: the latest day the rule allows, weekends moved to the Friday before")
{
    const QDate monday(2026, 3, 23);
    CHECK(DueDates::dueDate(monday, -5) == QDate(2026, 3, 18));   // Wednesday
    CHECK(DueDates::dueDate(monday, -1) == QDate(2026, 3, 20));   // Sunday -> Friday
    CHECK(DueDates::dueDate(monday, -2) == QDate(2026, 3, 20));   // Saturday -> Friday
    CHECK(DueDates::dueDate(monday, 5) == QDate(2026, 3, 27));    // Saturday -> Friday
    CHECK(DueDates::dueDate(monday, 7) == QDate(2026, 3, 30));    // a Monday: a working day, kept
    CHECK(DueDates::dueDate(QDate(2026, 3, 28), 0) == QDate(2026, 3, 28)); // a Saturday meeting keeps its own day
}

TEST_CASE("every kind of meeting gets its checklist, with due days from the meeting day")
{
    Office office;
    const QDateTime wednesday(QDate(2026, 3, 18), QTime(8, 0));
    SECTION("committee: documents 5 days before, minutes within 7 days after")
    {
        const Meeting m = office.meeting(MeetingKind::Committee, wednesday);
        CHECK(office.item(m.id, QStringLiteral("Gửi giấy mời")).dueOn == QDate(2026, 3, 13));      // Friday
        CHECK(office.item(m.id, QStringLiteral("Hoàn chỉnh biên bản")).dueOn == QDate(2026, 3, 25));
        CHECK(office.item(m.id, QStringLiteral("Trình Thường trực")).dueOn == QDate(2026, 3, 10));
    }
    SECTION("standing committee: documents 3 days before, minutes within 5 days after")
    {
        const Meeting m = office.meeting(MeetingKind::Standing, wednesday);
        CHECK(office.item(m.id, QStringLiteral("Gửi giấy mời")).dueOn == QDate(2026, 3, 13));      // Sunday 15 -> Friday 13
        CHECK(office.item(m.id, QStringLiteral("Hoàn chỉnh biên bản")).dueOn == QDate(2026, 3, 23)); // Monday
    }
    SECTION("standing members")
    {
        const Meeting m = office.meeting(MeetingKind::StandingMembers, wednesday);
        CHECK(office.item(m.id, QStringLiteral("Gửi giấy mời")).dueOn == QDate(2026, 3, 17));
        CHECK(office.item(m.id, QStringLiteral("Hoàn chỉnh biên bản")).dueOn == QDate(2026, 3, 20));
    }
    SECTION("extraordinary: called at a day's notice, nothing due before the meeting day")
    {
        const Meeting m = office.meeting(MeetingKind::Extraordinary, wednesday);
        auto items = office.meetings().checklist(m.id);
        REQUIRE(items);
        REQUIRE(items->size() >= 3);
        CHECK(items->size() < office.meetings().checklist(office.meeting(MeetingKind::Committee, wednesday).id)->size());
        for (const ChecklistItem &i : items.value())
            CHECK(i.dueOn >= wednesday.date());
    }
    SECTION("thematic and congress preparation")
    {
        CHECK(office.item(office.meeting(MeetingKind::Thematic, wednesday).id, QStringLiteral("Gửi giấy mời")).dueOn == QDate(2026, 3, 13));
        CHECK(office.item(office.meeting(MeetingKind::Congress, wednesday).id, QStringLiteral("Gửi giấy triệu tập")).dueOn == QDate(2026, 3, 11));
    }
    SECTION("a meeting moved to another day moves its open items; done ones keep their day")
    {
        const Meeting m = office.meeting(MeetingKind::Standing, wednesday);
        const ChecklistItem assign = office.item(m.id, QStringLiteral("Phân công"));
        REQUIRE(office.meetings().setChecklistState(assign.id, ChecklistItem::State::Done));
        REQUIRE(office.meetings().reschedule(m.id, QDateTime(QDate(2026, 3, 25), QTime(14, 0))));
        CHECK(office.item(m.id, QStringLiteral("Phân công")).dueOn == assign.dueOn);
        CHECK(office.item(m.id, QStringLiteral("Phân công")).state == ChecklistItem::State::Done);
        CHECK(office.item(m.id, QStringLiteral("Gửi giấy mời")).dueOn == QDate(2026, 3, 20));      // Sunday 22 -> Friday 20
        CHECK(office.item(m.id, QStringLiteral("Hoàn chỉnh biên bản")).dueOn == QDate(2026, 3, 30));
        CHECK(office.meetings().get(m.id)->startsAt == QDateTime(QDate(2026, 3, 25), QTime(14, 0)));
    }
    SECTION("the office's templates are its own: an edited step shows in the next meeting")
    {
        QSqlQuery q(office.db().sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE checklist_templates SET offset_days = -7 WHERE kind = 'committee' AND title LIKE 'Gửi giấy mời%'")));
        CHECK(office.item(office.meeting(MeetingKind::Committee, wednesday).id, QStringLiteral("Gửi giấy mời")).dueOn == QDate(2026, 3, 11));
    }
    SECTION("late items of open meetings, for the start page")
    {
        const Meeting m = office.meeting(MeetingKind::Standing, wednesday);
        auto late = office.meetings().lateItems(QDate(2026, 3, 14));
        REQUIRE(late);
        REQUIRE_FALSE(late->isEmpty());
        CHECK(late->first().meeting.id == m.id);
        for (const auto &l : late.value())
            CHECK(l.item.dueOn < QDate(2026, 3, 14));
        REQUIRE(office.meetings().setStatus(m.id, Meeting::Status::Closed));
        CHECK(office.meetings().lateItems(QDate(2026, 3, 14))->isEmpty());
    }
}

TEST_CASE("quorum and votes at their edges: two thirds present, more than half of all members in favour")
{
    const QuorumRules rules;
    CHECK(rules.presentNeeded(15) == 10);
    CHECK_FALSE(rules.canMeet(15, 9));
    CHECK(rules.canMeet(15, 10));
    CHECK(rules.presentNeeded(16) == 11); // 10.67 rounds up
    CHECK_FALSE(rules.canMeet(16, 10));
    CHECK(rules.presentNeeded(3) == 2);
    CHECK(rules.votesNeeded(15) == 8);    // more than 7.5
    CHECK_FALSE(rules.decides(15, 7));
    CHECK(rules.decides(15, 8));
    CHECK(rules.votesNeeded(16) == 9);    // more than 8: exactly half does not decide
    CHECK_FALSE(rules.decides(16, 8));
    CHECK(rules.votesNeeded(5) == 3);

    Office office;
    auto loaded = QuorumRules::load(office.db());
    REQUIRE(loaded);
    CHECK(loaded->quorumNumerator == 2);
    CHECK(loaded->quorumDenominator == 3);
    QuorumRules stricter = loaded.value();
    REQUIRE(QuorumRules::parseFraction(QStringLiteral("3/4"), &stricter.quorumNumerator, &stricter.quorumDenominator));
    REQUIRE(stricter.save(office.db()));
    CHECK(QuorumRules::load(office.db())->presentNeeded(15) == 12);
    int a = 0, b = 0;
    CHECK_FALSE(QuorumRules::parseFraction(QStringLiteral("4/3"), &a, &b));
    CHECK_FALSE(QuorumRules::parseFraction(QStringLiteral("hai phần ba"), &a, &b));
}

TEST_CASE("the body's members are invited; attendance makes the quorum, guests do not count")
{
    Office office;
    office.addMembers();
    const Meeting standing = office.meeting(MeetingKind::Standing, QDateTime(QDate(2026, 3, 18), QTime(8, 0)));
    AttendanceBook book(office.db(), QStringLiteral("chanhvp"));
    auto people = book.attendees(standing.id);
    REQUIRE(people);
    REQUIRE(people->size() == 5); // the standing committee only
    const Meeting committee = office.meeting(MeetingKind::Committee, QDateTime(QDate(2026, 3, 20), QTime(8, 0)));
    CHECK(book.attendees(committee.id)->size() == 15);

    REQUIRE(office.meetings().approveGuests(standing.id, QStringLiteral("Đồng chí Bí thư")));
    CHECK(office.meetings().get(standing.id)->guestsApprovedBy == QStringLiteral("Đồng chí Bí thư"));
    auto guest = book.addGuest(standing.id, QStringLiteral("Trưởng Công an xã"), QStringLiteral("Khách mời"));
    REQUIRE(guest);
    CHECK(office.meetings().get(standing.id)->guestsApprovedBy.isEmpty()); // a new guest needs approval again

    auto quorum = book.quorum(standing.id);
    REQUIRE(quorum);
    CHECK(quorum->members == 5);
    CHECK(quorum->present == 0);
    CHECK(quorum->presentNeeded == 4);
    CHECK_FALSE(quorum->canMeet);
    REQUIRE(book.mark(guest->id, Attendee::Presence::Present));
    for (int i = 0; i < 3; ++i)
        REQUIRE(book.mark(people->at(i).id, Attendee::Presence::Present));
    CHECK_FALSE(book.quorum(standing.id)->canMeet); // 3 of 5 and a guest
    CHECK_FALSE(book.mark(people->at(3).id, Attendee::Presence::Absent)); // a reason is required
    REQUIRE(book.mark(people->at(3).id, Attendee::Presence::Absent, QStringLiteral("Đi công tác tỉnh")));
    REQUIRE(book.mark(people->at(4).id, Attendee::Presence::Late, QStringLiteral("Họp ở xã")));
    CHECK_FALSE(book.quorum(standing.id)->canMeet); // late, not yet arrived
    REQUIRE(book.mark(people->at(4).id, Attendee::Presence::Late, QStringLiteral("Họp ở xã"), QDateTime(QDate(2026, 3, 18), QTime(8, 40))));
    CHECK(book.quorum(standing.id)->canMeet);
    CHECK(book.quorum(standing.id)->votesNeeded == 3);
}

TEST_CASE("minutes are written entry by entry as they are typed; votes are checked against the body")
{
    Office office;
    office.addMembers();
    const Meeting m = office.meeting(MeetingKind::Standing, QDateTime(QDate(2026, 3, 18), QTime(8, 0)));
    auto agenda = office.meetings().agenda(m.id);
    REQUIRE(agenda);
    REQUIRE(agenda->size() == 2);
    CHECK(agenda->at(1).documents == QStringList{QStringLiteral("Đề án"), QStringLiteral("Dự thảo nghị quyết")});
    MinutesBook minutes(office.db(), QStringLiteral("thuky"));

    MinutesEntry speech;
    speech.meetingId = m.id;
    speech.agendaItemId = agenda->at(1).id;
    speech.kind = MinutesEntry::Kind::Speech;
    speech.speaker = QStringLiteral("Đồng chí số 2");
    speech.text = QStringLiteral("Đề nghị bổ sung");
    auto added = minutes.add(speech);
    REQUIRE(added);
    MinutesEntry first = speech;
    first.agendaItemId = agenda->at(0).id;
    first.kind = MinutesEntry::Kind::Presentation;
    first.speaker = QStringLiteral("Chánh Văn phòng");
    REQUIRE(minutes.add(first));
    // Autosave: the text as it grows.
    MinutesEntry typed = added.value();
    typed.text = QStringLiteral("Đề nghị bổ sung chỉ tiêu về chữ ký số");
    REQUIRE(minutes.save(typed));

    MinutesEntry vote;
    vote.meetingId = m.id;
    vote.agendaItemId = agenda->at(1).id;
    vote.kind = MinutesEntry::Kind::Vote;
    vote.text = QStringLiteral("Thông qua Đề án chuyển đổi số");
    vote.votesFor = 5;
    vote.votesAgainst = 1;
    CHECK_FALSE(minutes.add(vote)); // 6 votes in a body of 5
    vote.votesFor = 4;
    REQUIRE(minutes.add(vote));
    // Once attendance is taken, only those present vote: 4 present cannot cast 5.
    AttendanceBook attendance(office.db(), QStringLiteral("thuky"));
    auto people = attendance.attendees(m.id);
    REQUIRE(people);
    int marked = 0;
    for (const Attendee &a : people.value())
        if (!a.isGuest() && marked < 4 && attendance.mark(a.id, Attendee::Presence::Present))
            ++marked;
    REQUIRE(marked == 4);
    MinutesEntry tooMany = vote;
    tooMany.votesFor = 5;
    tooMany.votesAgainst = 0;
    auto refused = minutes.add(tooMany);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("4")));
    auto stored = minutes.entries(m.id);
    REQUIRE(stored);
    MinutesEntry corrected = stored->at(2);
    corrected.votesFor = 5; // a correction is checked as well
    CHECK_FALSE(minutes.save(corrected));

    auto all = minutes.entries(m.id);
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).speaker == QStringLiteral("Chánh Văn phòng")); // agenda order first
    CHECK(all->at(1).text == QStringLiteral("Đề nghị bổ sung chỉ tiêu về chữ ký số"));
    CHECK(all->at(2).votesFor == 4);
    CHECK(all->at(2).votesAgainst == 1);
    REQUIRE(office.meetings().setConclusion(agenda->at(1).id, QStringLiteral("Ban Thường vụ thống nhất thông qua Đề án.")));
    CHECK(office.meetings().agenda(m.id)->at(1).conclusion == QStringLiteral("Ban Thường vụ thống nhất thông qua Đề án."));
}

#include "documents/OutgoingRegister.h"
#include "meetings/DecisionBook.h"

TEST_CASE("decisions become outgoing documents with their numbers reserved, and follow-up tasks stay open until done")
{
    Office office;
    office.addMembers();
    Meeting draft;
    draft.kind = MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
    draft.chair = QStringLiteral("Đồng chí số 1");
    auto meeting = office.meetings().add(draft);
    REQUIRE(meeting);
    const office::UserAccount clerk = office.session->user();
    DecisionBook book(office.db(), clerk, QStringLiteral("chanhvp"));

    auto resolution = book.add(meeting->id, 0, QStringLiteral("NQ"), QStringLiteral("về chuyển đổi số năm 2026"));
    REQUIRE(resolution);
    CHECK(resolution->symbol == QStringLiteral("01-NQ/ĐU"));
    auto conclusion = book.add(meeting->id, 0, QStringLiteral("KL"), QStringLiteral("về công tác cán bộ"));
    REQUIRE(conclusion);
    CHECK(conclusion->symbol == QStringLiteral("01-KL/ĐU"));
    // In the outgoing register: reserved, dated the day of the meeting that decided it, signed by the
    // chair on behalf of the body.
    documents::OutgoingRegister outgoing(office.db(), clerk, QStringLiteral("chanhvp"));
    auto reserved = outgoing.get(resolution->outgoingId);
    REQUIRE(reserved);
    CHECK(reserved->status == documents::OutgoingDocument::Status::Reserved);
    CHECK(reserved->documentDate == QDate(2026, 3, 18));
    CHECK(reserved->signer == QStringLiteral("Đồng chí số 1"));
    CHECK(reserved->capacity == QStringLiteral("T/M"));
    CHECK(book.decisions(meeting->id)->size() == 2);
    CHECK_FALSE(book.add(meeting->id, 0, QStringLiteral("XX"), QStringLiteral("loại không có"))); // no such type: nothing reserved
    CHECK(book.decisions(meeting->id)->size() == 2);

    auto task = book.addTask({0, meeting->id, resolution->id, QStringLiteral("Xây dựng kế hoạch thực hiện Nghị quyết"),
                              QStringLiteral("Ban Tuyên giáo"), QDate(2026, 4, 15), false, {}});
    REQUIRE(task);
    REQUIRE(book.addTask({0, meeting->id, 0, QStringLiteral("Báo cáo kết quả"), QStringLiteral("Văn phòng"), QDate(2026, 4, 1), false, {}}));
    auto open = book.openTasks();
    REQUIRE(open);
    REQUIRE(open->size() == 2);
    CHECK(open->first().title == QStringLiteral("Báo cáo kết quả")); // soonest first
    REQUIRE(book.complete(task->id));
    CHECK(book.openTasks()->size() == 1);
    CHECK_FALSE(book.complete(task->id)); // done already
}

TEST_CASE("a decision recorded after the meeting takes the next number with the day it is given, not the meeting's earlier one")
{
    // Issue 12: 02-NQ/ĐU reserved for a meeting of 05/01 was dated 05/01, before 01-NQ/ĐU of 10/01.
    Office office;
    office.addMembers();
    Meeting draft;
    draft.kind = MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    draft.chair = QStringLiteral("Đồng chí số 1");
    auto meeting = office.meetings().add(draft);
    REQUIRE(meeting);
    documents::OutgoingRegister outgoing(office.db(), office.session->user(), QStringLiteral("chanhvp"));
    documents::OutgoingDocument first;
    first.typeCode = QStringLiteral("NQ");
    first.documentDate = QDate(2026, 1, 10);
    first.excerpt = QStringLiteral("về công tác văn phòng");
    first.signer = QStringLiteral("Đồng chí số 1");
    first.capacity = QStringLiteral("T/M");
    first.recipients = {QStringLiteral("Các chi bộ")};
    auto issued = outgoing.add(first, documents::OutgoingRegister::Mode::Issue);
    REQUIRE(issued);
    REQUIRE(issued->symbol == QStringLiteral("01-NQ/ĐU"));

    auto decision = DecisionBook(office.db(), office.session->user(), QStringLiteral("chanhvp"))
                        .add(meeting->id, 0, QStringLiteral("NQ"), QStringLiteral("về chuyển đổi số"));
    INFO((decision ? QString() : decision.error().message).toStdString());
    REQUIRE(decision);
    CHECK(decision->symbol == QStringLiteral("02-NQ/ĐU"));
    auto reserved = outgoing.get(decision->outgoingId);
    REQUIRE(reserved);
    CHECK(reserved->documentDate >= issued->documentDate); // the series' dates never go back
    CHECK(reserved->documentDate == QDate::currentDate());
}

TEST_CASE("the decisions and tasks of a secret meeting are secret too: own series, content only for the cleared")
{
    Office office;
    office.addMembers();
    Meeting draft;
    draft.kind = MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
    draft.chair = QStringLiteral("Đồng chí số 1");
    draft.confidentiality = documents::Confidentiality::Secret; // Tối mật: a personnel discussion
    auto meeting = office.meetings().add(draft);
    REQUIRE(meeting);
    DecisionBook chiefBook(office.db(), office.session->user(), QStringLiteral("chanhvp"));
    auto decision = chiefBook.add(meeting->id, 0, QStringLiteral("NQ"), QStringLiteral("về nhân sự dự kiến bổ nhiệm"));
    REQUIRE(decision);
    REQUIRE(chiefBook.addTask({0, meeting->id, decision->id, QStringLiteral("Thẩm định nhân sự"), QStringLiteral("Ban Tổ chức"),
                               QDate(2026, 4, 1), false, {}}));
    documents::OutgoingRegister outgoing(office.db(), office.session->user(), QStringLiteral("chanhvp"));
    auto line = outgoing.get(decision->outgoingId);
    REQUIRE(line);
    CHECK(line->confidentiality == documents::Confidentiality::Secret);
    // Not in the ordinary series: the next ordinary resolution is still number 01.
    Meeting open = draft;
    open.confidentiality = documents::Confidentiality::Normal;
    open.startsAt = open.startsAt.addDays(1);
    auto openMeeting = office.meetings().add(open);
    REQUIRE(openMeeting);
    CHECK(chiefBook.add(openMeeting->id, 0, QStringLiteral("NQ"), QStringLiteral("về chuyển đổi số"))->symbol == QStringLiteral("01-NQ/ĐU"));

    // A clerk at Mật sees that there is a decision and a task, not what they say.
    auto clerk = addSignedInUser(*office.session, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential, "van-thu-2026");
    REQUIRE(clerk);
    DecisionBook clerkBook(clerk->database(), clerk->user(), clerk->actor());
    auto seen = clerkBook.decisions(meeting->id);
    REQUIRE(seen);
    REQUIRE(seen->size() == 1);
    CHECK_FALSE(seen->first().excerpt.contains(QStringLiteral("nhân sự")));
    auto tasks = clerkBook.openTasks(meeting->id);
    REQUIRE(tasks);
    REQUIRE(tasks->size() == 1);
    CHECK_FALSE(tasks->first().title.contains(QStringLiteral("Thẩm định")));
    CHECK(tasks->first().owner == QStringLiteral("Ban Tổ chức"));
    CHECK(documents::OutgoingRegister(clerk->database(), clerk->user(), clerk->actor()).get(decision->outgoingId)->contentHidden);
    // Nor may he record one, or change the reserved line's status.
    CHECK(clerkBook.add(meeting->id, 0, QStringLiteral("KL"), QStringLiteral("kết luận")).error().kind == storage::StorageError::Kind::Forbidden);
    CHECK(clerkBook.addTask({0, meeting->id, 0, QStringLiteral("Việc khác"), QString(), QDate(), false, {}}).error().kind
          == storage::StorageError::Kind::Forbidden);
    documents::OutgoingRegister clerkOutgoing(clerk->database(), clerk->user(), clerk->actor());
    CHECK(clerkOutgoing.issue(decision->outgoingId).error().kind == storage::StorageError::Kind::Forbidden);
    CHECK(clerkOutgoing.release(decision->outgoingId).error().kind == storage::StorageError::Kind::Forbidden);
    CHECK(clerkOutgoing.cancel(decision->outgoingId, QStringLiteral("Hủy")).error().kind == storage::StorageError::Kind::Forbidden);
}

#include "meetings/MeetingDocuments.h"

TEST_CASE("secret papers handed out in the room are recalled: the list shows who has not returned a copy")
{
    Office office;
    office.addMembers();
    const Meeting m = office.meeting(MeetingKind::Standing, QDateTime(QDate(2026, 3, 18), QTime(8, 0)));
    MeetingDocuments papers(office.db(), QStringLiteral("chanhvp"));
    auto open = papers.add({0, m.id, QStringLiteral("Báo cáo tình hình quý I"), documents::Confidentiality::Normal, false, QDate(2026, 3, 13)});
    auto secret = papers.add({0, m.id, QStringLiteral("Đề án nhân sự"), documents::Confidentiality::Secret, false, {}});
    auto marked = papers.add({0, m.id, QStringLiteral("Dự thảo kết luận"), documents::Confidentiality::Normal, true, {}});
    REQUIRE(open);
    REQUIRE(secret);
    REQUIRE(marked);
    CHECK_FALSE(open->recall);
    CHECK(secret->recall); // Tối mật: always collected in the room
    CHECK_FALSE(papers.add({0, m.id, QString(), documents::Confidentiality::Normal, false, {}}));

    for (const auto &paper : {open.value(), secret.value()})
        REQUIRE(papers.give(paper.id)); // to all five
    auto people = AttendanceBook(office.db(), QStringLiteral("chanhvp")).attendees(m.id);
    REQUIRE(papers.give(marked->id, people->at(0).id));
    REQUIRE(papers.give(secret->id)); // again: nothing doubles

    auto out = papers.outstanding(m.id);
    REQUIRE(out);
    CHECK(out->size() == 6); // 5 copies of the secret paper, 1 of the marked one; the open report is not recalled
    for (int i = 0; i < 5; ++i)
        REQUIRE(papers.returned(secret->id, people->at(i).id));
    CHECK_FALSE(papers.returned(secret->id, people->at(0).id)); // returned already
    out = papers.outstanding(m.id);
    REQUIRE(out->size() == 1);
    CHECK(out->first().documentTitle == QStringLiteral("Dự thảo kết luận"));
    CHECK(out->first().holder == people->at(0).fullName);
}

#include "meetings/ChecklistTemplates.h"

TEST_CASE("the office edits a kind's checklist template: new meetings follow it, existing ones keep theirs")
{
    Office office;
    const QDateTime wednesday(QDate(2026, 3, 18), QTime(8, 0));
    const Meeting before = office.meeting(MeetingKind::StandingMembers, wednesday);
    ChecklistTemplates templates(office.db(), QStringLiteral("chanhvp"));
    auto steps = templates.list(MeetingKind::StandingMembers);
    REQUIRE(steps);
    REQUIRE(steps->size() == 4);

    ChecklistStep first = steps->first();
    first.title = QStringLiteral("Chuẩn bị nội dung, tài liệu và báo cáo Bí thư");
    first.offsetDays = -4;
    REQUIRE(templates.update(first));
    REQUIRE(templates.remove(steps->last().id));
    auto added = templates.add({0, MeetingKind::StandingMembers, 0, QStringLiteral("Lưu hồ sơ cuộc họp"), 8, QStringLiteral("Văn thư")});
    REQUIRE(added);
    CHECK(!templates.add({0, MeetingKind::StandingMembers, 0, QStringLiteral("  "), 1, {}}));
    CHECK(!templates.add({0, MeetingKind::StandingMembers, 0, QStringLiteral("Quá xa"), 400, {}}));
    CHECK(!templates.remove(999999));

    const Meeting after = office.meeting(MeetingKind::StandingMembers, wednesday);
    auto items = office.meetings().checklist(after.id);
    REQUIRE(items);
    REQUIRE(items->size() == 4);
    CHECK(items->first().title == QStringLiteral("Chuẩn bị nội dung, tài liệu và báo cáo Bí thư"));
    CHECK(items->first().dueOn == QDate(2026, 3, 13)); // 4 days before a Wednesday: Saturday -> Friday
    CHECK(items->last().title == QStringLiteral("Lưu hồ sơ cuộc họp"));
    CHECK(items->last().dueOn == QDate(2026, 3, 26));
    auto old = office.meetings().checklist(before.id);
    REQUIRE(old);
    CHECK(old->size() == 4);
    CHECK(old->first().title == QStringLiteral("Chuẩn bị nội dung và tài liệu họp"));
    // Other kinds are untouched.
    CHECK(templates.list(MeetingKind::Standing)->size() == 9);
}
