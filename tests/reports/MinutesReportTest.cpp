// The minutes printed in the Party format: every required element there,
// in Vietnamese, two copies each marked, and what is missing named first.
#include "PdfPage.h"
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
#include <QSqlQuery>
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

    // `positions`, when given, one for each name; else `position` for all.
    explicit StandingCommittee(const QStringList &names, const QString &position = {}, const QStringList &positions = {})
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        session = std::move(created->session);
        auto term = office::TermStore(db()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
        REQUIRE(term);
        for (int i = 0; i < names.size(); ++i) {
            const QString &n = names.at(i);
            CommitteeMember m;
            m.termId = term->id;
            m.fullName = n;
            m.position = i < positions.size() ? positions.at(i) : position;
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
    StandingCommittee office(names, {}, {QStringLiteral("Bí thư Đảng ủy"), QStringLiteral("Phó Bí thư Đảng ủy")});
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
    // Typed with the verb already: "trình bày" printed once.
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Presentation, QStringLiteral("Lê Văn Cường"),
                         QStringLiteral("Trình bày báo cáo thẩm tra"), 0, 0, 0, {}}));
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Speech, QStringLiteral("Lê Văn Cường"),
                         QStringLiteral("đề nghị bổ sung chỉ tiêu ký số văn bản."), 0, 0, 0, {}}));
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Vote, {}, QStringLiteral("thông qua Đề án"), 4, 0, 0, {}}));
    // Typed with the word already: printed once.
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Vote, {}, QStringLiteral("biểu quyết giao Ban Tuyên giáo hoàn chỉnh"), 4, 0, 0, {}}));
    REQUIRE(minutes.add({0, id, item, 0, MinutesEntry::Kind::Note, {}, QStringLiteral("hội nghị nghỉ giải lao 10 phút"), 0, 0, 0, {}}));
    REQUIRE(store.setConclusion(item, QStringLiteral("ban Thường vụ thống nhất thông qua Đề án, giao Ban Tuyên giáo hoàn chỉnh.")));
    REQUIRE(store.close(id, QDateTime(QDate(2026, 3, 18), QTime(16, 30))));
    CHECK(reports::MinutesReport::problems(db, id)->isEmpty());

    auto doc = reports::MinutesReport::build(db, id);
    REQUIRE(doc);
    const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, QStringLiteral("Biên bản"), &pages));
    REQUIRE(pages >= 2);
    const QString text = pdfText({QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    // The template of Hướng dẫn 16-HD/VPTW, element by element.
    for (const QString &expected : {
             QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"), QStringLiteral("-BB/ĐU"),
             QStringLiteral("Tân Phú, ngày 18 tháng 3 năm 2026"), QStringLiteral("BIÊN BẢN"), QStringLiteral("Hội nghị Ban Thường vụ Đảng ủy"),
             QStringLiteral("- Thời gian: bắt đầu vào hồi 14 giờ 00 phút, ngày 18 tháng 3 năm 2026."),
             QStringLiteral("- Địa điểm: Hội trường Đảng ủy."), QStringLiteral("- Nội dung: Đề án chuyển đổi số năm 2026."),
             QStringLiteral("- Người chủ trì: đồng chí Nguyễn Văn An, Bí thư Đảng ủy."),
             QStringLiteral("- Người ghi biên bản: đồng chí Đỗ Thị Giang."),
             QStringLiteral("- Tài liệu sử dụng trong hội nghị: Đề án số 05; Dự thảo Nghị quyết."),
             QStringLiteral("1. Thành phần hội nghị"), QStringLiteral("1.1. Đại biểu chính thức"),
             QStringLiteral("- Có mặt: 4/5 đồng chí: Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường; Phạm Thị Dung."),
             QStringLiteral("- Vắng mặt: 1 đồng chí: Hoàng Văn Em (lý do: đi công tác tỉnh)."), // typed "Đi ...": inside the brackets it goes on the sentence
             QStringLiteral("1.2. Đại biểu mời dự"), QStringLiteral("- Đồng chí Vũ Văn Hải, Trưởng Công an xã."),
             QStringLiteral("2. Diễn biến hội nghị"), QStringLiteral("2.1. Đề án chuyển đổi số năm 2026"),
             QStringLiteral("Đồng chí Trần Thị Bình trình bày"), QStringLiteral("Đồng chí Lê Văn Cường trình bày báo cáo thẩm tra."), QStringLiteral("- Đồng chí Lê Văn Cường: đề nghị bổ sung"),
             QStringLiteral("Biểu quyết thông qua Đề án: tán thành 4/5 đồng chí, không tán thành 0/5"),
             QStringLiteral("Biểu quyết giao Ban Tuyên giáo hoàn chỉnh: tán thành 4/5"), QStringLiteral("Hội nghị nghỉ giải lao 10 phút."),
             QStringLiteral("Kết luận của đồng chí chủ trì: Ban Thường vụ thống nhất"),
             QStringLiteral("Hội nghị kết thúc vào hồi 16 giờ 30 phút cùng ngày."),
             QStringLiteral("01 bản lưu hồ sơ hội nghị, 01 bản lưu tập biên bản hội nghị Ban Thường vụ Đảng ủy năm 2026."),
             QStringLiteral("NGƯỜI GHI BIÊN BẢN"), QStringLiteral("CHỦ TRÌ HỘI NGHỊ"), QStringLiteral("Đỗ Thị Giang")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    for (const QString &wrong : {QStringLiteral("Thư ký ghi biên bản"), QStringLiteral("THƯ KÝ HỘI NGHỊ"), QStringLiteral("DỰ THẢO"),
                                 QStringLiteral("tên gọi"), QStringLiteral("Biểu quyết Biểu quyết")}) {
        INFO(wrong.toStdString());
        CHECK_FALSE(text.contains(wrong));
    }
    // Two copies, each on its own pages and marked at its foot with where it
    // is filed; each begins with the national heading on the page's first
    // line, level with the committee's name (no parent body in this profile),
    // and signs side by side with room to sign and seal.
    QList<int> starts, signs;
    for (int page = 1; page <= pages; ++page) {
        const QList<PdfWord> words = pdfWords(pdf, page);
        const PdfWord heading = findPhrase(words, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
        if (!heading.text.isEmpty()) {
            starts << page;
            const PdfWord issuer = findPhrase(words, QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"));
            REQUIRE_FALSE(issuer.text.isEmpty());
            CHECK(heading.yMin < 20 / 25.4 * 72 + 6);        // at the top margin (20 mm), nothing above it
            CHECK(std::abs(heading.yMin - issuer.yMin) < 3); // on the same line
        }
        const PdfWord recorder = findPhrase(words, QStringLiteral("NGƯỜI GHI BIÊN BẢN"));
        if (recorder.text.isEmpty())
            continue;
        signs << page;
        const PdfWord chair = findPhrase(words, QStringLiteral("CHỦ TRÌ HỘI NGHỊ"));
        const PdfWord recorderName = findPhrase(words, QStringLiteral("Đỗ Thị Giang"));
        const PdfWord chairName = findPhrase(words, QStringLiteral("Nguyễn Văn An"));
        REQUIRE_FALSE(chair.text.isEmpty());
        REQUIRE_FALSE(recorderName.text.isEmpty()); // the name on the title's page
        CHECK(std::abs(recorder.yMin - chair.yMin) < 1);
        CHECK(recorder.xMax < 595 / 2.0);
        CHECK(chair.xMin > 595 / 2.0);
        CHECK(recorderName.yMin - recorder.yMax > 25 / 25.4 * 72); // at least 25 mm to sign in
        REQUIRE_FALSE(chairName.text.isEmpty());
        CHECK(std::abs(recorderName.yMin - chairName.yMin) < 1);
    }
    REQUIRE(starts.size() == 2);
    REQUIRE(signs.size() == 2);
    CHECK(starts.first() == 1);
    const auto pageText = [&](int page) {
        return pdfText({QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                        QStringLiteral("-")});
    };
    CHECK(pageText(starts.at(1) - 1).simplified().contains(QStringLiteral("Bản số 1: lưu hồ sơ hội nghị.")));
    CHECK(pageText(pages).simplified().contains(QStringLiteral("Bản số 2: lưu tập biên bản hội nghị Ban Thường vụ Đảng ủy năm 2026.")));
    CHECK(countPhrase(pdf, pages, QStringLiteral("Bản số 1:")) == 1);
    CHECK(countPhrase(pdf, pages, QStringLiteral("Bản số 2:")) == 1);
    // The second copy is a document of its own: its first page carries no number.
    CHECK(!hasPageNumber(pageText(starts.at(1))));
    CHECK(hasPageNumber(pageText(2)));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished());
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("595 x 842 pts (A4)"))); // A4 portrait
}

TEST_CASE("minutes lacking attendance or an end are a draft; a late arrival prints the time given, inside the meeting, and why")
{
    StandingCommittee office({QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")});
    storage::Database &db = office.db();
    MeetingStore store(db, QStringLiteral("chanhvp"));
    Meeting draft;
    draft.kind = MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    draft.chair = QStringLiteral("Nguyễn Văn An");
    draft.secretary = QStringLiteral("Trần Thị Bình");
    auto meeting = store.add(draft, {{0, 0, QStringLiteral("Công tác tháng 3"), {}, {}, 30, {}}});
    REQUIRE(meeting);
    const qint64 id = meeting->id;
    REQUIRE(store.setConclusion(store.agenda(id)->first().id, QStringLiteral("Thống nhất.")));
    const auto print = [&](const QString &name) {
        auto doc = reports::MinutesReport::build(db, id);
        REQUIRE(doc);
        const QString pdf = office.dir.filePath(name);
        REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, QStringLiteral("Biên bản"), nullptr));
        return pdfText({QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    };

    // Nobody's attendance taken, no end: a draft, and no "Có mặt 0/3 đồng chí: ." line.
    QString text = print(QStringLiteral("du-thao.pdf"));
    CHECK(text.count(QStringLiteral("DỰ THẢO")) == 2); // each copy
    CHECK_FALSE(text.contains(QStringLiteral("Có mặt")));
    CHECK_FALSE(text.contains(QStringLiteral(": .")));
    CHECK(text.contains(QStringLiteral("- Chưa ghi điểm danh: 3 đồng chí: Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường.")));
    CHECK_FALSE(text.contains(QStringLiteral("kết thúc")));

    AttendanceBook attendance(db, QStringLiteral("chanhvp"));
    auto people = attendance.attendees(id);
    REQUIRE(people);
    REQUIRE(attendance.mark(people->at(0).id, Attendee::Presence::Present));
    REQUIRE(attendance.mark(people->at(1).id, Attendee::Presence::Present));
    REQUIRE(store.close(id, QDateTime(QDate(2026, 3, 18), QTime(16, 30))));
    attendance.setCorrectionReason(QStringLiteral("Đồng chí Cường đến muộn"));
    const qint64 late = people->at(2).id;
    // After the end, at the start, or still to come: not an arrival at this meeting.
    auto after = attendance.mark(late, Attendee::Presence::Late, QStringLiteral("Tắc đường"), QDateTime(QDate(2026, 3, 18), QTime(23, 12)));
    REQUIRE_FALSE(after);
    CHECK(after.error().message.contains(QStringLiteral("16:30")));
    CHECK_FALSE(attendance.mark(late, Attendee::Presence::Late, QStringLiteral("Tắc đường"), QDateTime(QDate(2026, 3, 18), QTime(14, 0))));
    REQUIRE(attendance.mark(late, Attendee::Presence::Late, QStringLiteral("Tắc đường"), QDateTime(QDate(2026, 3, 18), QTime(14, 20))));
    CHECK(reports::MinutesReport::problems(db, id)->isEmpty());
    text = print(QStringLiteral("bien-ban.pdf"));
    CHECK_FALSE(text.contains(QStringLiteral("DỰ THẢO")));
    CHECK(text.contains(QStringLiteral("- Có mặt: 3/3 đồng chí: Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường (đến muộn lúc 14 giờ 20, lý do: tắc đường).")));
    CHECK(text.contains(QStringLiteral("- Vắng mặt: không.")));

    // A file from before the check holds the moment of the click (23:12): never printed, named, and the paper is a draft.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE meeting_attendees SET arrived_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime(QDate(2026, 3, 18), QTime(23, 12)).toString(Qt::ISODate));
    q.addBindValue(late);
    REQUIRE(q.exec());
    CHECK(reports::MinutesReport::problems(db, id)->join(QLatin1Char(' ')).contains(QStringLiteral("Lê Văn Cường")));
    text = print(QStringLiteral("gio-sai.pdf"));
    CHECK(text.contains(QStringLiteral("DỰ THẢO")));
    CHECK_FALSE(text.contains(QStringLiteral("23 giờ 12")));
    CHECK(text.contains(QStringLiteral("Lê Văn Cường (đến muộn, lý do: tắc đường)")));
}

TEST_CASE("'now' is a late arrival's default only while the meeting is under way")
{
    const QDateTime now(QDate(2026, 3, 18), QTime(15, 0));
    Meeting m;
    m.status = Meeting::Status::Held;
    m.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
    CHECK(AttendanceBook::underWay(m, now));
    CHECK_FALSE(AttendanceBook::underWay(m, now.addDays(1)));                 // the next day
    CHECK_FALSE(AttendanceBook::underWay(m, QDateTime(QDate(2026, 3, 18), QTime(13, 0)))); // before it began
    m.endsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 45));
    CHECK_FALSE(AttendanceBook::underWay(m, now));                            // after its end
    m.endsAt = {};
    m.status = Meeting::Status::Closed;
    CHECK_FALSE(AttendanceBook::underWay(m, now));
    CHECK(AttendanceBook::arrivalProblem(m, QDateTime(QDate(2026, 3, 18), QTime(14, 10)), now).isEmpty());
    CHECK_FALSE(AttendanceBook::arrivalProblem(m, QDateTime(QDate(2026, 3, 18), QTime(15, 30)), now).isEmpty()); // still to come
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

TEST_CASE("the programme gives the start and each item's planned time; the dossier lists what it holds and what is missing")
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
    // Each item with the time planned for it; no clock time the data does not hold.
    CHECK(text.contains(QStringLiteral("45 phút 1. Báo cáo quý I")));
    CHECK(text.contains(QStringLiteral("60 phút 2. Đề án chuyển đổi số")));
    CHECK_FALSE(text.contains(QStringLiteral("14 giờ 45")));
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
    // Minutes not yet made carry no date of their own.
    CHECK(tocText.contains(QStringLiteral("Biên bản hội nghị Còn thiếu")));
    CHECK_FALSE(tocText.contains(QStringLiteral("18/03/2026 Biên bản hội nghị")));
}
