// Meeting packages: a meeting taken to a laptop as its own encrypted file,
// attendance and minutes recorded there, and merged back three ways; a
// conflict waits for the user; a package is imported once; a wrong password,
// a tampered file or a package of another office is refused and changes
// nothing.
#include "MeetingOffice.h"
#include "TestSupport.h"

#include "meetings/AttendanceBook.h"
#include "meetings/DecisionBook.h"
#include "meetings/InvitationDate.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MinutesBook.h"
#include "meetings/package/MeetingPackage.h"
#include "meetings/package/PackageSnapshot.h"
#include "reports/MinutesReport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::meetings;
using namespace vanphong::test;

namespace {
const QByteArray PackagePassword = "hop-tai-hoi-truong";

struct Trip
{
    Office office;
    Meeting meeting;
    QString path;

    Trip()
    {
        office.addMembers(9, 5, 2);
        meeting = office.meeting(MeetingKind::Standing, QDateTime(QDate(2026, 12, 2), QTime(8, 0)));
        path = office.dir.filePath(QStringLiteral("hop.vphop"));
    }
    MeetingPackage packages() { return MeetingPackage(*office.session, cheapOptions()); }

    void exportIt()
    {
        auto exported = packages().exportMeeting(meeting.id, path, PackagePassword);
        if (!exported)
            FAIL(exported.error().message.toStdString());
        CHECK(exported->login == QStringLiteral("chanhvp"));
    }
    // The laptop's VanPhong: the package opened like any office file.
    std::unique_ptr<office::OfficeSession> laptop()
    {
        auto opened = office::OfficeSession::open(path, QStringLiteral("chanhvp"), PackagePassword, cheapOptions());
        if (!opened)
            FAIL(opened.error().message.toStdString());
        return std::move(opened.value());
    }
    MeetingPackage::Incoming readBack()
    {
        auto in = packages().read(path, PackagePassword);
        if (!in)
            FAIL(in.error().message.toStdString());
        return std::move(in.value());
    }
    QVariant officeValue(const QString &sql)
    {
        QSqlQuery q(office.db().sql());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0) : QVariant();
    }
};

QList<Attendee> attendeesOf(storage::Database &db, qint64 meetingId)
{
    auto list = AttendanceBook(db, QStringLiteral("chanhvp")).attendees(meetingId);
    REQUIRE(list);
    return list.value();
}

const PackageChange *findChange(const MeetingPackage::Incoming &in, const QString &table, const QString &column)
{
    for (const PackageChange &c : in.changes)
        if (c.table == table && c.column == column)
            return &c;
    return nullptr;
}
} // namespace

TEST_CASE("a meeting goes to a laptop, attendance and minutes are recorded there and come back")
{
    Trip trip;
    trip.exportIt();
    CHECK(MeetingPackage::packageIdOf(trip.office.db()).isEmpty());
    const QByteArray plain = readAll(trip.path);
    CHECK(!plain.contains("Hội trường Đảng ủy"));
    CHECK(!plain.contains(QStringLiteral("Đề án chuyển đổi số").toUtf8()));

    qint64 newItemId = 0;
    {
        auto laptop = trip.laptop();
        storage::Database &db = laptop->database();
        CHECK(!MeetingPackage::packageIdOf(db).isEmpty());
        const QList<Attendee> people = attendeesOf(db, trip.meeting.id);
        REQUIRE(people.size() == 5);
        AttendanceBook book(db, QStringLiteral("chanhvp"));
        for (const Attendee &a : people)
            REQUIRE(book.mark(a.id, Attendee::Presence::Present));
        REQUIRE(book.mark(people.last().id, Attendee::Presence::Absent, QStringLiteral("Đi công tác")));
        REQUIRE(book.addGuest(trip.meeting.id, QStringLiteral("Trần Văn Khách"), QStringLiteral("Chủ tịch UBMTTQ xã")));

        MeetingStore store(db, QStringLiteral("chanhvp"));
        auto agenda = store.agenda(trip.meeting.id);
        REQUIRE(agenda);
        // An item the chair added in the room, with minutes under it.
        auto extra = store.addAgendaItem(trip.meeting.id, {0, 0, QStringLiteral("Công tác chuẩn bị Tết"), QStringLiteral("Văn phòng"), {}, 15, {}});
        REQUIRE(extra);
        newItemId = extra->id;
        MinutesBook minutes(db, QStringLiteral("chanhvp"));
        MinutesEntry speech;
        speech.meetingId = trip.meeting.id;
        speech.agendaItemId = agenda->first().id;
        speech.speaker = QStringLiteral("Đồng chí số 2");
        speech.text = QStringLiteral("Đề nghị bổ sung số liệu thu ngân sách quý I.");
        REQUIRE(minutes.add(speech));
        MinutesEntry vote;
        vote.meetingId = trip.meeting.id;
        vote.agendaItemId = agenda->first().id;
        vote.kind = MinutesEntry::Kind::Vote;
        vote.text = QStringLiteral("Thông qua báo cáo");
        vote.votesFor = 4;
        REQUIRE(minutes.add(vote));
        MinutesEntry onNewItem;
        onNewItem.meetingId = trip.meeting.id;
        onNewItem.agendaItemId = extra->id;
        onNewItem.speaker = QStringLiteral("Đồng chí số 1");
        onNewItem.text = QStringLiteral("Giao Văn phòng xây dựng kế hoạch.");
        REQUIRE(minutes.add(onNewItem));
        REQUIRE(store.setConclusion(agenda->first().id, QStringLiteral("Thống nhất thông qua báo cáo.")));
        REQUIRE(store.close(trip.meeting.id, QDateTime(QDate(2026, 12, 2), QTime(11, 30))));
    }

    // Meanwhile at the office: a checklist step done, a minutes entry typed.
    const ChecklistItem step = trip.office.item(trip.meeting.id, QStringLiteral("Hoàn chỉnh biên bản"));
    REQUIRE(trip.office.meetings().setChecklistState(step.id, ChecklistItem::State::Done));
    MinutesEntry atOffice;
    atOffice.meetingId = trip.meeting.id;
    atOffice.kind = MinutesEntry::Kind::Note;
    atOffice.text = QStringLiteral("Ghi chú của văn phòng.");
    REQUIRE(MinutesBook(trip.office.db(), QStringLiteral("chanhvp")).add(atOffice));

    const MeetingPackage::Incoming in = trip.readBack();
    CHECK(in.meetingId == trip.meeting.id);
    CHECK(in.conflicts() == 0);
    CHECK(!in.changes.isEmpty());
    const PackageChange *closed = findChange(in, QStringLiteral("meetings"), QStringLiteral("status"));
    REQUIRE(closed);
    CHECK(closed->summary().contains(QStringLiteral("closed")));
    // Nothing is written by reading.
    CHECK(trip.officeValue(QStringLiteral("SELECT count(*) FROM minutes_entries")).toInt() == 1);

    auto applied = trip.packages().apply(in);
    REQUIRE(applied);
    CHECK(applied->keptOffice == 0);
    CHECK(applied->written == in.changes.size());

    const QList<Attendee> back = attendeesOf(trip.office.db(), trip.meeting.id);
    REQUIRE(back.size() == 6);
    CHECK(back.at(0).presence == Attendee::Presence::Present);
    CHECK(back.at(4).presence == Attendee::Presence::Absent);
    CHECK(back.at(4).reason == QStringLiteral("Đi công tác"));
    CHECK(back.at(5).fullName == QStringLiteral("Trần Văn Khách"));
    auto meeting = trip.office.meetings().get(trip.meeting.id);
    REQUIRE(meeting);
    CHECK(meeting->status == Meeting::Status::Closed);
    CHECK(meeting->endsAt.time() == QTime(11, 30));
    auto entries = MinutesBook(trip.office.db(), QStringLiteral("chanhvp")).entries(trip.meeting.id);
    REQUIRE(entries);
    CHECK(entries->size() == 4); // three from the laptop, the office's note kept
    auto agenda = trip.office.meetings().agenda(trip.meeting.id);
    REQUIRE(agenda);
    REQUIRE(agenda->size() == 3);
    CHECK(agenda->first().conclusion == QStringLiteral("Thống nhất thông qua báo cáo."));
    // The minutes typed under the item added in the room follow it to its office id.
    const qint64 officeItemId = agenda->last().id;
    CHECK(trip.officeValue(QStringLiteral("SELECT count(*) FROM minutes_entries WHERE agenda_item_id = %1 AND text LIKE 'Giao Văn phòng%'")
                               .arg(officeItemId)).toInt() == 1);
    Q_UNUSED(newItemId);
    // The office's own step stays done.
    CHECK(trip.office.item(trip.meeting.id, QStringLiteral("Hoàn chỉnh biên bản")).state == ChecklistItem::State::Done);
    CHECK(trip.office.db().verify().ok);

    SECTION("a package is imported only once")
    {
        auto again = trip.packages().read(trip.path, PackagePassword);
        REQUIRE(!again);
        CHECK(again.error().message.contains(QStringLiteral("only once")));
        CHECK(!trip.packages().apply(in));
    }
}

TEST_CASE("the same field changed in both places is a conflict the user settles")
{
    Trip trip;
    trip.exportIt();
    qint64 firstId = 0;
    {
        auto laptop = trip.laptop();
        MeetingStore store(laptop->database(), QStringLiteral("chanhvp"));
        Meeting m = *store.get(trip.meeting.id);
        m.place = QStringLiteral("Phòng họp số 2");
        m.chair = QStringLiteral("Đồng chí số 1");
        REQUIRE(store.update(m));
        firstId = attendeesOf(laptop->database(), trip.meeting.id).first().id;
        REQUIRE(AttendanceBook(laptop->database(), QStringLiteral("chanhvp")).mark(firstId, Attendee::Presence::Absent, QStringLiteral("Ốm")));
    }
    Meeting atOffice = *trip.office.meetings().get(trip.meeting.id);
    atOffice.place = QStringLiteral("Hội trường UBND xã");
    REQUIRE(trip.office.meetings().update(atOffice));
    REQUIRE(AttendanceBook(trip.office.db(), QStringLiteral("chanhvp")).mark(firstId, Attendee::Presence::Absent, QStringLiteral("Đi họp huyện")));

    MeetingPackage::Incoming in = trip.readBack();
    CHECK(in.conflicts() == 2); // the place, the reason; the chair and the presence are not
    const PackageChange *place = findChange(in, QStringLiteral("meetings"), QStringLiteral("place"));
    REQUIRE(place);
    CHECK(place->conflict);
    CHECK(place->officeText() == QStringLiteral("Hội trường UBND xã"));
    CHECK(place->packageText() == QStringLiteral("Phòng họp số 2"));
    const PackageChange *chair = findChange(in, QStringLiteral("meetings"), QStringLiteral("chair"));
    REQUIRE(chair);
    CHECK(!chair->conflict);
    CHECK(!findChange(in, QStringLiteral("meeting_attendees"), QStringLiteral("attendance"))); // same on both sides

    // Nothing is written while a conflict waits.
    auto refused = trip.packages().apply(in);
    REQUIRE(!refused);
    CHECK(refused.error().message.contains(QStringLiteral("conflict")));
    CHECK(trip.office.meetings().get(trip.meeting.id)->chair.isEmpty());

    for (PackageChange &c : in.changes)
        if (c.conflict)
            c.choice = c.column == QLatin1String("place") ? PackageChange::Choice::KeepOffice : PackageChange::Choice::TakePackage;
    auto applied = trip.packages().apply(in);
    REQUIRE(applied);
    CHECK(applied->keptOffice == 1);
    const Meeting merged = *trip.office.meetings().get(trip.meeting.id);
    CHECK(merged.place == QStringLiteral("Hội trường UBND xã"));
    CHECK(merged.chair == QStringLiteral("Đồng chí số 1"));
    CHECK(attendeesOf(trip.office.db(), trip.meeting.id).first().reason == QStringLiteral("Ốm"));
}

TEST_CASE("a row removed on the laptop but edited at the office waits for a choice")
{
    Trip trip;
    MinutesBook officeMinutes(trip.office.db(), QStringLiteral("chanhvp"));
    MinutesEntry e;
    e.meetingId = trip.meeting.id;
    e.kind = MinutesEntry::Kind::Note;
    e.text = QStringLiteral("Khai mạc");
    auto added = officeMinutes.add(e);
    REQUIRE(added);
    MinutesEntry kept = *added;
    kept.text = QStringLiteral("Khai mạc lúc 8 giờ");
    trip.exportIt();
    {
        auto laptop = trip.laptop();
        REQUIRE(MinutesBook(laptop->database(), QStringLiteral("chanhvp")).remove(kept.id));
    }
    REQUIRE(officeMinutes.save(kept));
    MeetingPackage::Incoming in = trip.readBack();
    REQUIRE(in.changes.size() == 1);
    CHECK(in.changes.first().kind == PackageChange::Kind::Delete);
    CHECK(in.changes.first().conflict);
    in.changes.first().choice = PackageChange::Choice::KeepOffice;
    REQUIRE(trip.packages().apply(in));
    CHECK(trip.officeValue(QStringLiteral("SELECT text FROM minutes_entries")).toString() == QStringLiteral("Khai mạc lúc 8 giờ"));
}

TEST_CASE("a wrong password, a tampered or foreign package changes nothing at the office")
{
    Trip trip;
    trip.exportIt();
    {
        auto laptop = trip.laptop();
        const qint64 first = attendeesOf(laptop->database(), trip.meeting.id).first().id;
        REQUIRE(AttendanceBook(laptop->database(), QStringLiteral("chanhvp")).mark(first, Attendee::Presence::Present));
    }
    const QString officePath = trip.office.db().path();
    auto before = PackageSnapshot::read(trip.office.db(), trip.meeting.id);
    REQUIRE(before);

    SECTION("wrong password")
    {
        auto in = trip.packages().read(trip.path, "not-the-password");
        REQUIRE(!in);
        CHECK(in.error().kind == storage::StorageError::Kind::WrongCredentials);
    }
    SECTION("a changed byte in a page")
    {
        flipByte(trip.path, QFile(trip.path).size() - 3000);
        auto in = trip.packages().read(trip.path, PackagePassword);
        REQUIRE(!in);
        CHECK(in.error().kind == storage::StorageError::Kind::Corrupted);
    }
    SECTION("not a package at all")
    {
        writeAll(trip.path, QByteArray(8192, 'x'));
        auto in = trip.packages().read(trip.path, PackagePassword);
        REQUIRE(!in);
        CHECK(in.error().kind == storage::StorageError::Kind::NotVanPhongFile);
    }
    SECTION("the office file itself")
    {
        auto in = trip.packages().read(officePath, "chanh-2026");
        REQUIRE(!in);
        CHECK(in.error().message.contains(QStringLiteral("not a meeting package")));
    }
    SECTION("a package of another office")
    {
        Trip other;
        auto in = other.packages().read(trip.path, PackagePassword);
        REQUIRE(!in);
        CHECK(in.error().message.contains(QStringLiteral("not exported from this office")));
    }
    SECTION("another file passed off under the package's name")
    {
        // Same content and password, made by a second export: its file id differs.
        auto laptop = trip.laptop();
        const QString id = MeetingPackage::packageIdOf(laptop->database());
        laptop.reset();
        const QString second = trip.office.dir.filePath(QStringLiteral("second.vphop"));
        REQUIRE(trip.packages().exportMeeting(trip.meeting.id, second, PackagePassword));
        {
            auto opened = office::OfficeSession::open(second, QStringLiteral("chanhvp"), PackagePassword, cheapOptions());
            REQUIRE(opened);
            execOrFail((*opened)->database(), QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'package.id'").arg(id));
        }
        auto in = trip.packages().read(second, PackagePassword);
        REQUIRE(!in);
        CHECK(in.error().kind == storage::StorageError::Kind::Corrupted);
    }
    auto after = PackageSnapshot::read(trip.office.db(), trip.meeting.id);
    REQUIRE(after);
    CHECK(after->digest() == before->digest());
}

TEST_CASE("a package is refused a weak password and made only from the office file")
{
    Trip trip;
    auto weak = trip.packages().exportMeeting(trip.meeting.id, trip.path, "123");
    REQUIRE(!weak);
    CHECK(!QFile::exists(trip.path));
    trip.exportIt();
    auto laptop = trip.laptop();
    auto nested = MeetingPackage(*laptop, cheapOptions())
                      .exportMeeting(trip.meeting.id, trip.office.dir.filePath(QStringLiteral("again.vphop")), PackagePassword);
    REQUIRE(!nested);
    // Decision numbers come from the office's outgoing register, never from a laptop's copy.
    auto decision = DecisionBook(laptop->database(), laptop->user(), laptop->actor())
                        .add(trip.meeting.id, 0, QStringLiteral("NQ"), QStringLiteral("Nghị quyết về công tác chuẩn bị Tết"));
    REQUIRE(!decision);
    CHECK(decision.error().message.contains(QStringLiteral("office file")));
}

TEST_CASE("a stored snapshot reads back equal, and damage to it is noticed")
{
    Trip trip;
    auto snap = PackageSnapshot::read(trip.office.db(), trip.meeting.id);
    REQUIRE(snap);
    const QByteArray bytes = snap->serialize();
    auto back = PackageSnapshot::deserialize(bytes);
    REQUIRE(back);
    CHECK(back->serialize() == bytes);
    CHECK(back->rows(QStringLiteral("agenda_items")).size() == 2);
    CHECK(!PackageSnapshot::deserialize(bytes.left(bytes.size() - 5)));
    CHECK(!PackageSnapshot::deserialize(QByteArray("garbage")));
}

#include "meetings/PaperFiles.h"

TEST_CASE("the papers' files travel in the package, encrypted, to be read on the laptop")
{
    Trip trip;
    auto paper = MeetingDocuments(trip.office.db(), QStringLiteral("chanhvp"))
                     .add({0, trip.meeting.id, QStringLiteral("Dự thảo Nghị quyết"), documents::Confidentiality::Confidential, false, {}});
    REQUIRE(paper);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% du thao nghi quyet chuyen doi so KHONG-DUOC-LO\n%%EOF\n");
    office::UserAccount chief = trip.office.session->user();
    auto attached = PaperFiles(trip.office.db(), chief, QStringLiteral("chanhvp")).add(paper->id, QStringLiteral("/tmp/du-thao.pdf"), pdf);
    REQUIRE(attached);
    CHECK(attached->fileName == QStringLiteral("du-thao.pdf"));
    CHECK(!PaperFiles(trip.office.db(), chief, QStringLiteral("chanhvp")).add(paper->id, QStringLiteral("a.txt"), "plain text"));
    office::UserAccount uncleared = chief;
    uncleared.clearance = office::Clearance::Normal;
    CHECK(!PaperFiles(trip.office.db(), uncleared, QStringLiteral("x")).read(attached->id));

    trip.exportIt();
    CHECK(!readAll(trip.path).contains("KHONG-DUOC-LO"));
    auto laptop = trip.laptop();
    PaperFiles files(laptop->database(), laptop->user(), laptop->actor());
    auto list = files.list(paper->id);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    auto read = files.read(list->first().id);
    REQUIRE(read);
    CHECK(read.value() == pdf);
    // Attached in the office file only: a file added on the laptop would not come back.
    CHECK(!files.add(paper->id, QStringLiteral("them.pdf"), pdf));
}

TEST_CASE("a package keeps its exporter's rights: role, clearance, and only the files he may read")
{
    Trip trip;
    auto secret = MeetingDocuments(trip.office.db(), QStringLiteral("chanhvp"))
                      .add({0, trip.meeting.id, QStringLiteral("Phương án nhân sự"), documents::Confidentiality::Secret, true, {}});
    auto open = MeetingDocuments(trip.office.db(), QStringLiteral("chanhvp"))
                    .add({0, trip.meeting.id, QStringLiteral("Báo cáo quý"), documents::Confidentiality::Normal, false, {}});
    REQUIRE(secret);
    REQUIRE(open);
    const QByteArray secretPdf = QByteArrayLiteral("%PDF-1.4\n% nhan su TOI-MAT-CANARY\n%%EOF\n");
    const QByteArray openPdf = QByteArrayLiteral("%PDF-1.4\n% bao cao quy\n%%EOF\n");
    const office::UserAccount chief = trip.office.session->user();
    REQUIRE(PaperFiles(trip.office.db(), chief, chief.login).add(secret->id, QStringLiteral("nhan-su.pdf"), secretPdf));
    REQUIRE(PaperFiles(trip.office.db(), chief, chief.login).add(open->id, QStringLiteral("bao-cao.pdf"), openPdf));

    // A viewer may not take a meeting out at all.
    auto viewer = addSignedInUser(*trip.office.session, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::TopSecret,
                                  "chi-xem-2026");
    auto refused = MeetingPackage(*viewer, cheapOptions()).exportMeeting(trip.meeting.id, trip.path, PackagePassword);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == storage::StorageError::Kind::Forbidden);
    CHECK_FALSE(QFileInfo::exists(trip.path));

    // A clerk cleared for ordinary papers takes it; the package is his, as he is.
    auto clerk = addSignedInUser(*trip.office.session, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                 "van-thu-2026");
    REQUIRE(MeetingPackage(*clerk, cheapOptions()).exportMeeting(trip.meeting.id, trip.path, PackagePassword));
    auto laptop = office::OfficeSession::open(trip.path, QStringLiteral("vanthu"), PackagePassword, cheapOptions());
    REQUIRE(laptop);
    CHECK((*laptop)->user().role == office::Role::Clerk);
    CHECK((*laptop)->user().clearance == office::Clearance::Normal);
    // He may not promote himself there either.
    office::UserAccount promoted = (*laptop)->user();
    promoted.role = office::Role::Admin;
    promoted.clearance = office::Clearance::TopSecret;
    CHECK((*laptop)->updateUser(promoted).error().kind == storage::StorageError::Kind::Forbidden);
    // The secret paper is a line of the list, without its file, even read with a tool as the chief would.
    QSqlQuery q((*laptop)->database().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM meeting_paper_files WHERE document_id = %1").arg(secret->id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM meeting_paper_files WHERE document_id = %1").arg(open->id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    q.finish();
    laptop.value().reset();
    CHECK_FALSE(readAll(trip.path).contains("TOI-MAT-CANARY"));
}

TEST_CASE("a package edited with a tool cannot lower a paper's secrecy or drop its recall in the office")
{
    Trip trip;
    auto paper = MeetingDocuments(trip.office.db(), QStringLiteral("chanhvp"))
                     .add({0, trip.meeting.id, QStringLiteral("Phương án nhân sự"), documents::Confidentiality::Secret, true, {}});
    REQUIRE(paper);
    trip.exportIt();
    {
        // The laptop's user writes SQL straight into the package (he holds its password).
        auto laptop = trip.laptop();
        QSqlQuery q(laptop->database().sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE meeting_documents SET confidentiality = 0, recall = 0, title = 'Báo cáo chung'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE meeting_attendees SET attendance = 'present' WHERE id = (SELECT min(id) FROM meeting_attendees)")));
    }
    auto in = trip.readBack();
    const PackageChange *secrecy = findChange(in, QStringLiteral("meeting_documents"), QStringLiteral("confidentiality"));
    const PackageChange *recall = findChange(in, QStringLiteral("meeting_documents"), QStringLiteral("recall"));
    REQUIRE(secrecy);
    REQUIRE(recall);
    CHECK_FALSE(secrecy->refused.isEmpty());
    CHECK_FALSE(recall->refused.isEmpty());
    // Even a caller that chose the laptop's values does not get them written.
    for (PackageChange &c : in.changes)
        c.choice = PackageChange::Choice::TakePackage;
    REQUIRE(trip.packages().apply(in));
    CHECK(trip.officeValue(QStringLiteral("SELECT confidentiality FROM meeting_documents WHERE id = %1").arg(paper->id)).toInt() == 2);
    CHECK(trip.officeValue(QStringLiteral("SELECT recall FROM meeting_documents WHERE id = %1").arg(paper->id)).toInt() == 1);
    // What is not protected comes back as usual.
    CHECK(trip.officeValue(QStringLiteral("SELECT title FROM meeting_documents WHERE id = %1").arg(paper->id)).toString()
          == QStringLiteral("Báo cáo chung"));
    CHECK(trip.officeValue(QStringLiteral("SELECT count(*) FROM meeting_attendees WHERE attendance = 'present'")).toInt() == 1);
}

#include "meetings/MeetingSecrecy.h"

TEST_CASE("a secret meeting, or a secret agenda item, keeps its minutes, conclusions and papers from the uncleared")
{
    Trip trip;
    Office &office = trip.office;
    const auto secretStatus = storage::StorageError::Kind::Forbidden;
    // A personnel meeting marked Tối mật, with what was said.
    Meeting personnel;
    personnel.kind = MeetingKind::Standing;
    personnel.startsAt = QDateTime(QDate(2026, 12, 3), QTime(14, 0));
    personnel.confidentiality = office::Clearance::Secret;
    auto secretMeeting = office.meetings().add(personnel, {{0, 0, QStringLiteral("Công tác cán bộ"), {}, {}, 30, {}}});
    REQUIRE(secretMeeting);
    MinutesEntry said;
    said.meetingId = secretMeeting->id;
    said.speaker = QStringLiteral("Đồng chí số 1");
    said.text = QStringLiteral("Đề xuất nhân sự MINUTES-CANARY");
    REQUIRE(MinutesBook(office.db(), QStringLiteral("chanhvp")).add(said));
    auto paper = MeetingDocuments(office.db(), QStringLiteral("chanhvp"))
                     .add({0, secretMeeting->id, QStringLiteral("Danh sách"), documents::Confidentiality::Normal, false, {}});
    REQUIRE(paper);
    const office::UserAccount chief = office.session->user();
    REQUIRE(PaperFiles(office.db(), chief, chief.login).add(paper->id, QStringLiteral("ds.pdf"), "%PDF-1.4\n% danh sach\n"));

    // In the ordinary meeting, one item is Mật.
    AgendaItem closed{0, 0, QStringLiteral("Kỷ luật đảng viên"), {}, {}, 20, {}, office::Clearance::Confidential, false};
    auto item = office.meetings().addAgendaItem(trip.meeting.id, closed);
    REQUIRE(item);
    MinutesEntry open{0, trip.meeting.id, 0, 0, MinutesEntry::Kind::Note, {}, QStringLiteral("Khai mạc hội nghị"), 0, 0, 0, {}};
    MinutesEntry hidden{0, trip.meeting.id, item->id, 0, MinutesEntry::Kind::Speech, QStringLiteral("Đồng chí số 2"),
                        QStringLiteral("Hình thức kỷ luật ITEM-CANARY"), 0, 0, 0, {}};
    REQUIRE(MinutesBook(office.db(), QStringLiteral("chanhvp")).add(open));
    REQUIRE(MinutesBook(office.db(), QStringLiteral("chanhvp")).add(hidden));
    REQUIRE(office.meetings().setConclusion(item->id, QStringLiteral("Khiển trách CONCLUSION-CANARY")));

    // A clerk cleared for ordinary papers.
    auto clerk = addSignedInUser(*office.session, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    storage::Database &db = clerk->database();
    CHECK(MinutesBook(db, clerk->actor()).entries(secretMeeting->id).error().kind == secretStatus);
    // The printed minutes read the same entries (no layout needed to see the refusal).
    auto report = reports::MinutesReport::problems(db, secretMeeting->id);
    REQUIRE_FALSE(report);
    CHECK(report.error().kind == secretStatus);
    CHECK(PaperFiles(db, clerk->user(), clerk->actor()).list(paper->id).error().kind == secretStatus);
    CHECK(MinutesBook(db, clerk->actor()).add(said).error().kind == secretStatus);
    // Its line stays visible, as a register line does.
    CHECK(MeetingStore(db, clerk->actor()).get(secretMeeting->id));

    auto entries = MinutesBook(db, clerk->actor()).entries(trip.meeting.id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().text == QStringLiteral("Khai mạc hội nghị"));
    auto agenda = MeetingStore(db, clerk->actor()).agenda(trip.meeting.id);
    REQUIRE(agenda);
    for (const AgendaItem &a : agenda.value())
        CHECK_FALSE(a.conclusion.contains(QStringLiteral("CONCLUSION-CANARY")));
    CHECK(MeetingStore(db, clerk->actor()).setConclusion(item->id, QStringLiteral("x")).error().kind == secretStatus);
    // He may neither mark a meeting above himself nor take this one to a laptop.
    Meeting above = personnel;
    above.confidentiality = office::Clearance::Confidential;
    CHECK(MeetingStore(db, clerk->actor()).add(above).error().kind == secretStatus);
    auto exported = MeetingPackage(*clerk, cheapOptions()).exportMeeting(trip.meeting.id, trip.path, PackagePassword);
    REQUIRE_FALSE(exported);
    CHECK(exported.error().kind == secretStatus);
    CHECK_FALSE(QFileInfo::exists(trip.path));

    // The cleared read everything.
    auto all = MinutesBook(office.db(), QStringLiteral("chanhvp")).entries(trip.meeting.id);
    REQUIRE(all);
    CHECK(all->size() == 2);
    CHECK(reports::MinutesReport::problems(office.db(), secretMeeting->id));
}

TEST_CASE("the invitations' own date travels in the package, out to the laptop and back to the office")
{
    SECTION("dated at the office, the laptop prints the same date")
    {
        Trip trip;
        REQUIRE(InvitationDate(trip.office.db()).set(trip.meeting.id, QDate(2026, 11, 25)));
        trip.exportIt();
        auto laptop = trip.laptop();
        auto kept = InvitationDate(laptop->database()).issuedOn(trip.meeting.id);
        REQUIRE(kept);
        REQUIRE(kept->has_value());
        CHECK(kept->value() == QDate(2026, 11, 25));
    }
    SECTION("dated on the laptop, the office keeps that date after the merge, and verify agrees")
    {
        Trip trip;
        trip.exportIt();
        {
            auto laptop = trip.laptop();
            REQUIRE(InvitationDate(laptop->database()).set(trip.meeting.id, QDate(2026, 11, 27)));
        }
        const MeetingPackage::Incoming in = trip.readBack();
        const PackageChange *dated = findChange(in, QStringLiteral("meeting_invitations"), QString());
        REQUIRE(dated);
        CHECK(dated->tableTitle() == QStringLiteral("Invitations' date")); // the tests run untranslated
        REQUIRE(trip.packages().apply(in));
        auto kept = InvitationDate(trip.office.db()).issuedOn(trip.meeting.id);
        REQUIRE(kept);
        REQUIRE(kept->has_value());
        CHECK(kept->value() == QDate(2026, 11, 27));
        const auto report = trip.office.session->verify();
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report.ok);
    }
}
