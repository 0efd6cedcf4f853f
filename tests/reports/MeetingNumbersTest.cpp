// The meeting's own papers as the Party prints them (issue 12): the minutes'
// and the invitation's numbers taken in the outgoing register, the PDF's
// Vietnamese name and author, the body's indent and spacing, the vote's
// sentence, the recorder's position, and the signatures kept with the text
// above them. Checked on the PDF as printed (pdftotext -bbox, pdfinfo).
#include "PdfPage.h"
#include "TestSupport.h"

#include "documents/OutgoingRegister.h"
#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/InvitationDate.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/PaperNumbers.h"
#include "office/TermStore.h"
#include "reports/MeetingDossier.h"
#include "reports/MeetingPapers.h"
#include "reports/MinutesReport.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"
#include "reports/PaperTitle.h"
#include "reports/PrintedFacts.h"
#include "reports/SentenceCase.h"

#include <catch2/catch.hpp>

#include <QTextDocument>

using namespace vanphong;
using namespace vanphong::meetings;
using namespace vanphong::test;

namespace {
// A standing committee meeting of 18/3/2026, held and recorded; the recorder
// is the office chief, on the committee's list but not of the standing committee.
struct HeldMeeting
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> session;
    qint64 id = 0;
    qint64 item = 0;

    HeldMeeting()
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
        REQUIRE(created);
        session = std::move(created->session);
        auto profile = session->profile();
        REQUIRE(profile);
        profile->setValue(QStringLiteral("chief"), QStringLiteral("Đỗ Thị Giang")); // signs the invitations
        REQUIRE(session->saveProfile(*profile));
        auto term = office::TermStore(db()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
        REQUIRE(term);
        const QStringList names{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường"),
                                QStringLiteral("Đỗ Thị Giang")};
        const QStringList positions{QStringLiteral("Bí thư Đảng ủy"), QStringLiteral("Phó Bí thư Đảng ủy"),
                                    QStringLiteral("Ủy viên Ban Thường vụ"), QStringLiteral("Đảng ủy viên, Chánh Văn phòng Đảng ủy")};
        for (int i = 0; i < names.size(); ++i) {
            CommitteeMember m;
            m.termId = term->id;
            m.fullName = names.at(i);
            m.position = positions.at(i);
            m.standing = i < 3;
            REQUIRE(CommitteeMembers(db(), QStringLiteral("chanhvp")).add(m));
        }
        Meeting draft;
        draft.kind = MeetingKind::Standing;
        draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
        draft.place = QStringLiteral("Hội trường Đảng ủy");
        draft.chair = QStringLiteral("Nguyễn Văn An");
        draft.secretary = QStringLiteral("Đỗ Thị Giang");
        auto meeting = store().add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số năm 2026"), QStringLiteral("Ban Tuyên giáo"),
                                            {QStringLiteral("Đề án số 05")}, 60, {}}});
        REQUIRE(meeting);
        id = meeting->id;
        item = store().agenda(id)->first().id;
        AttendanceBook attendance(db(), QStringLiteral("chanhvp"));
        for (const Attendee &a : attendance.attendees(id).value())
            REQUIRE(attendance.mark(a.id, Attendee::Presence::Present));
        // Typed as a sentence of its own: printed on in "Biểu quyết ...".
        REQUIRE(minutes().add({0, id, item, 0, MinutesEntry::Kind::Vote, {}, QStringLiteral("Thông qua Đề án chuyển đổi số"), 3, 0, 0, {}}));
        REQUIRE(store().setConclusion(item, QStringLiteral("thống nhất thông qua Đề án.")));
    }
    storage::Database &db() { return session->database(); }
    MeetingStore store() { return MeetingStore(db(), QStringLiteral("chanhvp")); }
    MinutesBook minutes() { return MinutesBook(db(), QStringLiteral("chanhvp")); }
    PaperNumbers numbers() { return PaperNumbers(db(), session->user(), session->actor()); }
    void close() { REQUIRE(store().close(id, QDateTime(QDate(2026, 3, 18), QTime(16, 30)))); }

    QString printMinutes(const QString &name, int *pages = nullptr)
    {
        auto doc = reports::MinutesReport::build(db(), id);
        REQUIRE(doc);
        auto info = reports::PaperTitle::pdfInfo(db(), id, reports::PaperTitle::Paper::Minutes);
        REQUIRE(info);
        const QString pdf = dir.filePath(name);
        REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, info.value(), pages));
        return pdf;
    }
    QString printInvitations(const QString &name)
    {
        auto doc = reports::MeetingPapers::invitations(db(), id);
        REQUIRE(doc);
        auto info = reports::PaperTitle::pdfInfo(db(), id, reports::PaperTitle::Paper::Invitation);
        REQUIRE(info);
        const QString pdf = dir.filePath(name);
        REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::portrait(), pdf, info.value()));
        return pdf;
    }
};

QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
}
} // namespace

TEST_CASE("the invitation and the minutes take their numbers in the outgoing register when issued; a draft never does")
{
    HeldMeeting held;
    // Before: a proof, marked DỰ THẢO, with the form's blank number and
    // blank date; printing it fixes no date (the print day is nobody's date).
    const QString proof = pdfText(held.printInvitations(QStringLiteral("moi-0.pdf")));
    CHECK(proof.contains(QStringLiteral("-GM/ĐU")));
    CHECK(proof.contains(QStringLiteral("DỰ THẢO")));
    CHECK(proof.contains(QStringLiteral("Tân Phú, ngày tháng năm 20")));
    CHECK_FALSE(proof.contains(QDate::currentDate().toString(QStringLiteral("'tháng' M 'năm' yyyy"))));
    CHECK_FALSE(InvitationDate(held.db()).issuedOn(held.id).value().has_value());

    // Numbering is for those who prepare meetings, checked in the core: a viewer takes nothing.
    {
        auto viewer = addSignedInUser(*held.session, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "nguoi-xem-2026");
        REQUIRE(viewer);
        auto refused = PaperNumbers(viewer->database(), viewer->user(), viewer->actor()).take(held.id, PaperNumbers::Paper::Invitation);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == storage::StorageError::Kind::Forbidden);
        CHECK_FALSE(PaperNumbers::of(held.db(), held.id, PaperNumbers::Paper::Invitation).value().has_value());
    }
    // Without the office chief's name in the profile, nobody signs it: refused in words.
    {
        auto profile = held.session->profile();
        profile->setValue(QStringLiteral("chief"), QString());
        REQUIRE(held.session->saveProfile(*profile));
        auto unsigned_ = held.numbers().take(held.id, PaperNumbers::Paper::Invitation);
        REQUIRE_FALSE(unsigned_);
        CHECK(unsigned_.error().message.contains(QStringLiteral("thông tin văn phòng"))); // the profile, named in Vietnamese
        profile->setValue(QStringLiteral("chief"), QStringLiteral("Đỗ Thị Giang"));
        REQUIRE(held.session->saveProfile(*profile));
    }
    // The invitation: dated its own day, numbered in the GM series.
    REQUIRE(InvitationDate(held.db()).set(held.id, QDate(2026, 3, 12)));
    auto invitation = held.numbers().take(held.id, PaperNumbers::Paper::Invitation);
    INFO((invitation ? QString() : invitation.error().message).toStdString());
    REQUIRE(invitation);
    CHECK(invitation->symbol == QStringLiteral("01-GM/ĐU"));
    CHECK(invitation->date == QDate(2026, 3, 12));
    CHECK(invitation->taken);
    const QString invitationText = pdfText(held.printInvitations(QStringLiteral("moi.pdf")));
    CHECK(invitationText.contains(QStringLiteral("Số 01-GM/ĐU")));
    CHECK(invitationText.contains(QStringLiteral("Tân Phú, ngày 12 tháng 3 năm 2026")));
    CHECK_FALSE(invitationText.contains(QStringLiteral("DỰ THẢO")));
    // Once numbered, its date is the register's: changed there, not here.
    auto redated = InvitationDate(held.db()).set(held.id, QDate(2026, 3, 13));
    REQUIRE_FALSE(redated);
    CHECK(redated.error().message.contains(QStringLiteral("01-GM/ĐU")));
    auto again = held.numbers().take(held.id, PaperNumbers::Paper::Invitation);
    REQUIRE(again);
    CHECK(again->symbol == QStringLiteral("01-GM/ĐU"));
    CHECK_FALSE(again->taken);

    // The minutes: a draft (no end time yet) takes no number and prints the blank.
    auto draft = held.numbers().take(held.id, PaperNumbers::Paper::Minutes);
    REQUIRE_FALSE(draft);
    CHECK(draft.error().message.contains(QStringLiteral("DỰ THẢO")));
    CHECK_FALSE(PaperNumbers::of(held.db(), held.id, PaperNumbers::Paper::Minutes).value().has_value());
    held.close();
    auto minutes = held.numbers().take(held.id, PaperNumbers::Paper::Minutes);
    REQUIRE(minutes);
    CHECK(minutes->symbol == QStringLiteral("01-BB/ĐU"));
    // Dated the day of the meeting, as the minutes' header, whatever the day the number is taken.
    CHECK(minutes->date == QDate(2026, 3, 18));
    int pages = 0;
    const QString pdf = held.printMinutes(QStringLiteral("bien-ban.pdf"), &pages);
    CHECK(countPhrase(pdf, pages, QStringLiteral("Số 01-BB/ĐU")) == 2); // both copies

    // The register holds both lines as issued (not "Giữ số"), with the meeting
    // named in Vietnamese, their signers, recipients and copies as the papers print them.
    documents::OutgoingRegister outgoing(held.db(), held.session->user(), held.session->actor());
    auto line = outgoing.get(minutes->outgoingId);
    REQUIRE(line);
    CHECK(line->typeCode == QStringLiteral("BB"));
    CHECK(line->status == documents::OutgoingDocument::Status::Issued);
    CHECK(line->documentDate == QDate(2026, 3, 18));
    CHECK(line->excerpt == QStringLiteral("Hội nghị Ban Thường vụ Đảng ủy ngày 18 tháng 3 năm 2026"));
    CHECK(line->signer == QStringLiteral("Nguyễn Văn An (chủ trì), Đỗ Thị Giang (ghi biên bản)"));
    CHECK(line->recipients == QStringList{QStringLiteral("Hồ sơ hội nghị"), QStringLiteral("Lưu Văn phòng")});
    CHECK(line->copies == 2);
    auto invitationLine = outgoing.get(invitation->outgoingId);
    REQUIRE(invitationLine);
    CHECK(invitationLine->status == documents::OutgoingDocument::Status::Issued);
    CHECK(invitationLine->capacity == QStringLiteral("T/L"));
    CHECK(invitationLine->recipients == QStringList{QStringLiteral("Các đồng chí được mời (3 đồng chí)"), QStringLiteral("Lưu Văn phòng")});
    CHECK(invitationLine->copies == 4); // one to each of the three invited, one kept
    // The dossier's list names both papers by their numbers.
    auto contents = reports::MeetingDossier::contents(held.db(), held.id);
    REQUIRE(contents);
    QStringList symbols;
    for (const auto &e : contents.value())
        symbols << e.symbol;
    CHECK(symbols.contains(QStringLiteral("01-GM/ĐU")));
    CHECK(symbols.contains(QStringLiteral("01-BB/ĐU")));

    // Honest numbering leaves verify (the audit cross-check) without findings.
    const auto report = held.session->verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
}

TEST_CASE("minutes are numbered in the order of their meetings, each dated its meeting's day")
{
    HeldMeeting held;
    held.close();
    // A later meeting whose minutes are numbered first.
    Meeting later;
    later.kind = MeetingKind::Standing;
    later.startsAt = QDateTime(QDate(2026, 3, 25), QTime(8, 0));
    later.endsAt = QDateTime(QDate(2026, 3, 25), QTime(10, 0));
    later.place = QStringLiteral("Hội trường Đảng ủy");
    later.chair = QStringLiteral("Nguyễn Văn An");
    later.secretary = QStringLiteral("Đỗ Thị Giang");
    auto second = held.store().add(later, {{0, 0, QStringLiteral("Công tác tháng 4"), {}, {}, 30, {}}});
    REQUIRE(second);
    AttendanceBook attendance(held.db(), QStringLiteral("chanhvp"));
    for (const Attendee &a : attendance.attendees(second->id).value())
        REQUIRE(attendance.mark(a.id, Attendee::Presence::Present));
    REQUIRE(held.store().setConclusion(held.store().agenda(second->id)->first().id, QStringLiteral("thống nhất.")));
    REQUIRE(held.store().close(second->id, later.endsAt));
    auto first = held.numbers().take(second->id, PaperNumbers::Paper::Minutes);
    REQUIRE(first);
    CHECK(first->date == QDate(2026, 3, 25));
    // The earlier meeting's minutes cannot go back before 25/03 in the series:
    // they are dated the day they are issued, and their header says so.
    auto late = held.numbers().take(held.id, PaperNumbers::Paper::Minutes);
    INFO((late ? QString() : late.error().message).toStdString());
    REQUIRE(late);
    CHECK(late->symbol == QStringLiteral("02-BB/ĐU"));
    CHECK(late->date == QDate::currentDate());
    const QString text = pdfText(held.printMinutes(QStringLiteral("bien-ban.pdf")));
    CHECK(text.contains(QStringLiteral("Tân Phú, %1").arg(reports::PrintedFacts::date(QDate::currentDate()))));
    CHECK(text.contains(QStringLiteral("bắt đầu vào hồi"))); // the meeting's own day stays in the body
    CHECK(text.contains(QStringLiteral("ngày 18 tháng 3 năm 2026")));
}

TEST_CASE("an invitation is numbered on its own day, before the meeting, once the guests are approved")
{
    HeldMeeting held; // the meeting of 18/03/2026, already held
    // Never dated by the clerk: today is after the meeting, so it is refused and nothing is kept.
    auto afterwards = held.numbers().take(held.id, PaperNumbers::Paper::Invitation);
    REQUIRE_FALSE(afterwards);
    CHECK(afterwards.error().message.contains(QStringLiteral("18/03/2026")));
    CHECK_FALSE(InvitationDate(held.db()).issuedOn(held.id).value().has_value());
    // A guest not yet approved: the invitations wait for the standing members.
    REQUIRE(AttendanceBook(held.db(), QStringLiteral("chanhvp")).addGuest(held.id, QStringLiteral("Phạm Văn Hùng"), QString()));
    REQUIRE(InvitationDate(held.db()).set(held.id, QDate(2026, 3, 12)));
    auto unapproved = held.numbers().take(held.id, PaperNumbers::Paper::Invitation);
    REQUIRE_FALSE(unapproved);
    CHECK_FALSE(PaperNumbers::of(held.db(), held.id, PaperNumbers::Paper::Invitation).value().has_value());
    REQUIRE(held.store().approveGuests(held.id, QStringLiteral("Nguyễn Văn An")));
    auto issued = held.numbers().take(held.id, PaperNumbers::Paper::Invitation);
    REQUIRE(issued);
    CHECK(issued->date == QDate(2026, 3, 12));

    // A meeting to come, its invitation dated a day still to come: numbered on that day, not before.
    Meeting next;
    next.kind = MeetingKind::Standing;
    next.startsAt = QDateTime(QDate::currentDate().addDays(10), QTime(8, 0));
    next.place = QStringLiteral("Hội trường Đảng ủy");
    auto coming = held.store().add(next, {{0, 0, QStringLiteral("Công tác tháng"), {}, {}, 30, {}}});
    REQUIRE(coming);
    REQUIRE(InvitationDate(held.db()).set(coming->id, QDate::currentDate().addDays(3)));
    REQUIRE_FALSE(held.numbers().take(coming->id, PaperNumbers::Paper::Invitation));
    REQUIRE(InvitationDate(held.db()).set(coming->id, QDate::currentDate()));
    auto today = held.numbers().take(coming->id, PaperNumbers::Paper::Invitation);
    REQUIRE(today);
    CHECK(today->date == QDate::currentDate());
}

TEST_CASE("an invited guest whose coming is not recorded keeps the minutes a draft; once recorded, the minutes name the guest")
{
    HeldMeeting held;
    AttendanceBook attendance(held.db(), QStringLiteral("chanhvp"));
    auto guest = attendance.addGuest(held.id, QStringLiteral("Phạm Văn Hùng"), QStringLiteral("Bí thư Chi bộ ấp 3"));
    REQUIRE(guest);
    REQUIRE(held.store().approveGuests(held.id, QStringLiteral("Nguyễn Văn An")));
    held.close();
    auto problems = reports::MinutesReport::problems(held.db(), held.id);
    REQUIRE(problems);
    CHECK(problems->join(QLatin1Char(' ')).contains(QStringLiteral("Phạm Văn Hùng")));
    const QString draft = pdfText(held.printMinutes(QStringLiteral("bien-ban-0.pdf")));
    CHECK(draft.contains(QStringLiteral("DỰ THẢO")));
    REQUIRE_FALSE(held.numbers().take(held.id, PaperNumbers::Paper::Minutes));

    auto corrected = AttendanceBook(held.db(), QStringLiteral("chanhvp"));
    corrected.setCorrectionReason(QStringLiteral("ghi bổ sung khách mời"));
    REQUIRE(corrected.mark(guest->id, Attendee::Presence::Present));
    const QString final = pdfText(held.printMinutes(QStringLiteral("bien-ban.pdf")));
    CHECK_FALSE(final.contains(QStringLiteral("DỰ THẢO")));
    CHECK(final.contains(QStringLiteral("1.2. Đại biểu mời dự - Đồng chí Phạm Văn Hùng, Bí thư Chi bộ ấp 3.")));
}

TEST_CASE("the PDF names the paper in Vietnamese and the office as its author, never a command's word")
{
    HeldMeeting held;
    held.close();
    REQUIRE(held.numbers().take(held.id, PaperNumbers::Paper::Minutes));
    const QString minutes = held.printMinutes(QStringLiteral("bien-ban.pdf"));
    CHECK(pdfInfo(minutes, QStringLiteral("Title")) == QStringLiteral("Biên bản Hội nghị Ban Thường vụ Đảng ủy ngày 18 tháng 3 năm 2026"));
    CHECK(pdfInfo(minutes, QStringLiteral("Author")) == QStringLiteral("Văn phòng Đảng ủy xã Tân Phú"));
    CHECK(pdfInfo(minutes, QStringLiteral("Subject")).startsWith(QStringLiteral("Số 01-BB/ĐU: Hội nghị Ban Thường vụ Đảng ủy")));
    const QString invitation = held.printInvitations(QStringLiteral("giay-moi.pdf"));
    CHECK(pdfInfo(invitation, QStringLiteral("Title")) == QStringLiteral("Giấy mời dự Hội nghị Ban Thường vụ Đảng ủy ngày 18 tháng 3 năm 2026"));
    CHECK(pdfInfo(invitation, QStringLiteral("Author")) == QStringLiteral("Văn phòng Đảng ủy xã Tân Phú"));
    // The patched file is still a whole PDF: every page's words read back.
    CHECK(pdfText(invitation).contains(QStringLiteral("GIẤY MỜI")));

    office::OfficeProfile ward;
    const auto [committee, author] = GENERATE(table<const char *, const char *>({
        {"ĐẢNG ỦY XÃ TÂN PHÚ", "Văn phòng Đảng ủy xã Tân Phú"},
        {"ĐẢNG ỦY PHƯỜNG BÌNH THẠNH", "Văn phòng Đảng ủy phường Bình Thạnh"},
        {"ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC", "Văn phòng Đảng ủy đặc khu Phú Quốc"},
    }));
    ward.committeeName = QString::fromUtf8(committee);
    CHECK(reports::PaperTitle::author(ward) == QString::fromUtf8(author));
}

TEST_CASE("words the clerk typed take a capital only where they start a sentence")
{
    const auto [typed, within, start] = GENERATE(table<const char *, const char *, const char *>({
        {"Thông qua Đề án chuyển đổi số", "thông qua Đề án chuyển đổi số", "Thông qua Đề án chuyển đổi số"},
        {"về chuyển đổi số", "về chuyển đổi số", "Về chuyển đổi số"},
        {"Đề án số 05", "Đề án số 05", "Đề án số 05"},
        {"Nghị quyết chuyên đề", "Nghị quyết chuyên đề", "Nghị quyết chuyên đề"},
        {"Ban Thường vụ giao Văn phòng", "Ban Thường vụ giao Văn phòng", "Ban Thường vụ giao Văn phòng"},
        {"UBND xã báo cáo", "UBND xã báo cáo", "UBND xã báo cáo"},
        {"Giao Văn phòng theo dõi", "giao Văn phòng theo dõi", "Giao Văn phòng theo dõi"},
        {"Nguyễn Văn An trình bày", "Nguyễn Văn An trình bày", "Nguyễn Văn An trình bày"},
        {"Văn phòng tham mưu", "Văn phòng tham mưu", "Văn phòng tham mưu"},
        {"Hội nghị thống nhất", "hội nghị thống nhất", "Hội nghị thống nhất"},
    }));
    CHECK(reports::SentenceCase::within(QString::fromUtf8(typed)) == QString::fromUtf8(within));
    CHECK(reports::SentenceCase::start(QString::fromUtf8(typed)) == QString::fromUtf8(start));
}

TEST_CASE("the minutes read as Vietnamese: the vote runs on in its sentence, the recorder has a position")
{
    HeldMeeting held;
    held.close();
    const QString text = pdfText(held.printMinutes(QStringLiteral("bien-ban.pdf")));
    CHECK(text.contains(QStringLiteral("Biểu quyết thông qua Đề án chuyển đổi số: tán thành 3/3 đồng chí")));
    CHECK_FALSE(text.contains(QStringLiteral("Biểu quyết Thông qua")));
    CHECK(text.contains(QStringLiteral("Kết luận của đồng chí chủ trì: Thống nhất thông qua Đề án.")));
    // 16-HD/VPTW: the recorder's full name and position, from the committee's list.
    CHECK(text.contains(QStringLiteral("- Người ghi biên bản: đồng chí Đỗ Thị Giang, Đảng ủy viên, Chánh Văn phòng Đảng ủy.")));
    CHECK(text.contains(QStringLiteral("- Người chủ trì: đồng chí Nguyễn Văn An, Bí thư Đảng ủy.")));
}

TEST_CASE("body paragraphs: the first line indented 1.27 cm, 6 pt between paragraphs, in every paper")
{
    HeldMeeting held;
    // Long enough to wrap: the first line against the next lines of the same paragraph.
    REQUIRE(held.store().setConclusion(held.item, QStringLiteral("thống nhất thông qua Đề án chuyển đổi số năm 2026; giao Ban Tuyên giáo "
                                                                 "tiếp thu ý kiến, hoàn chỉnh Đề án và trình Ban Thường vụ ban hành Nghị "
                                                                 "quyết chuyên đề trong tháng 4 năm 2026.")));
    held.close();
    const QList<PdfWord> words = pdfWords(held.printMinutes(QStringLiteral("bien-ban.pdf")), 1);
    const PdfWord first = findPhrase(words, QStringLiteral("Kết luận của đồng chí chủ trì:"));
    REQUIRE_FALSE(first.text.isEmpty());
    // The left edge of the text: the second line of the conclusion, the first word below the first line.
    double left = 1e9, secondLine = 0;
    for (const PdfWord &w : words)
        if (w.yMin > first.yMax - 1 && (secondLine == 0 || std::abs(w.yMin - secondLine) < 1)) {
            secondLine = w.yMin;
            left = std::min(left, w.xMin);
        }
    REQUIRE(secondLine > 0);
    const double mm = 72 / 25.4;
    CHECK(first.xMin - left == Approx(12.7 * mm).margin(1.0));
    CHECK(left == Approx(30 * mm).margin(1.0)); // the page's left margin

    // Between paragraphs: a line's pitch inside the conclusion, 6 pt more from one paragraph to the next.
    const double pitch = secondLine - first.yMin;
    const PdfWord place = findPhrase(words, QStringLiteral("- Địa điểm:"));
    const PdfWord time = findPhrase(words, QStringLiteral("- Thời gian:"));
    REQUIRE_FALSE(place.text.isEmpty());
    REQUIRE_FALSE(time.text.isEmpty());
    CHECK(place.yMin - time.yMin - pitch == Approx(6).margin(1.0));
    CHECK(place.xMin - left == Approx(12.7 * mm).margin(1.0));

    // The invitation's body uses the same paragraphs.
    const QList<PdfWord> invitation = pdfWords(held.printInvitations(QStringLiteral("giay-moi.pdf")), 1);
    const PdfWord invited = findPhrase(invitation, QStringLiteral("Thời gian:"));
    REQUIRE_FALSE(invited.text.isEmpty());
    CHECK(invited.xMin - left == Approx(12.7 * mm).margin(1.0));
}

TEST_CASE("the signatures never stand alone at the top of a page: the minutes' last paragraphs go with them")
{
    HeldMeeting held;
    // Notes one line each push the end of the first copy down across the
    // page's foot, a line at a time, until its signatures have crossed to
    // the next page: on every printing, the page that holds "NGƯỜI GHI BIÊN
    // BẢN" holds the copies' sentence above it.
    int firstPage = 0; // the page of the first copy's signatures when the sweep began
    bool pushed = false;
    for (int n = 0; n < 40 && !pushed; ++n) {
        for (int i = 0; i < 2; ++i)
            REQUIRE(held.minutes().add({0, held.id, held.item, 0, MinutesEntry::Kind::Note, {},
                                        QStringLiteral("Ý kiến thảo luận số %1.").arg(2 * n + i), 0, 0, 0, {}}));
        int pages = 0;
        const QString pdf = held.printMinutes(QStringLiteral("bien-ban-%1.pdf").arg(n), &pages);
        int signaturePage = 0;
        for (int page = 1; page <= pages; ++page) {
            const QList<PdfWord> words = pdfWords(pdf, page);
            const PdfWord signature = findPhrase(words, QStringLiteral("NGƯỜI GHI BIÊN BẢN"));
            if (signature.text.isEmpty())
                continue;
            const PdfWord copies = findPhrase(words, QStringLiteral("Biên bản được lập thành 02"));
            INFO("notes: " << 2 * n + 2 << ", page " << page);
            REQUIRE_FALSE(copies.text.isEmpty());
            CHECK(copies.yMax < signature.yMin);
            if (!signaturePage)
                signaturePage = page;
        }
        REQUIRE(signaturePage > 0);
        if (!firstPage)
            firstPage = signaturePage;
        // The first copy's signatures went over to the next page: the case this guards.
        pushed = signaturePage > firstPage;
    }
    CHECK(pushed);
}
