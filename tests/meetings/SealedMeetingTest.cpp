// A secret meeting's content on the secret file (MeetingSeals): its minutes,
// conclusions, decisions, papers' files, corrections and the copy kept for a
// laptop's package are sealed with the clearance keys, so a user below its
// level who decrypts the file with his own password reads none of it, while
// the cleared read, correct, re-mark and take it to a laptop as before.
#include "InsiderTool.h"
#include "TestSupport.h"

#include "meetings/AttendanceBook.h"
#include "meetings/ClosedRecord.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/DecisionBook.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/PaperFiles.h"
#include "meetings/package/MeetingPackage.h"
#include "office/ClearanceKeys.h"
#include "office/TermStore.h"
#include "storage/LevelKeyRing.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::meetings;
using namespace vanphong::test;

namespace {
// Words that appear nowhere else.
const QString Speech = QStringLiteral("xyzzyhopmatphatbieu");
const QString Speaker = QStringLiteral("Đồng chí xyzzynguoinoi");
const QString Conclusion = QStringLiteral("xyzzyhopmatketluan");
const QString DecisionText = QStringLiteral("xyzzyhopmatnghiquyet");
const QString TaskTitle = QStringLiteral("xyzzyviecsauhop: trình nhân sự lên Tỉnh ủy");
const QByteArray PaperData = "%PDF-1.4\n% xyzzyhopmattailieu\n";
const QString PaperName = QStringLiteral("xyzzyhopmattep.pdf");
const QString CorrectionReason = QStringLiteral("xyzzyhopmatlydo");
const QString Corrected = QStringLiteral("xyzzyhopmatsuadoi");
const QString LaptopSpeech = QStringLiteral("xyzzyhopmatmaytinh");
const QByteArray PackagePassword = "hop-tai-hoi-truong";

struct SecretMeeting
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mat.vpdb"));
    QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    std::unique_ptr<office::OfficeSession> chief;
    Meeting meeting;
    qint64 itemId = 0;

    explicit SecretMeeting(office::Clearance level = office::Clearance::Confidential)
    {
        auto office = sampleOffice();
        office.forSecrets = true;
        auto created = office::OfficeSession::create(path, office, "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        auto term = office::TermStore(db()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), actor());
        REQUIRE(term);
        CommitteeMembers members(db(), actor());
        for (int i = 1; i <= 5; ++i) {
            CommitteeMember m;
            m.termId = term->id;
            m.fullName = QStringLiteral("Đồng chí số %1").arg(i);
            m.position = i == 1 ? QStringLiteral("Bí thư") : QStringLiteral("Đảng ủy viên");
            m.standing = true;
            m.standingMember = i <= 2;
            REQUIRE(members.add(m));
        }
        Meeting m;
        m.kind = MeetingKind::Standing;
        m.body = MeetingKinds::defaultBody(m.kind);
        m.startsAt = QDateTime(QDate(2026, 12, 3), QTime(8, 0));
        m.place = QStringLiteral("Phòng họp Đảng ủy");
        m.confidentiality = level;
        auto added = store().add(m, {{0, 0, QStringLiteral("Công tác cán bộ"), QStringLiteral("Ban Tổ chức"), {}, 60, {}}});
        if (!added)
            FAIL(added.error().message.toStdString());
        meeting = *added;
        itemId = store().agenda(meeting.id)->first().id;
    }
    storage::Database &db() { return chief->database(); }
    QString actor() { return chief->actor(); }
    MeetingStore store() { return MeetingStore(db(), actor()); }
    MinutesBook minutes() { return MinutesBook(db(), actor()); }

    qint64 addSpeech(const QString &text, const QString &speaker = Speaker)
    {
        MinutesEntry e;
        e.meetingId = meeting.id;
        e.agendaItemId = itemId;
        e.speaker = speaker;
        e.text = text;
        auto added = minutes().add(e);
        if (!added)
            FAIL(added.error().message.toStdString());
        return added->id;
    }
    // The meeting's whole content: minutes, conclusion, a decision, a paper's file.
    void fill()
    {
        addSpeech(Speech);
        REQUIRE(store().setConclusion(itemId, Conclusion));
        auto decision = DecisionBook(db(), chief->user(), actor()).add(meeting.id, itemId, QStringLiteral("NQ"), DecisionText);
        if (!decision)
            FAIL(decision.error().message.toStdString());
        FollowUpTask task;
        task.meetingId = meeting.id;
        task.decisionId = decision->id;
        task.title = TaskTitle;
        task.owner = QStringLiteral("Ban Tổ chức");
        auto followed = DecisionBook(db(), chief->user(), actor()).addTask(task);
        if (!followed)
            FAIL(followed.error().message.toStdString());
        MeetingDocument paper;
        paper.meetingId = meeting.id;
        paper.title = QStringLiteral("Tờ trình nhân sự");
        auto added = MeetingDocuments(db(), actor()).add(paper);
        REQUIRE(added);
        auto file = PaperFiles(db(), chief->user(), actor()).add(added->id, PaperName, PaperData);
        if (!file)
            FAIL(file.error().message.toStdString());
    }
    QString stored(const QString &sql)
    {
        QSqlQuery q(db().sql());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    // The clerk's tool: the file decrypted with his own password.
    QByteArray decryptedBy(const QString &login, const QByteArray &password)
    {
        auto tool = InsiderTool::unlock(path, login, password);
        REQUIRE(tool);
        REQUIRE(tool->decryptTo(plain));
        return readAll(plain);
    }
};

const QList<QByteArray> &canaries()
{
    static const QList<QByteArray> all{Speech.toUtf8(), QByteArray("xyzzynguoinoi"), Conclusion.toUtf8(), DecisionText.toUtf8(),
                                       QByteArray("xyzzyhopmattailieu"), QByteArray("xyzzyhopmattep"), CorrectionReason.toUtf8(),
                                       Corrected.toUtf8(), LaptopSpeech.toUtf8(), TaskTitle.toUtf8()};
    return all;
}

void checkNoCanary(const QByteArray &raw, const QByteArray &except = {})
{
    REQUIRE(raw.size() > 4096);
    for (const QByteArray &canary : canaries()) {
        if (canary == except)
            continue;
        INFO(canary.toStdString());
        CHECK_FALSE(raw.contains(canary));
    }
}
} // namespace

TEST_CASE("a secret meeting's minutes, conclusions, decisions and papers are read by the cleared, not by a tool")
{
    SecretMeeting office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                 "van-thu-2026");
    office.fill();
    // The meeting closes; an entry is corrected with a reason, which the history keeps.
    REQUIRE(office.store().close(office.meeting.id, QDateTime(QDate(2026, 12, 3), QTime(11, 0))));
    auto entries = office.minutes().entries(office.meeting.id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    MinutesEntry entry = entries->first();
    CHECK(entry.text == Speech);
    CHECK(entry.speaker == Speaker);
    entry.text = Corrected;
    MinutesBook correcting = office.minutes();
    correcting.setCorrectionReason(CorrectionReason);
    REQUIRE(correcting.save(entry));

    // The chief reads all of it in the application.
    CHECK(office.minutes().entries(office.meeting.id)->first().text == Corrected);
    CHECK(office.store().agenda(office.meeting.id)->first().conclusion == Conclusion);
    auto decisions = DecisionBook(office.db(), office.chief->user(), office.actor()).decisions(office.meeting.id);
    REQUIRE(decisions);
    CHECK(decisions->first().excerpt == DecisionText);
    auto tasks = DecisionBook(office.db(), office.chief->user(), office.actor()).openTasks(office.meeting.id);
    REQUIRE(tasks);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().title == TaskTitle);
    CHECK(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT title FROM follow_up_tasks"))) == 1);
    // The clerk's desk lists the task, its owner and date, not what it is.
    auto clerkTasks = DecisionBook(clerk->database(), clerk->user(), clerk->actor()).openTasks();
    REQUIRE(clerkTasks);
    REQUIRE(clerkTasks->size() == 1);
    CHECK(clerkTasks->first().title != TaskTitle);
    CHECK(clerkTasks->first().owner == QStringLiteral("Ban Tổ chức"));
    auto papers = MeetingDocuments(office.db(), office.actor()).list(office.meeting.id);
    REQUIRE(papers);
    PaperFiles files(office.db(), office.chief->user(), office.actor());
    auto listed = files.list(papers->first().id);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fileName == PaperName);
    CHECK(files.read(listed->first().id).value() == PaperData);
    auto history = ClosedRecord::history(office.db(), office.meeting.id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().reason == CorrectionReason);
    REQUIRE(history->first().changes.size() == 1);
    CHECK(history->first().changes.first().before == Speech);
    CHECK(history->first().changes.first().after == Corrected);
    // What the file keeps is sealed, and the file still verifies.
    CHECK(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT text FROM minutes_entries"))) == 1);
    CHECK(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT conclusion FROM agenda_items"))) == 1);
    const auto report = office.chief->verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
    // The clerk is not cleared: the application refuses him the minutes.
    CHECK_FALSE(MinutesBook(clerk->database(), clerk->actor()).entries(office.meeting.id));
    clerk.reset();
    office.chief.reset();

    // With his own password and the documented format he reads the file, but none of the meeting's words.
    checkNoCanary(office.decryptedBy(QStringLiteral("vanthu"), "van-thu-2026"));
}

TEST_CASE("a secret meeting marked Thường is opened for all; marked again, sealed again; a mark lowered with a tool seals on")
{
    SecretMeeting office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                 "van-thu-2026");
    office.fill();
    Meeting m = *office.store().get(office.meeting.id);

    m.confidentiality = office::Clearance::Normal;
    REQUIRE(office.store().update(m));
    CHECK(office.stored(QStringLiteral("SELECT text FROM minutes_entries")) == Speech);
    CHECK(office.stored(QStringLiteral("SELECT conclusion FROM agenda_items")) == Conclusion);
    CHECK(office.stored(QStringLiteral("SELECT excerpt FROM meeting_decisions")) == DecisionText);
    CHECK(office.stored(QStringLiteral("SELECT file_name FROM meeting_paper_files")) == PaperName);
    CHECK(office.stored(QStringLiteral("SELECT title FROM follow_up_tasks")) == TaskTitle);
    // Now the clerk reads it.
    auto seen = MinutesBook(clerk->database(), clerk->actor()).entries(office.meeting.id);
    REQUIRE(seen);
    CHECK(seen->first().text == Speech);

    m.confidentiality = office::Clearance::Secret;
    REQUIRE(office.store().update(m));
    for (const char *sql : {"SELECT text FROM minutes_entries", "SELECT speaker FROM minutes_entries", "SELECT conclusion FROM agenda_items",
                            "SELECT excerpt FROM meeting_decisions", "SELECT file_name FROM meeting_paper_files",
                            "SELECT title FROM follow_up_tasks"}) {
        INFO(sql);
        CHECK(storage::LevelKeyRing::levelOf(office.stored(QLatin1String(sql))) == 2);
    }
    CHECK(office.store().agenda(office.meeting.id)->first().conclusion == Conclusion);
    CHECK_FALSE(MinutesBook(clerk->database(), clerk->actor()).entries(office.meeting.id));
    clerk.reset();
    office.chief.reset();
    // The paper's file name was logged in plain while the meeting was Thường (its reseal entry); the log keeps it.
    checkNoCanary(office.decryptedBy(QStringLiteral("vanthu"), "van-thu-2026"), "xyzzyhopmattep");

    // The clerk lowers the meeting's mark with his tool, hoping the next minutes come in plain.
    auto tool = InsiderTool::unlock(office.path, QStringLiteral("vanthu"), "van-thu-2026");
    REQUIRE(tool);
    REQUIRE(tool->decryptTo(office.plain));
    editPlain(office.plain, {QStringLiteral("UPDATE meetings SET confidentiality = 0"), QStringLiteral("UPDATE agenda_items SET confidentiality = 0")});
    REQUIRE(tool->encryptFrom(office.plain, office.path));
    auto opened = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(opened);
    office.chief = std::move(opened.value());
    const qint64 next = office.addSpeech(QStringLiteral("Phát biểu sau khi dấu mật bị hạ"));
    CHECK(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT text FROM minutes_entries WHERE id = %1").arg(next))) == 2);
    REQUIRE(office.store().setConclusion(office.itemId, QStringLiteral("Kết luận mới")));
    CHECK(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT conclusion FROM agenda_items"))) == 2);
    // Editing the meeting without changing its (lowered) mark opens nothing.
    Meeting lowered = *office.store().get(office.meeting.id);
    lowered.place = QStringLiteral("Hội trường");
    REQUIRE(office.store().update(lowered));
    CHECK(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT file_name FROM meeting_paper_files"))) == 2);
}

TEST_CASE("a secret meeting goes to a laptop and comes back sealed with each file's own keys")
{
    SecretMeeting office;
    office.fill();
    const QString packagePath = office.dir.filePath(QStringLiteral("hop.vphop"));
    auto exported = MeetingPackage(*office.chief, cheapOptions()).exportMeeting(office.meeting.id, packagePath, PackagePassword);
    if (!exported)
        FAIL(exported.error().message.toStdString());
    {
        // On the laptop the chief reads what was said, and the clerk's notes go on.
        auto opened = office::OfficeSession::open(packagePath, QStringLiteral("chanhvp"), PackagePassword, cheapOptions());
        REQUIRE(opened);
        office::OfficeSession &laptop = **opened;
        MinutesBook minutes(laptop.database(), laptop.actor());
        auto entries = minutes.entries(office.meeting.id);
        REQUIRE(entries);
        REQUIRE(entries->size() == 1);
        CHECK(entries->first().text == Speech);
        CHECK(MeetingStore(laptop.database(), laptop.actor()).agenda(office.meeting.id)->first().conclusion == Conclusion);
        MinutesEntry more;
        more.meetingId = office.meeting.id;
        more.agendaItemId = office.itemId;
        more.speaker = QStringLiteral("Đồng chí số 2");
        more.text = LaptopSpeech;
        REQUIRE(minutes.add(more));
        REQUIRE(MeetingStore(laptop.database(), laptop.actor()).setConclusion(office.itemId, Conclusion + QStringLiteral(" bổ sung")));
        QSqlQuery q(laptop.database().sql());
        REQUIRE(q.exec(QStringLiteral("SELECT text FROM minutes_entries ORDER BY id")));
        while (q.next())
            CHECK(storage::LevelKeyRing::levelOf(q.value(0).toString()) == 1);
    }

    MeetingPackage packages(*office.chief, cheapOptions());
    auto in = packages.read(packagePath, PackagePassword);
    if (!in)
        FAIL(in.error().message.toStdString());
    // Only what the laptop changed is a change: the words, not their seals.
    CHECK(in->changes.size() == 2);
    auto applied = packages.apply(*in);
    REQUIRE(applied);
    auto entries = office.minutes().entries(office.meeting.id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->last().text == LaptopSpeech);
    CHECK(office.store().agenda(office.meeting.id)->first().conclusion == Conclusion + QStringLiteral(" bổ sung"));
    QSqlQuery q(office.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT text FROM minutes_entries UNION ALL SELECT conclusion FROM agenda_items")));
    while (q.next())
        CHECK(storage::LevelKeyRing::levelOf(q.value(0).toString()) == 1);
    CHECK(office.chief->verify().ok);

    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                 "van-thu-2026");
    clerk.reset();
    office.chief.reset();
    checkNoCanary(office.decryptedBy(QStringLiteral("vanthu"), "van-thu-2026"));
}

TEST_CASE("an ordinary meeting's minutes stay as typed")
{
    SecretMeeting office(office::Clearance::Normal);
    office.addSpeech(Speech);
    REQUIRE(office.store().setConclusion(office.itemId, Conclusion));
    CHECK(office.stored(QStringLiteral("SELECT text FROM minutes_entries")) == Speech);
    CHECK(office.stored(QStringLiteral("SELECT conclusion FROM agenda_items")) == Conclusion);
    QSqlQuery q(office.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM clearance_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("a secret meeting an older version kept in plain is sealed at the next sign-in, and only once")
{
    SecretMeeting office;
    office.fill();
    // As a version before the clearance keys wrote it.
    for (const QString &sql : {QStringLiteral("UPDATE minutes_entries SET text = '%1'").arg(Speech),
                               QStringLiteral("UPDATE agenda_items SET conclusion = '%1'").arg(Conclusion),
                               QStringLiteral("UPDATE meeting_decisions SET excerpt = '%1'").arg(DecisionText),
                               QStringLiteral("UPDATE follow_up_tasks SET title = '%1'").arg(TaskTitle)})
        execOrFail(office.db(), sql);
    REQUIRE(office.stored(QStringLiteral("SELECT text FROM minutes_entries")) == Speech);
    office.chief.reset();
    const auto signIn = [&] {
        auto opened = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
        if (!opened)
            FAIL(opened.error().message.toStdString());
        office.chief = std::move(opened.value());
        CHECK(office.chief->takeSignInWarnings().isEmpty());
    };
    signIn();
    for (const char *sql : {"SELECT text FROM minutes_entries", "SELECT conclusion FROM agenda_items", "SELECT excerpt FROM meeting_decisions",
                            "SELECT title FROM follow_up_tasks"}) {
        INFO(sql);
        CHECK(storage::LevelKeyRing::levelOf(office.stored(QLatin1String(sql))) == 1);
    }
    CHECK(office.minutes().entries(office.meeting.id)->first().text == Speech);
    CHECK(office.store().agenda(office.meeting.id)->first().conclusion == Conclusion);
    const int entries = countRows(office.db(), QStringLiteral("audit_log"));
    office.chief.reset();
    signIn();
    CHECK(countRows(office.db(), QStringLiteral("audit_log")) == entries);
}

TEST_CASE("an ordinary meeting with a Mật paper: its minutes stay plain, and sign-ins find nothing to seal")
{
    SecretMeeting office(office::Clearance::Normal);
    office.fill();
    CHECK(office.stored(QStringLiteral("SELECT text FROM minutes_entries")) == Speech);
    MeetingDocument paper;
    paper.meetingId = office.meeting.id;
    paper.title = QStringLiteral("Báo cáo mật");
    paper.confidentiality = documents::Confidentiality::Confidential;
    auto added = MeetingDocuments(office.db(), office.actor()).add(paper);
    REQUIRE(added);
    REQUIRE(PaperFiles(office.db(), office.chief->user(), office.actor()).add(added->id, QStringLiteral("bao-cao.pdf"), PaperData));
    const int entries = countRows(office.db(), QStringLiteral("audit_log"));
    office.chief.reset();
    auto opened = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(opened);
    office.chief = std::move(opened.value());
    CHECK(countRows(office.db(), QStringLiteral("audit_log")) == entries);
    CHECK(office.stored(QStringLiteral("SELECT text FROM minutes_entries")) == Speech);
}

TEST_CASE("a cleared user not yet given the key cannot save over minutes he cannot read")
{
    SecretMeeting office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential,
                                 "van-thu-2026");
    const qint64 entry = office.addSpeech(Speech);
    REQUIRE(office.store().setConclusion(office.itemId, Conclusion));
    clerk.reset();
    // His boxes are gone (taken out with a tool): until the chief signs in again, his key is not given.
    execOrFail(office.db(), QStringLiteral("DELETE FROM clearance_keys WHERE holder = 'vanthu'"));
    auto opened = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    REQUIRE(opened);
    office::OfficeSession &late = **opened;
    MinutesBook minutes(late.database(), late.actor());
    auto seen = minutes.entries(office.meeting.id);
    REQUIRE(seen);
    CHECK(seen->first().text == office::ClearanceKeys::notGivenText());
    MinutesEntry changed = seen->first();
    changed.text = seen->first().text + QStringLiteral(" (sửa)");
    auto saved = minutes.save(changed);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == storage::StorageError::Kind::Forbidden);
    CHECK_FALSE(MeetingStore(late.database(), late.actor()).setConclusion(office.itemId, QStringLiteral("Kết luận khác")));
    CHECK_FALSE(MinutesBook(late.database(), late.actor()).remove(entry));
    // The chief's words are as he wrote them.
    CHECK(office.minutes().entries(office.meeting.id)->first().text == Speech);
    CHECK(office.store().agenda(office.meeting.id)->first().conclusion == Conclusion);
}

TEST_CASE("an item's mark lowered with a tool stays sealed when the chief re-marks another item")
{
    SecretMeeting office(office::Clearance::Normal);
    AgendaItem second{0, 0, QStringLiteral("Tổng kết năm"), QStringLiteral("Văn phòng"), {}, 30, {}};
    auto added = office.store().addAgendaItem(office.meeting.id, second);
    REQUIRE(added);
    AgendaItem personnel = office.store().agenda(office.meeting.id)->first();
    personnel.confidentiality = office::Clearance::Secret;
    REQUIRE(office.store().updateAgendaItem(personnel));
    office.addSpeech(Speech);
    REQUIRE(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT text FROM minutes_entries"))) == 2);
    // An insider lowers the personnel item's mark to Thường.
    execOrFail(office.db(), QStringLiteral("UPDATE agenda_items SET confidentiality = 0 WHERE id = %1").arg(office.itemId));
    // The chief marks the other item Mật: the personnel item's minutes keep their seal.
    AgendaItem other = *added;
    other.confidentiality = office::Clearance::Confidential;
    REQUIRE(office.store().updateAgendaItem(other));
    CHECK(storage::LevelKeyRing::levelOf(office.stored(QStringLiteral("SELECT text FROM minutes_entries"))) == 2);
}

TEST_CASE("a clerk below a closed secret meeting's level still corrects its attendance")
{
    SecretMeeting office;
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                 "van-thu-2026");
    auto people = AttendanceBook(office.db(), office.actor()).attendees(office.meeting.id);
    REQUIRE(people);
    REQUIRE(!people->isEmpty());
    REQUIRE(office.store().close(office.meeting.id, QDateTime(QDate(2026, 12, 3), QTime(11, 0))));
    AttendanceBook book(clerk->database(), clerk->actor());
    book.setCorrectionReason(QStringLiteral("Ghi nhầm điểm danh"));
    auto marked = book.mark(people->first().id, Attendee::Presence::Absent, QStringLiteral("Đi công tác"));
    if (!marked)
        FAIL(marked.error().message.toStdString());
}
