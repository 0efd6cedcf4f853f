// The managed completion lists (issue 10): the registers teach names, a clerk
// corrects, merges and prunes them, and recipient groups expand to their
// members on a new outgoing document.
#include "TestSupport.h"

#include "directory/NameDirectory.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

using namespace vanphong;
using namespace vanphong::directory;
using namespace vanphong::documents;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

namespace {
struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> chief;
    std::unique_ptr<office::OfficeSession> clerk;
    std::unique_ptr<office::OfficeSession> viewer;

    Office()
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026",
                                                     cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        REQUIRE(office::TermStore(chief->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), chief->actor()));
        clerk = addSignedInUser(*chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
        viewer = addSignedInUser(*chief, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "nguoi-xem-2026");
        REQUIRE(clerk);
        REQUIRE(viewer);
    }
    NameDirectory names(office::OfficeSession &s) { return NameDirectory(s.database(), s.actor()); }
    IncomingDocument receive(const QString &sender, const QDate &day)
    {
        IncomingDocument d;
        d.receivedAt = QDateTime(day, QTime(9, 0));
        d.sender = sender;
        d.symbol = DocumentSymbol::parse(QStringLiteral("12-CV/HU"));
        d.documentDate = day.addDays(-2);
        d.excerpt = QStringLiteral("Về việc báo cáo sơ kết");
        auto added = IncomingRegister(clerk->database(), clerk->user(), clerk->actor()).add(d);
        REQUIRE(added);
        return added.value();
    }
};

QStringList namesOf(const QList<DirectoryName> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out << e.name;
    return out;
}
} // namespace

TEST_CASE("The registers teach the lists, and a corrected typo can be merged and no longer offered", "[directory]")
{
    Office office;
    office.receive(QStringLiteral("Huyện ủy Đông Anh"), QDate(2026, 3, 2));
    office.receive(QStringLiteral("Huyện ủy Đông Anh"), QDate(2026, 3, 3));
    const IncomingDocument typo = office.receive(QStringLiteral("Huyen uy Dong Anh"), QDate(2026, 3, 4));

    auto names = office.names(*office.clerk);
    auto suggestions = names.suggestions(NameKind::Sender);
    REQUIRE(suggestions);
    CHECK(suggestions->value(0) == QStringLiteral("Huyện ủy Đông Anh")); // most used first
    CHECK(suggestions->contains(QStringLiteral("Huyen uy Dong Anh")));

    // The line is corrected in its register; the typo then has no line and is pruned.
    IncomingRegister reg(office.clerk->database(), office.clerk->user(), office.clerk->actor());
    IncomingDocument fixed = typo;
    fixed.sender = QStringLiteral("Huyện ủy Đông Anh");
    REQUIRE(reg.correct(typo.id, fixed, QStringLiteral("Gõ thiếu dấu")));
    auto entries = names.entries(NameKind::Sender);
    REQUIRE(entries);
    for (const auto &e : entries.value())
        CHECK(e.uses == (e.name == QStringLiteral("Huyện ủy Đông Anh") ? 3 : 0));
    auto pruned = names.prune(NameKind::Sender);
    REQUIRE(pruned);
    CHECK(pruned.value() == 1);
    CHECK(namesOf(names.entries(NameKind::Sender).value()) == QStringList{QStringLiteral("Huyện ủy Đông Anh")});
}

TEST_CASE("Merging two spellings keeps one; the other is remembered and not learnt again", "[directory]")
{
    Office office;
    office.receive(QStringLiteral("UBND xã Tân Lập"), QDate(2026, 3, 2));
    office.receive(QStringLiteral("Ủy ban nhân dân xã Tân Lập"), QDate(2026, 3, 5));
    auto names = office.names(*office.clerk);
    auto from = names.find(NameKind::Sender, QStringLiteral("ubnd xã tân lập")); // case ignored
    auto into = names.find(NameKind::Sender, QStringLiteral("Ủy ban nhân dân xã Tân Lập"));
    REQUIRE(from);
    REQUIRE(into);
    REQUIRE(names.merge(from->id, into->id));

    auto entries = names.entries(NameKind::Sender);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().aliases == QStringList{QStringLiteral("UBND xã Tân Lập")});
    CHECK(entries->first().uses == 2); // both lines, as they were written
    CHECK(entries->first().lastUsed == QDate(2026, 3, 5));
    // Typing the old spelling finds the name it was merged into, and a new line does not bring it back.
    CHECK(names.find(NameKind::Sender, QStringLiteral("UBND xã Tân Lập"))->name == QStringLiteral("Ủy ban nhân dân xã Tân Lập"));
    office.receive(QStringLiteral("UBND xã Tân Lập"), QDate(2026, 3, 9));
    CHECK(namesOf(names.entries(NameKind::Sender).value()) == QStringList{QStringLiteral("Ủy ban nhân dân xã Tân Lập")});
    // Marks matter: Hà and Hạ are two people.
    REQUIRE(names.add(NameKind::Assignee, QStringLiteral("Lê Thị Hà")));
    REQUIRE(names.add(NameKind::Assignee, QStringLiteral("Lê Thị Hạ")));
    CHECK(names.add(NameKind::Assignee, QStringLiteral("lê thị hà")).error().kind == Kind::Invalid);
}

TEST_CASE("Renaming keeps the old spelling as an alias and refuses a clash", "[directory]")
{
    Office office;
    office.receive(QStringLiteral("Ban Tuyen giao Huyen uy"), QDate(2026, 3, 2));
    office.receive(QStringLiteral("Ban Tổ chức Huyện ủy"), QDate(2026, 3, 2));
    auto names = office.names(*office.clerk);
    auto typo = names.find(NameKind::Sender, QStringLiteral("Ban Tuyen giao Huyen uy"));
    REQUIRE(typo);
    CHECK(names.rename(typo->id, QStringLiteral("Ban Tổ chức Huyện ủy")).error().kind == Kind::Invalid);
    REQUIRE(names.rename(typo->id, QStringLiteral("Ban Tuyên giáo Huyện ủy")));
    auto renamed = names.find(NameKind::Sender, QStringLiteral("Ban Tuyen giao Huyen uy"));
    REQUIRE(renamed);
    CHECK(renamed->name == QStringLiteral("Ban Tuyên giáo Huyện ủy"));
    CHECK(renamed->uses == 1);
}

TEST_CASE("Only those who keep the registers change the lists; everyone reads them", "[directory]")
{
    Office office;
    auto viewerNames = office.names(*office.viewer);
    CHECK(viewerNames.add(NameKind::Sender, QStringLiteral("Huyện ủy")).error().kind == Kind::Forbidden);
    CHECK(viewerNames.saveGroup({0, QStringLiteral("Các chi bộ"), {QStringLiteral("Chi bộ 1")}}).error().kind == Kind::Forbidden);
    CHECK(viewerNames.prune(NameKind::Sender).error().kind == Kind::Forbidden);
    REQUIRE(office.names(*office.clerk).add(NameKind::Sender, QStringLiteral("Huyện ủy")));
    CHECK(viewerNames.suggestions(NameKind::Sender).value() == QStringList{QStringLiteral("Huyện ủy")});
    CHECK(office.names(*office.clerk).add(NameKind::Recipient, QStringLiteral("Lưu Văn phòng")).error().kind == Kind::Invalid);
}

TEST_CASE("A recipient group expands to its members on a new outgoing document", "[directory]")
{
    Office office;
    auto names = office.names(*office.clerk);
    auto group = names.saveGroup({0, QStringLiteral("Các chi bộ trực thuộc"),
                                  {QStringLiteral("Chi bộ thôn 1"), QStringLiteral("Chi bộ thôn 2"), QStringLiteral("chi bộ thôn 1"),
                                   QStringLiteral("Chi bộ Trường Tiểu học")}});
    REQUIRE(group);
    CHECK(group->members.size() == 3); // named once each
    CHECK(names.saveGroup({0, QStringLiteral("các chi bộ trực thuộc"), {QStringLiteral("X")}}).error().kind == Kind::Invalid);
    CHECK(names.suggestions(NameKind::Recipient)->contains(NameDirectory::groupLabel(QStringLiteral("Các chi bộ trực thuộc"))));

    OutgoingRegister reg(office.clerk->database(), office.clerk->user(), office.clerk->actor());
    OutgoingDocument d;
    d.typeCode = QStringLiteral("TB");
    d.documentDate = QDate(2026, 3, 10);
    d.excerpt = QStringLiteral("Thông báo lịch họp tháng 3");
    d.signer = QStringLiteral("Nguyễn Văn An");
    d.capacity = QStringLiteral("T/M");
    d.recipients = {QStringLiteral("Ban Thường vụ Huyện ủy"), QStringLiteral("- Các chi bộ trực thuộc,"), QStringLiteral("Chi bộ thôn 2")};
    auto added = reg.add(d, OutgoingRegister::Mode::Reserve);
    REQUIRE(added);
    CHECK(added->recipients == QStringList{QStringLiteral("Ban Thường vụ Huyện ủy"), QStringLiteral("Chi bộ thôn 1"),
                                           QStringLiteral("Chi bộ thôn 2"), QStringLiteral("Chi bộ Trường Tiểu học"),
                                           QStringLiteral("Lưu Văn phòng")});
    // The members are offered one by one too, and counted.
    auto thon1 = names.find(NameKind::Recipient, QStringLiteral("Chi bộ thôn 1"));
    REQUIRE(thon1);
    CHECK(thon1->uses == 1);

    // A correction expands a group newly named; what the line listed before stays.
    REQUIRE(names.saveGroup({0, QStringLiteral("Mặt trận và đoàn thể"), {QStringLiteral("Ủy ban MTTQ xã"), QStringLiteral("Đoàn Thanh niên xã")}}));
    OutgoingDocument fix = added.value();
    fix.recipients = QStringList{QStringLiteral("Ban Thường vụ Huyện ủy"), QStringLiteral("Mặt trận và đoàn thể")};
    auto corrected = reg.correct(added->id, fix, QStringLiteral("Gửi thêm mặt trận"));
    REQUIRE(corrected);
    CHECK(corrected->recipients == QStringList{QStringLiteral("Ban Thường vụ Huyện ủy"), QStringLiteral("Ủy ban MTTQ xã"),
                                               QStringLiteral("Đoàn Thanh niên xã"), QStringLiteral("Lưu Văn phòng")});
    REQUIRE(names.removeGroup(group->id));
    CHECK(names.groups()->size() == 1);
}
