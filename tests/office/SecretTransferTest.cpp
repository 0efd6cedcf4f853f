// Moving the secret register lines from the ordinary file (networked
// computer) to the secret file (standalone computer): an explicit, audited
// export through an encrypted file, numbers kept, each line and each
// transfer once, from one office's one ordinary file.
#include "TestSupport.h"

#include "documents/IncomingRegister.h"
#include "documents/LineHistory.h"
#include "documents/OutgoingRegister.h"
#include "documents/SecretTransfer.h"
#include "office/OfficeProfile.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;
using documents::Confidentiality;
using documents::SecretTransfer;

namespace {
std::unique_ptr<office::OfficeSession> makeOffice(const QString &path, bool forSecrets, const QString &name = QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ"))
{
    auto office = sampleOffice();
    office.forSecrets = forSecrets;
    office.profile.organisationName = name;
    office.profile.committeeName = office::OfficeProfile::committeeOf(name);
    auto created = office::OfficeSession::create(path, office, "chanh-2026", cheapOptions());
    REQUIRE(created);
    REQUIRE(office::TermStore(created->session->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    return std::move(created->session);
}

documents::IncomingDocument secretLetter(const QString &symbol, Confidentiality level = Confidentiality::Confidential)
{
    documents::IncomingDocument d = sampleIncoming(level, QString());
    d.symbol = documents::DocumentSymbol::parse(symbol);
    return d;
}

int auditEntries(storage::Database &db, const QString &action)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'secret_transfers' AND action = ?"));
    q.addBindValue(action);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

struct Offices
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> ordinary = makeOffice(dir.filePath(QStringLiteral("van-phong.vpdb")), false);
    std::unique_ptr<office::OfficeSession> secret = makeOffice(dir.filePath(QStringLiteral("mat.vpdb")), true);
    QString file(const QString &name) const { return dir.filePath(name); }
};
} // namespace

TEST_CASE("secret lines go from the ordinary file to the secret file with their numbers, once")
{
    Offices o;
    documents::IncomingRegister ordinaryIn(o.ordinary->database(), o.ordinary->user(), o.ordinary->actor());
    auto first = ordinaryIn.add(secretLetter(QStringLiteral("15-CV/BTCTU")));
    auto second = ordinaryIn.add(secretLetter(QStringLiteral("16-CV/BTCTU"), Confidentiality::Secret));
    auto plain = ordinaryIn.add(sampleIncoming(Confidentiality::Normal, QStringLiteral("Kế hoạch năm")));
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(plain);
    documents::OutgoingDocument out;
    out.typeCode = QStringLiteral("BC");
    out.documentDate = QDate(2026, 11, 21);
    out.signer = QStringLiteral("Nguyễn Văn An");
    out.confidentiality = Confidentiality::Confidential;
    auto reserved = documents::OutgoingRegister(o.ordinary->database(), o.ordinary->user(), o.ordinary->actor())
                        .add(out, documents::OutgoingRegister::Mode::Reserve);
    REQUIRE(reserved);

    SecretTransfer fromOrdinary(*o.ordinary, cheapOptions());
    const QString carried = o.file(QStringLiteral("chuyen.vpchuyen"));
    CHECK(fromOrdinary.exportLines(carried, "ngan").error().kind == Kind::Invalid); // the password policy
    auto exported = fromOrdinary.exportLines(carried, "chuyen-mat-2026");
    REQUIRE(exported);
    CHECK(exported->incoming == 2);
    CHECK(exported->outgoing == 1);
    CHECK(auditEntries(o.ordinary->database(), QStringLiteral("export")) == 1);
    // Each line is exported once.
    const QString again = o.file(QStringLiteral("lan-hai.vpchuyen"));
    CHECK(fromOrdinary.exportLines(again, "chuyen-mat-2026").error().kind == Kind::Invalid);
    CHECK_FALSE(QFileInfo::exists(again));
    // The transfer goes into the secret file only.
    CHECK(fromOrdinary.receive(carried, "chuyen-mat-2026", false).error().kind == Kind::Invalid);

    SecretTransfer intoSecret(*o.secret, cheapOptions());
    CHECK(intoSecret.exportLines(again, "chuyen-mat-2026").error().kind == Kind::Invalid); // never back
    CHECK(intoSecret.receive(carried, "sai-mat-khau-1", false).error().kind == Kind::WrongCredentials);
    auto preview = intoSecret.receive(carried, "chuyen-mat-2026", true);
    REQUIRE(preview);
    CHECK(preview->incoming == 2);
    CHECK(countRows(o.secret->database(), QStringLiteral("incoming_documents")) == 0); // a dry run writes nothing
    auto received = intoSecret.receive(carried, "chuyen-mat-2026", false);
    REQUIRE(received);
    CHECK(received->incoming == 2);
    CHECK(received->outgoing == 1);
    CHECK(received->exportedBy == QStringLiteral("chanhvp"));
    CHECK(received->toComplete.size() == 3);
    CHECK(auditEntries(o.secret->database(), QStringLiteral("receive")) == 1);

    // In the secret file: the same numbers in the secret register; the ordinary line stayed behind.
    documents::IncomingRegister secretIn(o.secret->database(), o.secret->user(), o.secret->actor());
    auto moved = secretIn.getByNumber(2026, first->number, true);
    REQUIRE(moved);
    CHECK(moved->symbol.verbatim == QStringLiteral("15-CV/BTCTU"));
    CHECK(moved->confidentiality == Confidentiality::Confidential);
    CHECK(secretIn.getByNumber(2026, second->number, true)->confidentiality == Confidentiality::Secret);
    CHECK(countRows(o.secret->database(), QStringLiteral("incoming_documents")) == 2);
    auto movedOut = documents::OutgoingRegister(o.secret->database(), o.secret->user(), o.secret->actor()).getBySymbol(reserved->symbol);
    REQUIRE(movedOut);
    CHECK(movedOut->number == reserved->number);
    // Its history says where it came from; the excerpt is filled in here.
    auto history = documents::LineHistory::of(o.secret->database(), documents::LineHistory::Register::Incoming, moved->id, false);
    REQUIRE(history);
    CHECK(history->first().action == QStringLiteral("transfer"));
    documents::IncomingDocument completed = moved.value();
    completed.excerpt = QStringLiteral("Về nhân sự dự kiến");
    REQUIRE(secretIn.correct(moved->id, completed, QStringLiteral("Bổ sung trích yếu từ bản giấy")));
    // A secret line registered here afterwards continues the series.
    auto next = secretIn.add([] { auto d = secretLetter(QStringLiteral("20-CV/BTCTU")); d.excerpt = QStringLiteral("Về kiểm tra"); return d; }());
    REQUIRE(next);
    CHECK(next->number == second->number + 1);

    // A transfer is brought in once.
    CHECK(intoSecret.receive(carried, "chuyen-mat-2026", false).error().kind == Kind::Invalid);
    // The next secret line of the ordinary file travels alone.
    REQUIRE(ordinaryIn.add(secretLetter(QStringLiteral("30-CV/BTCTU"))));
    auto later = fromOrdinary.exportLines(again, "chuyen-mat-2026");
    REQUIRE(later);
    CHECK(later->incoming == 1);
    CHECK(later->outgoing == 0);
}

TEST_CASE("a transfer that clashes, or comes from elsewhere, brings nothing in")
{
    Offices o;
    documents::IncomingRegister ordinaryIn(o.ordinary->database(), o.ordinary->user(), o.ordinary->actor());
    REQUIRE(ordinaryIn.add(secretLetter(QStringLiteral("15-CV/BTCTU"))));
    const QString carried = o.file(QStringLiteral("chuyen.vpchuyen"));
    REQUIRE(SecretTransfer(*o.ordinary, cheapOptions()).exportLines(carried, "chuyen-mat-2026"));

    SECTION("number 1 of the secret register is another document in the secret file")
    {
        documents::IncomingRegister secretIn(o.secret->database(), o.secret->user(), o.secret->actor());
        auto own = secretLetter(QStringLiteral("99-CV/CA"));
        own.sender = QStringLiteral("Công an tỉnh");
        own.excerpt = QStringLiteral("Về bảo vệ bí mật");
        REQUIRE(secretIn.add(own));
        auto clash = SecretTransfer(*o.secret, cheapOptions()).receive(carried, "chuyen-mat-2026", false);
        REQUIRE_FALSE(clash);
        CHECK(clash.error().kind == Kind::Invalid);
        CHECK(clash.error().message.contains(QStringLiteral("Công an tỉnh")));
        CHECK(countRows(o.secret->database(), QStringLiteral("incoming_documents")) == 1);
        CHECK(countRows(o.secret->database(), QStringLiteral("secret_transfers")) == 0);
    }
    SECTION("the same line is there already: skipped, not doubled")
    {
        REQUIRE(SecretTransfer(*o.secret, cheapOptions()).receive(carried, "chuyen-mat-2026", false));
        // Another ordinary file of the same office name cannot feed this secret file.
        auto stranger = makeOffice(o.file(QStringLiteral("khac.vpdb")), false);
        REQUIRE(documents::IncomingRegister(stranger->database(), stranger->user(), stranger->actor())
                    .add(secretLetter(QStringLiteral("15-CV/BTCTU"))));
        const QString foreign = o.file(QStringLiteral("khac.vpchuyen"));
        REQUIRE(SecretTransfer(*stranger, cheapOptions()).exportLines(foreign, "chuyen-mat-2026"));
        auto refused = SecretTransfer(*o.secret, cheapOptions()).receive(foreign, "chuyen-mat-2026", false);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Kind::Forbidden);
        CHECK(countRows(o.secret->database(), QStringLiteral("incoming_documents")) == 1);
    }
    SECTION("another office")
    {
        auto other = makeOffice(o.file(QStringLiteral("mat-khac.vpdb")), true, QStringLiteral("ĐẢNG BỘ XÃ TÂN AN"));
        auto refused = SecretTransfer(*other, cheapOptions()).receive(carried, "chuyen-mat-2026", false);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("TÂN PHÚ")));
    }
    SECTION("only the registers' keepers move lines")
    {
        auto viewer = addSignedInUser(*o.ordinary, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::TopSecret, "chi-xem-2026");
        REQUIRE(viewer);
        CHECK(SecretTransfer(*viewer, cheapOptions()).exportLines(o.file(QStringLiteral("x.vpchuyen")), "chuyen-mat-2026").error().kind
              == Kind::Forbidden);
        auto secretViewer = addSignedInUser(*o.secret, QStringLiteral("xem"), office::Role::Leader, office::Clearance::TopSecret, "lanh-dao-2026");
        REQUIRE(secretViewer);
        CHECK(SecretTransfer(*secretViewer, cheapOptions()).receive(carried, "chuyen-mat-2026", false).error().kind == Kind::Forbidden);
    }
}
