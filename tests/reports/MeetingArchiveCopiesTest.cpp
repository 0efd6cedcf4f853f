// A meeting's dossier in the archive keeps its minutes and invitations as
// printed (issue 13): PDFs made when it is filed, kept inside the file, gone
// with the filing and with a destruction. Here, not with the archive's other
// tests, because the papers are laid out with fonts (a GUI application).
#include "TestSupport.h"

#include "archives/DossierFiling.h"
#include "archives/DossierItemFiles.h"
#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MinutesBook.h"
#include "meetings/InvitationDate.h"
#include "meetings/PaperFiles.h"
#include "meetings/PaperNumbers.h"
#include "reports/ArchivePapers.h"
#include "reports/MeetingArchiveCopies.h"
#include "reports/MinutesReport.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionReview.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>

using namespace vanphong;
using namespace vanphong::archives;
using namespace vanphong::test;


namespace {
// A standing committee meeting held and closed with its minutes complete; its id.
qint64 heldMeeting(office::OfficeSession &s)
{
    storage::Database &db = s.database();
    auto term = office::TermStore(db).all();
    REQUIRE(term);
    for (const QString &name : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")}) {
        meetings::CommitteeMember m;
        m.termId = term->first().id;
        m.fullName = name;
        m.position = QStringLiteral("Ủy viên Ban Thường vụ");
        m.standing = true;
        REQUIRE(meetings::CommitteeMembers(db, s.actor()).add(m));
    }
    meetings::MeetingStore store(db, s.actor());
    meetings::Meeting draft;
    draft.kind = meetings::MeetingKind::Standing;
    draft.startsAt = QDateTime(QDate(2015, 3, 18), QTime(14, 0));
    draft.place = QStringLiteral("Hội trường Đảng ủy");
    draft.chair = QStringLiteral("Nguyễn Văn An");
    draft.secretary = QStringLiteral("Đỗ Thị Giang");
    auto meeting = store.add(draft, {{0, 0, QStringLiteral("Đề án chuyển đổi số năm 2026"), QStringLiteral("Ban Tuyên giáo"), {}, 60, {}}});
    REQUIRE(meeting);
    meetings::AttendanceBook attendance(db, s.actor());
    for (const meetings::Attendee &a : attendance.attendees(meeting->id).value())
        REQUIRE(attendance.mark(a.id, meetings::Attendee::Presence::Present));
    const qint64 item = store.agenda(meeting->id)->first().id;
    REQUIRE(meetings::MinutesBook(db, s.actor()).add({0, meeting->id, item, 0, meetings::MinutesEntry::Kind::Presentation,
                                                      QStringLiteral("Trần Thị Bình"), QStringLiteral("tóm tắt Đề án."), 0, 0, 0, {}}));
    REQUIRE(store.setConclusion(item, QStringLiteral("Ban Thường vụ thống nhất thông qua Đề án.")));
    REQUIRE(store.close(meeting->id, QDateTime(QDate(2015, 3, 18), QTime(16, 30))));
    REQUIRE(reports::MinutesReport::problems(db, meeting->id)->isEmpty());
    return meeting->id;
}

int rows(storage::Database &db, const char *sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QString::fromLatin1(sql)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("a meeting is filed with its minutes and invitations as printed, kept in the file; they go with the filing and with a destruction")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    office::OfficeSession &s = *created->session;
    REQUIRE(office::TermStore(s.database()).add(QStringLiteral("Khóa XII"), QDate(2010, 10, 15), s.actor()));
    storage::Database &db = s.database();
    DossierRegister reg(db, s.actor());
    DossierFiling filing(db, s.user(), s.actor(), reports::MeetingArchiveCopies::printer(db));
    DossierItemFiles kept(db, s.user(), s.actor());
    Dossier draft;
    draft.year = 2015;
    draft.number = QStringLiteral("01");
    draft.title = QStringLiteral("Hồ sơ hội nghị Ban Thường vụ");
    draft.retentionYears = 5;
    draft.keeper = s.user().login;
    auto added = reg.add(draft);
    REQUIRE(added);
    const Dossier dossier = added.value();
    const qint64 meeting = heldMeeting(s);
    // Without a printer (a program that lays out no papers) a meeting is not filed.
    CHECK_FALSE(DossierFiling(db, s.user(), s.actor()).file(dossier.id, QStringLiteral("meeting"), meeting));

    // A meeting whose minutes are not finished is not filed: the archive keeps the record as signed.
    meetings::Meeting unfinished;
    unfinished.kind = meetings::MeetingKind::Standing;
    unfinished.startsAt = QDateTime(QDate(2015, 4, 2), QTime(8, 0));
    unfinished.place = QStringLiteral("Hội trường");
    auto open = meetings::MeetingStore(db, s.actor()).add(unfinished, {});
    REQUIRE(open);
    REQUIRE(meetings::MeetingStore(db, s.actor()).close(open->id, QDateTime(QDate(2015, 4, 2), QTime(10, 0))));
    CHECK_FALSE(filing.file(dossier.id, QStringLiteral("meeting"), open->id));

    // Kept as issued: not before the minutes and invitations have their numbers (never as the drafts they print as).
    auto unnumbered = filing.file(dossier.id, QStringLiteral("meeting"), meeting);
    REQUIRE_FALSE(unnumbered);
    CHECK(unnumbered.error().message.contains(QStringLiteral("số")));
    meetings::PaperNumbers numbers(db, s.user(), s.actor());
    auto minutesNumber = numbers.take(meeting, meetings::PaperNumbers::Paper::Minutes);
    REQUIRE(minutesNumber);
    REQUIRE(meetings::InvitationDate(db).set(meeting, QDate(2015, 3, 10))); // sent a week before the meeting
    REQUIRE(numbers.take(meeting, meetings::PaperNumbers::Paper::Invitation));
    const auto outgoingLeft = [&] {
        auto left = filing.unfiled(2015);
        REQUIRE(left);
        return std::count_if(left->begin(), left->end(), [](const FiledDocument &f) { return f.kind == QLatin1String("out"); });
    };
    const auto meetingsLeft = [&] {
        auto left = filing.unfiled(2015);
        REQUIRE(left);
        return std::count_if(left->begin(), left->end(), [](const FiledDocument &f) { return f.kind == QLatin1String("meeting"); });
    };
    // The meeting held is what is left to file, once: its minutes and invitation go with it, not as lines of their own.
    CHECK(outgoingLeft() == 0);
    CHECK(meetingsLeft() == 2); // this one and the unfinished one of April
    REQUIRE(filing.file(dossier.id, QStringLiteral("meeting"), meeting));
    CHECK(outgoingLeft() == 0); // filed with it: nothing of the meeting is left over at the year's end
    CHECK(meetingsLeft() == 1);
    // The dossier's time begins with the invitation, sent before the meeting day.
    CHECK(reg.get(dossier.id)->firstDocument == QDate(2015, 3, 10));
    // Its list of documents opens the meeting onto its papers, each with its number and date.
    auto list = reports::ArchivePapers::dossierContents(db, s.user(), dossier.id);
    REQUIRE(list);
    const QString listed = list.value()->toPlainText();
    INFO(listed.toStdString());
    CHECK(listed.contains(QStringLiteral("Biên bản hội nghị")));
    CHECK(listed.contains(minutesNumber->symbol));
    CHECK(listed.contains(QStringLiteral("1.1")));
    CHECK(listed.contains(QStringLiteral("10/3/2015")) + listed.contains(QStringLiteral("10/03/2015")) > 0);
    // Its minutes are an outgoing line too: filed with the meeting, not filed again on their own.
    const qint64 minutesLine = rows(db, "SELECT outgoing_id FROM meeting_paper_numbers WHERE paper = 'minutes'");
    // The register's filing action knows the line is the meeting's, to offer filing the meeting instead.
    CHECK(filing.meetingOfPaper(minutesLine).value() == meeting);
    CHECK(filing.meetingOfPaper(minutesLine + 1000).value() == 0);
    auto twice = filing.file(dossier.id, QStringLiteral("out"), minutesLine);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("01/2015")));
    auto files = kept.list(dossier.id);
    REQUIRE(files);
    REQUIRE(files->size() == 2);
    CHECK(files->at(0).fileName.startsWith(QStringLiteral("Biên bản")));
    CHECK(files->at(1).fileName.startsWith(QStringLiteral("Giấy mời")));
    auto minutes = kept.read(files->at(0).id);
    REQUIRE(minutes);
    CHECK(minutes->startsWith("%PDF"));
    const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
    QFile out(pdf);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(minutes.value());
    out.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("BIÊN BẢN")));
    CHECK(printed.contains(minutesNumber->symbol)); // the number it was issued under
    CHECK_FALSE(printed.contains(QStringLiteral("DỰ THẢO")));
    CHECK(printed.contains(QStringLiteral("Đề án chuyển đổi số năm 2026")));
    CHECK(s.verify().ok);

    // Taken out again: its papers go with the filing, each removal logged (verify still agrees).
    REQUIRE(filing.unfile(QStringLiteral("meeting"), meeting));
    CHECK(kept.list(dossier.id)->isEmpty());
    // And the other way round: minutes filed on their own keep the meeting out until they are taken out.
    REQUIRE(filing.file(dossier.id, QStringLiteral("out"), minutesLine));
    CHECK_FALSE(filing.file(dossier.id, QStringLiteral("meeting"), meeting));
    REQUIRE(filing.unfile(QStringLiteral("out"), minutesLine));
    CHECK(rows(db, "SELECT count(*) FROM dossier_item_files") == 0);
    CHECK(s.verify().ok);

    // Filed again with a paper handed out at the meeting, then destroyed with the dossier.
    meetings::MeetingDocument paper;
    paper.meetingId = meeting;
    paper.title = QStringLiteral("Dự thảo Đề án");
    auto handedOut = meetings::MeetingDocuments(db, s.actor()).add(paper);
    REQUIRE(handedOut);
    REQUIRE(meetings::PaperFiles(db, s.user(), s.actor()).add(handedOut->id, QStringLiteral("de-an.pdf"),
                                                             QByteArrayLiteral("%PDF-1.4\n% de an CANARY-PAPER\n%%EOF\n")));
    REQUIRE(filing.file(dossier.id, QStringLiteral("meeting"), meeting));
    REQUIRE(reg.close(dossier.id, QDate(2015, 12, 31), 12));
    RetentionReview review(db, s.user(), s.actor());
    auto decided = review.recordDecision({dossier.id}, QStringLiteral("05/QĐ-HĐ"), QDate::currentDate(), {});
    REQUIRE(decided);
    REQUIRE(review.destroy(decided.value(), QStringLiteral("01-BB/H"), QDate::currentDate(), QStringLiteral("01-BB/H")));
    CHECK(rows(db, "SELECT count(*) FROM dossier_item_files") == 0);
    CHECK(rows(db, "SELECT count(*) FROM meeting_paper_files") == 0);
    // The archive held its record as it was: the minutes are not corrected afterwards, even with a reason.
    meetings::MinutesBook book(db, s.actor());
    book.setCorrectionReason(QStringLiteral("Bổ sung ý kiến"));
    meetings::MinutesEntry late;
    late.meetingId = meeting;
    late.text = QStringLiteral("Ý kiến bổ sung sau khi hủy");
    auto corrected = book.add(late);
    REQUIRE_FALSE(corrected);
    CHECK(corrected.error().message.contains(QStringLiteral("01/2015")));
    CHECK(s.verify().ok);
}
