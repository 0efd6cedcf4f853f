// The registers: numbering rules, the format check, duplicates, confidentiality and search.
#include "../storage/ChildProcess.h"
#include "TestSupport.h"

#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "documents/RegisterSearch.h"
#include "office/ProfileStore.h"
#include "office/TermStore.h"

#include "office/OfficeProfile.h"

#include <catch2/catch.hpp>

#include <set>

using namespace vanphong;
using namespace vanphong::documents;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

namespace {
struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> session;
    office::UserAccount clerk;

    Office()
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026",
                                                     cheapOptions());
        if (!created)
            FAIL(created.error().message.toStdString());
        session = std::move(created->session);
        clerk = session->user(); // Tuyệt mật clearance
        office::TermStore terms(db());
        REQUIRE(terms.add(QStringLiteral("Khóa XIV (2020-2025)"), QDate(2020, 10, 1), clerk.login));
        REQUIRE(terms.add(QStringLiteral("Khóa XV (2025-2030)"), QDate(2025, 10, 15), clerk.login));
    }
    storage::Database &db() { return session->database(); }
    IncomingRegister incoming() { return IncomingRegister(db(), clerk, clerk.login); }
    OutgoingRegister outgoing() { return OutgoingRegister(db(), clerk, clerk.login); }
};

IncomingDocument incomingDoc(const QDateTime &received, const QString &symbol, const QString &excerpt,
                             Confidentiality c = Confidentiality::Normal)
{
    IncomingDocument d;
    d.receivedAt = received;
    d.sender = QStringLiteral("Văn phòng Trung ương Đảng");
    d.symbol = DocumentSymbol::parse(symbol);
    d.documentDate = received.date().addDays(-2);
    d.excerpt = excerpt;
    d.confidentiality = c;
    return d;
}

OutgoingDocument outgoingDoc(const QString &type, const QDate &date, bool congress = false,
                             Confidentiality c = Confidentiality::Normal)
{
    OutgoingDocument d;
    d.typeCode = type;
    d.documentDate = date;
    d.excerpt = QStringLiteral("Về công tác chuẩn bị đại hội");
    d.signer = QStringLiteral("Nguyễn Văn Bình");
    d.capacity = QStringLiteral("T/M");
    d.recipients = {QStringLiteral("Lưu Văn phòng"), QStringLiteral("Ban Thường vụ Tỉnh ủy"), QStringLiteral("Các chi bộ")};
    d.congress = congress;
    d.confidentiality = c;
    return d;
}
} // namespace

TEST_CASE("incoming numbers restart each calendar year, never repeat, and secret documents count apart")
{
    Office office;
    auto reg = office.incoming();
    auto a = reg.add(incomingDoc(QDateTime(QDate(2025, 12, 30), QTime(8, 0)), QStringLiteral("07-KL/VPTW"), QStringLiteral("Kết luận")));
    auto b = reg.add(incomingDoc(QDateTime(QDate(2025, 12, 31), QTime(16, 0)), QStringLiteral("299-QĐ/TW"), QStringLiteral("Quy định")));
    auto c = reg.add(incomingDoc(QDateTime(QDate(2026, 1, 2), QTime(7, 30)), QStringLiteral("15/2023/TT-BTC"), QStringLiteral("Thông tư")));
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->number == 1);
    CHECK(b->number == 2);
    CHECK(c->number == 1);
    CHECK(c->year == 2026);
    CHECK(a->typeCode == QStringLiteral("KL"));   // read from the symbol
    CHECK(b->typeCode == QStringLiteral("QĐ"));

    // A cancelled entry keeps its number; the next one does not take it.
    REQUIRE(reg.cancel(c->id, QStringLiteral("Vào sổ nhầm")));
    auto d = reg.add(incomingDoc(QDateTime(QDate(2026, 1, 3), QTime(9, 0)), QStringLiteral("35-CT/TW"), QStringLiteral("Chỉ thị")));
    REQUIRE(d);
    CHECK(d->number == 2);
    CHECK(reg.get(c->id)->status == IncomingDocument::Status::Cancelled);

    auto secret = reg.add(incomingDoc(QDateTime(QDate(2026, 1, 3), QTime(10, 0)), QStringLiteral("12-CV/TU"),
                                      QStringLiteral("Tài liệu mật"), Confidentiality::Confidential));
    REQUIRE(secret);
    CHECK(secret->number == 1);
    CHECK(secret->secretSeries);

    SECTION("a symbol that cannot be read is kept as typed")
    {
        auto odd = reg.add(incomingDoc(QDateTime(QDate(2026, 1, 4), QTime(9, 0)), QStringLiteral("CV không số"), QStringLiteral("Thư")));
        REQUIRE(odd);
        CHECK(odd->symbol.verbatim == QStringLiteral("CV không số"));
        CHECK_FALSE(odd->symbol.isParsed());
    }
    SECTION("required fields are named")
    {
        IncomingDocument empty;
        auto refused = reg.add(empty);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Kind::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("sender")));
        CHECK(refused.error().message.contains(QStringLiteral("excerpt")));
    }
}

TEST_CASE("two writers at once get distinct numbers with no gap")
{
    Office office;
    const QString path = office.db().path();
    office.session.reset();
    // The helper opens the file as the storage tests' user.
    {
        auto db = storage::Database::open(path, QStringLiteral("chanhvp"), "chanh-2026", cheapOptions());
        REQUIRE(db);
        REQUIRE((*db)->setUserPassword(QStringLiteral("chanh"), "mat-khau-1"));
        addUserRow(**db, QStringLiteral("chanh"), QStringLiteral("clerk"));
    }
    std::set<int> numbers;
    ChildProcess a(QStringLiteral("add-incoming"), path);
    ChildProcess b(QStringLiteral("add-incoming"), path);
    for (ChildProcess *child : {&a, &b}) {
        for (int i = 0; i < 10; ++i) {
            const QString line = child->waitForLine(30000);
            INFO(child->errors().toStdString());
            REQUIRE_FALSE(line.isEmpty());
            CHECK(numbers.insert(line.toInt()).second);
        }
    }
    CHECK(numbers.size() == 20);
    CHECK(*numbers.begin() == 1);
    CHECK(*numbers.rbegin() == 20);
}

TEST_CASE("a congress's papers, dated the days it sits, are numbered in the term it opens")
{
    Office office; // Khóa XV starts on 15/10/2025, the day after its congress closed
    auto reg = office.outgoing();
    using M = OutgoingRegister::Mode;
    auto resolution = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 10, 14), true), M::Issue);
    INFO((resolution ? QString() : resolution.error().message).toStdString());
    REQUIRE(resolution);
    CHECK(resolution->symbol == QStringLiteral("01-NQ/ĐH"));
    auto ordinary = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 10, 14)), M::Issue);
    REQUIRE(ordinary);
    CHECK(ordinary->termId != resolution->termId); // the outgoing term's own line
    auto first = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 10, 20)), M::Issue);
    REQUIRE(first);
    CHECK(first->termId == resolution->termId);
}

TEST_CASE("outgoing documents are numbered per type through the term, in the Party form")
{
    Office office;
    auto reg = office.outgoing();
    using M = OutgoingRegister::Mode;
    auto nq1 = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 3, 1)), M::Issue);
    auto kl1 = reg.add(outgoingDoc(QStringLiteral("KL"), QDate(2025, 4, 1)), M::Issue);
    auto nq2 = reg.add(outgoingDoc(QStringLiteral("nq"), QDate(2025, 9, 30)), M::Issue);
    REQUIRE(nq1);
    REQUIRE(kl1);
    REQUIRE(nq2);
    CHECK(nq1->symbol == QStringLiteral("01-NQ/ĐU"));
    CHECK(kl1->symbol == QStringLiteral("01-KL/ĐU"));
    CHECK(nq2->symbol == QStringLiteral("02-NQ/ĐU")); // the year does not matter, the term does

    // A new term starts the count again for every type.
    auto nq3 = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 10, 20)), M::Issue);
    REQUIRE(nq3);
    CHECK(nq3->symbol == QStringLiteral("01-NQ/ĐU"));
    CHECK(nq3->termId != nq1->termId);

    // Quyết định and Quy định share the series of "QĐ".
    auto qd = reg.add(outgoingDoc(QStringLiteral("QĐ"), QDate(2025, 11, 1)), M::Issue);
    auto qdi = reg.add(outgoingDoc(QStringLiteral("QĐi"), QDate(2025, 11, 2)), M::Issue);
    CHECK(qd->symbol == QStringLiteral("01-QĐ/ĐU"));
    CHECK(qdi->symbol == QStringLiteral("02-QĐ/ĐU"));

    // The congress's documents share one series across types; secret ones have their own.
    auto congressNq = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 11, 3), true), M::Issue);
    auto congressBc = reg.add(outgoingDoc(QStringLiteral("BC"), QDate(2025, 11, 3), true), M::Issue);
    auto secretNq = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 11, 4), false, Confidentiality::Confidential), M::Issue);
    auto nq4 = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 11, 5)), M::Issue);
    // Issued by the congress, with its own issuer part: never the same symbol as the term's first Nghị quyết (issue 12 review).
    CHECK(congressNq->symbol == QStringLiteral("01-NQ/ĐH"));
    CHECK(congressBc->symbol == QStringLiteral("02-BC/ĐH"));
    CHECK(congressNq->symbol != nq3->symbol);
    {
        // The congress's issuer is the office's (check): never empty, never the committee's own.
        office::OfficeProfile p;
        p.issuerAbbreviation = QStringLiteral("ĐU");
        CHECK(p.setValue(QStringLiteral("congress-issuer"), QString()));
        CHECK(p.congressIssuer == QStringLiteral("ĐH"));
        CHECK(p.symbolIssuer(true, true) == QStringLiteral("ĐH-M"));
        CHECK(p.setValue(QStringLiteral("congress-issuer"), QStringLiteral("ĐU")));
        CHECK(p.validate().join(QLatin1Char(' ')).contains(QStringLiteral("ĐH")));
    }
    CHECK(secretNq->symbol == QStringLiteral("01-NQ/ĐU-M")); // the secret series carries its mark (issue 12)
    CHECK(nq4->symbol == QStringLiteral("02-NQ/ĐU"));

    SECTION("no term, no number")
    {
        auto early = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2019, 1, 1)), M::Issue);
        REQUIRE_FALSE(early);
        CHECK(early.error().message.contains(QStringLiteral("term")));
    }
}

TEST_CASE("a reserved number is issued or released, never reused")
{
    Office office;
    auto reg = office.outgoing();
    using M = OutgoingRegister::Mode;
    OutgoingDocument draft = outgoingDoc(QStringLiteral("TB"), QDate(2026, 2, 1));
    draft.signer.clear();
    auto reserved = reg.add(draft, M::Reserve);
    REQUIRE(reserved);
    CHECK(reserved->status == OutgoingDocument::Status::Reserved);
    CHECK(reserved->symbol == QStringLiteral("01-TB/ĐU"));

    // Issuing runs the format check, which names what is missing.
    const storage::Status refused = reg.issue(reserved->id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("signer")));

    REQUIRE(reg.release(reserved->id));
    CHECK(reg.get(reserved->id)->status == OutgoingDocument::Status::Released);
    CHECK(reg.release(reserved->id).error().kind == Kind::Invalid);
    auto next = reg.add(outgoingDoc(QStringLiteral("TB"), QDate(2026, 2, 2)), M::Reserve);
    REQUIRE(next);
    CHECK(next->symbol == QStringLiteral("02-TB/ĐU"));
    REQUIRE(reg.issue(next->id));
    CHECK(reg.getBySymbol(QStringLiteral("Số 02-TB/ĐU"))->status == OutgoingDocument::Status::Issued);
}

TEST_CASE("a series' dates never go back: a number dated before the number ahead of it is refused, and the register lists numbers in order")
{
    // Issue 12; DOMAIN.md: a series runs from 01 through the term, one number after the other.
    Office office;
    auto reg = office.outgoing();
    using M = OutgoingRegister::Mode;
    auto nq1 = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2026, 1, 10)), M::Issue);
    REQUIRE(nq1);
    auto early = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2026, 1, 5)), M::Reserve);
    REQUIRE_FALSE(early);
    CHECK(early.error().kind == Kind::Invalid);
    // What the clerk needs: which number stands in the way and the first date this one may take.
    CHECK(early.error().message.contains(QStringLiteral("01-NQ/ĐU")));
    CHECK(early.error().message.contains(QStringLiteral("10/01/2026")));
    CHECK(early.error().message.contains(QStringLiteral("05/01/2026")));
    // Another series is not held back; the same day is in order; the refused number was not used up.
    REQUIRE(reg.add(outgoingDoc(QStringLiteral("KL"), QDate(2026, 1, 2)), M::Issue));
    auto nq2 = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2026, 1, 10)), M::Reserve);
    REQUIRE(nq2);
    CHECK(nq2->symbol == QStringLiteral("02-NQ/ĐU"));
    // A number given up stands for no document: its date holds nothing back.
    auto given = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2026, 1, 20)), M::Reserve);
    REQUIRE(given);
    REQUIRE(reg.release(given->id));
    auto nq4 = reg.add(outgoingDoc(QStringLiteral("NQ"), QDate(2026, 1, 12)), M::Issue);
    REQUIRE(nq4);
    CHECK(nq4->symbol == QStringLiteral("04-NQ/ĐU"));

    // A correction keeps the line between its neighbours.
    OutgoingDocument later = nq2.value();
    later.documentDate = QDate(2026, 1, 15);
    auto afterNext = reg.correct(nq2->id, later, QStringLiteral("Ngày ký"));
    REQUIRE_FALSE(afterNext);
    CHECK(afterNext.error().message.contains(QStringLiteral("04-NQ/ĐU")));
    later.documentDate = QDate(2026, 1, 9);
    CHECK_FALSE(reg.correct(nq2->id, later, QStringLiteral("Ngày ký")));
    later.documentDate = QDate(2026, 1, 11);
    REQUIRE(reg.correct(nq2->id, later, QStringLiteral("Ngày ký")));

    // The book's order: series by series, each in number order.
    OutgoingFilter book;
    book.registerOrder = true;
    const auto listed = reg.list(book);
    REQUIRE(listed);
    QStringList symbols;
    for (const OutgoingDocument &d : listed.value())
        symbols << d.symbol;
    CHECK(symbols == QStringList{QStringLiteral("01-KL/ĐU"), QStringLiteral("01-NQ/ĐU"), QStringLiteral("02-NQ/ĐU"),
                                 QStringLiteral("03-NQ/ĐU"), QStringLiteral("04-NQ/ĐU")});
}

TEST_CASE("the format check and the recipients list")
{
    CHECK(OutgoingRegister::normalizeRecipients({QStringLiteral("- Lưu Văn phòng."), QStringLiteral("- Ban Thường vụ,"),
                                                 QStringLiteral("Các chi bộ;")})
          == QStringList{QStringLiteral("Ban Thường vụ"), QStringLiteral("Các chi bộ"), QStringLiteral("Lưu Văn phòng")});
    CHECK(OutgoingRegister::normalizeRecipients({}) == QStringList{QStringLiteral("Lưu Văn phòng")});

    Office office;
    auto reg = office.outgoing();
    OutgoingDocument d = outgoingDoc(QStringLiteral("NQ"), QDate(2026, 1, 5));
    d.recipients = OutgoingRegister::normalizeRecipients(d.recipients);
    d.symbol = QStringLiteral("05-NQ/ĐU");
    CHECK(reg.formatProblems(d).isEmpty());
    d.capacity = QStringLiteral("XYZ");
    d.recipients = {QStringLiteral("Lưu Văn phòng"), QStringLiteral("Các chi bộ")};
    d.excerpt.clear();
    const QString problems = reg.formatProblems(d).join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("capacity")));
    CHECK(problems.contains(QStringLiteral("must end with")));
    CHECK(problems.contains(QStringLiteral("excerpt")));
}

TEST_CASE("the duplicate guard and the answer link")
{
    Office office;
    auto in = office.incoming();
    auto first = in.add(incomingDoc(QDateTime(QDate(2026, 3, 2), QTime(9, 0)), QStringLiteral("16-HD/VPTW"), QStringLiteral("Hướng dẫn")));
    REQUIRE(first);
    IncomingDocument again = incomingDoc(QDateTime(QDate(2026, 3, 3), QTime(9, 0)), QStringLiteral("Số 16-HD/VPTW"), QStringLiteral("x"));
    again.documentDate = first->documentDate;
    again.sender = QStringLiteral("văn phòng trung ương đảng");
    auto duplicate = in.findDuplicate(again);
    REQUIRE(duplicate);
    CHECK(duplicate->id == first->id);
    again.documentDate = again.documentDate.addDays(1);
    CHECK_FALSE(in.findDuplicate(again));

    OutgoingDocument answer = outgoingDoc(QStringLiteral("BC"), QDate(2026, 3, 10));
    answer.answersIncomingId = first->id;
    auto sent = office.outgoing().add(answer, OutgoingRegister::Mode::Issue);
    REQUIRE(sent);
    auto answers = office.outgoing().answersTo(first->id);
    REQUIRE(answers);
    REQUIRE(answers->size() == 1);
    CHECK(answers->first().symbol == sent->symbol);
}

TEST_CASE("hand-overs are recorded and overdue documents listed")
{
    Office office;
    auto in = office.incoming();
    auto doc = in.add(incomingDoc(QDateTime(QDate(2026, 3, 2), QTime(9, 0)), QStringLiteral("20-NQ/TU"), QStringLiteral("Nghị quyết")));
    REQUIRE(doc);
    REQUIRE(in.assign(doc->id, QStringLiteral("Ban Tuyên giáo"), QStringLiteral("Nghiên cứu, tham mưu"), QDate(2026, 3, 10)));
    auto after = in.get(doc->id);
    CHECK(after->status == IncomingDocument::Status::InProgress);
    CHECK(after->assignee == QStringLiteral("Ban Tuyên giáo"));
    CHECK(after->direction == QStringLiteral("Nghiên cứu, tham mưu"));
    auto history = in.handovers(doc->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().toWhom == QStringLiteral("Ban Tuyên giáo"));

    // A secret line's hand-over notes (the direction) are hidden below its level, as the direction is.
    auto secret = in.add(incomingDoc(QDateTime(QDate(2026, 3, 2), QTime(10, 0)), QStringLiteral("21-CV/TU"), QStringLiteral("Nhân sự"),
                                     Confidentiality::Secret));
    REQUIRE(secret);
    REQUIRE(in.assign(secret->id, QStringLiteral("Ban Tổ chức"), QStringLiteral("Đề xuất phương án BUT-PHE-MAT"), {}));
    office::UserAccount viewer;
    viewer.login = QStringLiteral("xem");
    const auto hidden = IncomingRegister(office.db(), viewer, viewer.login).handovers(secret->id);
    REQUIRE(hidden);
    REQUIRE(hidden->size() == 1);
    CHECK(hidden->first().toWhom == QStringLiteral("Ban Tổ chức"));
    CHECK_FALSE(hidden->first().note.contains(QStringLiteral("BUT-PHE-MAT")));
    CHECK(in.handovers(secret->id)->first().note.contains(QStringLiteral("BUT-PHE-MAT")));

    IncomingFilter overdue;
    overdue.overdueOn = true;
    overdue.today = QDate(2026, 3, 11);
    CHECK(in.list(overdue)->size() == 1);
    overdue.today = QDate(2026, 3, 10);
    CHECK(in.list(overdue)->isEmpty());
    REQUIRE(in.setStatus(doc->id, IncomingDocument::Status::Done));
    overdue.today = QDate(2026, 3, 20);
    CHECK(in.list(overdue)->isEmpty());
    CHECK(office.db().verify().ok); // every change is in the audit chain
}

TEST_CASE("search works as Vietnamese users type, and hides what a reader may not see")
{
    Office office;
    auto in = office.incoming();
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 3, 2), QTime(9, 0)), QStringLiteral("07-KL/VPTW"),
                               QStringLiteral("Kết luận của Ban Thường vụ Đảng ủy về công tác cán bộ"))));
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 3, 3), QTime(9, 0)), QStringLiteral("08-KL/VPTW"),
                               QStringLiteral("Kết luận về đảng uỷ cơ sở"))));
    // Stored decomposed, as some scanners' text arrives.
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 3, 4), QTime(9, 0)), QStringLiteral("09-KL/VPTW"),
                               QStringLiteral("Thông báo hội nghị Đảng ủy xã").normalized(QString::NormalizationForm_D))));
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 3, 5), QTime(9, 0)), QStringLiteral("10-CV/TU"),
                               QStringLiteral("Nhân sự đảng ủy dự kiến"), Confidentiality::Secret)));
    REQUIRE(office.outgoing().add(outgoingDoc(QStringLiteral("TB"), QDate(2026, 3, 6)), OutgoingRegister::Mode::Issue));

    auto found = RegisterSearch::find(office.db(), office.clerk, QStringLiteral("dang uy"));
    REQUIRE(found);
    CHECK(found->size() == 4);

    // "ủy" and "uỷ" (old and new tone placement) are the same word, marks and all.
    auto exact = RegisterSearch::find(office.db(), office.clerk, QStringLiteral("Đảng ủy"));
    REQUIRE(exact);
    REQUIRE(exact->size() == 4);
    for (const RegisterSearch::Line &l : exact.value())
        CHECK(l.exactMarks);
    // Lines typed without marks are found too, after those with the user's marks.
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 3, 6), QTime(9, 0)), QStringLiteral("11-KL/VPTW"),
                               QStringLiteral("Ket luan hoi nghi (go khong dau)"))));
    auto ranked = RegisterSearch::find(office.db(), office.clerk, QStringLiteral("hội nghị"));
    REQUIRE(ranked);
    REQUIRE(ranked->size() == 2);
    CHECK(ranked->at(0).exactMarks);
    CHECK(ranked->at(0).symbol == QStringLiteral("09-KL/VPTW"));
    CHECK_FALSE(ranked->at(1).exactMarks);
    CHECK(ranked->at(1).symbol == QStringLiteral("11-KL/VPTW"));
    CHECK(RegisterSearch::find(office.db(), office.clerk, QStringLiteral("đại hội"))->size() == 1); // the outgoing one

    office::UserAccount viewer;
    viewer.login = QStringLiteral("xem");
    viewer.clearance = office::Clearance::Normal;
    auto limited = RegisterSearch::find(office.db(), viewer, QStringLiteral("nhan su"));
    REQUIRE(limited);
    CHECK(limited->isEmpty()); // the words are only in the secret excerpt
    auto byLine = RegisterSearch::find(office.db(), viewer, QStringLiteral("10-CV"));
    REQUIRE(byLine);
    REQUIRE(byLine->size() == 1);
    CHECK_FALSE(byLine->first().excerpt.contains(QStringLiteral("Nhân sự")));
    auto line = IncomingRegister(office.db(), viewer, viewer.login).getByNumber(2026, 1);
    REQUIRE(line);

    // No oracle: "an" is inside the sender's visible "Trung ương" but begins no
    // visible word; it begins "an ninh", hidden in a secret excerpt. The
    // viewer's answer must be the same as if that excerpt did not exist.
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 3, 7), QTime(9, 0)), QStringLiteral("12-CV/TU"),
                               QStringLiteral("Tình hình an ninh nội bộ"), Confidentiality::Confidential)));
    auto probe = RegisterSearch::find(office.db(), viewer, QStringLiteral("an"));
    REQUIRE(probe);
    for (const RegisterSearch::Line &l : probe.value())
        CHECK(l.symbol != QStringLiteral("12-CV/TU"));
    CHECK(RegisterSearch::find(office.db(), viewer, QStringLiteral("an ninh"))->isEmpty());
    // The cleared find it by its excerpt; everyone by what the register shows.
    auto cleared = RegisterSearch::find(office.db(), office.clerk, QStringLiteral("an ninh"));
    REQUIRE(cleared);
    REQUIRE(cleared->size() == 1);
    CHECK(cleared->first().symbol == QStringLiteral("12-CV/TU"));
    CHECK(RegisterSearch::find(office.db(), viewer, QStringLiteral("12-CV trung uong"))->size() == 1);
}

#include "documents/AttachmentStore.h"

#include <QDirIterator>

TEST_CASE("scans are kept inside the encrypted file and shown only at the right clearance")
{
    Office office;
    auto in = office.incoming();
    auto open = in.add(incomingDoc(QDateTime(QDate(2026, 3, 2), QTime(9, 0)), QStringLiteral("20-NQ/TU"), QStringLiteral("Nghị quyết")));
    auto secret = in.add(incomingDoc(QDateTime(QDate(2026, 3, 2), QTime(9, 5)), QStringLiteral("21-CV/TU"), QStringLiteral("Nhân sự"),
                                     Confidentiality::Secret));
    REQUIRE(open);
    REQUIRE(secret);
    const QByteArray marker = QByteArrayLiteral("BAN-QUET-MAT-5KQ2");
    const QByteArray scan = QByteArrayLiteral("%PDF-1.4\n") + marker.repeated(20000);
    AttachmentStore files(office.db(), office.clerk, office.clerk.login);
    auto a = files.add(QStringLiteral("in"), open->id, QStringLiteral("/home/vanthu/scan/20-NQ.pdf"), scan);
    REQUIRE(a);
    CHECK(a->fileName == QStringLiteral("20-NQ.pdf"));
    CHECK(a->mimeType == QStringLiteral("application/pdf"));
    auto b = files.add(QStringLiteral("in"), secret->id, QStringLiteral("nhan-su.pdf"), scan);
    REQUIRE(b);
    CHECK(files.add(QStringLiteral("in"), open->id, QStringLiteral("virus.exe"), QByteArrayLiteral("MZ\x90\x00")).error().kind == Kind::Invalid);

    CHECK(files.read(a->id).value() == scan);
    REQUIRE(files.list(QStringLiteral("in"), open->id)->size() == 1);

    // Nothing of the scan is on disk in plaintext, in any file of the folder.
    QDirIterator it(office.dir.path(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString f = it.next();
        INFO(f.toStdString());
        CHECK_FALSE(readAll(f).contains(marker));
    }

    office::UserAccount viewer;
    viewer.login = QStringLiteral("xem");
    viewer.clearance = office::Clearance::Confidential;
    AttachmentStore limited(office.db(), viewer, viewer.login);
    CHECK(limited.read(a->id));
    CHECK_FALSE(limited.read(b->id));

    REQUIRE(files.remove(a->id));
    CHECK(files.list(QStringLiteral("in"), open->id)->isEmpty());
    CHECK(office.db().verify().ok);
}

#include "documents/RegisterImport.h"
#include "documents/RegisterTable.h"
#include "spreadsheet/CsvFormat.h"

TEST_CASE("dates and numbers as offices type them")
{
    using R = RegisterImport;
    CHECK(R::parseDate(QStringLiteral("05/03/2026")) == QDate(2026, 3, 5));
    CHECK(R::parseDate(QStringLiteral("5/3/26")) == QDate(2026, 3, 5));
    CHECK(R::parseDate(QStringLiteral("5-3-2026")) == QDate(2026, 3, 5));
    CHECK(R::parseDate(QStringLiteral("05.03.2026")) == QDate(2026, 3, 5));
    CHECK(R::parseDate(QStringLiteral("2026-03-05")) == QDate(2026, 3, 5));
    CHECK(R::parseDate(QStringLiteral("05/03/2026 08:30")) == QDate(2026, 3, 5));
    CHECK_FALSE(R::parseDate(QStringLiteral("31/02/2026")));
    CHECK_FALSE(R::parseDate(QStringLiteral("tháng 3")));
    CHECK(R::parseNumber(QStringLiteral("1.234")) == 1234);
    CHECK(R::parseNumber(QStringLiteral("1 234")) == 1234);
    CHECK(R::parseNumber(QStringLiteral(" 12 ")) == 12);
    CHECK_FALSE(R::parseNumber(QStringLiteral("12a")));
}

TEST_CASE("last year's spreadsheet is imported whole or not at all, keeping its numbers")
{
    Office office;
    const QByteArray good = QByteArrayLiteral("\xEF\xBB\xBF") + QStringLiteral(
        "Số đến;Ngày đến;Tác giả;Số, ký hiệu;Ngày tháng;Trích yếu;Độ mật;Người nhận\r\n"
        "1;02/01/2025;Văn phòng Tỉnh ủy;01-KH/TU;30/12/24;\"Kế hoạch công tác năm; tháng 1\";;Văn phòng\r\n"
        "2;3/1/2025;Ban Tổ chức Tỉnh ủy;02-HD/BTCTU;02/01/2025;Hướng dẫn về hồ sơ đảng viên;Mật;Chánh Văn phòng\r\n"
        "3;04/01/2025;UBND xã;15/UBND-VP;03/01/2025;Về việc báo cáo;;\r\n").toUtf8();
    const auto table = vanphong::spreadsheet::CsvFormat::parse(good);
    REQUIRE(table.size() == 4);
    CHECK(table.at(1).at(5) == QStringLiteral("Kế hoạch công tác năm; tháng 1"));
    const auto mapping = RegisterImport::guessMapping(RegisterImport::Register::Incoming, table.first());
    CHECK(mapping.value(QStringLiteral("number")) == QStringLiteral("Số đến"));
    CHECK(mapping.value(QStringLiteral("sender")) == QStringLiteral("Tác giả"));
    CHECK(mapping.value(QStringLiteral("symbol")) == QStringLiteral("Số, ký hiệu"));
    CHECK(mapping.value(QStringLiteral("excerpt")) == QStringLiteral("Trích yếu"));

    auto in = office.incoming();
    SECTION("one bad row: nothing is imported, every problem is named with its line")
    {
        QByteArray bad = good;
        bad.append(QStringLiteral("4;35/01/2025;;04-CV/TU;;;;\r\n").toUtf8());
        const auto badTable = vanphong::spreadsheet::CsvFormat::parse(bad);
        auto rows = RegisterImport::incomingRows(RegisterTable::locate(RegisterImport::Register::Incoming, badTable), mapping);
        QList<IncomingDocument> docs;
        for (const auto &r : rows)
            docs << r.document;
        QList<QStringList> problems;
        CHECK_FALSE(in.importAll(docs, &problems));
        CHECK(rows.at(3).line == 5);
        CHECK(rows.at(3).problems.join(QLatin1Char(' ')).contains(QStringLiteral("35/01/2025")));
        CHECK_FALSE(problems.at(3).isEmpty());
        IncomingFilter all;
        CHECK(in.list(all)->isEmpty());
    }
    SECTION("clean: imported with its numbers; the next one continues after them")
    {
        auto rows = RegisterImport::incomingRows(RegisterTable::locate(RegisterImport::Register::Incoming, table), mapping);
        QList<IncomingDocument> docs;
        for (const auto &r : rows) {
            CHECK(r.problems.isEmpty());
            docs << r.document;
        }
        auto imported = in.importAll(docs);
        REQUIRE(imported);
        CHECK(imported.value() == 3);
        auto secret = in.list(IncomingFilter{});
        REQUIRE(secret->size() == 3);
        auto next = in.add(incomingDoc(QDateTime(QDate(2025, 1, 5), QTime(9, 0)), QStringLiteral("05-CV/TU"), QStringLiteral("Tiếp")));
        REQUIRE(next);
        CHECK(next->number == 4); // numbering continues after the highest kept number, 3
        // Importing the same file again is refused: the numbers are taken.
        QList<QStringList> problems;
        CHECK_FALSE(in.importAll(docs, &problems));
        CHECK(problems.first().join(QLatin1Char(' ')).contains(QStringLiteral("already")));
    }
}

#include "documents/RegisterExport.h"
#include "documents/RegisterImportJob.h"
#include "spreadsheet/SpreadsheetFile.h"

TEST_CASE("an XLSX register imports through the job: mapping guessed, then remembered for next year's file")
{
    Office office;
    using spreadsheet::Sheet;
    Sheet sheet;
    // Titles as one office writes them, with its own words and a column VanPhong does not know.
    sheet.header = {QStringLiteral("STT đến"), QStringLiteral("Ngày nhận"), QStringLiteral("Nơi gửi"), QStringLiteral("Ký hiệu"),
                    QStringLiteral("Trích yếu nội dung"), QStringLiteral("Ghi chú")};
    sheet.rows << QVariantList{1, QDate(2025, 1, 2), QStringLiteral("Văn phòng Tỉnh ủy"), QStringLiteral("01-KH/TU"),
                               QStringLiteral("Kế hoạch công tác năm"), QStringLiteral("x")}
               << QVariantList{2, QDate(2025, 1, 3), QStringLiteral("UBND xã"), QStringLiteral("15/UBND-VP"),
                               QStringLiteral("Về việc báo cáo"), QString()};
    const QByteArray xlsx = spreadsheet::SpreadsheetFile::write(sheet, spreadsheet::SpreadsheetFile::Format::Xlsx);

    RegisterImportJob job(office.db(), office.clerk, office.clerk.login, RegisterImport::Register::Incoming);
    QString error;
    REQUIRE(job.load(xlsx, &error));
    CHECK(job.mapping().value(QStringLiteral("number")) == QStringLiteral("STT đến"));
    CHECK(job.mapping().value(QStringLiteral("received")) == QStringLiteral("Ngày nhận"));
    CHECK(job.mapping().value(QStringLiteral("excerpt")) == QStringLiteral("Trích yếu nội dung"));
    CHECK(job.unmappedRequired().isEmpty());

    SECTION("an unmapped required column stops the import and is named")
    {
        auto mapping = job.mapping();
        mapping.remove(QStringLiteral("received"));
        job.setMapping(mapping);
        CHECK(job.unmappedRequired() == QStringList{QStringLiteral("received")});
        QList<RegisterImportJob::Line> lines;
        auto result = job.commit(&lines);
        REQUIRE_FALSE(result);
        CHECK(lines.first().problems.join(QLatin1Char(' ')).contains(QStringLiteral("received")));
        CHECK(office.incoming().list(IncomingFilter{})->isEmpty());
    }
    SECTION("imported; the clerk's mapping is remembered for a file with the same titles")
    {
        auto mapping = job.mapping();
        mapping.insert(QStringLiteral("direction"), QStringLiteral("Ghi chú")); // the clerk's own choice
        job.setMapping(mapping);
        QList<RegisterImportJob::Line> lines;
        auto imported = job.commit(&lines);
        REQUIRE(imported);
        CHECK(imported.value() == 2);
        auto first = office.incoming().getByNumber(2025, 1);
        REQUIRE(first);
        CHECK(first->receivedAt.date() == QDate(2025, 1, 2));
        CHECK(first->direction == QStringLiteral("x"));

        RegisterImportJob next(office.db(), office.clerk, office.clerk.login, RegisterImport::Register::Incoming);
        REQUIRE(next.load(xlsx, &error));
        CHECK(next.mapping().value(QStringLiteral("direction")) == QStringLiteral("Ghi chú"));
        // The same rows again: refused row by row, nothing written twice.
        const auto again = next.check();
        REQUIRE(again.size() == 2);
        CHECK(again.at(0).line == 2);
        CHECK(again.at(0).problems.join(QLatin1Char(' ')).contains(QStringLiteral("already")));
    }
}

TEST_CASE("last year's outgoing register imports with its numbers and symbols; the series continue after them")
{
    Office office;
    spreadsheet::Sheet sheet;
    sheet.header = {QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày tháng"), QStringLiteral("Trích yếu"), QStringLiteral("Người ký"),
                    QStringLiteral("Nơi nhận"), QStringLiteral("Độ mật")};
    sheet.rows << QVariantList{QStringLiteral("Số 07-NQ/ĐU"), QDate(2025, 11, 3), QStringLiteral("Nghị quyết về chuyển đổi số"),
                               QStringLiteral("T/M Nguyễn Văn Bình"), QStringLiteral("Ban Thường vụ Tỉnh ủy; Các chi bộ"), QString()}
               << QVariantList{QStringLiteral("12-CV/ĐU"), QDate(2025, 11, 5), QString(), QStringLiteral("Trần Thị Hoa"),
                               QString(), QStringLiteral("Mật")};
    const auto load = [&](const spreadsheet::Sheet &s) {
        auto job = std::make_unique<RegisterImportJob>(office.db(), office.clerk, office.clerk.login, RegisterImport::Register::Outgoing);
        QString error;
        REQUIRE(job->load(spreadsheet::SpreadsheetFile::write(s, spreadsheet::SpreadsheetFile::Format::Ods), &error));
        return job;
    };

    SECTION("clean")
    {
        auto job = load(sheet);
        auto imported = job->commit();
        REQUIRE(imported);
        CHECK(imported.value() == 2);
        auto nq = office.outgoing().getBySymbol(QStringLiteral("07-NQ/ĐU"));
        REQUIRE(nq);
        CHECK(nq->status == OutgoingDocument::Status::Issued);
        CHECK(nq->capacity == QStringLiteral("T/M"));
        CHECK(nq->signer == QStringLiteral("Nguyễn Văn Bình"));
        CHECK(nq->recipients == QStringList{QStringLiteral("Ban Thường vụ Tỉnh ủy"), QStringLiteral("Các chi bộ"), QStringLiteral("Lưu Văn phòng")});
        auto cv = office.outgoing().getBySymbol(QStringLiteral("12-CV/ĐU"));
        REQUIRE(cv);
        CHECK(cv->typeCode == QStringLiteral("CV")); // read from the symbol
        CHECK(cv->confidentiality == Confidentiality::Confidential); // Mật
        // Numbering continues after the imported numbers, in the same term and series.
        auto next = office.outgoing().add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 12, 1)), OutgoingRegister::Mode::Reserve);
        REQUIRE(next);
        CHECK(next->symbol == QStringLiteral("08-NQ/ĐU"));
        // Searchable like any line.
        auto found = RegisterSearch::find(office.db(), office.clerk, QStringLiteral("chuyen doi so"));
        REQUIRE(found);
        CHECK(found->size() == 1);
    }
    SECTION("rows with errors: each named, nothing imported")
    {
        sheet.rows << QVariantList{QStringLiteral("V/v xin ý kiến"), QDate(2025, 11, 6), QStringLiteral("Công văn"), QString(), QString(), QString()}
                   << QVariantList{QStringLiteral("07-NQ/ĐU"), QDate(2025, 11, 7), QStringLiteral("Trùng số"), QString(), QString(), QString()}
                   << QVariantList{QStringLiteral("01-NQ/ĐU"), QDate(2019, 1, 7), QStringLiteral("Trước mọi khóa"), QString(), QString(), QString()}
                   << QVariantList{QStringLiteral("02-NQ/ĐU"), QStringLiteral("31/02/2025"), QStringLiteral("Ngày sai"), QString(), QString(), QString()};
        auto job = load(sheet);
        QList<RegisterImportJob::Line> lines;
        REQUIRE_FALSE(job->commit(&lines));
        REQUIRE(lines.size() == 6);
        CHECK(lines.at(0).problems.isEmpty());
        CHECK(lines.at(2).problems.join(QLatin1Char(' ')).contains(QStringLiteral("Party form")));
        CHECK(lines.at(3).problems.join(QLatin1Char(' ')).contains(QStringLiteral("twice")));
        CHECK(lines.at(4).problems.join(QLatin1Char(' ')).contains(QStringLiteral("term")));
        CHECK(lines.at(5).problems.join(QLatin1Char(' ')).contains(QStringLiteral("31/02/2025")));
        CHECK(office.outgoing().list(OutgoingFilter{})->isEmpty());
    }
}

TEST_CASE("an exported register imports again into an empty office without a mapping")
{
    Office office;
    auto in = office.incoming();
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 1, 5), QTime(9, 15)), QStringLiteral("07-KL/VPTW"), QStringLiteral("Kết luận của Bộ Chính trị"))));
    REQUIRE(in.add(incomingDoc(QDateTime(QDate(2026, 1, 6), QTime(14, 0)), QStringLiteral("35-CT/TW"), QStringLiteral("Chỉ thị về đại hội"),
                               Confidentiality::Secret)));
    const QByteArray file = spreadsheet::SpreadsheetFile::write(*RegisterExport::incomingSheet(office.db(), *in.list(IncomingFilter{})),
                                                                spreadsheet::SpreadsheetFile::Format::Xlsx);
    Office other;
    RegisterImportJob job(other.db(), other.clerk, other.clerk.login, RegisterImport::Register::Incoming);
    QString error;
    REQUIRE(job.load(file, &error));
    auto imported = job.commit();
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported);
    auto secret = other.incoming().list(IncomingFilter{});
    REQUIRE(secret->size() == 2);
    auto chiThi = std::find_if(secret->begin(), secret->end(), [](const IncomingDocument &d) { return d.symbol.verbatim == QStringLiteral("35-CT/TW"); });
    REQUIRE(chiThi != secret->end());
    CHECK(chiThi->confidentiality == Confidentiality::Secret);
    CHECK(chiThi->receivedAt == QDateTime(QDate(2026, 1, 6), QTime(14, 0)));
}

#include "documents/DocumentTypes.h"

#include <QSqlQuery>

TEST_CASE("document types are the office's data: an abbreviation set or changed shows in the next symbol, a shared series shares numbers")
{
    Office office;
    DocumentTypes types(office.db());
    // "Giấy giới thiệu" has no abbreviation by default: the register asks for one.
    CHECK_FALSE(office.outgoing().add(outgoingDoc(QStringLiteral("GGT"), QDate(2026, 2, 2)), OutgoingRegister::Mode::Reserve));
    REQUIRE(types.save({QStringLiteral("GGT"), QStringLiteral("Giấy giới thiệu"), QStringLiteral("GGT"), QString()}, QStringLiteral("chanhvp")));
    auto introduction = office.outgoing().add(outgoingDoc(QStringLiteral("GGT"), QDate(2026, 2, 2)), OutgoingRegister::Mode::Reserve);
    REQUIRE(introduction);
    CHECK(introduction->symbol == QStringLiteral("01-GGT/ĐU"));
    // "Giấy mời" has "GM" from schema 18 on (a meeting's invitation takes its number: PaperNumbers).
    auto invitation = office.outgoing().add(outgoingDoc(QStringLiteral("GM"), QDate(2026, 2, 2)), OutgoingRegister::Mode::Reserve);
    REQUIRE(invitation);
    CHECK(invitation->symbol == QStringLiteral("01-GM/ĐU"));

    // A new type that shares the Thông báo series continues its numbers.
    REQUIRE(office.outgoing().add(outgoingDoc(QStringLiteral("TB"), QDate(2026, 2, 3)), OutgoingRegister::Mode::Reserve));
    REQUIRE(types.save({QStringLiteral("TBKL"), QStringLiteral("Thông báo kết luận"), QStringLiteral("TB"), QStringLiteral("TB")},
                       QStringLiteral("chanhvp")));
    auto notice = office.outgoing().add(outgoingDoc(QStringLiteral("TBKL"), QDate(2026, 2, 4)), OutgoingRegister::Mode::Reserve);
    REQUIRE(notice);
    CHECK(notice->symbol == QStringLiteral("02-TB/ĐU"));
    CHECK(DocumentTypes(office.db()).all()->last().code == QStringLiteral("TBKL")); // listed last

    // Refused, each with its reason; nothing changes.
    CHECK_FALSE(types.save({QStringLiteral("X Y"), QStringLiteral("Tên"), QString(), QString()}, QStringLiteral("chanhvp")));
    CHECK_FALSE(types.save({QStringLiteral("NQ"), QString(), QStringLiteral("NQ"), QString()}, QStringLiteral("chanhvp")));
    CHECK_FALSE(types.save({QStringLiteral("NQ"), QStringLiteral("Nghị quyết"), QStringLiteral("N/Q"), QString()}, QStringLiteral("chanhvp")));
    auto similar = types.save({QStringLiteral("qd"), QStringLiteral("Quyết định mới"), QStringLiteral("QD"), QString()}, QStringLiteral("chanhvp"));
    REQUIRE_FALSE(similar);
    CHECK(similar.error().message.contains(QStringLiteral("QĐ")));
    CHECK(DocumentTypes(office.db()).find(QStringLiteral("NQ"))->name == QStringLiteral("Nghị quyết"));
    // Every change is in the audit log.
    QSqlQuery q(office.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'document_types'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("a term is corrected, never so that a numbered document would change term")
{
    Office office;
    auto terms = office::TermStore(office.db()).all();
    REQUIRE(terms);
    REQUIRE(terms->size() == 2);
    office::Term current = terms->at(1); // Khóa XV, from 15/10/2025
    // A typo in the name, and the first day put right while nothing is numbered near it.
    current.name = QStringLiteral("Khóa XV (2025 - 2030)");
    current.startsOn = QDate(2025, 10, 20);
    REQUIRE(office::TermStore(office.db()).update(current, office.clerk.login));
    CHECK(office::TermStore(office.db()).termFor(QDate(2025, 10, 18))->id == terms->at(0).id);
    // A resolution numbered in Khóa XV on 25/10/2025: its term may no longer start after that day.
    auto reserved = office.outgoing().add(outgoingDoc(QStringLiteral("NQ"), QDate(2025, 10, 25)), OutgoingRegister::Mode::Reserve);
    REQUIRE(reserved);
    current.startsOn = QDate(2025, 11, 1);
    auto moved = office::TermStore(office.db()).update(current, office.clerk.login);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().message.contains(reserved->symbol));
    // Nor may two terms start on one day.
    current.startsOn = terms->at(0).startsOn;
    CHECK_FALSE(office::TermStore(office.db()).update(current, office.clerk.login));
    CHECK(office::TermStore(office.db()).all()->at(1).startsOn == QDate(2025, 10, 20));
    // Only those who may change the profile correct a term.
    auto viewer = addSignedInUser(*office.session, QStringLiteral("xem"), office::Role::Viewer, office::Clearance::Normal, "chi-xem-2026");
    REQUIRE(viewer);
    current.startsOn = QDate(2025, 10, 20);
    current.name = QStringLiteral("Khóa khác");
    CHECK(office::TermStore(viewer->database()).update(current, QStringLiteral("xem")).error().kind == Kind::Forbidden);
    CHECK(office::TermStore(office.db()).all()->at(1).name == QStringLiteral("Khóa XV (2025 - 2030)"));
}
