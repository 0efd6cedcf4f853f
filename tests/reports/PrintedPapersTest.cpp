// What every printed paper shares, checked on the PDF as printed: the issuing
// body, the national heading and its rule (docs/PRINTED-PAPERS.md), by the
// words' positions (pdftotext -bbox) and the page's pixels (pdftoppm).
#include "PdfPage.h"
#include "TestSupport.h"

#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingStore.h"
#include "office/TermStore.h"
#include "reports/MeetingPapers.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"

#include <catch2/catch.hpp>

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
    CHECK(text.contains(QStringLiteral("T/L BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG")));
}
