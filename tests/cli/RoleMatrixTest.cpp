// Every command of vanphong-cli with every role: what the core's permission
// table (office::AccessControl) allows succeeds, what it does not is refused
// with exit code 5 and a message that names the role, and nothing is written.
#include "CliRun.h"
#include "office/WorkstationMemory.h"
#include "TestSupport.h"

#include "office/AccessControl.h"
#include "office/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;
using office::Permission;
using office::Role;

namespace {
struct Person { Role role; QString login; QString password; };

const QList<Person> People = {
    {Role::Admin, QStringLiteral("chanhvp"), QStringLiteral("chanh-2026")},
    {Role::Clerk, QStringLiteral("vanthu"), QStringLiteral("van-thu-2026")},
    {Role::Leader, QStringLiteral("lanhdao"), QStringLiteral("lanh-dao-2026")},
    {Role::Accountant, QStringLiteral("ketoan"), QStringLiteral("ke-toan-2026")},
    {Role::Viewer, QStringLiteral("xem"), QStringLiteral("chi-xem-2026")},
};

// An office with one of everything the commands act on, made by its chief
// through the CLI itself; its users' key slots are cheap to open (tests only).
struct Fixture
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("office.vpdb")); }
    QString file(const QString &name) const { return dir.filePath(name); }

    Fixture()
    {
        {
            auto created = office::OfficeSession::create(db(), sampleOffice(), "chanh-2026", cheapOptions());
            REQUIRE(created);
            office::OfficeSession &chief = *created->session;
            for (const Person &p : People) {
                if (p.role == Role::Admin)
                    continue;
                office::UserAccount u;
                u.login = p.login;
                u.fullName = p.login;
                u.role = p.role;
                REQUIRE(chief.addUser(u, p.password.toUtf8()));
                auto row = office::UserDirectory(chief.database()).find(p.login);
                REQUIRE(row);
                row->mustChangePassword = false; // as if each had chosen their own
                REQUIRE(office::UserDirectory(chief.database()).update(*row, chief.actor()));
            }
        }
        writeAll(file(QStringLiteral("scan.pdf")), "%PDF-1.4\n% scan\n");
        writeAll(file(QStringLiteral("import.csv")), QStringLiteral("Số đến,Ngày đến,Cơ quan ban hành,Số ký hiệu,Trích yếu\n"
                                                                     "1,02/01/2025,Văn phòng Tỉnh ủy,01-KH/TU,Kế hoạch năm\n").toUtf8());
        const QList<QStringList> steps = {
            {QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("Khóa XV"), QStringLiteral("--starts"), QStringLiteral("2025-10-15")},
            {QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("--symbol"),
             QStringLiteral("07-KL/TU"), QStringLiteral("--date"), QStringLiteral("2026-01-02"), QStringLiteral("--type"), QStringLiteral("KL"),
             QStringLiteral("--excerpt"), QStringLiteral("Kết luận"), QStringLiteral("--received"), QStringLiteral("2026-01-05")},
            {QStringLiteral("incoming"), QStringLiteral("attach"), QStringLiteral("1/2026"), file(QStringLiteral("scan.pdf"))},
            {QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Ban Tuyên giáo"), QStringLiteral("--symbol"),
             QStringLiteral("03-HD/BTG"), QStringLiteral("--date"), QStringLiteral("2026-01-02"), QStringLiteral("--excerpt"), QStringLiteral("Hướng dẫn"),
             QStringLiteral("--received"), QStringLiteral("2026-01-05")},
            {QStringLiteral("incoming"), QStringLiteral("done"), QStringLiteral("2/2026")},
            {QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("CV"), QStringLiteral("--date"),
             QStringLiteral("2026-01-10"), QStringLiteral("--excerpt"), QStringLiteral("Về việc chuẩn bị hội nghị"), QStringLiteral("--signer"),
             QStringLiteral("Nguyễn Văn An"), QStringLiteral("--capacity"), QStringLiteral("T/M"), QStringLiteral("--recipients"),
             QStringLiteral("Các chi bộ; Lưu Văn phòng")},
            {QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("TB"), QStringLiteral("--date"),
             QStringLiteral("2026-01-12"), QStringLiteral("--excerpt"), QStringLiteral("Thông báo lịch họp"), QStringLiteral("--signer"),
             QStringLiteral("Nguyễn Văn An"), QStringLiteral("--capacity"), QStringLiteral("T/M"), QStringLiteral("--recipients"),
             QStringLiteral("Các chi bộ; Lưu Văn phòng"), QStringLiteral("--issue")},
            {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("--position"), QStringLiteral("Bí thư"),
             QStringLiteral("--standing"), QStringLiteral("--standing-member")},
            {QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"), QStringLiteral("--date"),
             QStringLiteral("2026-03-18"), QStringLiteral("--time"), QStringLiteral("08:00"), QStringLiteral("--agenda"), QStringLiteral("Báo cáo; Đề án")},
            {QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Dự thảo nghị quyết")},
            {QStringLiteral("meeting"), QStringLiteral("attach"), QStringLiteral("1"), QStringLiteral("1"), file(QStringLiteral("scan.pdf"))},
            {QStringLiteral("meeting"), QStringLiteral("task"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Triển khai")},
            {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--number"),
             QStringLiteral("01"), QStringLiteral("--title"), QStringLiteral("Công văn đến"), QStringLiteral("--years"), QStringLiteral("10")},
            {QStringLiteral("archive"), QStringLiteral("file"), QStringLiteral("01/2026"), QStringLiteral("--incoming"), QStringLiteral("2/2026")},
            // A closed dossier, to hand over or lend.
            {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--number"),
             QStringLiteral("03"), QStringLiteral("--title"), QStringLiteral("Thông báo"), QStringLiteral("--years"), QStringLiteral("10")},
            {QStringLiteral("archive"), QStringLiteral("file"), QStringLiteral("03/2026"), QStringLiteral("--outgoing"), QStringLiteral("01-TB/ĐU")},
            {QStringLiteral("archive"), QStringLiteral("close"), QStringLiteral("03/2026"), QStringLiteral("--sheets"), QStringLiteral("2"),
             QStringLiteral("--on"), QStringLiteral("2026-02-01")},
            // Dossiers of 2015 kept 5 years: one proposed for destruction, one already decided (destruction 1).
            {QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("--symbol"),
             QStringLiteral("09-CV/VPTU"), QStringLiteral("--date"), QStringLiteral("2015-01-02"), QStringLiteral("--excerpt"), QStringLiteral("Công văn"),
             QStringLiteral("--received"), QStringLiteral("2015-01-05")},
            {QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("--symbol"),
             QStringLiteral("10-CV/VPTU"), QStringLiteral("--date"), QStringLiteral("2015-01-02"), QStringLiteral("--excerpt"), QStringLiteral("Công văn"),
             QStringLiteral("--received"), QStringLiteral("2015-01-05")},
            {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2015"), QStringLiteral("--number"),
             QStringLiteral("04"), QStringLiteral("--title"), QStringLiteral("Công văn năm 2015"), QStringLiteral("--years"), QStringLiteral("5")},
            {QStringLiteral("archive"), QStringLiteral("file"), QStringLiteral("04/2015"), QStringLiteral("--incoming"), QStringLiteral("1/2015")},
            {QStringLiteral("archive"), QStringLiteral("close"), QStringLiteral("04/2015"), QStringLiteral("--sheets"), QStringLiteral("2"),
             QStringLiteral("--on"), QStringLiteral("2015-12-31")},
            {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2015"), QStringLiteral("--number"),
             QStringLiteral("05"), QStringLiteral("--title"), QStringLiteral("Tài liệu tham khảo 2015"), QStringLiteral("--years"), QStringLiteral("5")},
            {QStringLiteral("archive"), QStringLiteral("file"), QStringLiteral("05/2015"), QStringLiteral("--incoming"), QStringLiteral("2/2015")},
            {QStringLiteral("archive"), QStringLiteral("close"), QStringLiteral("05/2015"), QStringLiteral("--sheets"), QStringLiteral("2"),
             QStringLiteral("--on"), QStringLiteral("2015-12-31")},
            {QStringLiteral("archive"), QStringLiteral("review"), QStringLiteral("05/2015"), QStringLiteral("--decision"), QStringLiteral("04/QĐ-HĐ"),
             QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate)},
            // This year's list, so that approving it today is possible whatever year the test runs in.
            {QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("--year"), QString::number(QDate::currentDate().year()),
             QStringLiteral("--number"), QStringLiteral("09"), QStringLiteral("--title"), QStringLiteral("Hồ sơ hội nghị"), QStringLiteral("--permanent")},
            {QStringLiteral("backup"), QStringLiteral("--to"), file(QStringLiteral("backup.vpdb"))},
            {QStringLiteral("meeting"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--package"), file(QStringLiteral("hop.vphop"))},
        };
        for (QStringList step : steps) {
            step << QStringLiteral("--db") << db() << QStringLiteral("--user") << QStringLiteral("chanhvp");
            const Run r = cli(step, {{QStringLiteral("VANPHONG_PASSWORD"), QStringLiteral("chanh-2026")},
                                     {QStringLiteral("VANPHONG_PACKAGE_PASSWORD"), QStringLiteral("goi-hop-2026")}});
            INFO(step.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
            REQUIRE(r.code == 0);
        }
    }
};

struct Command
{
    QStringList args;
    std::optional<Permission> needs; // nothing: reading, allowed to every role
};
} // namespace

TEST_CASE("the permission table: what each role may do")
{
    // The rules of DESIGN.md, asserted one by one so that a change to the table is a decision.
    for (const Permission p : office::AccessControl::all()) {
        CHECK(office::AccessControl::allows(Role::Admin, p));
        CHECK_FALSE(office::AccessControl::allows(Role::Viewer, p));
        // The accountant keeps the asset register and prints its papers; nothing else (fees come with their module).
        const bool assets = p == Permission::KeepAssets || p == Permission::ExportAssets;
        CHECK(office::AccessControl::allows(Role::Accountant, p) == assets);
    }
    for (const Permission p : {Permission::ManageUsers, Permission::EditProfile, Permission::MaintainFile, Permission::CancelIssuedDocuments}) {
        CHECK_FALSE(office::AccessControl::allows(Role::Clerk, p));
        CHECK_FALSE(office::AccessControl::allows(Role::Leader, p));
    }
    for (const Permission p : {Permission::RegisterDocuments, Permission::PrepareMeetings, Permission::ManageCommittee, Permission::BackUpFile})
        CHECK(office::AccessControl::allows(Role::Clerk, p));
    CHECK(office::AccessControl::allows(Role::Leader, Permission::DirectDocuments));
    CHECK(office::AccessControl::allows(Role::Leader, Permission::FollowUpMeetings));
    // The clerk keeps the archive; the list is approved by a leader or the office chief.
    CHECK(office::AccessControl::allows(Role::Clerk, Permission::KeepArchives));
    CHECK_FALSE(office::AccessControl::allows(Role::Clerk, Permission::ApproveArchives));
    CHECK(office::AccessControl::allows(Role::Leader, Permission::ApproveArchives));
    CHECK_FALSE(office::AccessControl::allows(Role::Leader, Permission::KeepArchives));
    // Destroying records is the office chief's alone.
    CHECK_FALSE(office::AccessControl::allows(Role::Clerk, Permission::DestroyArchives));
    CHECK_FALSE(office::AccessControl::allows(Role::Leader, Permission::DestroyArchives));
    CHECK_FALSE(office::AccessControl::allows(Role::Leader, Permission::RegisterDocuments));
    CHECK_FALSE(office::AccessControl::allows(Role::Leader, Permission::PrepareMeetings));
    // The asset register is the accountant's (and the office chief's).
    CHECK(office::AccessControl::allows(Role::Accountant, Permission::KeepAssets));
    CHECK_FALSE(office::AccessControl::allows(Role::Clerk, Permission::KeepAssets));
}

TEST_CASE("every command with every role: allowed, or refused with exit code 5 and nothing written", "[roles]")
{
    Fixture office;
    const QString out = office.file(QStringLiteral("out"));
    const QList<Command> commands = {
        // Reading: everyone.
        {{QStringLiteral("incoming"), QStringLiteral("list")}, {}},
        {{QStringLiteral("incoming"), QStringLiteral("show"), QStringLiteral("1/2026")}, {}},
        {{QStringLiteral("incoming"), QStringLiteral("history"), QStringLiteral("1/2026")}, {}},
        {{QStringLiteral("outgoing"), QStringLiteral("history"), QStringLiteral("01-TB/ĐU")}, {}},
        {{QStringLiteral("outgoing"), QStringLiteral("list")}, {}},
        {{QStringLiteral("search"), QStringLiteral("ket luan")}, {}},
        {{QStringLiteral("meeting"), QStringLiteral("list")}, {}},
        {{QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1")}, {}},
        {{QStringLiteral("meeting"), QStringLiteral("tasks")}, {}},
        {{QStringLiteral("member"), QStringLiteral("list")}, {}},
        {{QStringLiteral("term"), QStringLiteral("list")}, {}},
        {{QStringLiteral("profile"), QStringLiteral("show")}, {}},
        {{QStringLiteral("user"), QStringLiteral("list")}, {}},
        {{QStringLiteral("verify")}, {}},
        {{QStringLiteral("names"), QStringLiteral("list"), QStringLiteral("sender")}, {}},
        {{QStringLiteral("group"), QStringLiteral("list")}, {}},

        // The registers.
        {{QStringLiteral("names"), QStringLiteral("add"), QStringLiteral("sender"), QStringLiteral("Ban Dân vận")}, Permission::RegisterDocuments},
        {{QStringLiteral("group"), QStringLiteral("set"), QStringLiteral("Các chi bộ trực thuộc"), QStringLiteral("--members"),
          QStringLiteral("Chi bộ 1; Chi bộ 2")}, Permission::RegisterDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("Ban Tổ chức"), QStringLiteral("--symbol"),
          QStringLiteral("12-HD/BTCTU"), QStringLiteral("--date"), QStringLiteral("2026-01-03"), QStringLiteral("--type"), QStringLiteral("HD"),
          QStringLiteral("--excerpt"), QStringLiteral("Hướng dẫn"), QStringLiteral("--received"), QStringLiteral("2026-01-06")},
         Permission::RegisterDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("assign"), QStringLiteral("1/2026"), QStringLiteral("--to"), QStringLiteral("Ban Tuyên giáo"),
          QStringLiteral("--direction"), QStringLiteral("Nghiên cứu")}, Permission::DirectDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("done"), QStringLiteral("1/2026")}, Permission::RegisterDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("reopen"), QStringLiteral("2/2026")}, Permission::RegisterDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("edit"), QStringLiteral("1/2026"), QStringLiteral("--from"), QStringLiteral("Văn phòng Tỉnh ủy Đồng Nai"),
          QStringLiteral("--reason"), QStringLiteral("Ghi đủ tên")}, Permission::RegisterDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("cancel"), QStringLiteral("1/2026"), QStringLiteral("--reason"), QStringLiteral("Vào sổ nhầm")},
         Permission::RegisterDocuments},
        {{QStringLiteral("outgoing"), QStringLiteral("edit"), QStringLiteral("01-TB/ĐU"), QStringLiteral("--excerpt"), QStringLiteral("Thông báo lịch họp tháng 2"),
          QStringLiteral("--reason"), QStringLiteral("Ghi rõ tháng")}, Permission::RegisterDocuments},
        {{QStringLiteral("outgoing"), QStringLiteral("cancel"), QStringLiteral("01-TB/ĐU"), QStringLiteral("--reason"), QStringLiteral("Ban hành nhầm")},
         Permission::CancelIssuedDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("attach"), QStringLiteral("1/2026"), office.file(QStringLiteral("scan.pdf"))},
         Permission::RegisterDocuments},
        {{QStringLiteral("incoming"), QStringLiteral("extract"), QStringLiteral("1/2026"), QStringLiteral("--file"), QStringLiteral("1"),
          QStringLiteral("--to"), out + QStringLiteral(".scan")}, Permission::ExportRegisters},
        // After 01-TB/ĐU of 12/01: a series' dates never go back (OutgoingRegister::keepsSeriesOrder).
        {{QStringLiteral("outgoing"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("TB"), QStringLiteral("--date"),
          QStringLiteral("2026-01-13"), QStringLiteral("--excerpt"), QStringLiteral("Thông báo"), QStringLiteral("--signer"),
          QStringLiteral("Nguyễn Văn An")}, Permission::RegisterDocuments},
        {{QStringLiteral("outgoing"), QStringLiteral("issue"), QStringLiteral("01-CV/ĐU")}, Permission::RegisterDocuments},
        {{QStringLiteral("outgoing"), QStringLiteral("release"), QStringLiteral("01-CV/ĐU")}, Permission::RegisterDocuments},
        {{QStringLiteral("import"), QStringLiteral("incoming"), office.file(QStringLiteral("import.csv"))}, Permission::RegisterDocuments},
        {{QStringLiteral("export"), QStringLiteral("incoming"), QStringLiteral("--csv"), out + QStringLiteral(".csv")}, Permission::ExportRegisters},
        // A printed paper saved as PDF is a copy out of the file too.
        {{QStringLiteral("report"), QStringLiteral("incoming-register"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
          QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--pdf"), out + QStringLiteral(".pdf")}, Permission::ExportRegisters},
        {{QStringLiteral("report"), QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--pdf"),
          out + QStringLiteral(".pdf")}, Permission::ExportRegisters},
        {{QStringLiteral("import"), QStringLiteral("incoming"), office.file(QStringLiteral("import.csv")), QStringLiteral("--dry-run")},
         Permission::RegisterDocuments},
        // The office and the file.
        {{QStringLiteral("term"), QStringLiteral("add"), QStringLiteral("Khóa XVI"), QStringLiteral("--starts"), QStringLiteral("2030-10-15")},
         Permission::EditProfile},
        {{QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("chief"), QStringLiteral("Trần Văn B")}, Permission::EditProfile},
        {{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("moi"), QStringLiteral("--role"), QStringLiteral("viewer")},
         Permission::ManageUsers},
        {{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ketoan")}, Permission::ManageUsers},
        {{QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("ketoan")}, Permission::ManageUsers},
        {{QStringLiteral("backup"), QStringLiteral("--to"), out + QStringLiteral(".vpdb")}, Permission::BackUpFile},
        {{QStringLiteral("rekey"), QStringLiteral("--recovery-file"), out + QStringLiteral(".code")}, Permission::MaintainFile},
        {{QStringLiteral("restore"), QStringLiteral("--from"), office.file(QStringLiteral("backup.vpdb"))}, Permission::MaintainFile},
        // Meetings.
        {{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("Lê Thị Cúc")}, Permission::ManageCommittee},
        {{QStringLiteral("meeting"), QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("standing"),
          QStringLiteral("--title"), QStringLiteral("Chuẩn bị phòng họp"), QStringLiteral("--offset"), QStringLiteral("-1")}, Permission::ManageCommittee},
        {{QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("committee"), QStringLiteral("--date"),
          QStringLiteral("2026-04-10"), QStringLiteral("--time"), QStringLiteral("14:00")}, Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("item"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Công tác cán bộ")},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("checklist"), QStringLiteral("1"), QStringLiteral("--done"), QStringLiteral("1")},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-03-19"),
          QStringLiteral("--time"), QStringLiteral("08:00")}, Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("guest"), QStringLiteral("1"), QStringLiteral("Khách mời")}, Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("approve-guests"), QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("Nguyễn Văn An")},
         Permission::FollowUpMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("attend"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("present")},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("minutes"), QStringLiteral("1"), QStringLiteral("--speaker"), QStringLiteral("Nguyễn Văn An"),
          QStringLiteral("--text"), QStringLiteral("Khai mạc")}, Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Báo cáo")},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("give"), QStringLiteral("1"), QStringLiteral("1")}, Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("attach"), QStringLiteral("1"), QStringLiteral("1"), office.file(QStringLiteral("scan.pdf"))},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("extract"), QStringLiteral("1"), QStringLiteral("--file"), QStringLiteral("1"),
          QStringLiteral("--to"), out + QStringLiteral(".paper")}, Permission::ExportRegisters},
        {{QStringLiteral("meeting"), QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("NQ"),
          QStringLiteral("--excerpt"), QStringLiteral("Nghị quyết về chuyển đổi số")}, Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("task"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("Báo cáo kết quả")},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("task-done"), QStringLiteral("1")}, Permission::FollowUpMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("close"), QStringLiteral("1"), QStringLiteral("--ended"), QStringLiteral("11:30")},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--package"), out + QStringLiteral(".vphop")},
         Permission::PrepareMeetings},
        {{QStringLiteral("meeting"), QStringLiteral("import"), QStringLiteral("--package"), office.file(QStringLiteral("hop.vphop"))},
         Permission::PrepareMeetings},
        // The archive.
        {{QStringLiteral("archive"), QStringLiteral("list")}, {}},
        {{QStringLiteral("archive"), QStringLiteral("show"), QStringLiteral("01/2026")}, {}},
        {{QStringLiteral("archive"), QStringLiteral("unfiled"), QStringLiteral("--year"), QStringLiteral("2026")}, {}},
        {{QStringLiteral("archive"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--number"),
          QStringLiteral("02"), QStringLiteral("--title"), QStringLiteral("Tài liệu tham khảo"), QStringLiteral("--years"), QStringLiteral("5")},
         Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("file"), QStringLiteral("01/2026"), QStringLiteral("--incoming"), QStringLiteral("1/2026")},
         Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("unfile"), QStringLiteral("--incoming"), QStringLiteral("2/2026")}, Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("close"), QStringLiteral("01/2026"), QStringLiteral("--sheets"), QStringLiteral("3")},
         Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("plan"), QString::number(QDate::currentDate().year() + 1), QStringLiteral("--from"),
          QString::number(QDate::currentDate().year())}, Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("loans")}, {}},
        {{QStringLiteral("archive"), QStringLiteral("review")}, {}},
        {{QStringLiteral("archive"), QStringLiteral("review"), QStringLiteral("04/2015"), QStringLiteral("--decision"), QStringLiteral("05/QĐ-HĐ"),
          QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate)}, Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("destroy"), QStringLiteral("1"), QStringLiteral("--record"), QStringLiteral("01/BB-H"),
          QStringLiteral("--confirm"), QStringLiteral("01/BB-H")}, Permission::DestroyArchives},
        {{QStringLiteral("archive"), QStringLiteral("due")}, {}},
        {{QStringLiteral("archive"), QStringLiteral("handover"), QStringLiteral("03/2026"), QStringLiteral("--received-by"), QStringLiteral("Lê Văn Lưu"),
          QStringLiteral("--record"), QStringLiteral("01/BB")}, Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("lend"), QStringLiteral("03/2026"), QStringLiteral("--to-person"), QStringLiteral("Trần Thị Mai"),
          QStringLiteral("--purpose"), QStringLiteral("Tra cứu"), QStringLiteral("--due"), QDate::currentDate().addDays(7).toString(Qt::ISODate)},
         Permission::KeepArchives},
        {{QStringLiteral("archive"), QStringLiteral("plan"), QString::number(QDate::currentDate().year()), QStringLiteral("--approve"),
          QStringLiteral("--by"), QStringLiteral("Nguyễn Văn An")}, Permission::ApproveArchives},
        // The asset register: the accountant's and the office chief's.
        {{QStringLiteral("asset"), QStringLiteral("list")}, {}},
        {{QStringLiteral("asset"), QStringLiteral("categories")}, {}},
        {{QStringLiteral("asset"), QStringLiteral("years")}, {}},
        {{QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Máy tính"), QStringLiteral("--category"),
          QStringLiteral("may-tinh"), QStringLiteral("--cost"), QStringLiteral("15.000.000"), QStringLiteral("--acquired"), QStringLiteral("2026-01-05")},
         Permission::KeepAssets},
        {{QStringLiteral("asset"), QStringLiteral("depreciate"), QStringLiteral("--year"), QString::number(QDate::currentDate().year())},
         Permission::KeepAssets},
        {{QStringLiteral("asset"), QStringLiteral("rules"), QStringLiteral("--min-cost"), QStringLiteral("20.000.000")}, Permission::KeepAssets},
    };

    const QByteArray pristine = readAll(office.db());
    const std::string pristineHash = fileSha256(office.db()).toHex().toStdString();
    for (const Person &person : People) {
        for (const Command &command : commands) {
            // Each command on the office as the fixture left it.
            writeAll(office.db(), pristine);
            for (const char *suffix : {"-wal", "-shm"})
                QFile::remove(office.db() + QLatin1String(suffix));
            // Putting the pristine file back is a rollback this computer would warn about.
            QFile::remove(office::WorkstationMemory::settingsPath());
            for (const char *suffix : {".pdf", ".scan", ".csv", ".vpdb", ".paper", ".vphop"})
                QFile::remove(out + QLatin1String(suffix));
            QStringList args = command.args;
            args << QStringLiteral("--db") << office.db() << QStringLiteral("--user") << person.login;
            const Run run = cli(args, {{QStringLiteral("VANPHONG_PASSWORD"), person.password},
                                       {QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("mat-khau-moi-1")},
                                       {QStringLiteral("VANPHONG_PACKAGE_PASSWORD"), QStringLiteral("goi-hop-2026")}});
            const bool allowed = !command.needs || office::AccessControl::allows(person.role, *command.needs);
            INFO(office::Roles::code(person.role).toStdString() << ": " << args.mid(0, 3).join(QLatin1Char(' ')).toStdString()
                                                                << " -> " << run.code << " " << run.err.toStdString());
            if (allowed) {
                CHECK(run.code == 0);
            } else {
                CHECK(run.code == 5);
                CHECK(run.err.contains(QStringLiteral("may not")));
                // Refused before anything was written.
                // Compared by hash: Catch2 takes minutes to print two differing megabyte strings.
                CHECK(fileSha256(office.db()).toHex().toStdString() == pristineHash);
                CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".csv")));
                CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".pdf")));
                CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".scan")));
                CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".paper")));
                CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".vphop")));
            }
        }
    }
}
