// The minutes printed in the Party format: every required element there,
// in Vietnamese, two copies each marked, and what is missing named first.
#include "TestSupport.h"

#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "office/TermStore.h"
#include "reports/MeetingDossier.h"
#include "reports/MeetingPapers.h"
#include "reports/MinutesReport.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTextDocument>

using namespace vanphong;
using namespace vanphong::meetings;
using namespace vanphong::test;

namespace {
QString pdfText(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}
// An office of the sample commune with its term and standing committee.
struct StandingCommittee
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> session;

    explicit StandingCommittee(const QStringList &names, const QString &position = {})
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        session = std::move(created->session);
        auto term = office::TermStore(db()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
        REQUIRE(term);
        for (const QString &n : names) {
            CommitteeMember m;
            m.termId = term->id;
            m.fullName = n;
            m.position = position;
            m.standing = true;
            REQUIRE(CommitteeMembers(db(), QStringLiteral("chanhvp")).add(m));
        }
    }
    storage::Database &db() { return session->database(); }
};

// A line that is only a number: the page number printed at the bottom.
bool hasPageNumber(const QString &pageText)
{
    for (const QString &line : pageText.split(QLatin1Char('\n'))) {
        bool number = false;
        line.trimmed().toInt(&number);
        if (number)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("the minutes of a standing committee meeting print with every element, in two marked copies")
{
    const QStringList names = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường"),
                               QStringLiteral("Phạm Thị Dung"), QStringLiteral("Hoàng Văn Em")};
    StandingCommittee office(names);
    QTemporaryDir &dir = office.dir;
    storage::Database &db = office.db();
    MeetingStore store(db, QStringLiteral("chanhvp"));
    Meeting draft;
    draft.kind = MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    auto meeting = store.add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số năm 2026"), QStringLiteral("Ban Tuyên giáo"),
                                      {QStringLiteral("Đề án số 05"), QStringLiteral("Dự thảo Nghị quyết")}, 60, {}}});
    REQUIRE(meeting);
    const qint64 id = meeting->id;

    // A fresh meeting: what the minutes lack is named before printing.
    auto missing = reports::MinutesReport::problems(db, id);
    REQUIRE(missing);
    const QString said = missing->join(QLatin1Char('\n'));
    // (in Vietnamese: the test runs with the application's default language)
    CHECK(said.contains(QStringLiteral("Thiếu người chủ trì")));
    CHECK(said.contains(QStringLiteral("Thiếu thư ký")));
    CHECK(said.contains(QStringLiteral("chưa có kết luận")));
    CHECK(said.contains(QStringLiteral("giờ kết thúc")));

    Meeting m = meeting.value();
    m.chair = QStringLiteral("Nguyễn Văn An");
    m.secretary = QStringLiteral("Đỗ Thị Giang");
    REQUIRE(store.update(m));
    AttendanceBook attendance(db, QStringLiteral("chanhvp"));
    auto people = attendance.attendees(id);
    REQUIRE(people);
    for (int i = 0; i < 4; ++i)
        REQUIRE(attendance.mark(people->at(i).id, Attendee::Presence::Present));
    REQUIRE(attendance.mark(people->at(4).id, Attendee::Presence::Absent, QStringLiteral("Đi công tác tỉnh")));
    auto guest = attendance.addGuest(id, QStringLiteral("Vũ Văn Hải"), QStringLiteral("Trưởng Công an xã"));
    REQUIRE(guest);
    REQUIRE(attendance.mark(guest->id, Attendee::Presence::Present));
    const qint64 item = store.agenda(id)->first().id;
    MinutesBook minutes(db, QStringLiteral("giang"));
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Presentation, QStringLiteral("Trần Thị Bình"),
                         QStringLiteral("tóm tắt Đề án chuyển đổi số năm 2026."), 0, 0, 0, {}}));
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Speech, QStringLiteral("Lê Văn Cường"),
                         QStringLiteral("đề nghị bổ sung chỉ tiêu ký số văn bản."), 0, 0, 0, {}}));
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Vote, {}, QStringLiteral("thông qua Đề án"), 4, 0, 0, {}}));
    REQUIRE(store.setConclusion(item, QStringLiteral("Ban Thường vụ thống nhất thông qua Đề án, giao Ban Tuyên giáo hoàn chỉnh.")));
    REQUIRE(store.close(id, QDateTime(QDate(2026, 3, 18), QTime(16, 30))));
    CHECK(reports::MinutesReport::problems(db, id)->isEmpty());

    auto doc = reports::MinutesReport::build(db, id);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, QStringLiteral("Biên bản"), &pages));
    REQUIRE(pages == 2);
    const QString text = pdfText({QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    for (const QString &expected : {
             QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("Tân Phú, ngày 18 tháng 3 năm 2026"),
             QStringLiteral("BIÊN BẢN"), QStringLiteral("Hồi 14 giờ 00 phút, ngày 18 tháng 3 năm 2026, tại Hội trường Đảng ủy"),
             QStringLiteral("Chủ trì: đồng chí Nguyễn Văn An."), QStringLiteral("Thư ký ghi biên bản: đồng chí Đỗ Thị Giang."),
             QStringLiteral("Có mặt 4/5 đồng chí"), QStringLiteral("Vắng mặt 1 đồng chí: Hoàng Văn Em (Đi công tác tỉnh)"),
             QStringLiteral("Khách mời: Vũ Văn Hải (Trưởng Công an xã)"), QStringLiteral("Tài liệu sử dụng tại hội nghị: Đề án số 05; Dự thảo Nghị quyết"),
             QStringLiteral("1. Đề án chuyển đổi số năm 2026"), QStringLiteral("Đồng chí Trần Thị Bình trình bày"),
             QStringLiteral("- Đồng chí Lê Văn Cường: đề nghị bổ sung"), QStringLiteral("tán thành 4/5 đồng chí, không tán thành 0/5"),
             QStringLiteral("Kết luận của đồng chí chủ trì: Ban Thường vụ thống nhất"), QStringLiteral("kết thúc hồi 16 giờ 30 phút"),
             QStringLiteral("THƯ KÝ HỘI NGHỊ"), QStringLiteral("CHỦ TRÌ HỘI NGHỊ"), QStringLiteral("Đỗ Thị Giang")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    // Two copies, each on its own pages and marked with where it is filed.
    CHECK(pdfText({QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                   QStringLiteral("-")}).contains(QStringLiteral("Bản số 1: lưu hồ sơ hội nghị")));
    const QString second = pdfText({QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
                                    pdf, QStringLiteral("-")});
    CHECK(second.contains(QStringLiteral("Bản số 2: lưu hồ sơ tên gọi")));
    CHECK(second.contains(QStringLiteral("BIÊN BẢN")));
    // The second copy is a document of its own: its first page carries no number.
    CHECK(!hasPageNumber(second));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished());
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("595 x 842 pts (A4)"))); // A4 portrait
}

TEST_CASE("one invitation per person invited, each on its own page, and the sheet to sign at the door")
{
    const QStringList names = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")};
    StandingCommittee office(names, QStringLiteral("Ủy viên Ban Thường vụ"));
    QTemporaryDir &dir = office.dir;
    storage::Database &db = office.db();
    Meeting draft;
    draft.kind = MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0)); // a Wednesday
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    auto meeting = MeetingStore(db, QStringLiteral("chanhvp")).add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số"), {}, {}, 0, {}}});
    REQUIRE(meeting);
    REQUIRE(AttendanceBook(db, QStringLiteral("chanhvp")).addGuest(meeting->id, QStringLiteral("Vũ Văn Hải"), QStringLiteral("Trưởng Công an xã")));

    auto invitations = reports::MeetingPapers::invitations(db, meeting->id);
    REQUIRE(invitations);
    const QString pdf = dir.filePath(QStringLiteral("giay-moi.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(**invitations, reports::PageLayout::portrait(), pdf, QStringLiteral("Giấy mời"), &pages));
    REQUIRE(pages == 4);
    const QStringList everyone = names + QStringList{QStringLiteral("Vũ Văn Hải")};
    for (int page = 1; page <= 4; ++page) {
        const QString text = pdfText({QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), pdf, QStringLiteral("-")}).simplified();
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("GIẤY MỜI")));
        CHECK(text.contains(QStringLiteral("Đồng chí %1").arg(everyone.at(page - 1))));
        CHECK(text.contains(QStringLiteral("Thời gian: 14 giờ 00, thứ Tư, ngày 18 tháng 3 năm 2026")));
        CHECK(text.contains(QStringLiteral("Địa điểm: Hội trường Đảng ủy")));
        CHECK(text.contains(QStringLiteral("- Đề án chuyển đổi số")));
        CHECK(text.contains(QStringLiteral("T/L BAN THƯỜNG VỤ")));
        // Each invitation is one page of its own, unnumbered.
        CHECK(!hasPageNumber(pdfText({QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), pdf, QStringLiteral("-")})));
    }

    auto sheet = reports::MeetingPapers::signInSheet(db, meeting->id);
    REQUIRE(sheet);
    const QString sheetPdf = dir.filePath(QStringLiteral("danh-sach.pdf"));
    REQUIRE(reports::PagedRenderer::writePdf(**sheet, reports::PageLayout::portrait(), sheetPdf, QStringLiteral("Danh sách"), &pages));
    const QString text = pdfText({QStringLiteral("-raw"), sheetPdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("DANH SÁCH ĐẠI BIỂU DỰ HỌP")));
    CHECK(text.contains(QStringLiteral("STT Họ và tên Chức vụ Ký tên")));
    for (int i = 0; i < everyone.size(); ++i)
        CHECK(text.contains(QStringLiteral("%1 %2").arg(i + 1).arg(everyone.at(i))));
}

TEST_CASE("the programme times each item from the start; the dossier lists what it holds and what is missing")
{
    StandingCommittee office({QStringLiteral("Nguyễn Văn An")});
    QTemporaryDir &dir = office.dir;
    storage::Database &db = office.db();
    Meeting draft;
    draft.kind = MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    draft.chair = QStringLiteral("Nguyễn Văn An");
    auto meeting = MeetingStore(db, QStringLiteral("chanhvp"))
                       .add(draft, {{0, 0, QStringLiteral("Báo cáo quý I"), QStringLiteral("Văn phòng"), {QStringLiteral("Báo cáo số 12")}, 45, {}},
                                    {0, 0, QStringLiteral("Đề án chuyển đổi số"), QStringLiteral("Ban Tuyên giáo"), {}, 60, {}}});
    REQUIRE(meeting);

    auto programme = reports::MeetingPapers::programme(db, meeting->id);
    REQUIRE(programme);
    const QString pdf = dir.filePath(QStringLiteral("chuong-trinh.pdf"));
    REQUIRE(reports::PagedRenderer::writePdf(**programme, reports::PageLayout::portrait(), pdf, QStringLiteral("Chương trình")));
    const QString text = pdfText({QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("CHƯƠNG TRÌNH")));
    CHECK(text.contains(QStringLiteral("14 giờ 00 Khai mạc hội nghị")));
    CHECK(text.contains(QStringLiteral("1. Báo cáo quý I")));
    CHECK(text.contains(QStringLiteral("- Báo cáo số 12")));
    CHECK(text.contains(QStringLiteral("14 giờ 45 2. Đề án chuyển đổi số")));
    CHECK(text.contains(QStringLiteral("Chủ trì: đồng chí Nguyễn Văn An")));

    auto contents = reports::MeetingDossier::contents(db, meeting->id);
    REQUIRE(contents);
    QStringList missing;
    for (const auto &e : reports::MeetingDossier::missing(contents.value()))
        missing << e.title;
    CHECK(missing.contains(QStringLiteral("Danh sách đại biểu dự họp (có chữ ký)")));
    CHECK(missing.contains(QStringLiteral("Biên bản hội nghị")));
    CHECK(missing.contains(QStringLiteral("Nghị quyết, kết luận của hội nghị")));
    CHECK(!missing.contains(QStringLiteral("Chương trình hội nghị")));
    CHECK(missing.contains(QStringLiteral("Báo cáo số 12 (Báo cáo quý I)"))); // named, not yet among the papers
    CHECK(!missing.contains(QStringLiteral("Băng ghi âm, ghi hình (nếu có)")));

    // Attendance marked: the attendee list is no longer missing.
    auto people = AttendanceBook(db, QStringLiteral("chanhvp")).attendees(meeting->id);
    REQUIRE(people);
    REQUIRE(AttendanceBook(db, QStringLiteral("chanhvp")).mark(people->first().id, Attendee::Presence::Present));
    auto again = reports::MeetingDossier::contents(db, meeting->id);
    REQUIRE(again);
    for (const auto &e : reports::MeetingDossier::missing(again.value()))
        CHECK(e.title != QStringLiteral("Danh sách đại biểu dự họp (có chữ ký)"));

    auto toc = reports::MeetingDossier::tableOfContents(db, meeting->id);
    REQUIRE(toc);
    const QString tocPdf = dir.filePath(QStringLiteral("muc-luc.pdf"));
    REQUIRE(reports::PagedRenderer::writePdf(**toc, reports::PageLayout::portrait(), tocPdf, QStringLiteral("Mục lục")));
    const QString tocText = pdfText({QStringLiteral("-raw"), tocPdf, QStringLiteral("-")}).simplified();
    CHECK(tocText.contains(QStringLiteral("MỤC LỤC HỒ SƠ HỘI NGHỊ")));
    CHECK(tocText.contains(QStringLiteral("3 18/03/2026 Chương trình hội nghị Có")));
    CHECK(tocText.contains(QStringLiteral("18/03/2026 Biên bản hội nghị Còn thiếu")));
}
