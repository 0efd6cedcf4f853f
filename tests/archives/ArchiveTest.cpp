// The archive's dossier register: the year's list, filing, closing (issue 13).
#include "TestSupport.h"
#include "InsiderTool.h"

#include "archives/DossierFiling.h"
#include "archives/DossierLending.h"
#include "archives/DossierListing.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionReview.h"
#include "archives/RetentionRules.h"
#include "documents/AttachmentStore.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"
#include "reports/ArchivePaperParts.h"
#include "reports/ArchivePapers.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace vanphong;
using namespace vanphong::archives;
using namespace vanphong::test;

namespace {
struct ArchiveOffice
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.vpdb"));
    std::unique_ptr<office::OfficeSession> chief;

    ArchiveOffice()
    {
        auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        REQUIRE(office::TermStore(chief->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), chief->actor()));
    }
    DossierRegister dossiers(office::OfficeSession &s) { return DossierRegister(s.database(), s.actor()); }
    DossierFiling filing(office::OfficeSession &s) { return DossierFiling(s.database(), s.user(), s.actor()); }
    Dossier add(office::OfficeSession &s, int year, const QString &number, const QString &title, int years)
    {
        Dossier d;
        d.year = year;
        d.number = number;
        d.title = title;
        d.retentionYears = years;
        d.keeper = s.user().login;
        auto added = dossiers(s).add(d);
        if (!added)
            FAIL(added.error().message.toStdString());
        return added.value();
    }
    // Received on `on` when given (a dossier is closed on or after its latest document), else the sample's day.
    qint64 incoming(office::OfficeSession &s, documents::Confidentiality level = documents::Confidentiality::Normal,
                    const QString &excerpt = QStringLiteral("Về việc tổng kết năm"), const QDate &on = {})
    {
        documents::IncomingDocument letter = sampleIncoming(level, excerpt);
        if (on.isValid()) {
            letter.documentDate = on;
            letter.receivedAt = QDateTime(on, QTime(9, 0));
        }
        auto added = documents::IncomingRegister(s.database(), s.user(), s.actor()).add(letter);
        if (!added)
            FAIL(added.error().message.toStdString());
        return added->id;
    }
    qint64 outgoing(office::OfficeSession &s, documents::OutgoingRegister::Mode mode)
    {
        documents::OutgoingDocument d;
        d.typeCode = QStringLiteral("CV");
        d.documentDate = QDate(2026, 11, 20);
        d.excerpt = QStringLiteral("V/v chuẩn bị hội nghị tổng kết");
        d.signer = QStringLiteral("Nguyễn Văn An");
        d.capacity = QStringLiteral("T/M");
        d.recipients = {QStringLiteral("Các chi bộ trực thuộc"), QStringLiteral("Lưu Văn phòng")};
        auto added = documents::OutgoingRegister(s.database(), s.user(), s.actor()).add(d, mode);
        if (!added)
            FAIL(added.error().message.toStdString());
        return added->id;
    }
};
} // namespace

TEST_CASE("retention is counted from 1 January of the year after closing; permanent dossiers never expire")
{
    // Closed on the last day of 2020 or the first: kept 5 years, through 2025.
    CHECK(RetentionRules::expiresOn(QDate(2020, 12, 31), 5) == QDate(2026, 1, 1));
    CHECK(RetentionRules::expiresOn(QDate(2020, 1, 1), 5) == QDate(2026, 1, 1));
    CHECK(RetentionRules::expiresOn(QDate(2021, 1, 1), 5) == QDate(2027, 1, 1));
    CHECK(RetentionRules::expiresOn(QDate(2016, 6, 30), 10) == QDate(2027, 1, 1));
    CHECK(RetentionRules::expiresOn(QDate(2006, 3, 1), 20) == QDate(2027, 1, 1));
    CHECK_FALSE(RetentionRules::expiresOn(QDate(2020, 12, 31), 0).isValid()); // vĩnh viễn
    CHECK_FALSE(RetentionRules::expiresOn(QDate(), 5).isValid());            // not closed
    // Handed to the archive within a year of the work's end.
    CHECK(RetentionRules::handOverDue(QDate(2025, 12, 31)) == QDate(2026, 12, 31));
    CHECK(RetentionRules::describe(0) == QStringLiteral("Permanent"));
    // The defaults say they are to be checked: none is presented as the confirmed table.
    for (const RetentionRule &r : RetentionRules::defaults())
        CHECK(r.source.contains(QStringLiteral("cần đối chiếu")));
}

TEST_CASE("the retention table is the office's once saved, by the office chief, and a dossier takes its row's period")
{
    ArchiveOffice office;
    RetentionRules rules(office.chief->database());
    REQUIRE(rules.all()->size() == RetentionRules::defaults().size());
    QList<RetentionRule> own = rules.all().value();
    own[0].years = 0;
    own.append({QStringLiteral("ho-so-dang-vien"), QStringLiteral("Hồ sơ đảng viên"), 0, QStringLiteral("Văn phòng")});
    REQUIRE(rules.save(own, office.chief->actor()));
    CHECK(rules.all()->size() == own.size());
    CHECK(rules.find(QStringLiteral("ho-so-dang-vien"))->years == 0);
    own.append(own.first()); // the same code twice
    CHECK_FALSE(rules.save(own, office.chief->actor()));
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    CHECK(RetentionRules(clerk->database()).save(RetentionRules::defaults(), clerk->actor()).error().kind == storage::StorageError::Kind::Forbidden);

    Dossier d;
    d.year = 2026;
    d.number = QStringLiteral("07");
    d.title = QStringLiteral("Công văn trao đổi năm 2026");
    d.retentionCode = QStringLiteral("cong-van");
    auto added = office.dossiers(*office.chief).add(d);
    REQUIRE(added);
    CHECK(added->retentionYears == 10);
    CHECK(added->openedOn == QDate(2026, 1, 1));
    d.number = QStringLiteral("08");
    d.retentionCode = QStringLiteral("khong-co");
    CHECK_FALSE(office.dossiers(*office.chief).add(d));
    d.retentionCode.clear(); // no period at all: refused, never permanent by default
    CHECK_FALSE(office.dossiers(*office.chief).add(d));
}

TEST_CASE("a dossier's number is its own in the year ('2' is '02'), its keeper a user of the file")
{
    ArchiveOffice office;
    office.add(*office.chief, 2026, QStringLiteral("2"), QStringLiteral("Công văn đi"), 10);
    Dossier d;
    d.year = 2026;
    d.number = QStringLiteral("02");
    d.title = QStringLiteral("Khác");
    d.retentionYears = 5;
    auto twice = office.dossiers(*office.chief).add(d);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already")));
    d.number = QStringLiteral("10");
    d.keeper = QStringLiteral("nguoi-la");
    CHECK_FALSE(office.dossiers(*office.chief).add(d));
    // Numbers sort as the office numbers them: 2 before 10.
    d.keeper.clear();
    REQUIRE(office.dossiers(*office.chief).add(d));
    DossierFilter f;
    f.year = 2026;
    f.registerOrder = true;
    auto listed = office.dossiers(*office.chief).list(f);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).number == QStringLiteral("2"));
    CHECK(office.dossiers(*office.chief).find(QStringLiteral("02/2026"), 0)->title == QStringLiteral("Công văn đi"));
    // A viewer reads the list and changes nothing.
    auto viewer = addSignedInUser(*office.chief, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "xem-2026-abc");
    CHECK(office.dossiers(*viewer).list(f)->size() == 2);
    d.number = QStringLiteral("11");
    CHECK(office.dossiers(*viewer).add(d).error().kind == storage::StorageError::Kind::Forbidden);
}

TEST_CASE("next year's list is drafted from this year's, then approved by who signs it")
{
    ArchiveOffice office;
    office.add(*office.chief, 2026, QStringLiteral("01"), QStringLiteral("Hồ sơ hội nghị Ban Chấp hành năm 2026"), 0);
    const Dossier letters = office.add(*office.chief, 2026, QStringLiteral("02"), QStringLiteral("Công văn trao đổi"), 10);
    auto copied = office.dossiers(*office.chief).copyPlan(2026, 2027);
    REQUIRE(copied);
    CHECK(copied.value() == 2);
    auto again = office.dossiers(*office.chief).copyPlan(2026, 2027);
    CHECK_FALSE(again); // drafted once; edited from there
    CHECK_FALSE(office.dossiers(*office.chief).copyPlan(2027, 2026));
    auto draft = office.dossiers(*office.chief).find(QStringLiteral("01"), 2027);
    REQUIRE(draft);
    CHECK(draft->title == QStringLiteral("Hồ sơ hội nghị Ban Chấp hành năm 2027"));
    CHECK(draft->isPermanent());
    CHECK(draft->status == Dossier::Status::Open);
    CHECK(draft->documents == 0);
    CHECK(office.dossiers(*office.chief).find(QStringLiteral("02"), 2027)->retentionYears == letters.retentionYears);

    CHECK_FALSE(office.dossiers(*office.chief).plan(2027)->isApproved());
    const QDate today = QDate::currentDate();
    CHECK_FALSE(office.dossiers(*office.chief).approvePlan(2027, QStringLiteral("Nguyễn Văn An"), today.addDays(1)));
    CHECK_FALSE(office.dossiers(*office.chief).approvePlan(2027, QString(), today));
    CHECK_FALSE(office.dossiers(*office.chief).approvePlan(2030, QStringLiteral("Nguyễn Văn An"), today)); // empty list
    // A leader approves; a clerk keeps the list but does not approve it.
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    CHECK(office.dossiers(*clerk).approvePlan(2027, QStringLiteral("Nguyễn Văn An"), today).error().kind
          == storage::StorageError::Kind::Forbidden);
    auto leader = addSignedInUser(*office.chief, QStringLiteral("bithu"), office::Role::Leader, office::Clearance::TopSecret, "bi-thu-2026");
    REQUIRE(office.dossiers(*leader).approvePlan(2027, QStringLiteral("Nguyễn Văn An"), today));
    auto plan = office.dossiers(*office.chief).plan(2027);
    CHECK(plan->isApproved());
    CHECK(plan->approvedBy == QStringLiteral("Nguyễn Văn An"));
    CHECK(plan->recordedBy == QStringLiteral("bithu"));
    CHECK(office.chief->verify().ok);
}

TEST_CASE("a document is filed into one dossier at most, an open one; the registers know where")
{
    ArchiveOffice office;
    const Dossier a = office.add(*office.chief, 2026, QStringLiteral("01"), QStringLiteral("Công văn đến"), 10);
    const Dossier b = office.add(*office.chief, 2026, QStringLiteral("02"), QStringLiteral("Tài liệu khác"), 5);
    const qint64 letter = office.incoming(*office.chief);
    auto filing = office.filing(*office.chief);
    REQUIRE(filing.file(a.id, QStringLiteral("in"), letter));
    auto twice = filing.file(b.id, QStringLiteral("in"), letter);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("01/2026")));
    CHECK(filing.whereFiled(QStringLiteral("in"), letter)->value().id == a.id);
    CHECK(office.dossiers(*office.chief).get(a.id)->documents == 1);
    auto contents = filing.contents(a.id);
    REQUIRE(contents->size() == 1);
    CHECK(contents->first().symbol == QStringLiteral("15-CV/BTCTU"));
    CHECK(contents->first().excerpt == QStringLiteral("Về việc tổng kết năm"));
    // Taken out of an open dossier and filed elsewhere.
    REQUIRE(filing.unfile(QStringLiteral("in"), letter));
    CHECK_FALSE(filing.whereFiled(QStringLiteral("in"), letter)->has_value());
    REQUIRE(filing.file(b.id, QStringLiteral("in"), letter));

    // Reserved numbers and released ones are not documents; a cancelled line neither.
    const qint64 reserved = office.outgoing(*office.chief, documents::OutgoingRegister::Mode::Reserve);
    CHECK_FALSE(filing.file(a.id, QStringLiteral("out"), reserved));
    const qint64 issued = office.outgoing(*office.chief, documents::OutgoingRegister::Mode::Issue);
    REQUIRE(filing.file(a.id, QStringLiteral("out"), issued));
    const qint64 cancelled = office.incoming(*office.chief, documents::Confidentiality::Normal, QStringLiteral("Nhập nhầm"));
    REQUIRE(documents::IncomingRegister(office.chief->database(), office.chief->user(), office.chief->actor())
                .cancel(cancelled, QStringLiteral("Vào sổ hai lần")));
    CHECK_FALSE(filing.file(a.id, QStringLiteral("in"), cancelled));
    CHECK_FALSE(filing.file(a.id, QStringLiteral("in"), 9999));
    CHECK_FALSE(filing.file(a.id, QStringLiteral("asset"), letter));

    // The dossier is as secret as what it holds.
    const qint64 secret = office.incoming(*office.chief, documents::Confidentiality::Secret, QStringLiteral("Về công tác nhân sự"));
    REQUIRE(filing.file(a.id, QStringLiteral("in"), secret));
    CHECK(office.dossiers(*office.chief).get(a.id)->confidentiality == documents::Confidentiality::Secret);

    // A viewer reads where a document is, and files nothing.
    auto viewer = addSignedInUser(*office.chief, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "xem-2026-abc");
    CHECK(office.filing(*viewer).whereFiled(QStringLiteral("in"), letter)->has_value());
    CHECK(office.filing(*viewer).unfile(QStringLiteral("in"), letter).error().kind == storage::StorageError::Kind::Forbidden);
    // Below the secret line's mark, the contents show its line and not its excerpt.
    bool hidden = false;
    for (const FiledDocument &f : office.filing(*viewer).contents(a.id).value())
        if (f.refId == secret)
            hidden = !f.excerpt.contains(QStringLiteral("nhân sự"));
    CHECK(hidden);
    CHECK(office.chief->verify().ok);
}

TEST_CASE("two clerks filing the same document at once: it ends in one dossier, the other is told where")
{
    ArchiveOffice office;
    const Dossier a = office.add(*office.chief, 2026, QStringLiteral("01"), QStringLiteral("Công văn đến"), 10);
    const Dossier b = office.add(*office.chief, 2026, QStringLiteral("02"), QStringLiteral("Tài liệu khác"), 5);
    const qint64 letter = office.incoming(*office.chief);
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    // Two sessions on the one file, each with its own connection.
    auto first = office.filing(*office.chief);
    auto second = office.filing(*clerk);
    REQUIRE(first.file(a.id, QStringLiteral("in"), letter));
    auto late = second.file(b.id, QStringLiteral("in"), letter);
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(QStringLiteral("01/2026")));
    QSqlQuery q(office.chief->database().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM dossier_items")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // The file itself refuses a second filing: the constraint, not only the check before it.
    QSqlQuery raw(clerk->database().sql());
    raw.prepare(QStringLiteral("INSERT INTO dossier_items (dossier_id, kind, ref_id, filed_on, filed_by) VALUES (?, 'in', ?, '2026-12-01', 'x')"));
    raw.addBindValue(b.id);
    raw.addBindValue(letter);
    CHECK_FALSE(raw.exec());
}

TEST_CASE("the unfiled list: the year's documents in no dossier, register by register")
{
    ArchiveOffice office;
    const Dossier a = office.add(*office.chief, 2026, QStringLiteral("01"), QStringLiteral("Công văn"), 10);
    const qint64 filed = office.incoming(*office.chief);
    const qint64 left = office.incoming(*office.chief, documents::Confidentiality::Normal, QStringLiteral("Về việc kiểm tra"));
    const qint64 cancelled = office.incoming(*office.chief, documents::Confidentiality::Normal, QStringLiteral("Nhập nhầm"));
    REQUIRE(documents::IncomingRegister(office.chief->database(), office.chief->user(), office.chief->actor())
                .cancel(cancelled, QStringLiteral("Vào sổ hai lần")));
    const qint64 issued = office.outgoing(*office.chief, documents::OutgoingRegister::Mode::Issue);
    office.outgoing(*office.chief, documents::OutgoingRegister::Mode::Reserve);
    auto filing = office.filing(*office.chief);
    REQUIRE(filing.file(a.id, QStringLiteral("in"), filed));
    auto unfiled = filing.unfiled(2026);
    REQUIRE(unfiled);
    QStringList seen;
    for (const FiledDocument &f : unfiled.value())
        seen << QStringLiteral("%1:%2").arg(f.kind).arg(f.refId);
    CHECK(seen == QStringList{QStringLiteral("in:%1").arg(left), QStringLiteral("out:%1").arg(issued)});
    CHECK(filing.unfiled(2025)->isEmpty());
}

TEST_CASE("closing a dossier counts its sheets, names what is missing, and says what is left to do")
{
    ArchiveOffice office;
    const Dossier kept = office.add(*office.chief, 2026, QStringLiteral("01"), QStringLiteral("Hồ sơ hội nghị"), 0);
    const Dossier brief = office.add(*office.chief, 2026, QStringLiteral("02"), QStringLiteral("Tài liệu tham khảo"), 3);
    auto reg = office.dossiers(*office.chief);
    // A dossier of papers never registered (from before the file was kept) closes too, its list left to the hand.
    const Dossier paperOnly = office.add(*office.chief, 2026, QStringLiteral("03"), QStringLiteral("Hồ sơ giấy năm cũ"), 10);
    REQUIRE(reg.close(paperOnly.id, QDate::currentDate(), 9));
    CHECK(DossierRegister::closingDuties(reg.get(paperOnly.id).value()).join(QLatin1Char(' ')).contains(QStringLiteral("by hand")));
    // Its time is its papers', which the file does not hold: the cover and the index leave it blank to be written
    // in, never the plan's 1 January to the closing day.
    CHECK_FALSE(reports::ArchivePaperParts::firstDay(reg.get(paperOnly.id).value()).isValid());
    CHECK_FALSE(reports::ArchivePaperParts::lastDay(reg.get(paperOnly.id).value()).isValid());
    CHECK(reports::ArchivePaperParts::period(reg.get(paperOnly.id).value()).isEmpty());
    auto filing = office.filing(*office.chief);
    const qint64 letter = office.incoming(*office.chief);
    REQUIRE(filing.file(kept.id, QStringLiteral("in"), letter));
    CHECK(reg.close(kept.id, QDate::currentDate(), 0).error().message.contains(QStringLiteral("sheets")));
    CHECK_FALSE(reg.close(kept.id, QDate::currentDate().addDays(1), 12));
    REQUIRE(reg.close(kept.id, QDate::currentDate(), 12));
    const Dossier closed = reg.get(kept.id).value();
    CHECK(closed.status == Dossier::Status::Closed);
    CHECK(closed.sheets == 12);
    // Kept for ever: its sheets numbered and its list of documents printed.
    const QStringList duties = DossierRegister::closingDuties(closed);
    REQUIRE(duties.size() == 2);
    CHECK(duties.join(QLatin1Char(' ')).contains(QStringLiteral("12")));
    // Kept 3 years: nothing more.
    Dossier shortLived = brief;
    shortLived.sheets = 4;
    shortLived.documents = 2;
    CHECK(DossierRegister::closingDuties(shortLived).isEmpty());
    shortLived.retentionYears = 5;
    CHECK(DossierRegister::closingDuties(shortLived).size() == 1);
    // Closed: nothing more goes in, nothing comes out.
    const qint64 late = office.incoming(*office.chief, documents::Confidentiality::Normal, QStringLiteral("Đến muộn"));
    CHECK_FALSE(filing.file(kept.id, QStringLiteral("in"), late));
    CHECK_FALSE(filing.unfile(QStringLiteral("in"), letter));
    CHECK_FALSE(reg.close(kept.id, QDate::currentDate(), 12));
    CHECK(office.chief->verify().ok);
}

TEST_CASE("a dossier's retention or a filing changed with a tool is found by verify")
{
    ArchiveOffice office;
    const Dossier kept = office.add(*office.chief, 2026, QStringLiteral("01"), QStringLiteral("Hồ sơ hội nghị"), 0);
    const Dossier other = office.add(*office.chief, 2026, QStringLiteral("02"), QStringLiteral("Khác"), 5);
    const qint64 letter = office.incoming(*office.chief);
    REQUIRE(office.filing(*office.chief).file(kept.id, QStringLiteral("in"), letter));
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    clerk.reset();
    office.chief.reset();
    const QString plain = office.dir.filePath(QStringLiteral("plain.sqlite"));
    auto tool = InsiderTool::unlock(office.path, QStringLiteral("vanthu"), "van-thu-2026");
    REQUIRE(tool);
    REQUIRE(tool->decryptTo(plain));
    // A permanent dossier made 1 year, so that it could be destroyed; the letter moved to another dossier;
    // the other one named by a decision nobody took.
    editPlain(plain, {QStringLiteral("UPDATE dossiers SET retention_years = 1 WHERE id = %1").arg(kept.id),
                      QStringLiteral("UPDATE dossier_items SET dossier_id = %1").arg(other.id),
                      QStringLiteral("INSERT INTO destructions (decision_number, decision_date) VALUES ('99/QĐ', '2026-01-01')"),
                      QStringLiteral("UPDATE dossiers SET destruction_id = last_insert_rowid() WHERE id = %1").arg(other.id)});
    REQUIRE(tool->encryptFrom(plain, office.path));
    auto chief = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(chief);
    const auto report = (*chief)->verify();
    CHECK_FALSE(report.ok);
    const QString problems = report.problems.join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("retention_years")));
    CHECK(problems.contains(QStringLiteral("dossier_id")));
    CHECK(problems.contains(QStringLiteral("destruction_id")));
}

TEST_CASE("the dossier register's columns: the list's form in the sheet, the reference on screen")
{
    Dossier d;
    d.id = 4;
    d.year = 2026;
    d.number = QStringLiteral("03");
    d.title = QStringLiteral("Hồ sơ hội nghị Ban Chấp hành");
    d.retentionYears = 0;
    d.keeper = QStringLiteral("vanthu");
    d.room = QStringLiteral("2");
    d.box = QStringLiteral("5");
    const auto layout = DossierListing::layout();
    CHECK(layout.cliLine(d).startsWith(QStringLiteral("03/2026\tHồ sơ hội nghị Ban Chấp hành\tPermanent\tvanthu")));
    const auto sheet = layout.sheet({d});
    CHECK(sheet.header.contains(QStringLiteral("Thời hạn bảo quản")));
    CHECK(sheet.header.contains(QStringLiteral("Tên đề mục và tiêu đề hồ sơ")));
    CHECK(layout.json(d).value(QStringLiteral("retention_years")).toInt() == 0);
    CHECK(layout.json(d).value(QStringLiteral("location")).toString() == QStringLiteral("room 2, box 5"));
}

namespace {
// A dossier of `year` holding one incoming letter of `level`, closed on `closedOn`.
Dossier closedDossier(ArchiveOffice &office, int year, const QString &number, int years, const QDate &closedOn,
                      documents::Confidentiality level = documents::Confidentiality::Normal)
{
    const Dossier d = office.add(*office.chief, year, number, QStringLiteral("Hồ sơ %1").arg(number), years);
    const qint64 letter = office.incoming(*office.chief, level, QStringLiteral("Về việc tổng kết năm"),
                                          closedOn < QDate(2026, 11, 18) ? closedOn : QDate()); // from before it was closed
    REQUIRE(office.filing(*office.chief).file(d.id, QStringLiteral("in"), letter));
    REQUIRE(office.dossiers(*office.chief).close(d.id, closedOn, 7));
    return office.dossiers(*office.chief).get(d.id).value();
}
} // namespace

TEST_CASE("closed dossiers are handed over to the archive under one record, all or none, and no longer change")
{
    ArchiveOffice office;
    const QDate today = QDate::currentDate();
    const Dossier closed = closedDossier(office, today.year(), QStringLiteral("01"), 10, today);
    const Dossier open = office.add(*office.chief, today.year(), QStringLiteral("02"), QStringLiteral("Đang lập"), 5);
    auto reg = office.dossiers(*office.chief);
    auto mixed = reg.handOver({closed.id, open.id}, today, QStringLiteral("Lê Văn Lưu"), QStringLiteral("01/BB-LT"));
    REQUIRE_FALSE(mixed);
    CHECK(mixed.error().message.contains(QStringLiteral("02/%1").arg(today.year())));
    CHECK(reg.get(closed.id)->status == Dossier::Status::Closed); // nothing of the batch was written
    CHECK_FALSE(reg.handOver({closed.id}, today, QString(), QStringLiteral("01/BB-LT")));
    CHECK_FALSE(reg.handOver({closed.id}, today.addDays(1), QStringLiteral("Lê Văn Lưu"), QStringLiteral("01/BB-LT")));
    REQUIRE(reg.handOver({closed.id}, today, QStringLiteral("Lê Văn Lưu"), QStringLiteral("01/BB-LT")));
    const Dossier handed = reg.get(closed.id).value();
    CHECK(handed.status == Dossier::Status::HandedOver);
    CHECK(handed.handedOverOn == today);
    CHECK(handed.handoverRecord == QStringLiteral("01/BB-LT"));
    Dossier changed = handed;
    changed.title = QStringLiteral("Sửa sau khi nộp lưu");
    CHECK_FALSE(reg.update(changed));
    // Its documents are the archive's now: their lines and scans no longer change.
    const auto held = office.filing(*office.chief).contents(closed.id);
    REQUIRE(held);
    REQUIRE(held->size() == 1);
    documents::IncomingRegister incomingLines(office.chief->database(), office.chief->user(), office.chief->actor());
    auto cancelled = incomingLines.cancel(held->first().refId, QStringLiteral("Nhầm"));
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("01/BB-LT")));
    CHECK_FALSE(documents::AttachmentStore(office.chief->database(), office.chief->user(), office.chief->actor())
                    .add(QStringLiteral("in"), held->first().refId, QStringLiteral("them.pdf"), QByteArrayLiteral("%PDF-1.4\n%%EOF\n")));
    // A line in a dossier still open changes as before.
    const qint64 loose = office.incoming(*office.chief);
    REQUIRE(office.filing(*office.chief).file(open.id, QStringLiteral("in"), loose));
    CHECK(incomingLines.cancel(loose, QStringLiteral("Nhầm")));

    // A signed record does not grow: a later hand-over under its number is refused, with the record's day.
    const Dossier later = closedDossier(office, today.year(), QStringLiteral("03"), 10, today);
    auto reused = reg.handOver({later.id}, today, QStringLiteral("Lê Văn Lưu"), QStringLiteral(" 01/BB-LT "));
    REQUIRE_FALSE(reused);
    CHECK(reused.error().message.contains(today.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK_FALSE(reg.handOver({later.id}, today, QStringLiteral("Lê Văn Lưu"), QStringLiteral("01/Bb-lt"))); // one number to a reader
    CHECK_FALSE(reg.handOver({later.id}, today, QStringLiteral("Lê Văn Lưu"), QStringLiteral("01 / BB-LT")));
    // Closed, its retention grows but never shrinks.
    Dossier shorter = reg.get(later.id).value();
    shorter.retentionCode.clear();
    shorter.retentionYears = 5;
    CHECK_FALSE(reg.update(shorter));
    shorter.retentionYears = 20;
    CHECK(reg.update(shorter));
    shorter.retentionYears = 0; // permanent
    CHECK(reg.update(shorter));
    shorter.retentionYears = 50;
    CHECK_FALSE(reg.update(shorter));
    // A dossier out on loan is not on the shelf to hand over.
    REQUIRE(DossierLending(office.chief->database(), office.chief->actor())
                .lend(later.id, QStringLiteral("Trần Thị Mai"), false, QStringLiteral("Tra cứu"), {}, today, today.addDays(7)));
    auto lentOut = reg.handOver({later.id}, today, QStringLiteral("Lê Văn Lưu"), QStringLiteral("02/BB-LT"));
    REQUIRE_FALSE(lentOut);
    CHECK(lentOut.error().message.contains(QStringLiteral("Trần Thị Mai")));
    CHECK(reg.get(later.id)->status == Dossier::Status::Closed);
    CHECK(office.chief->verify().ok);
}

TEST_CASE("the hand-over reminder: closed dossiers whose year after closing ends within 30 days")
{
    ArchiveOffice office;
    const QDate today = QDate::currentDate();
    const QDate longAgo = today.addDays(-340); // due in 25 or 26 days
    const Dossier soon = closedDossier(office, longAgo.year(), QStringLiteral("01"), 10, longAgo);
    closedDossier(office, today.year(), QStringLiteral("05"), 10, today); // due in a year
    auto due = office.dossiers(*office.chief).dueForHandOver(today);
    REQUIRE(due);
    REQUIRE(due->size() == 1);
    CHECK(due->first().id == soon.id);
}

TEST_CASE("lending: one loan out at a time, overdue ones listed; a secret dossier only to a cleared user with a leader's approval")
{
    ArchiveOffice office;
    const QDate today = QDate::currentDate();
    const QDate closed = today.addDays(-10); // lent from the day it was closed, and now overdue
    const Dossier plain = closedDossier(office, closed.year(), QStringLiteral("01"), 10, closed);
    const Dossier secret = closedDossier(office, today.year(), QStringLiteral("02"), 0, today, documents::Confidentiality::Secret);
    const Dossier open = office.add(*office.chief, today.year(), QStringLiteral("03"), QStringLiteral("Đang lập"), 5);
    DossierLending lending(office.chief->database(), office.chief->actor());
    CHECK_FALSE(lending.lend(open.id, QStringLiteral("Trần Thị Mai"), false, QStringLiteral("Tra cứu"), {}, today, today.addDays(7)));
    CHECK_FALSE(lending.lend(plain.id, QStringLiteral("Trần Thị Mai"), false, QString(), {}, today, today.addDays(7)));
    CHECK_FALSE(lending.lend(plain.id, QStringLiteral("Trần Thị Mai"), false, QStringLiteral("Tra cứu"), {}, today, today.addDays(-1)));
    auto loan = lending.lend(plain.id, QStringLiteral("Trần Thị Mai"), false, QStringLiteral("Tra cứu"), {}, today.addDays(-10), today.addDays(-1));
    if (!loan)
        FAIL(loan.error().message.toStdString());
    auto twice = lending.lend(plain.id, QStringLiteral("Lê Văn Bình"), false, QStringLiteral("Tra cứu"), {}, today, today.addDays(3));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already")));
    auto late = lending.overdue(today);
    REQUIRE(late->size() == 1);
    CHECK(late->first().dossierReference == QStringLiteral("01/%1").arg(closed.year()));
    // The register says it is out, on screen and in the CLI, until it is back.
    const auto lentNow = DossierRegister(office.chief->database(), office.chief->actor()).get(plain.id);
    REQUIRE(lentNow);
    CHECK(lentNow->onLoan);
    CHECK(DossierListing::displayedStatus(*lentNow).contains(QStringLiteral("Lent")));
    // The printed lending register says, as of the day it is printed, what is out and late.
    auto book = reports::ArchivePapers::lendingRegister(office.chief->database(), nullptr, today);
    REQUIRE(book);
    const QString printed = book.value()->toPlainText();
    CHECK(printed.contains(QStringLiteral("Đến ngày in sổ %1: 1 lượt mượn chưa trả (số thứ tự 1), trong đó 1 lượt quá hạn trả")
                               .arg(today.toString(QStringLiteral("dd/MM/yyyy")))));
    REQUIRE(lending.giveBack(loan->id, today));
    auto back = reports::ArchivePapers::lendingRegister(office.chief->database(), nullptr, today);
    REQUIRE(back);
    CHECK_FALSE(back.value()->toPlainText().contains(QStringLiteral("chưa trả")));
    CHECK_FALSE(DossierRegister(office.chief->database(), office.chief->actor()).get(plain.id)->onLoan);
    CHECK_FALSE(lending.giveBack(loan->id, today));
    CHECK(lending.overdue(today)->isEmpty());

    // Mật: not to a person outside the file, not to a user cleared below it, not without a leader.
    auto low = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    auto cleared = addSignedInUser(*office.chief, QStringLiteral("phobt"), office::Role::Leader, office::Clearance::Secret, "pho-bi-thu-26");
    const QString why = QStringLiteral("Chuẩn bị nhân sự");
    CHECK_FALSE(lending.lend(secret.id, QStringLiteral("Trần Thị Mai"), false, why, QStringLiteral("phobt"), today, today.addDays(3)));
    CHECK(lending.lend(secret.id, QStringLiteral("vanthu"), true, why, QStringLiteral("phobt"), today, today.addDays(3)).error().kind
          == storage::StorageError::Kind::Forbidden);
    CHECK_FALSE(lending.lend(secret.id, QStringLiteral("phobt"), true, why, QStringLiteral("vanthu"), today, today.addDays(3)));
    CHECK_FALSE(lending.lend(secret.id, QStringLiteral("phobt"), true, why, QStringLiteral("phobt"), today, today.addDays(3))); // his own loan
    CHECK_FALSE(lending.lend(secret.id, QStringLiteral("phobt"), true, why, QStringLiteral("chanhvp"), today.addDays(-1), today.addDays(3))); // before closing
    REQUIRE(lending.lend(secret.id, QStringLiteral("phobt"), true, why, QStringLiteral("chanhvp"), today, today.addDays(3)));
    // A viewer or a leader does not keep the lending register.
    CHECK(DossierLending(cleared->database(), cleared->actor()).lend(plain.id, QStringLiteral("X"), false, why, {}, today, today).error().kind
          == storage::StorageError::Kind::Forbidden);
    CHECK(office.chief->verify().ok);
}

namespace {
const QByteArray ScanMarker = QByteArrayLiteral("xyzzyhuybanquetcu");

// A dossier of 2015 kept 5 years (expired since 2021), holding a letter with a scan.
struct ExpiredDossier
{
    Dossier dossier;
    qint64 letter = 0;
    qint64 scan = 0;
};

ExpiredDossier expiredDossier(ArchiveOffice &office)
{
    ExpiredDossier e;
    const Dossier d = office.add(*office.chief, 2015, QStringLiteral("04"), QStringLiteral("Công văn năm 2015"), 5);
    e.letter = office.incoming(*office.chief, documents::Confidentiality::Normal, QStringLiteral("Về việc cũ"), QDate(2015, 10, 5));
    auto scan = documents::AttachmentStore(office.chief->database(), office.chief->user(), office.chief->actor())
                    .add(QStringLiteral("in"), e.letter, QStringLiteral("cv.pdf"), QByteArrayLiteral("%PDF-1.4\n") + ScanMarker + QByteArray(2000, 'x'));
    REQUIRE(scan);
    e.scan = scan->id;
    REQUIRE(office.filing(*office.chief).file(d.id, QStringLiteral("in"), e.letter));
    REQUIRE(office.dossiers(*office.chief).close(d.id, QDate(2015, 12, 31), 30));
    e.dossier = office.dossiers(*office.chief).get(d.id).value();
    return e;
}

bool plainFileHolds(ArchiveOffice &office, const QByteArray &needle)
{
    const QString plain = office.dir.filePath(QStringLiteral("plain-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    auto tool = InsiderTool::unlock(office.path, QStringLiteral("chanhvp"), "chanh-2026");
    REQUIRE(tool);
    REQUIRE(tool->decryptTo(plain));
    return readAll(plain).contains(needle);
}
} // namespace

TEST_CASE("the retention review proposes expired dossiers, never permanent ones; nothing is destroyed without the council's decision")
{
    ArchiveOffice office;
    const ExpiredDossier expired = expiredDossier(office);
    const Dossier permanent = closedDossier(office, 2015, QStringLiteral("01"), 0, QDate(2015, 12, 31));
    const Dossier young = closedDossier(office, QDate::currentDate().year(), QStringLiteral("02"), 5, QDate::currentDate());
    RetentionReview review(office.chief->database(), office.chief->user(), office.chief->actor());
    auto proposed = review.proposals(QDate::currentDate());
    REQUIRE(proposed);
    REQUIRE(proposed->size() == 1);
    CHECK(proposed->first().id == expired.dossier.id);
    // Its last day kept: the last day of 2020.
    CHECK(RetentionRules::expiresOn(expired.dossier.closedOn, 5) == QDate(2021, 1, 1));
    CHECK(review.proposals(QDate(2020, 12, 31))->isEmpty());

    const QDate decided = QDate::currentDate();
    // Out on loan when the council decides: not destroyed until it is back, and not lent again once named.
    DossierLending lending(office.chief->database(), office.chief->actor());
    auto out = lending.lend(expired.dossier.id, QStringLiteral("Trần Thị Mai"), false, QStringLiteral("Tra cứu"), {}, decided, decided.addDays(3));
    REQUIRE(out);
    auto never = review.recordDecision({permanent.id}, QStringLiteral("05/QĐ-HĐ"), decided, QStringLiteral("Hội đồng xác định giá trị tài liệu"));
    REQUIRE_FALSE(never);
    CHECK(never.error().message.contains(QStringLiteral("permanent")));
    CHECK_FALSE(review.recordDecision({young.id}, QStringLiteral("05/QĐ-HĐ"), decided, {}));
    CHECK_FALSE(review.recordDecision({expired.dossier.id}, QString(), decided, {}));
    CHECK_FALSE(review.destroy(99, QStringLiteral("01/BB-H"), decided, QStringLiteral("01/BB-H"))); // no decision
    auto id = review.recordDecision({expired.dossier.id}, QStringLiteral("05/QĐ-HĐ"), decided, QStringLiteral("Hội đồng"));
    REQUIRE(id);
    CHECK(review.proposals(QDate::currentDate())->isEmpty()); // decided: no longer proposed
    CHECK_FALSE(review.recordDecision({expired.dossier.id}, QStringLiteral("06/QĐ-HĐ"), decided, {}));
    // The clerk records the decision; the office chief destroys, typing the record's number again.
    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    CHECK(RetentionReview(clerk->database(), clerk->user(), clerk->actor()).destroy(id.value(), QStringLiteral("01/BB-H"), decided,
                                                                                      QStringLiteral("01/BB-H")).error().kind
          == storage::StorageError::Kind::Forbidden);
    CHECK_FALSE(review.destroy(id.value(), QStringLiteral("01/BB-H"), decided, QStringLiteral("01/BB")));
    auto whileOut = review.destroy(id.value(), QStringLiteral("01/BB-H"), decided, QStringLiteral("01/BB-H"));
    REQUIRE_FALSE(whileOut);
    CHECK(whileOut.error().message.contains(QStringLiteral("loan")));
    REQUIRE(lending.giveBack(out->id, decided));
    auto named = lending.lend(expired.dossier.id, QStringLiteral("Trần Thị Mai"), false, QStringLiteral("Tra cứu"), {}, decided, decided.addDays(3));
    REQUIRE_FALSE(named);
    CHECK(named.error().message.contains(QStringLiteral("destruction")));
    CHECK(office.dossiers(*office.chief).get(expired.dossier.id)->status == Dossier::Status::Closed);
    CHECK(office.chief->verify().ok);
}

TEST_CASE("destruction removes the files of the dossier's documents from the office file; the lines and the dossier's list stay")
{
    ArchiveOffice office;
    const ExpiredDossier expired = expiredDossier(office);
    RetentionReview review(office.chief->database(), office.chief->user(), office.chief->actor());
    auto id = review.recordDecision({expired.dossier.id}, QStringLiteral("05/QĐ-HĐ"), QDate::currentDate(), QStringLiteral("Hội đồng"));
    REQUIRE(id);
    office.chief.reset();
    CHECK(plainFileHolds(office, ScanMarker)); // the scan is in the file before: the check below can fail
    auto reopened = office::OfficeSession::open(office.path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(reopened);
    office.chief = std::move(reopened.value());
    RetentionReview again(office.chief->database(), office.chief->user(), office.chief->actor());
    REQUIRE(again.destroy(id.value(), QStringLiteral("01/BB-H"), QDate::currentDate(), QStringLiteral("01/BB-H")));
    CHECK_FALSE(again.destroy(id.value(), QStringLiteral("01/BB-H"), QDate::currentDate(), QStringLiteral("01/BB-H"))); // once
    const Dossier destroyed = office.dossiers(*office.chief).get(expired.dossier.id).value();
    CHECK(destroyed.status == Dossier::Status::Destroyed);
    auto done = again.destruction(id.value());
    CHECK(done->recordNumber == QStringLiteral("01/BB-H"));
    CHECK(done->dossiers.size() == 1);
    // The register's line stays; the archive still lists what the dossier held.
    CHECK(documents::IncomingRegister(office.chief->database(), office.chief->user(), office.chief->actor()).get(expired.letter));
    CHECK(office.filing(*office.chief).contents(expired.dossier.id)->size() == 1);
    CHECK(documents::AttachmentStore(office.chief->database(), office.chief->user(), office.chief->actor())
              .list(QStringLiteral("in"), expired.letter)->isEmpty());
    // A destroyed dossier is neither lent, nor handed over, nor changed.
    CHECK_FALSE(DossierLending(office.chief->database(), office.chief->actor())
                    .lend(expired.dossier.id, QStringLiteral("Trần Thị Mai"), false, QStringLiteral("Tra cứu"), {}, QDate::currentDate(),
                          QDate::currentDate()));
    CHECK(office.chief->verify().ok);
    office.chief.reset();
    CHECK_FALSE(plainFileHolds(office, ScanMarker)); // secure_delete: its pages were zeroed
}

