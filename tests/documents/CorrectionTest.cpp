// Correcting and cancelling register lines (sửa, hủy vào sổ): the number is
// never given again, the trail is the audit log, the printed book shows the
// corrected values with their trail, and the limits of each role hold.
#include "TestSupport.h"

#include "documents/DocumentMarks.h"
#include "documents/IncomingRegister.h"
#include "documents/LineHistory.h"
#include "documents/OutgoingRegister.h"
#include "documents/RegisterSearch.h"
#include "office/TermStore.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"
#include "reports/RegisterBook.h"
#include "storage/AuditLog.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>
#include <QTextDocument>

using namespace vanphong;
using namespace vanphong::documents;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

namespace {
struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> chief;
    std::unique_ptr<office::OfficeSession> clerk;

    Office()
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026",
                                                     cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        REQUIRE(office::TermStore(chief->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), chief->actor()));
        clerk = addSignedInUser(*chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential, "van-thu-2026");
        REQUIRE(clerk);
    }
    IncomingRegister incoming(office::OfficeSession &s) { return IncomingRegister(s.database(), s.user(), s.actor()); }
    OutgoingRegister outgoing(office::OfficeSession &s) { return OutgoingRegister(s.database(), s.user(), s.actor()); }
};

IncomingDocument letter(const QString &sender, const QString &symbol)
{
    IncomingDocument d;
    d.receivedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 15));
    d.sender = sender;
    d.symbol = DocumentSymbol::parse(symbol);
    d.documentDate = QDate(2026, 3, 2);
    d.excerpt = QStringLiteral("Về việc chuẩn bị hội nghị sơ kết");
    return d;
}

OutgoingDocument notice(const QDate &date)
{
    OutgoingDocument d;
    d.typeCode = QStringLiteral("TB");
    d.documentDate = date;
    d.excerpt = QStringLiteral("Thông báo lịch họp tháng 3");
    d.signer = QStringLiteral("Nguyễn Văn An");
    d.capacity = QStringLiteral("T/M");
    d.recipients = {QStringLiteral("Các chi bộ trực thuộc")};
    return d;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString printBook(office::OfficeSession &s, reports::RegisterBook::Kind kind, const QString &pdf)
{
    reports::RegisterBook::Request request{kind, QDate(2026, 1, 1), QDate(2026, 12, 31), false};
    auto doc = reports::RegisterBook::build(s.database(), s.user(), request, nullptr);
    REQUIRE(doc);
    REQUIRE(reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf, QStringLiteral("Sổ"), nullptr));
    return pdfText(pdf);
}
} // namespace

TEST_CASE("a mistyped sender is corrected: same number, the trail kept, the search and the printed book follow")
{
    Office office;
    auto reg = office.incoming(*office.clerk);
    auto added = reg.add(letter(QStringLiteral("Văn phòng Tỉnh ủu"), QStringLiteral("12-CV/VPTU")));
    REQUIRE(added);

    IncomingDocument fixed = added.value();
    fixed.sender = QStringLiteral("Văn phòng Tỉnh ủy");
    auto corrected = reg.correct(added->id, fixed, QStringLiteral("Gõ sai tên cơ quan"));
    REQUIRE(corrected);
    CHECK(corrected->number == added->number);
    CHECK(corrected->year == 2026);
    auto stored = reg.get(added->id);
    REQUIRE(stored);
    CHECK(stored->sender == QStringLiteral("Văn phòng Tỉnh ủy"));
    CHECK(stored->excerpt == added->excerpt);

    // The history: who, when, what before and after, and why.
    auto history = LineHistory::of(office.clerk->database(), LineHistory::Register::Incoming, added->id, false);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == QStringLiteral("insert"));
    const LineEvent &e = history->at(1);
    CHECK(e.action == QStringLiteral("correct"));
    CHECK(e.user == QStringLiteral("vanthu"));
    CHECK(e.reason == QStringLiteral("Gõ sai tên cơ quan"));
    CHECK(e.at.secsTo(QDateTime::currentDateTime()) < 120);
    REQUIRE(e.changes.size() == 1);
    CHECK(e.changes.at(0).field == QStringLiteral("sender"));
    CHECK(e.changes.at(0).before == QStringLiteral("Văn phòng Tỉnh ủu"));
    CHECK(e.changes.at(0).after == QStringLiteral("Văn phòng Tỉnh ủy"));
    CHECK(LineHistory::describe(e).contains(QStringLiteral("Văn phòng Tỉnh ủu → Văn phòng Tỉnh ủy")));

    // Search finds the corrected spelling, not the typo; the filters read the corrected sender.
    auto found = RegisterSearch::find(office.clerk->database(), office.clerk->user(), QStringLiteral("tinh uy"));
    REQUIRE(found);
    CHECK(found->size() == 1);
    auto typo = RegisterSearch::find(office.clerk->database(), office.clerk->user(), QStringLiteral("ủu"));
    REQUIRE(typo);
    CHECK(typo->isEmpty());
    IncomingFilter bySender;
    bySender.sender = QStringLiteral("tinh uy");
    CHECK(reg.list(bySender)->size() == 1);

    // The next line takes the next number: nothing was renumbered.
    auto next = reg.add(letter(QStringLiteral("Ban Tổ chức Tỉnh ủy"), QStringLiteral("40-HD/BTCTU")));
    REQUIRE(next);
    CHECK(next->number == added->number + 1);

    // The printed book: the corrected sender, the note of the correction, never the typo.
    const QString text = printBook(*office.clerk, reports::RegisterBook::Kind::Incoming, office.dir.filePath(QStringLiteral("den.pdf")));
    CHECK(text.contains(QStringLiteral("Văn phòng Tỉnh ủy")));
    CHECK_FALSE(text.contains(QStringLiteral("Tỉnh ủu")));
    CHECK(text.contains(QStringLiteral("Đã sửa ngày %1: Gõ sai tên cơ quan").arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")))));

    // The trail is the audit log, and it still verifies.
    CHECK(storage::AuditLog(office.clerk->database()).verify().ok);
}

TEST_CASE("a correction says why, changes something, and keeps the line in its year and register")
{
    Office office;
    auto reg = office.incoming(*office.clerk);
    auto added = reg.add(letter(QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("12-CV/VPTU")));
    REQUIRE(added);
    IncomingDocument same = added.value();

    auto noReason = reg.correct(added->id, same, QStringLiteral("  "));
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().kind == Kind::Invalid);

    auto nothing = reg.correct(added->id, same, QStringLiteral("Kiểm tra"));
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().kind == Kind::Invalid);

    IncomingDocument otherYear = same;
    otherYear.receivedAt = QDateTime(QDate(2025, 12, 30), QTime(9, 0));
    otherYear.documentDate = QDate(2025, 12, 29);
    auto moved = reg.correct(added->id, otherYear, QStringLiteral("Sai ngày"));
    REQUIRE_FALSE(moved);
    CHECK(moved.error().message.contains(QStringLiteral("2026")));

    IncomingDocument secret = same;
    secret.confidentiality = Confidentiality::Confidential;
    auto series = reg.correct(added->id, secret, QStringLiteral("Là văn bản mật"));
    REQUIRE_FALSE(series);
    CHECK(series.error().kind == Kind::Invalid);

    IncomingDocument emptied = same;
    emptied.sender.clear();
    auto invalid = reg.correct(added->id, emptied, QStringLiteral("Xóa"));
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().kind == Kind::Invalid);

    // Within the year, the day received can be put right.
    IncomingDocument earlier = same;
    earlier.receivedAt = QDateTime(QDate(2026, 3, 3), QTime(9, 15));
    REQUIRE(reg.correct(added->id, earlier, QStringLiteral("Nhận hôm trước")));
    CHECK(reg.get(added->id)->receivedAt.date() == QDate(2026, 3, 3));
    // Nothing refused above was written.
    auto history = LineHistory::of(office.clerk->database(), LineHistory::Register::Incoming, added->id, false);
    REQUIRE(history);
    CHECK(history->size() == 2);
}

TEST_CASE("a cancelled line stays in the book, marked with its day and reason; its number is never given again")
{
    Office office;
    auto reg = office.incoming(*office.clerk);
    auto first = reg.add(letter(QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("12-CV/VPTU")));
    REQUIRE(first);
    REQUIRE_FALSE(reg.cancel(first->id, QString()));
    REQUIRE(reg.cancel(first->id, QStringLiteral("Vào sổ nhầm văn bản của cơ quan khác")));
    auto cancelled = reg.get(first->id);
    REQUIRE(cancelled);
    CHECK(cancelled->status == IncomingDocument::Status::Cancelled);
    CHECK(cancelled->cancelledOn == QDate::currentDate());
    CHECK(cancelled->cancelReason == QStringLiteral("Vào sổ nhầm văn bản của cơ quan khác"));

    // It stays cancelled: no correction, no other status, no second cancellation.
    IncomingDocument changed = cancelled.value();
    changed.sender = QStringLiteral("Ban Tuyên giáo");
    CHECK_FALSE(reg.correct(first->id, changed, QStringLiteral("Sửa")));
    CHECK_FALSE(reg.setStatus(first->id, IncomingDocument::Status::Done));
    CHECK_FALSE(reg.cancel(first->id, QStringLiteral("Lần nữa")));
    CHECK_FALSE(reg.setStatus(first->id, IncomingDocument::Status::Cancelled)); // only with a reason

    // The same letter can be registered again, under the next number.
    auto again = reg.add(letter(QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("12-CV/VPTU")));
    REQUIRE(again);
    CHECK(again->number == first->number + 1);
    const auto duplicate = reg.findDuplicate(again.value());
    CHECK((!duplicate || duplicate->id != first->id)); // a cancelled line is no duplicate

    const QString text = printBook(*office.clerk, reports::RegisterBook::Kind::Incoming, office.dir.filePath(QStringLiteral("den.pdf")));
    CHECK(text.contains(QStringLiteral("Đã hủy ngày %1: Vào sổ nhầm văn bản của cơ quan khác")
                            .arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")))));
    CHECK(text.contains(QStringLiteral("Số văn bản đã đăng ký: 2")));
}

TEST_CASE("a document marked done can be taken back to work")
{
    Office office;
    auto reg = office.incoming(*office.clerk);
    auto added = reg.add(letter(QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("12-CV/VPTU")));
    REQUIRE(added);
    CHECK_FALSE(reg.reopen(added->id)); // new: nothing to take back
    REQUIRE(reg.setStatus(added->id, IncomingDocument::Status::Done));
    REQUIRE(reg.reopen(added->id));
    CHECK(reg.get(added->id)->status == IncomingDocument::Status::New);
    REQUIRE(reg.assign(added->id, QStringLiteral("Ban Tổ chức"), QString(), QDate()));
    REQUIRE(reg.setStatus(added->id, IncomingDocument::Status::Done));
    REQUIRE(reg.reopen(added->id));
    CHECK(reg.get(added->id)->status == IncomingDocument::Status::InProgress);
    auto history = LineHistory::of(office.clerk->database(), LineHistory::Register::Incoming, added->id, false);
    REQUIRE(history);
    CHECK(std::count_if(history->begin(), history->end(), [](const LineEvent &e) { return e.action == QLatin1String("reopen"); }) == 2);
}

TEST_CASE("who may correct and cancel: roles, clearance and the issued outgoing document")
{
    Office office;
    auto leader = addSignedInUser(*office.chief, QStringLiteral("lanhdao"), office::Role::Leader, office::Clearance::TopSecret, "lanh-dao-2026");
    REQUIRE(leader);
    auto chiefReg = office.incoming(*office.chief);
    // A Tối mật line, above the clerk's Mật clearance (the sample office keeps secrets).
    IncomingDocument secret = letter(QStringLiteral("Ban Tổ chức Tỉnh ủy"), QStringLiteral("05-CV/BTCTU"));
    secret.confidentiality = Confidentiality::Secret;
    auto hidden = chiefReg.add(secret);
    REQUIRE(hidden);
    auto plain = chiefReg.add(letter(QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("12-CV/VPTU")));
    REQUIRE(plain);

    // The clerk sees the line but not its content: he may not change it.
    auto clerkReg = office.incoming(*office.clerk);
    auto seen = clerkReg.get(hidden->id);
    REQUIRE(seen);
    CHECK(seen->contentHidden);
    CHECK(seen->excerpt == DocumentMarks::hiddenExcerpt(Confidentiality::Secret, QStringLiteral("stored, sealed")));
    IncomingDocument attempt = seen.value();
    attempt.sender = QStringLiteral("Ban Tổ chức");
    auto refused = clerkReg.correct(hidden->id, attempt, QStringLiteral("Sửa"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Kind::Forbidden);
    CHECK(clerkReg.cancel(hidden->id, QStringLiteral("Hủy")).error().kind == Kind::Forbidden);
    // Nor raise a line he may read above his own clearance.
    auto clerkSecret = clerkReg.add([&] { IncomingDocument d = letter(QStringLiteral("Công an xã"), QStringLiteral("02-CV/CA"));
                                          d.confidentiality = Confidentiality::Confidential; return d; }());
    REQUIRE(clerkSecret);
    IncomingDocument raised = clerkSecret.value();
    raised.confidentiality = Confidentiality::Secret;
    CHECK(clerkReg.correct(clerkSecret->id, raised, QStringLiteral("Nâng độ mật")).error().kind == Kind::Forbidden);

    // A leader reads and directs; he does not correct the register.
    auto leaderReg = office.incoming(*leader);
    IncomingDocument byLeader = plain.value();
    byLeader.sender = QStringLiteral("Tỉnh ủy");
    CHECK(leaderReg.correct(plain->id, byLeader, QStringLiteral("Sửa")).error().kind == Kind::Forbidden);
    CHECK(leaderReg.cancel(plain->id, QStringLiteral("Hủy")).error().kind == Kind::Forbidden);
    CHECK(leaderReg.reopen(plain->id).error().kind == Kind::Forbidden);

    // Outgoing: the clerk corrects an issued line and gives up a reserved number;
    // cancelling a document that went out is the office chief's decision.
    auto outClerk = office.outgoing(*office.clerk);
    auto issued = outClerk.add(notice(QDate(2026, 3, 5)), OutgoingRegister::Mode::Issue);
    REQUIRE(issued);
    auto reserved = outClerk.add(notice(QDate(2026, 3, 6)), OutgoingRegister::Mode::Reserve);
    REQUIRE(reserved);
    OutgoingDocument better = issued.value();
    better.excerpt = QStringLiteral("Thông báo lịch họp tháng 4");
    auto corrected = outClerk.correct(issued->id, better, QStringLiteral("Sai tháng"));
    REQUIRE(corrected);
    CHECK(corrected->symbol == issued->symbol);
    OutgoingDocument unsigned_ = issued.value();
    unsigned_.signer.clear();
    // An issued document still passes the format check after its correction.
    CHECK(outClerk.correct(issued->id, unsigned_, QStringLiteral("Bỏ người ký")).error().kind == Kind::Invalid);
    CHECK(outClerk.get(issued->id)->signer == QStringLiteral("Nguyễn Văn An"));
    OutgoingDocument otherTerm = issued.value();
    otherTerm.documentDate = QDate(2025, 3, 5);
    CHECK_FALSE(outClerk.correct(issued->id, otherTerm, QStringLiteral("Sai ngày")));

    REQUIRE(outClerk.cancel(reserved->id, QStringLiteral("Dự thảo không ban hành")));
    CHECK(outClerk.get(reserved->id)->status == OutgoingDocument::Status::Released);
    auto clerkCancel = outClerk.cancel(issued->id, QStringLiteral("Ban hành nhầm"));
    REQUIRE_FALSE(clerkCancel);
    CHECK(clerkCancel.error().kind == Kind::Forbidden);
    CHECK_FALSE(outClerk.get(issued->id)->isCancelled());
    auto outChief = office.outgoing(*office.chief);
    REQUIRE(outChief.cancel(issued->id, QStringLiteral("Ban hành nhầm")));
    CHECK(outChief.get(issued->id)->isCancelled());
    CHECK_FALSE(outChief.correct(issued->id, better, QStringLiteral("Sửa sau khi hủy")));
    // The next notice takes the next number: both numbers stay used.
    auto next = outClerk.add(notice(QDate(2026, 3, 9)), OutgoingRegister::Mode::Reserve);
    REQUIRE(next);
    CHECK(next->number == reserved->number + 1);

    const QString text = printBook(*office.chief, reports::RegisterBook::Kind::Outgoing, office.dir.filePath(QStringLiteral("di.pdf")));
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    CHECK(text.contains(QStringLiteral("Thông báo lịch họp tháng 4")));
    CHECK(text.contains(QStringLiteral("Đã hủy ngày %1: Ban hành nhầm").arg(today)));
    CHECK(text.contains(QStringLiteral("Đã sửa ngày %1: Sai tháng").arg(today)));
    CHECK(text.contains(QStringLiteral("Bỏ số: Dự thảo không ban hành")));
}

TEST_CASE("the history of a secret line hides its excerpt and reasons from a reader below its mark")
{
    Office office;
    auto chiefReg = office.incoming(*office.chief);
    IncomingDocument secret = letter(QStringLiteral("Ban Tổ chức Tỉnh ủy"), QStringLiteral("05-CV/BTCTU"));
    secret.confidentiality = Confidentiality::Secret;
    secret.excerpt = QStringLiteral("Về nhân sự dự kiến bổ nhiệm");
    auto added = chiefReg.add(secret);
    REQUIRE(added);
    IncomingDocument fixed = added.value();
    fixed.excerpt = QStringLiteral("Về nhân sự dự kiến luân chuyển");
    fixed.pages = 3;
    REQUIRE(chiefReg.correct(added->id, fixed, QStringLiteral("Nhân sự luân chuyển chứ không bổ nhiệm")));

    auto forClerk = LineHistory::of(office.clerk->database(), LineHistory::Register::Incoming, added->id, true);
    REQUIRE(forClerk);
    REQUIRE(forClerk->size() == 2);
    const QString told = LineHistory::describe(forClerk->at(1));
    CHECK_FALSE(told.contains(QStringLiteral("nhân sự"), Qt::CaseInsensitive));
    CHECK(told.contains(QStringLiteral("3"))); // the pages are part of the register line
}

TEST_CASE("in an ordinary file a secret line says its content is kept in the secret file, not that it is hidden")
{
    QTemporaryDir dir;
    auto ordinary = sampleOffice();
    ordinary.forSecrets = false;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), ordinary, "chanh-2026", cheapOptions());
    REQUIRE(created);
    office::OfficeSession &chief = *created->session;
    auto clerk = addSignedInUser(chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026");
    REQUIRE(clerk);
    IncomingDocument secret = letter(QStringLiteral("Ban Tổ chức Tỉnh ủy"), QStringLiteral("05-CV/BTCTU"));
    secret.confidentiality = Confidentiality::Confidential;
    secret.excerpt.clear(); // an ordinary file keeps only the register line
    auto added = IncomingRegister(chief.database(), chief.user(), chief.actor()).add(secret);
    REQUIRE(added);
    auto seen = IncomingRegister(clerk->database(), clerk->user(), clerk->actor()).get(added->id);
    REQUIRE(seen);
    CHECK(seen->contentHidden);
    // Said in the screens' language: kept elsewhere, which differs from "not shown".
    CHECK(seen->excerpt == DocumentMarks::hiddenExcerpt(Confidentiality::Confidential, QString()));
    CHECK(seen->excerpt != DocumentMarks::hiddenExcerpt(Confidentiality::Confidential, QStringLiteral("stored, sealed")));
}
