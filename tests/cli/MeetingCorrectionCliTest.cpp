// vanphong-cli on a closed meeting (issue 10): attendance corrected only with
// --correction, the history listed; a member's entry corrected with --reason.
#include "CliRun.h"
#include "TestSupport.h"

#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingStore.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;

TEST_CASE("meeting attend on a closed meeting needs --correction; meeting history lists it; member edit needs --reason")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.vpdb"));
    auto ordinary = sampleOffice();
    ordinary.forSecrets = false; // the secret file warns on stderr on a networked machine
    qint64 meetingId = 0, attendeeId = 0, memberId = 0;
    {
        auto created = office::OfficeSession::create(db, ordinary, "chanh-2026", cheapOptions());
        REQUIRE(created);
        storage::Database &d = created->session->database();
        auto term = office::TermStore(d).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
        REQUIRE(term);
        meetings::CommitteeMember m;
        m.termId = term->id;
        m.fullName = QStringLiteral("Nguyễn Văn An");
        m.standing = true;
        auto member = meetings::CommitteeMembers(d, QStringLiteral("chanhvp")).add(m);
        REQUIRE(member);
        memberId = member->id;
        meetings::Meeting draft;
        draft.kind = meetings::MeetingKind::Standing;
        draft.startsAt = QDateTime(QDate(2026, 11, 20), QTime(14, 0));
        auto meeting = meetings::MeetingStore(d, QStringLiteral("chanhvp")).add(draft);
        REQUIRE(meeting);
        meetingId = meeting->id;
        attendeeId = meetings::AttendanceBook(d, QStringLiteral("chanhvp")).attendees(meetingId)->first().id;
        REQUIRE(meetings::MeetingStore(d, QStringLiteral("chanhvp")).close(meetingId, QDateTime(QDate(2026, 11, 20), QTime(16, 0))));
    }
    const auto env = pw(QStringLiteral("chanh-2026"));
    const QStringList attend = {QStringLiteral("meeting"), QStringLiteral("attend"), QString::number(meetingId), QString::number(attendeeId),
                                QStringLiteral("absent"), QStringLiteral("--reason"), QStringLiteral("Ốm"), QStringLiteral("--db"), db};
    Run refused = cli(attend, env);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("closed")));
    REQUIRE(cli(attend + QStringList{QStringLiteral("--correction"), QStringLiteral("Ghi nhầm có mặt")}, env).code == 0);
    Run history = cli({QStringLiteral("meeting"), QStringLiteral("history"), QString::number(meetingId), QStringLiteral("--db"), db}, env);
    REQUIRE(history.code == 0);
    CHECK(history.out.contains(QStringLiteral("Ghi nhầm có mặt")));
    CHECK(history.out.contains(QStringLiteral("Attendance, presence: not marked → absent")));

    // Late, corrected after the meeting: the time the member came in is given, never invented.
    const QStringList late = {QStringLiteral("meeting"), QStringLiteral("attend"), QString::number(meetingId), QString::number(attendeeId),
                              QStringLiteral("late"), QStringLiteral("--reason"), QStringLiteral("Tắc đường"), QStringLiteral("--correction"),
                              QStringLiteral("Đồng chí đến muộn, không vắng"), QStringLiteral("--db"), db};
    CHECK(cli(late, env).code == 1);
    Run counted = cli(late + QStringList{QStringLiteral("--arrived"), QStringLiteral("14:40"), QStringLiteral("--json")}, env);
    REQUIRE(counted.code == 0);
    CHECK(counted.json().value(QStringLiteral("quorum")).toObject().value(QStringLiteral("present")).toInt() == 1);

    const QStringList edit = {QStringLiteral("member"), QStringLiteral("edit"), QString::number(memberId), QStringLiteral("--position"),
                              QStringLiteral("Bí thư"), QStringLiteral("--on"), QStringLiteral("2026-11-20"), QStringLiteral("--db"), db};
    CHECK(cli(edit, env).code == 1);
    CHECK(cli(edit + QStringList{QStringLiteral("--reason"), QStringLiteral("Thiếu chức vụ")}, env).code == 0);
}
