// The ordinary office file and the secret one (Luật Bảo vệ bí mật nhà nước
// 2018, Điều 5): on the ordinary file a Mật or higher line keeps only its
// register line; its content belongs to the secret file.
#include "TestSupport.h"

#include "documents/AttachmentStore.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/PaperFiles.h"
#include "office/SecretFile.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;
using documents::Confidentiality;

namespace {
std::unique_ptr<office::OfficeSession> makeOffice(const QTemporaryDir &dir, bool forSecrets)
{
    auto office = sampleOffice();
    office.forSecrets = forSecrets;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), office, "chanh-2026", cheapOptions());
    REQUIRE(created);
    REQUIRE(office::TermStore(created->session->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    return std::move(created->session);
}

} // namespace

TEST_CASE("the ordinary file keeps only the register line of a secret document")
{
    QTemporaryDir dir;
    auto chief = makeOffice(dir, false);
    storage::Database &db = chief->database();
    CHECK_FALSE(office::SecretFile::isSecretFile(db));
    documents::IncomingRegister in(db, chief->user(), chief->actor());

    // Content of a Mật line is refused, pointing to the secret file; the line itself is registered.
    auto refused = in.add(sampleIncoming(Confidentiality::Confidential, QStringLiteral("Nhân sự dự kiến")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("secret file")));
    auto registered = in.add(sampleIncoming(Confidentiality::Confidential, QString()));
    REQUIRE(registered);
    CHECK(registered->secretSeries);
    CHECK(in.assign(registered->id, QStringLiteral("Ban Tổ chức"), QStringLiteral("Đề xuất phương án"), {}).error().kind == Kind::Forbidden);
    CHECK(in.assign(registered->id, QStringLiteral("Ban Tổ chức"), QString(), {}));
    CHECK(documents::AttachmentStore(db, chief->user(), chief->actor())
              .add(QStringLiteral("in"), registered->id, QStringLiteral("scan.pdf"), "%PDF-1.4\n% scan\n")
              .error().kind == Kind::Forbidden);
    // Ordinary documents keep everything.
    auto open = in.add(sampleIncoming(Confidentiality::Normal, QStringLiteral("Kế hoạch năm")));
    REQUIRE(open);
    CHECK(documents::AttachmentStore(db, chief->user(), chief->actor())
              .add(QStringLiteral("in"), open->id, QStringLiteral("scan.pdf"), "%PDF-1.4\n% scan\n"));

    documents::OutgoingDocument out;
    out.typeCode = QStringLiteral("CV");
    out.documentDate = QDate(2026, 11, 21);
    out.excerpt = QStringLiteral("Về nhân sự");
    out.signer = QStringLiteral("Nguyễn Văn An");
    out.confidentiality = Confidentiality::Secret;
    documents::OutgoingRegister outgoing(db, chief->user(), chief->actor());
    CHECK(outgoing.add(out, documents::OutgoingRegister::Mode::Reserve).error().kind == Kind::Forbidden);
    out.excerpt.clear();
    CHECK(outgoing.add(out, documents::OutgoingRegister::Mode::Reserve));

    // A secret meeting is listed; its minutes and papers' files are not kept here.
    meetings::Meeting m;
    m.kind = meetings::MeetingKind::Standing;
    m.startsAt = QDateTime(QDate(2026, 12, 3), QTime(14, 0));
    m.confidentiality = office::Clearance::Secret;
    auto meeting = meetings::MeetingStore(db, chief->actor()).add(m);
    REQUIRE(meeting);
    meetings::MinutesEntry said{0, meeting->id, 0, 0, meetings::MinutesEntry::Kind::Note, {}, QStringLiteral("Khai mạc"), 0, 0, 0, {}};
    CHECK(meetings::MinutesBook(db, chief->actor()).add(said).error().kind == Kind::Forbidden);
    auto paper = meetings::MeetingDocuments(db, chief->actor()).add({0, meeting->id, QStringLiteral("Danh sách"), Confidentiality::Normal, false, {}});
    REQUIRE(paper);
    CHECK(meetings::PaperFiles(db, chief->user(), chief->actor()).add(paper->id, QStringLiteral("ds.pdf"), "%PDF-1.4\n").error().kind
          == Kind::Forbidden);

    // A meeting that already has minutes here cannot be marked secret afterwards: they would stay here.
    meetings::Meeting plain = m;
    plain.confidentiality = office::Clearance::Normal;
    plain.startsAt = plain.startsAt.addDays(1);
    auto held = meetings::MeetingStore(db, chief->actor()).add(plain);
    REQUIRE(held);
    meetings::MinutesEntry opened{0, held->id, 0, 0, meetings::MinutesEntry::Kind::Note, {}, QStringLiteral("Khai mạc"), 0, 0, 0, {}};
    REQUIRE(meetings::MinutesBook(db, chief->actor()).add(opened));
    meetings::Meeting raised = held.value();
    raised.confidentiality = office::Clearance::Confidential;
    CHECK(meetings::MeetingStore(db, chief->actor()).update(raised).error().kind == Kind::Invalid);
    CHECK(meetings::MeetingStore(db, chief->actor()).get(held->id)->confidentiality == office::Clearance::Normal);

    // The kind of a file is set once.
    CHECK_FALSE(office::SecretFile::mark(db, true, chief->actor()));
    CHECK_FALSE(office::SecretFile::isSecretFile(db));
}

TEST_CASE("the secret file keeps secret documents in full")
{
    QTemporaryDir dir;
    auto chief = makeOffice(dir, true);
    storage::Database &db = chief->database();
    CHECK(office::SecretFile::isSecretFile(db));
    documents::IncomingRegister in(db, chief->user(), chief->actor());
    auto added = in.add(sampleIncoming(Confidentiality::TopSecret, QStringLiteral("Nhân sự dự kiến")));
    REQUIRE(added);
    CHECK(in.assign(added->id, QStringLiteral("Ban Tổ chức"), QStringLiteral("Đề xuất phương án"), {}));
    CHECK(documents::AttachmentStore(db, chief->user(), chief->actor())
              .add(QStringLiteral("in"), added->id, QStringLiteral("scan.pdf"), "%PDF-1.4\n% scan\n"));
    // Loopback never counts as a network.
    for (const QString &name : office::SecretFile::connectedInterfaces())
        CHECK(name != QStringLiteral("lo"));
    REQUIRE(office::SecretFile::confirmStandalone(db, chief->actor(), {QStringLiteral("eth0")}));
    // Only the office chief vouches for the computer.
    auto viewer = addSignedInUser(*chief, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::TopSecret, "chi-xem-2026");
    CHECK(office::SecretFile::confirmStandalone(viewer->database(), viewer->actor(), {QStringLiteral("eth0")}).error().kind
          == Kind::Forbidden);
    CHECK(chief->verify().ok);
}
