// What every printed paper shares, checked on the PDF as printed: the issuing
// body, the national heading and its rule (docs/PRINTED-PAPERS.md), by the
// words' positions (pdftotext -bbox) and the page's pixels (pdftoppm).
#include "PdfPage.h"
#include "TestSupport.h"

#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/DecisionBook.h"
#include "meetings/InvitationDate.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingStore.h"
#include "meetings/PaperNumbers.h"
#include "documents/OutgoingRegister.h"
#include "office/TermStore.h"
#include "reports/MeetingDossier.h"
#include "reports/MeetingPapers.h"
#include "reports/PageLayout.h"
#include "reports/MinutesReport.h"
#include "reports/PagedRenderer.h"
#include "reports/PrintedFacts.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace vanphong;
using namespace vanphong::meetings;
using namespace vanphong::test;

namespace {
// A commune office as a real one fills its profile in, with a standing
// committee of three and one meeting of it.
struct PrintingOffice
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> session;
    qint64 meetingId = 0;

    PrintingOffice()
    {
        auto office = sampleOffice();
        office.profile.parentOrganisation = QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI");
        office.profile.chiefName = QStringLiteral("Phạm Thị Hoa"); // signs the invitations
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), office, "chanh-2026", cheapOptions());
        REQUIRE(created);
        session = std::move(created->session);
        auto term = office::TermStore(db()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
        REQUIRE(term);
        for (const QString &n : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường")}) {
            CommitteeMember m;
            m.termId = term->id;
            m.fullName = n;
            m.position = QStringLiteral("Ủy viên Ban Thường vụ");
            m.standing = true;
            REQUIRE(CommitteeMembers(db(), QStringLiteral("chanhvp")).add(m));
        }
        Meeting draft;
        draft.kind = MeetingKind::Standing;
        draft.startsAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
        draft.place = QStringLiteral("Hội trường Đảng ủy");
        auto meeting = MeetingStore(db(), QStringLiteral("chanhvp")).add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số"), {}, {}, 30, {}}});
        REQUIRE(meeting);
        meetingId = meeting->id;
    }
    storage::Database &db() { return session->database(); }

    QString print(std::unique_ptr<QTextDocument> doc, const QString &name, int *pages = nullptr)
    {
        const QString pdf = dir.filePath(name);
        REQUIRE(reports::PagedRenderer::writePdf(*doc, reports::PageLayout::portrait(), pdf, name, pages));
        return pdf;
    }
};

double centre(const PdfWord &w) { return (w.xMin + w.xMax) / 2; }
} // namespace

TEST_CASE("the committee issues: 'ĐẢNG ỦY XÃ TÂN PHÚ' under the body above, centred on it, never the organisation's name")
{
    PrintingOffice office;
    auto programme = reports::MeetingPapers::programme(office.db(), office.meetingId);
    REQUIRE(programme);
    const QString pdf = office.print(std::move(programme.value()), QStringLiteral("chuong-trinh.pdf"));
    const QList<PdfWord> words = pdfWords(pdf, 1);
    const PdfWord above = findPhrase(words, QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI"));
    const PdfWord issuer = findPhrase(words, QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"));
    REQUIRE_FALSE(above.text.isEmpty());
    REQUIRE_FALSE(issuer.text.isEmpty());
    CHECK(issuer.yMin > above.yMax - 1);                     // the next line down
    CHECK(std::abs(centre(issuer) - centre(above)) < 2);     // centred on each other
    CHECK(findPhrase(words, QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ")).text.isEmpty());
    const PdfWord star = findPhrase(words, QStringLiteral("*"));
    REQUIRE_FALSE(star.text.isEmpty());
    CHECK(star.yMin > issuer.yMax - 1);
    CHECK(std::abs(centre(star) - centre(issuer)) < 2);

    // The bodies are the profile's: a ward names its standing committee its own way.
    auto profile = office.session->profile();
    REQUIRE(profile);
    profile->setValue(QStringLiteral("body-standing"), QStringLiteral("Ban Thường vụ Đảng ủy phường"));
    REQUIRE(office.session->saveProfile(*profile));
    auto invitations = reports::MeetingPapers::invitations(office.db(), office.meetingId);
    REQUIRE(invitations);
    const QString invitationPdf = office.print(std::move(invitations.value()), QStringLiteral("giay-moi.pdf"));
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                               QStringLiteral("1"), invitationPdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Ban Thường vụ Đảng ủy phường trân trọng kính mời")));
    // The capacity names the collective only: the header names the committee (MeetingBodyName.h).
    CHECK(text.contains(QStringLiteral("T/L BAN THƯỜNG VỤ")));
    CHECK_FALSE(text.contains(QStringLiteral("T/L BAN THƯỜNG VỤ ĐẢNG ỦY")));
}

TEST_CASE("under 'ĐẢNG CỘNG SẢN VIỆT NAM' a separate thin rule as long as the heading, clear of its letters")
{
    PrintingOffice office;
    auto programme = reports::MeetingPapers::programme(office.db(), office.meetingId);
    REQUIRE(programme);
    const QString pdf = office.print(std::move(programme.value()), QStringLiteral("chuong-trinh.pdf"));
    const PdfWord heading = findPhrase(pdfWords(pdf, 1), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
    REQUIRE_FALSE(heading.text.isEmpty());
    constexpr int Dpi = 288; // 4 pixels a point
    constexpr double Scale = Dpi / 72.0;
    const QImage page = pdfPageImage(pdf, 1, Dpi);
    const int x0 = int((heading.xMin - 3) * Scale), x1 = int((heading.xMax + 3) * Scale);
    const double width = (heading.xMax - heading.xMin) * Scale;
    // The rule: a row of ink from the heading's first letter to its last, under its box.
    int ruleRow = -1;
    for (int y = int(heading.yMax * Scale) - 2; y < int((heading.yMax + 8) * Scale); ++y) {
        const int run = darkRun(page, y, x0, x1);
        if (run > width * 0.97 && run < width + 2 * Scale) {
            ruleRow = y;
            break;
        }
    }
    INFO("heading box " << heading.xMin << "," << heading.yMin << " - " << heading.xMax << "," << heading.yMax);
    REQUIRE(ruleRow > 0);
    CHECK(ruleRow / Scale >= heading.yMax - 0.5); // under the letters and their marks, not through them
    CHECK(ruleRow / Scale < heading.yMax + 4);    // and close to them
    // Thin: a few rows of ink at most (0.5 pt).
    int thickness = 0;
    while (darkRun(page, ruleRow + thickness, x0, x1) > width * 0.9)
        ++thickness;
    CHECK(thickness <= int(Scale));
    // No underline through the letters: no row inside the heading's box is inked across it.
    for (int y = int(heading.yMin * Scale) + 1; y < int(heading.yMax * Scale) - 1; ++y) {
        INFO("row " << y / Scale << " pt");
        CHECK(darkRun(page, y, x0, x1) < width * 0.6);
    }
}

TEST_CASE("one date formatter: a zero before days 1-9 and months 1 and 2 only, in the header and the body alike")
{
    struct Case { QDate date; const char16_t *words; };
    const Case c = GENERATE(Case{QDate(2026, 1, 5), u"ngày 05 tháng 01 năm 2026"}, Case{QDate(2026, 2, 28), u"ngày 28 tháng 02 năm 2026"},
                            Case{QDate(2026, 3, 5), u"ngày 05 tháng 3 năm 2026"}, Case{QDate(2026, 10, 10), u"ngày 10 tháng 10 năm 2026"},
                            Case{QDate(2026, 12, 31), u"ngày 31 tháng 12 năm 2026"});
    CHECK(reports::PrintedFacts::date(c.date) == QString::fromUtf16(c.words));
    CHECK(reports::PrintedFacts::placeAndDate(QStringLiteral("Tân Phú"), c.date) == QStringLiteral("Tân Phú, ") + QString::fromUtf16(c.words));
}

TEST_CASE("the minutes and the programme of a meeting on 5 January write its date the header's way")
{
    PrintingOffice office;
    auto minutes = reports::MinutesReport::build(office.db(), office.meetingId);
    REQUIRE(minutes);
    int pages = 0;
    const QString pdf = office.print(std::move(minutes.value()), QStringLiteral("bien-ban.pdf"), &pages);
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Tân Phú, ngày 05 tháng 01 năm 2026")));
    CHECK(text.contains(QStringLiteral("bắt đầu vào hồi 08 giờ 00 phút, ngày 05 tháng 01 năm 2026")));
    CHECK_FALSE(text.contains(QStringLiteral("tháng 1 ")));
    CHECK_FALSE(text.contains(QStringLiteral("05/01/2026")));

    auto programme = reports::MeetingPapers::programme(office.db(), office.meetingId);
    REQUIRE(programme);
    const QString programmeText = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"),
                                                                        office.print(std::move(programme.value()), QStringLiteral("ct.pdf")),
                                                                        QStringLiteral("-")}).simplified();
    CHECK(programmeText.contains(QStringLiteral("Thời gian: 08 giờ 00, thứ Hai, ngày 05 tháng 01 năm 2026")));
    CHECK(programmeText.contains(QStringLiteral("08 giờ 00 Khai mạc hội nghị"))); // the table's times say it the same way
    CHECK(programmeText.contains(QStringLiteral("30 phút 1. Đề án chuyển đổi số"))); // an item's planned time
    CHECK_FALSE(programmeText.contains(QStringLiteral("08 giờ 30")));
    CHECK_FALSE(programmeText.contains(QStringLiteral("05/01/2026")));
}

TEST_CASE("a paragraph cut by a page break is written once: each word on one page, in the text layer once")
{
    // One paragraph of numbered words long enough to run over two page
    // breaks, between short paragraphs, one of which starts a new page (as the
    // minutes' second copy does): Qt's clipping once left the cut paragraph
    // whole in the PDF on both pages, and the next page's first block hidden
    // at the foot of the page before.
    QTextDocument doc;
    doc.setDefaultFont(QFont(reports::PageLayout::fontFamily(), 14));
    doc.setDocumentMargin(0);
    QTextCursor c(&doc);
    const auto paragraph = [&](const QString &text, bool newPage = false) {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignJustify);
        block.setTextIndent(28);
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        c.insertBlock(block);
        c.insertText(text, reports::PageLayout::text(14));
    };
    for (int i = 1; i <= 12; ++i)
        paragraph(QStringLiteral("Đoạn mở đầu số p%1 của biên bản, một câu ngắn.").arg(i));
    QStringList words;
    for (int i = 1; i <= 900; ++i)
        words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
    paragraph(words.join(QLatin1Char(' ')));
    paragraph(QStringLiteral("Đoạn cuối q1 sau đoạn dài."));
    paragraph(QStringLiteral("Bản số 2 bắt đầu trang mới."), true);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ngat-trang.pdf"));
    int pages = 0;
    REQUIRE(reports::PagedRenderer::writePdf(doc, reports::PageLayout::portrait(), pdf, QStringLiteral("Ngắt trang"), &pages));
    REQUIRE(pages >= 3);
    QHash<QString, int> seen;
    QHash<QString, int> pageOf;
    for (int page = 1; page <= pages; ++page)
        for (const PdfWord &w : pdfWords(pdf, page)) {
            ++seen[w.text];
            pageOf[w.text] = page;
        }
    for (const QString &w : words) {
        INFO(w.toStdString());
        CHECK(seen.value(w) == 1);
    }
    CHECK(pageOf.value(QStringLiteral("w0001")) < pageOf.value(QStringLiteral("w0900"))); // it did run over a break
    for (int i = 1; i <= 12; ++i)
        CHECK(seen.value(QStringLiteral("p%1").arg(i)) == 1);
    CHECK(seen.value(QStringLiteral("q1")) == 1);
    CHECK(countPhrase(pdf, pages, QStringLiteral("Bản số 2 bắt đầu trang mới.")) == 1);
    CHECK(pageOf.value(QStringLiteral("mới.")) == pages); // on its own last page only, not hidden at the foot of the one before
}

namespace {
constexpr double PointsPerMm = 72.0 / 25.4;

// A meeting of the committee (Ban Chấp hành) with a chair, two timed items
// and a paper named both under an item and among the papers.
qint64 committeeMeeting(PrintingOffice &office)
{
    Meeting draft;
    draft.kind = MeetingKind::Committee;
    draft.startsAt = QDateTime(QDate(2026, 3, 18), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    draft.chair = QStringLiteral("Nguyễn Văn An");
    auto meeting = MeetingStore(office.db(), QStringLiteral("chanhvp"))
                       .add(draft, {{0, 0, QStringLiteral("Báo cáo quý I"), QStringLiteral("Văn phòng"),
                                     {QStringLiteral("Báo cáo số 12"), QStringLiteral("Phụ lục số liệu")}, 45, {}},
                                    {0, 0, QStringLiteral("Đề án chuyển đổi số"), QStringLiteral("Ban Tuyên giáo"), {}, 60, {}}});
    REQUIRE(meeting);
    return meeting->id;
}
} // namespace

TEST_CASE("the invitation: its own kept date, Nơi nhận, T/L BAN THƯỜNG VỤ, room to sign and seal, every one at the same height")
{
    PrintingOffice office;
    auto profile = office.session->profile();
    REQUIRE(profile);
    profile->setValue(QStringLiteral("chief"), QStringLiteral("Phạm Thị Hoa"));
    REQUIRE(office.session->saveProfile(*profile));
    const qint64 id = committeeMeeting(office);
    meetings::InvitationDate dates(office.db());
    // Dated by the clerk a week before; a date on or after the meeting's day is warned about.
    REQUIRE(dates.set(id, QDate(2026, 3, 11)));
    CHECK(meetings::InvitationDate::warning(QDate(2026, 3, 11), QDate(2026, 3, 18)).isEmpty());
    CHECK_FALSE(meetings::InvitationDate::warning(QDate(2026, 3, 18), QDate(2026, 3, 18)).isEmpty());

    auto invitations = reports::MeetingPapers::invitations(office.db(), id);
    REQUIRE(invitations);
    int pages = 0;
    const QString pdf = office.print(std::move(invitations.value()), QStringLiteral("giay-moi.pdf"), &pages);
    REQUIRE(pages == 3); // the three members of the committee
    double headingTop = -1;
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QList<PdfWord> words = pdfWords(pdf, page);
        QStringList all;
        for (const PdfWord &w : words)
            all << w.text;
        const QString text = all.join(QLatin1Char(' '));
        CHECK(text.contains(QStringLiteral("Tân Phú, ngày 11 tháng 3 năm 2026"))); // the kept date, not the print day's
        // Called by the standing committee, signed on its delegation (never T/L BAN CHẤP HÀNH ĐẢNG BỘ).
        CHECK(text.contains(QStringLiteral("Ban Thường vụ Đảng ủy trân trọng kính mời:")));
        CHECK(text.contains(QStringLiteral("T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG")));
        CHECK_FALSE(text.contains(QStringLiteral("BAN CHẤP HÀNH")));
        // Nơi nhận on the left, ending with the office's copy.
        const PdfWord to = findPhrase(words, QStringLiteral("Nơi nhận:"));
        const PdfWord kept = findPhrase(words, QStringLiteral("- Lưu Văn phòng."));
        REQUIRE_FALSE(kept.text.isEmpty());
        CHECK(to.xMax < findPhrase(words, QStringLiteral("CHÁNH VĂN PHÒNG")).xMin);
        CHECK(kept.yMin > to.yMax);
        CHECK(kept.yMin > findPhrase(words, QStringLiteral("- Như trên,")).yMax); // the last recipient
        // Room to sign and seal: at least 25 mm between the title and the name.
        const PdfWord title = findPhrase(words, QStringLiteral("CHÁNH VĂN PHÒNG"));
        const PdfWord name = findPhrase(words, QStringLiteral("Phạm Thị Hoa"));
        REQUIRE_FALSE(name.text.isEmpty());
        CHECK(name.yMin - title.yMax >= 25 * PointsPerMm);
        // Every invitation starts at the same height (within a tenth of a millimetre).
        const PdfWord heading = findPhrase(words, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
        if (headingTop < 0)
            headingTop = heading.yMin;
        CHECK(std::abs(heading.yMin - headingTop) < 0.3);
    }
    CHECK(headingTop < 20 * PointsPerMm + 14); // on the first line under the 20 mm top margin

    // A meeting to come, its invitations never dated: the proof keeps no date
    // (the print day is nobody's date); numbered, it takes the day it is issued, kept.
    Meeting coming;
    coming.kind = MeetingKind::Standing;
    coming.startsAt = QDateTime(QDate::currentDate().addDays(5), QTime(8, 0));
    coming.place = QStringLiteral("Hội trường Đảng ủy");
    auto added = MeetingStore(office.db(), QStringLiteral("chanhvp")).add(coming, {{0, 0, QStringLiteral("Công tác tháng"), {}, {}, 30, {}}});
    REQUIRE(added);
    const qint64 other = added->id;
    auto first = reports::MeetingPapers::invitations(office.db(), other);
    REQUIRE(first);
    auto keptDate = dates.issuedOn(other);
    REQUIRE(keptDate);
    CHECK_FALSE(keptDate->has_value());
    auto issued = meetings::PaperNumbers(office.db(), office.session->user(), office.session->actor())
                      .take(other, meetings::PaperNumbers::Paper::Invitation);
    INFO((issued ? QString() : issued.error().message).toStdString());
    REQUIRE(issued);
    CHECK(issued->date == QDate::currentDate());
    CHECK(dates.issuedOn(other).value() == std::optional<QDate>(QDate::currentDate()));
}

TEST_CASE("the sign-in sheet's rows are tall enough to sign: at least 12 mm")
{
    PrintingOffice office;
    auto sheet = reports::MeetingPapers::signInSheet(office.db(), office.meetingId);
    REQUIRE(sheet);
    const QString pdf = office.print(std::move(sheet.value()), QStringLiteral("danh-sach.pdf"));
    const QList<PdfWord> words = pdfWords(pdf, 1);
    const PdfWord first = findPhrase(words, QStringLiteral("Nguyễn Văn An"));
    const PdfWord second = findPhrase(words, QStringLiteral("Trần Thị Bình"));
    REQUIRE_FALSE(first.text.isEmpty());
    REQUIRE_FALSE(second.text.isEmpty());
    CHECK(second.yMin - first.yMin >= 12 * PointsPerMm);
}

TEST_CASE("the programme: opening and closing, who presents and who chairs each part, one time style")
{
    PrintingOffice office;
    const qint64 id = committeeMeeting(office);
    auto programme = reports::MeetingPapers::programme(office.db(), id);
    REQUIRE(programme);
    const QString pdf = office.print(std::move(programme.value()), QStringLiteral("chuong-trinh.pdf"));
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Thời gian Nội dung Trình bày Chủ trì")));
    CHECK(text.contains(QStringLiteral("14 giờ 00 Khai mạc hội nghị Nguyễn Văn An Nguyễn Văn An")));
    // The start is a clock time; each item its planned time; no clock time worked out from an opening of unknown length.
    CHECK(text.contains(QStringLiteral("45 phút 1. Báo cáo quý I - Báo cáo số 12 - Phụ lục số liệu Văn phòng Nguyễn Văn An")));
    CHECK(text.contains(QStringLiteral("60 phút 2. Đề án chuyển đổi số Ban Tuyên giáo Nguyễn Văn An")));
    CHECK(text.contains(QStringLiteral("Ban Tuyên giáo Nguyễn Văn An Kết luận hội nghị và bế mạc Nguyễn Văn An Nguyễn Văn An")));
    CHECK_FALSE(text.contains(QStringLiteral("14 giờ 45")));
    CHECK_FALSE(text.contains(QStringLiteral("14h")));
    CHECK_FALSE(text.contains(QStringLiteral("14:00")));
}

TEST_CASE("the dossier list: papers named by type and excerpt beside their number, each once, dated by themselves, 'Có' only for what exists")
{
    PrintingOffice office;
    const qint64 id = committeeMeeting(office);
    // The report is kept among the papers, sent on 11/03; the annex is only named under the item.
    REQUIRE(MeetingDocuments(office.db(), QStringLiteral("chanhvp"))
                .add({0, id, QStringLiteral("Báo cáo số 12"), documents::Confidentiality::Normal, false, QDate(2026, 3, 11)}));
    auto decision = DecisionBook(office.db(), office.session->user(), QStringLiteral("chanhvp"))
                        .add(id, 0, QStringLiteral("NQ"), QStringLiteral("Về chuyển đổi số"));
    REQUIRE(decision);
    // Typed with its type's name: the list names the type once.
    REQUIRE(DecisionBook(office.db(), office.session->user(), QStringLiteral("chanhvp"))
                .add(id, 0, QStringLiteral("QĐ"), QStringLiteral("Quyết định thành lập Tổ giúp việc")));
    documents::OutgoingRegister outgoing(office.db(), office.session->user(), QStringLiteral("chanhvp"));
    auto reserved = outgoing.get(decision->outgoingId);
    REQUIRE(reserved);
    documents::OutgoingDocument signedOff = reserved.value();
    signedOff.signer = QStringLiteral("Nguyễn Văn An");
    signedOff.capacity = QStringLiteral("T/M");
    signedOff.recipients = {QStringLiteral("Các chi bộ"), QStringLiteral("Lưu Văn phòng")};
    REQUIRE(outgoing.correct(decision->outgoingId, signedOff, QStringLiteral("signed")));
    const auto issued = outgoing.issue(decision->outgoingId);
    INFO((issued ? QString() : issued.error().message).toStdString());
    REQUIRE(issued);
    auto line = outgoing.get(decision->outgoingId);
    REQUIRE(line);

    auto contents = reports::MeetingDossier::contents(office.db(), id);
    REQUIRE(contents);
    int reportLines = 0;
    for (const auto &e : contents.value()) {
        reportLines += e.title.startsWith(QStringLiteral("Báo cáo số 12")) ? 1 : 0;
        if (e.title.startsWith(QStringLiteral("Báo cáo số 12")))
            CHECK(e.date == QDate(2026, 3, 11));
        if (e.title.startsWith(QStringLiteral("Phụ lục số liệu")))
            CHECK_FALSE(e.missing.isEmpty()); // a name is not a paper
        if (e.title == QStringLiteral("Giấy mời dự họp"))
            CHECK_FALSE(e.missing.isEmpty()); // never made nor dated
    }
    CHECK(reportLines == 1);

    REQUIRE(meetings::InvitationDate(office.db()).set(id, QDate(2026, 3, 11)));
    // Dated but not issued: not yet the paper.
    for (const auto &e : reports::MeetingDossier::contents(office.db(), id).value())
        if (e.title == QStringLiteral("Giấy mời dự họp"))
            CHECK_FALSE(e.missing.isEmpty());
    auto invitationNumber = meetings::PaperNumbers(office.db(), office.session->user(), office.session->actor())
                                .take(id, meetings::PaperNumbers::Paper::Invitation);
    INFO((invitationNumber ? QString() : invitationNumber.error().message).toStdString());
    REQUIRE(invitationNumber);
    auto toc = reports::MeetingDossier::tableOfContents(office.db(), id);
    REQUIRE(toc);
    const QString pdf = office.print(std::move(toc.value()), QStringLiteral("muc-luc.pdf"));
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("STT Số, ký hiệu Ngày, tháng Tên loại và trích yếu nội dung Tờ số Ghi chú")));
    CHECK(text.contains(QStringLiteral("1 01-GM/ĐU 11/03/2026 Giấy mời dự họp Có")));
    CHECK(text.contains(QStringLiteral("11/03/2026 Báo cáo số 12 Có")));
    CHECK(text.contains(QStringLiteral("Phụ lục số liệu (Báo cáo quý I) Còn thiếu")));
    // The symbol in its own column, not again in the name.
    CHECK(text.contains(QStringLiteral("01-NQ/ĐU %1 Nghị quyết về chuyển đổi số Có")
                            .arg(reports::PrintedFacts::numeric(line->documentDate))));
    CHECK_FALSE(text.contains(QStringLiteral("NQ Về")));
    CHECK_FALSE(text.contains(QStringLiteral("Quyết định Quyết định")));
    CHECK(text.contains(QStringLiteral("Quyết định thành lập Tổ giúp việc")));
    CHECK_FALSE(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"))); // an archive form: no date line of the print day
    // The committee's name stays on one line over the fitted table below it.
    const QList<PdfWord> words = pdfWords(pdf, 1);
    CHECK(findPhrase(words, QStringLiteral("ĐẢNG")).yMin < findPhrase(words, QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ")).yMin);
    const PdfWord committee = findPhrase(words, QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"));
    CHECK(committee.yMax - committee.yMin < 20); // one line of 14 pt
}
