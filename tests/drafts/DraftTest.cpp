// Drafting an outgoing document from its type's template (issue 12): the
// frame filled from the register and the profile, in ODT and DOCX; who may;
// the office's own template, kept encrypted; the finished file attached back.
#include "TestSupport.h"

#include "documents/AttachmentStore.h"
#include "documents/OutgoingRegister.h"
#include "drafts/OutgoingDrafter.h"
#include "drafts/TemplateDocument.h"
#include "drafts/TemplateStore.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/DecisionBook.h"
#include "meetings/MeetingStore.h"
#include "office/ProfileStore.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace vanphong;
using namespace vanphong::test;
using drafts::DraftFormat;
using Kind = storage::StorageError::Kind;
using documents::Confidentiality;

namespace {

struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> chief;

    explicit Office(bool forSecrets = true)
    {
        auto o = sampleOffice();
        o.forSecrets = forSecrets;
        o.profile.parentOrganisation = QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI");
        auto created = office::OfficeSession::create(path(), o, "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        auto term = office::TermStore(db()).add(QStringLiteral("Khóa XV (2025-2030)"), QDate(2025, 10, 15), chief->actor());
        REQUIRE(term);
        meetings::CommitteeMember secretary;
        secretary.termId = term->id;
        secretary.fullName = QStringLiteral("Nguyễn Văn An");
        secretary.position = QStringLiteral("Bí thư");
        secretary.standing = secretary.standingMember = true;
        REQUIRE(meetings::CommitteeMembers(db(), chief->actor()).add(secretary));
    }
    QString path() const { return dir.filePath(QStringLiteral("office.vpdb")); }
    storage::Database &db() { return chief->database(); }

    documents::OutgoingDocument add(const QString &type, const QString &excerpt, Confidentiality level = Confidentiality::Normal)
    {
        documents::OutgoingDocument d;
        d.typeCode = type;
        d.documentDate = QDate(2026, 1, 5);
        d.excerpt = excerpt;
        d.signer = QStringLiteral("Nguyễn Văn An");
        d.capacity = QStringLiteral("T/M");
        d.recipients = {QStringLiteral("Ban Thường vụ Tỉnh ủy"), QStringLiteral("Các chi bộ trực thuộc")};
        d.confidentiality = level;
        d.urgency = documents::Urgency::Urgent;
        auto added = documents::OutgoingRegister(db(), chief->user(), chief->actor()).add(d, documents::OutgoingRegister::Mode::Reserve);
        REQUIRE(added);
        return added.value();
    }
};

// The draft's words as a reader sees them: odt2txt/docx2txt when installed (scripts/setup), else its XML read back.
QString textOf(const QByteArray &bytes, DraftFormat format, const QTemporaryDir &dir)
{
    const QString tool = QStandardPaths::findExecutable(format == DraftFormat::Odt ? QStringLiteral("odt2txt") : QStringLiteral("docx2txt"));
    auto document = drafts::TemplateDocument::read(bytes);
    REQUIRE(document);
    if (tool.isEmpty())
        return document->plainText();
    const QString file = dir.filePath(QStringLiteral("draft.") + drafts::formatCode(format));
    writeAll(file, bytes);
    QProcess p;
    p.start(tool, format == DraftFormat::Odt ? QStringList{QStringLiteral("--width=-1"), QStringLiteral("--encoding=UTF-8"), file}
                                             : QStringList{file, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(10000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    return text + document->plainText(); // the tool's text, and the paragraphs as the XML holds them
}

} // namespace

TEST_CASE("a Công văn is drafted with every element of its frame in place, in ODT and DOCX")
{
    Office office;
    const auto line = office.add(QStringLiteral("CV"), QStringLiteral("Về việc triển khai chuyển đổi số"));
    REQUIRE(line.symbol == QStringLiteral("01-CV/ĐU"));
    drafts::OutgoingDrafter drafter(office.db(), office.chief->user(), office.chief->actor());
    for (const DraftFormat format : {DraftFormat::Odt, DraftFormat::Docx}) {
        INFO(drafts::formatCode(format).toStdString());
        auto draft = drafter.draft(line.id, format);
        REQUIRE(draft);
        CHECK_FALSE(draft->officeTemplate);
        CHECK(draft->suggestedName == QStringLiteral("01-CV-DU.") + drafts::formatCode(format));
        CHECK(draft->notes.isEmpty());
        const QString text = textOf(draft->bytes, format, office.dir);
        for (const QString &expected : {QStringLiteral("ĐẢNG BỘ TỈNH ĐỒNG NAI\nĐẢNG ỦY XÃ TÂN PHÚ\n*\nSố 01-CV/ĐU\nV/v triển khai chuyển đổi số\n"),
                                        QStringLiteral("KHẨN\n"), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM\n"),
                                        QStringLiteral("Tân Phú, ngày 05 tháng 01 năm 2026\n"),
                                        QStringLiteral("Kính gửi:"), QStringLiteral("\n- Ban Thường vụ Tỉnh ủy,\n- Các chi bộ trực thuộc.\n"),
                                        QStringLiteral("[Nội dung công văn]"),
                                        QStringLiteral("Nơi nhận:\n- Như trên,\n- Lưu Văn phòng.\n"),
                                        QStringLiteral("T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n")}) {
            INFO(expected.toStdString());
            CHECK(text.contains(expected));
        }
        CHECK_FALSE(text.contains(QStringLiteral("{{")));
        CHECK_FALSE(text.contains(QStringLiteral("CÔNG VĂN"))); // a Công văn has no type name in the middle
        CHECK_FALSE(text.contains(QStringLiteral("MẬT")));      // no secrecy mark: its paragraph is left out
    }
}

TEST_CASE("a Nghị quyết is drafted with its type name, excerpt and skeleton")
{
    Office office;
    const auto line = office.add(QStringLiteral("NQ"), QStringLiteral("Nghị quyết về công tác xây dựng Đảng năm 2026"),
                                 Confidentiality::Confidential);
    drafts::OutgoingDrafter drafter(office.db(), office.chief->user(), office.chief->actor());
    for (const DraftFormat format : {DraftFormat::Odt, DraftFormat::Docx}) {
        auto draft = drafter.draft(line.id, format);
        REQUIRE(draft);
        const QString text = textOf(draft->bytes, format, office.dir);
        CHECK(text.contains(QStringLiteral("Số 01-NQ/ĐU-M\nMẬT\nKHẨN\n")));
        CHECK(text.contains(QStringLiteral("NGHỊ QUYẾT\nvề công tác xây dựng Đảng năm 2026\n-----\n")));
        CHECK(text.contains(QStringLiteral("BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT NGHỊ:")));
        CHECK(text.contains(QStringLiteral("T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n")));
        // A secret line's draft is a plain file: the caller is told to warn.
        REQUIRE(draft->notes.size() == 1);
        CHECK(draft->notes.first().contains(QStringLiteral("Mật")));
        CHECK(draft->level == Confidentiality::Confidential);
    }
}

TEST_CASE("drafting needs the right to keep the register and the clearance of the line")
{
    Office office;
    const auto open = office.add(QStringLiteral("CV"), QStringLiteral("V/v họp"));
    const auto secret = office.add(QStringLiteral("CV"), QStringLiteral("V/v nhân sự"), Confidentiality::Secret);
    auto leader = addSignedInUser(*office.chief, QStringLiteral("bithu"), office::Role::Leader, office::Clearance::TopSecret, "mat-khau-bi-thu");
    auto refused = drafts::OutgoingDrafter(leader->database(), leader->user(), leader->actor()).draft(open.id, DraftFormat::Odt);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Kind::Forbidden);

    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential, "mat-khau-van-thu");
    drafts::OutgoingDrafter clerkDrafts(clerk->database(), clerk->user(), clerk->actor());
    CHECK(clerkDrafts.draft(open.id, DraftFormat::Docx));
    auto above = clerkDrafts.draft(secret.id, DraftFormat::Docx);
    REQUIRE_FALSE(above);
    CHECK(above.error().kind == Kind::Forbidden);

    // On the ordinary file a secret line's content is not kept, nor drafted.
    Office ordinary(false);
    const auto mark = ordinary.add(QStringLiteral("CV"), QString(), Confidentiality::Confidential);
    auto notHere = drafts::OutgoingDrafter(ordinary.db(), ordinary.chief->user(), ordinary.chief->actor()).draft(mark.id, DraftFormat::Odt);
    REQUIRE_FALSE(notHere);
    CHECK(notHere.error().message.contains(QStringLiteral("secret file")));
}

TEST_CASE("an office's own template is used for drafts, kept encrypted, and reset to the default")
{
    Office office;
    const auto line = office.add(QStringLiteral("CV"), QStringLiteral("V/v báo cáo quý I"));
    // A template as Word saves it, stored uncompressed so that its words would show in a plain file.
    const QByteArray documentXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>MAU-RIENG-CANARY So {{so_</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>ky_hieu}}</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>{{nguoi_ky}} {{truong_la}}</w:t></w:r></w:p></w:body></w:document>";
    const QByteArray mine = drafts::TemplateDocument::pack(
        DraftFormat::Docx,
        {{QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                                  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                                                  "wordprocessingml.document.main+xml\"/></Types>"},
         {QStringLiteral("word/document.xml"), documentXml}},
        false);
    REQUIRE(mine.contains("MAU-RIENG-CANARY"));

    auto clerk = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "mat-khau-van-thu");
    CHECK(drafts::TemplateStore(clerk->database(), clerk->actor()).import(QStringLiteral("CV"), QStringLiteral("cv.docx"), mine)
              .error().kind == Kind::Forbidden);

    drafts::TemplateStore store(office.db(), office.chief->actor());
    auto bad = store.import(QStringLiteral("CV"), QStringLiteral("scan.pdf"), "%PDF-1.4\n");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == Kind::Invalid);
    CHECK(store.import(QStringLiteral("XYZ"), QStringLiteral("cv.docx"), mine).error().kind == Kind::Invalid);
    auto imported = store.import(QStringLiteral("cv"), QStringLiteral("/tmp/cv.docx"), mine);
    REQUIRE(imported);
    CHECK(imported->format == DraftFormat::Docx);
    REQUIRE(imported->warnings.size() == 1);
    CHECK(imported->warnings.first().contains(QStringLiteral("{{truong_la}}")));
    auto listed = store.list();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().typeCode == QStringLiteral("CV"));
    CHECK(listed->first().fileName == QStringLiteral("cv.docx"));

    drafts::OutgoingDrafter drafter(office.db(), office.chief->user(), office.chief->actor());
    auto draft = drafter.draft(line.id, DraftFormat::Docx);
    REQUIRE(draft);
    CHECK(draft->officeTemplate);
    const QString text = drafts::TemplateDocument::read(draft->bytes)->plainText();
    CHECK(text == QStringLiteral("MAU-RIENG-CANARY So 01-CV/ĐU\nNguyễn Văn An {{truong_la}}\n"));
    CHECK(draft->notes.join(QLatin1Char(' ')).contains(QStringLiteral("{{truong_la}}")));
    // The ODT drafts still come from the shipped template.
    CHECK_FALSE(drafter.draft(line.id, DraftFormat::Odt)->officeTemplate);

    // Inside the encrypted file only: neither the file nor its log holds the template's words.
    office.chief.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        if (QFile::exists(office.path() + suffix))
            CHECK_FALSE(readAll(office.path() + suffix).contains("MAU-RIENG-CANARY"));
    auto reopened = office::OfficeSession::open(office.path(), QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
    REQUIRE(reopened);
    drafts::TemplateStore again((*reopened)->database(), (*reopened)->actor());
    auto exported = again.exportTemplate(QStringLiteral("CV"), DraftFormat::Docx);
    REQUIRE(exported);
    CHECK(exported->bytes == mine);
    REQUIRE(again.reset(QStringLiteral("CV"), DraftFormat::Docx));
    CHECK_FALSE(again.effective(QStringLiteral("CV"), DraftFormat::Docx)->office);
    CHECK(again.list()->isEmpty());
}

TEST_CASE("the finished draft is attached back to its register line")
{
    Office office;
    const auto line = office.add(QStringLiteral("CV"), QStringLiteral("V/v họp"));
    auto draft = drafts::OutgoingDrafter(office.db(), office.chief->user(), office.chief->actor()).draft(line.id, DraftFormat::Odt);
    REQUIRE(draft);
    documents::AttachmentStore files(office.db(), office.chief->user(), office.chief->actor());
    auto attached = files.add(QStringLiteral("out"), line.id, QStringLiteral("01-CV-DU.odt"), draft->bytes);
    REQUIRE(attached);
    CHECK(attached->mimeType == QStringLiteral("application/vnd.oasis.opendocument.text"));
    CHECK(files.read(attached->id).value() == draft->bytes);
    CHECK(files.add(QStringLiteral("out"), line.id, QStringLiteral("ghi-chu.txt"), "chỉ là chữ").error().kind == Kind::Invalid);
}

TEST_CASE("the signer's title under the signing capacity is the role, without the body the header names")
{
    const auto [position, title] = GENERATE(table<const char *, const char *>({
        {"Phó Bí thư Thường trực Đảng ủy", "Phó Bí thư Thường trực"},
        {"Bí thư Đảng ủy xã Tân Phú", "Bí thư"},
        {"Phó Bí thư Đảng ủy, Chủ tịch HĐND xã", "Phó Bí thư"},
        {"Bí thư", "Bí thư"},
        {"Đảng ủy viên, Chánh Văn phòng Đảng ủy", "Đảng ủy viên"},
    }));
    CHECK(drafts::OutgoingDrafter::signingTitle(QString::fromUtf8(position)) == QString::fromUtf8(title));
}

TEST_CASE("a decision of the executive committee's conference is drafted for the executive committee")
{
    Office office;
    meetings::Meeting conference;
    conference.kind = meetings::MeetingKind::Committee;
    conference.body = meetings::MeetingBody::Committee;
    conference.startsAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    conference.place = QStringLiteral("Hội trường Đảng ủy");
    auto meeting = meetings::MeetingStore(office.db(), office.chief->actor()).add(conference, {{0, 0, QStringLiteral("Nghị quyết chuyên đề"), {}, {}, 60, {}}});
    REQUIRE(meeting);
    REQUIRE(meeting->body == meetings::MeetingBody::Committee);
    auto decision = meetings::DecisionBook(office.db(), office.chief->user(), office.chief->actor())
                        .add(meeting->id, 0, QStringLiteral("NQ"), QStringLiteral("Về chuyển đổi số"));
    REQUIRE(decision);
    documents::OutgoingRegister outgoing(office.db(), office.chief->user(), office.chief->actor());
    auto line = outgoing.get(decision->outgoingId);
    REQUIRE(line);
    documents::OutgoingDocument signedBy = line.value();
    signedBy.signer = QStringLiteral("Nguyễn Văn An");
    signedBy.capacity = QStringLiteral("T/M");
    REQUIRE(outgoing.correct(decision->outgoingId, signedBy, QStringLiteral("người ký")));
    drafts::OutgoingDrafter drafter(office.db(), office.chief->user(), office.chief->actor());
    auto draft = drafter.draft(decision->outgoingId, DraftFormat::Odt);
    REQUIRE(draft);
    const QString text = textOf(draft->bytes, DraftFormat::Odt, office.dir);
    CHECK(text.contains(QStringLiteral("BAN CHẤP HÀNH ĐẢNG BỘ QUYẾT NGHỊ:")));
    CHECK(text.contains(QStringLiteral("T/M BAN CHẤP HÀNH\nBÍ THƯ\nNguyễn Văn An\n")));
    CHECK_FALSE(text.contains(QStringLiteral("BAN THƯỜNG VỤ")));
}
