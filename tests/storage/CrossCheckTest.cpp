// What a user who decrypts the office file with his own password can change
// with a tool in the rows the audit log describes, and how verify names it
// (office::AuditCrossCheck and the checks it runs, documents::SearchIndexCheck).
// Each edit is made on a decrypted copy, written back under the file's key
// with a fresh header MAC: only the comparison with the log can see it.
#include "InsiderTool.h"
#include "TestSupport.h"

#include "documents/AttachmentStore.h"
#include "documents/DocumentTypes.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "documents/SecretTransfer.h"
#include "drafts/TemplateStore.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/InvitationDate.h"
#include "meetings/MeetingStore.h"
#include "meetings/PaperFiles.h"
#include "meetings/package/MeetingPackage.h"
#include "office/OfficeSession.h"
#include "office/ProfileStore.h"
#include "office/SecretFile.h"
#include "office/TermStore.h"
#include "office/UserDirectory.h"
#include "storage/MetaValue.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;
using documents::Confidentiality;
using documents::Urgency;

namespace {
const QByteArray ChiefPassword = "chanh-2026";

// Decrypts the closed file with the chief's password, runs the statements on
// the plain copy as an insider's tool would, and writes it back.
void tamper(const QString &path, const QStringList &statements)
{
    auto tool = InsiderTool::unlock(path, QStringLiteral("chanhvp"), ChiefPassword);
    REQUIRE(tool);
    const QString plain = path + QStringLiteral(".plain");
    REQUIRE(tool->decryptTo(plain));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tool"));
        db.setDatabaseName(plain);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tool"));
    REQUIRE(tool->encryptFrom(plain, path));
    QFile::remove(plain);
}

std::unique_ptr<office::OfficeSession> openChief(const QString &path)
{
    auto opened = office::OfficeSession::open(path, QStringLiteral("chanhvp"), ChiefPassword, cheapOptions());
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(opened.value());
}

QStringList findings(const QString &path)
{
    return openChief(path)->verify().problems;
}

// As `vanphong-cli verify` checks: a read-only session, which writes nothing.
QStringList readOnlyFindings(const QString &path)
{
    auto options = cheapOptions();
    options.readOnly = true;
    auto opened = office::OfficeSession::open(path, QStringLiteral("chanhvp"), ChiefPassword, options);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return (*opened)->verify().problems;
}

// The findings that contain `text`.
int named(const QStringList &problems, const QString &text)
{
    return int(problems.filter(text).size());
}

// An office file with one of everything the cross-check compares.
struct Office
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.vpdb"));
    qint64 incoming = 0, secretIncoming = 0, outgoing = 0, attachment = 0, meeting = 0, paperFile = 0;

    explicit Office(bool forSecrets = true)
    {
        auto newOffice = sampleOffice();
        newOffice.forSecrets = forSecrets;
        newOffice.profile.deputyNames = {QStringLiteral("Phạm Văn Cường"), QStringLiteral("Đỗ Thị Dung")};
        auto created = office::OfficeSession::create(path, newOffice, ChiefPassword, cheapOptions());
        if (!created)
            FAIL(created.error().message.toStdString());
        office::OfficeSession &s = *created->session;
        storage::Database &db = s.database();
        REQUIRE(office::TermStore(db).add(QStringLiteral("Khóa XV (2025-2030)"), QDate(2025, 10, 15), s.actor()));

        documents::IncomingRegister in(db, s.user(), s.actor());
        documents::IncomingDocument d = sampleIncoming(Confidentiality::Normal, QStringLiteral("Về việc chuẩn bị hội nghị"));
        d.pages = 3;
        d.copies = 2;
        d.urgency = Urgency::Urgent;
        d.recallBy = QDate(2026, 12, 31);
        auto added = in.add(d);
        REQUIRE(added);
        incoming = added->id;
        REQUIRE(in.assign(incoming, QStringLiteral("Ban Tổ chức"), {}, QDate(2026, 12, 15)));
        if (forSecrets) {
            auto secret = in.add(sampleIncoming(Confidentiality::Secret, QStringLiteral("Nhân sự dự kiến khóa mới")));
            REQUIRE(secret);
            secretIncoming = secret->id;
        }

        documents::OutgoingDocument o;
        o.typeCode = QStringLiteral("BC");
        o.documentDate = QDate(2026, 11, 21);
        o.excerpt = QStringLiteral("Báo cáo tình hình tháng 11");
        o.signer = QStringLiteral("Nguyễn Văn Bình");
        o.capacity = QStringLiteral("T/M");
        o.recipients = {QStringLiteral("Ban Thường vụ Tỉnh ủy"), QStringLiteral("Các chi bộ")};
        o.copies = 5;
        o.urgency = Urgency::Urgent;
        auto issued = documents::OutgoingRegister(db, s.user(), s.actor()).add(o, documents::OutgoingRegister::Mode::Issue);
        if (!issued)
            FAIL(issued.error().message.toStdString());
        outgoing = issued->id;

        auto scan = documents::AttachmentStore(db, s.user(), s.actor()).add(QStringLiteral("in"), incoming, QStringLiteral("scan.pdf"),
                                                                              "%PDF-1.4\n% the scan\n");
        REQUIRE(scan);
        attachment = scan->id;

        meetings::Meeting m;
        m.kind = meetings::MeetingKind::Standing;
        m.body = meetings::MeetingKinds::defaultBody(m.kind);
        m.startsAt = QDateTime(QDate(2026, 12, 2), QTime(8, 0));
        m.place = QStringLiteral("Hội trường Đảng ủy");
        auto held = meetings::MeetingStore(db, s.actor()).add(m);
        if (!held)
            FAIL(held.error().message.toStdString());
        meeting = held->id;
        auto paper = meetings::MeetingDocuments(db, s.actor()).add({0, meeting, QStringLiteral("Dự thảo nghị quyết"), Confidentiality::Normal, false, {}});
        REQUIRE(paper);
        auto file = meetings::PaperFiles(db, s.user(), s.actor()).add(paper->id, QStringLiteral("du-thao.pdf"), "%PDF-1.4\n% draft\n");
        REQUIRE(file);
        paperFile = file->id;
        // The invitations dated (InvitationDate).
        REQUIRE(meetings::InvitationDate(db).set(meeting, QDate(2026, 11, 25)));

        const auto report = s.verify();
        INFO(report.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok);
    }
};

struct Edit
{
    const char *what;
    QStringList statements;
    QString named;
};
} // namespace

TEST_CASE("a row edited with a tool in a field the log carries is named by verify, with the row and the field")
{
    Office o;
    const QString in = QString::number(o.incoming), out = QString::number(o.outgoing);
    const auto row = [](const QString &id, const char *table, const char *field, const QString &value) {
        return QStringLiteral("Row \"%1\" of %2 has %3 = \"%4\", but the audit log's latest entry for it")
            .arg(id, QLatin1String(table), QLatin1String(field), value);
    };
    const auto sql = [](const QString &statement, const QString &id) { return statement.arg(id); };
    const Edit edit = GENERATE_REF(values<Edit>({
        {"day received", {sql(QStringLiteral("UPDATE incoming_documents SET received_at = '2026-11-02T09:00:00' WHERE id = %1"), in)},
         row(in, "incoming_documents", "received_at", QStringLiteral("2026-11-02T09:00"))},
        {"document's date", {sql(QStringLiteral("UPDATE incoming_documents SET document_date = '2026-10-01' WHERE id = %1"), in)},
         row(in, "incoming_documents", "document_date", QStringLiteral("2026-10-01"))},
        {"pages", {sql(QStringLiteral("UPDATE incoming_documents SET pages = 30 WHERE id = %1"), in)},
         row(in, "incoming_documents", "pages", QStringLiteral("30"))},
        {"copies taken away", {sql(QStringLiteral("UPDATE incoming_documents SET copies = NULL WHERE id = %1"), in)},
         row(in, "incoming_documents", "copies", QStringLiteral("0"))},
        {"urgency", {sql(QStringLiteral("UPDATE incoming_documents SET urgency = 0 WHERE id = %1"), in)},
         row(in, "incoming_documents", "urgency", QStringLiteral("0"))},
        {"deadline", {sql(QStringLiteral("UPDATE incoming_documents SET deadline = '2027-06-30' WHERE id = %1"), in)},
         row(in, "incoming_documents", "deadline", QStringLiteral("2027-06-30"))},
        {"recall day", {sql(QStringLiteral("UPDATE incoming_documents SET recall_by = NULL WHERE id = %1"), in)},
         row(in, "incoming_documents", "recall_by", QString())},
        {"incoming type", {sql(QStringLiteral("UPDATE incoming_documents SET type_code = 'BC' WHERE id = %1"), in)},
         row(in, "incoming_documents", "type_code", QStringLiteral("BC"))},
        {"incoming number", {sql(QStringLiteral("UPDATE incoming_documents SET number = 7 WHERE id = %1"), in)},
         row(in, "incoming_documents", "number", QStringLiteral("7"))},
        {"outgoing date", {sql(QStringLiteral("UPDATE outgoing_documents SET document_date = '2026-11-01' WHERE id = %1"), out)},
         row(out, "outgoing_documents", "document_date", QStringLiteral("2026-11-01"))},
        {"outgoing recipients", {sql(QStringLiteral("UPDATE outgoing_documents SET recipients = 'Chi bộ ấp 9' WHERE id = %1"), out)},
         row(out, "outgoing_documents", "recipients", QStringLiteral("Chi bộ ấp 9"))},
        {"outgoing copies", {sql(QStringLiteral("UPDATE outgoing_documents SET copies = 50 WHERE id = %1"), out)},
         row(out, "outgoing_documents", "copies", QStringLiteral("50"))},
        {"outgoing urgency", {sql(QStringLiteral("UPDATE outgoing_documents SET urgency = 3 WHERE id = %1"), out)},
         row(out, "outgoing_documents", "urgency", QStringLiteral("3"))},
        {"outgoing capacity", {sql(QStringLiteral("UPDATE outgoing_documents SET capacity = 'K/T' WHERE id = %1"), out)},
         row(out, "outgoing_documents", "capacity", QStringLiteral("K/T"))},
        {"outgoing cancelled", {sql(QStringLiteral("UPDATE outgoing_documents SET cancelled_on = '2026-11-25' WHERE id = %1"), out)},
         row(out, "outgoing_documents", "cancelled_on", QStringLiteral("2026-11-25"))},
        {"user's name", {QStringLiteral("UPDATE users SET full_name = 'Người khác' WHERE login = 'chanhvp'")},
         row(QStringLiteral("chanhvp"), "users", "full_name", QStringLiteral("Người khác"))},
        {"must change password", {QStringLiteral("UPDATE users SET must_change_password = 1 WHERE login = 'chanhvp'")},
         row(QStringLiteral("chanhvp"), "users", "must_change_password", QStringLiteral("1"))},
        {"scan swapped", {sql(QStringLiteral("UPDATE attachments SET data = CAST('%PDF-1.4 other' AS BLOB), sha256 = zeroblob(32), size = 14 WHERE id = %1"),
                              QString::number(o.attachment))},
         row(QString::number(o.attachment), "attachments", "sha256", QString(64, QLatin1Char('0')))},
        {"scan moved to another line", {sql(QStringLiteral("UPDATE attachments SET owner_id = owner_id + 1 WHERE id = %1"), QString::number(o.attachment))},
         row(QString::number(o.attachment), "attachments", "owner_id", QString::number(o.incoming + 1))},
        {"scan removed", {sql(QStringLiteral("DELETE FROM attachments WHERE id = %1"), QString::number(o.attachment))},
         QStringLiteral("Row \"%1\" of attachments is missing, but the audit log never removed it.").arg(o.attachment)},
        {"scan planted", {sql(QStringLiteral("INSERT INTO attachments (owner_kind, owner_id, file_name, mime_type, size, sha256, data, added_by, added_at)"
                                             " VALUES ('in', %1, 'x.pdf', 'application/pdf', 3, zeroblob(32), X'255044', 'chanhvp', '2026-11-20T09:00:00')"), in)},
         QStringLiteral("of attachments was written without any audit log entry.")},
        {"paper's file swapped", {sql(QStringLiteral("UPDATE meeting_paper_files SET size = 999 WHERE id = %1"), QString::number(o.paperFile))},
         row(QString::number(o.paperFile), "meeting_paper_files", "size", QStringLiteral("999"))},
        {"meeting moved", {sql(QStringLiteral("UPDATE meetings SET starts_at = '2026-12-09T08:00:00' WHERE id = %1"), QString::number(o.meeting))},
         row(QString::number(o.meeting), "meetings", "starts_at", QStringLiteral("2026-12-09T08:00:00"))},
        {"meeting's place", {sql(QStringLiteral("UPDATE meetings SET place = 'Nhà văn hóa' WHERE id = %1"), QString::number(o.meeting))},
         row(QString::number(o.meeting), "meetings", "place", QStringLiteral("Nhà văn hóa"))},
        {"meeting's secrecy", {sql(QStringLiteral("UPDATE meetings SET confidentiality = 2 WHERE id = %1"), QString::number(o.meeting))},
         row(QString::number(o.meeting), "meetings", "confidentiality", QStringLiteral("2"))},
        {"meeting's status", {sql(QStringLiteral("UPDATE meetings SET status = 'cancelled' WHERE id = %1"), QString::number(o.meeting))},
         row(QString::number(o.meeting), "meetings", "status", QStringLiteral("cancelled"))},
        {"office's name", {QStringLiteral("UPDATE office_profile SET value = 'ĐẢNG BỘ XÃ KHÁC' WHERE key = 'organisation-name'")},
         QStringLiteral("The office profile's \"organisation-name\" is \"ĐẢNG BỘ XÃ KHÁC\", but the audit log's latest entry")},
        {"issuer abbreviation removed", {QStringLiteral("DELETE FROM office_profile WHERE key = 'issuer-abbrev'")},
         QStringLiteral("The office profile's \"issuer-abbrev\" is \"\", but the audit log's latest entry")},
        {"deputies", {QStringLiteral("UPDATE office_profile SET value = 'Phạm Văn Cường' WHERE key = 'deputies'")},
         QStringLiteral("The office profile's \"deputies\" is \"Phạm Văn Cường\"")},
        {"counter set forward", {QStringLiteral("UPDATE number_series SET last_number = 9 WHERE series_key = 'in:2026:0'")},
         QStringLiteral("Series \"in:2026:0\" of number_series is at 9, but its highest line is number 1")},
        {"counter set back", {QStringLiteral("UPDATE number_series SET last_number = 0 WHERE series_key = 'in:2026:0'")},
         QStringLiteral("Series \"in:2026:0\" of number_series is at 0, but its lines are numbered up to 1")},
        {"counter removed", {QStringLiteral("DELETE FROM number_series WHERE series_key LIKE 'out:%'")},
         QStringLiteral("of number_series is missing, but its lines are numbered up to 1")},
        {"invitations' date", {sql(QStringLiteral("UPDATE meeting_invitations SET issued_on = '2026-11-30' WHERE meeting_id = %1"), QString::number(o.meeting))},
         row(QString::number(o.meeting), "meeting_invitations", "issued_on", QStringLiteral("2026-11-30"))},
        {"invitations' date removed", {sql(QStringLiteral("DELETE FROM meeting_invitations WHERE meeting_id = %1"), QString::number(o.meeting))},
         QStringLiteral("Row \"%1\" of meeting_invitations is missing, but the audit log never removed it.").arg(o.meeting)},
        {"register line removed", {sql(QStringLiteral("DELETE FROM outgoing_documents WHERE id = %1"), out)},
         QStringLiteral("Row \"%1\" of outgoing_documents is missing, but the audit log never removed it.").arg(o.outgoing)},
    }));
    INFO(edit.what);
    tamper(o.path, edit.statements);
    const QStringList problems = findings(o.path);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(named(problems, edit.named) == 1);
}

TEST_CASE("the search index edited with a tool is named by verify: entries removed, planted, changed or lowered")
{
    Office o;
    // A line's entries in the index (search::DocumentSearch): (id * 2 + out) * 2 + part.
    const auto rowid = [](qint64 id, bool out, int part) { return (id * 2 + (out ? 1 : 0)) * 2 + part; };
    const QString in = QString::number(o.incoming);
    const Edit edit = GENERATE_REF(values<Edit>({
        {"a line's entry removed: searches miss it",
         {QStringLiteral("DELETE FROM document_search WHERE rowid = %1").arg(rowid(o.incoming, false, 0))},
         QStringLiteral("Row \"%1\" of incoming_documents is missing from the search index").arg(in)},
        {"words planted in a line's entry",
         {QStringLiteral("UPDATE document_search SET folded = folded || ' chuyen doi so' WHERE rowid = %1").arg(rowid(o.outgoing, true, 0))},
         QStringLiteral("The search index's entries for row \"%1\" of outgoing_documents differ from the row").arg(o.outgoing)},
        // A secret line's excerpt is sealed (office::ClearanceKeys): it has only its visible entry.
        {"words planted as a secret line's hidden entry, open to every reader",
         {QStringLiteral("INSERT INTO document_search (rowid, folded, level) VALUES (%1, 'nhan su du kien', 0)")
              .arg(rowid(o.secretIncoming, false, 1))},
         QStringLiteral("The search index holds an entry (rowid %1) for row \"%2\" of incoming_documents")
             .arg(rowid(o.secretIncoming, false, 1)).arg(o.secretIncoming)},
        {"a level stored as text (above every number: hidden from all)",
         {QStringLiteral("UPDATE document_search SET level = '0' WHERE rowid = %1").arg(rowid(o.incoming, false, 0))},
         QStringLiteral("The search index's entries for row \"%1\" of incoming_documents differ from the row").arg(in)},
        {"an entry for a line that does not exist",
         {QStringLiteral("INSERT INTO document_search (rowid, folded, level) VALUES (4000, 'tin mat', 0)")},
         QStringLiteral("The search index holds an entry (rowid 4000) for row \"1000\" of incoming_documents")},
        {"a second entry for an ordinary line",
         {QStringLiteral("INSERT INTO document_search (rowid, folded, level) VALUES (%1, 'tin mat', 0)").arg(rowid(o.incoming, false, 1))},
         QStringLiteral("The search index holds an entry (rowid %1) for row \"%2\" of incoming_documents").arg(rowid(o.incoming, false, 1)).arg(in)},
        {"the inverted index edited apart from its rows",
         {QStringLiteral("INSERT INTO document_search (rowid, folded, level) VALUES (4000, 'tin mat', 0)"),
          QStringLiteral("DELETE FROM document_search_content WHERE id = 4000"),
          QStringLiteral("DELETE FROM document_search_docsize WHERE id = 4000")},
         QStringLiteral("The search index is damaged, or was edited apart from its rows")},
    }));
    INFO(edit.what);
    tamper(o.path, edit.statements);
    const QStringList readOnly = readOnlyFindings(o.path);
    INFO(readOnly.join(QLatin1Char('\n')).toStdString());
    CHECK(named(readOnly, edit.named) == 1);
    const QStringList problems = findings(o.path);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(named(problems, edit.named) == 1);
}

TEST_CASE("honest changes through the application leave verify without findings")
{
    Office o;
    {
        auto chief = openChief(o.path);
        storage::Database &db = chief->database();
        documents::IncomingRegister in(db, chief->user(), chief->actor());
        documents::IncomingDocument c = in.get(o.incoming).value();
        c.receivedAt = c.receivedAt.addSecs(3600);
        c.documentDate = c.documentDate.addDays(-1);
        c.pages = 4;
        c.copies = 0;
        c.urgency = Urgency::Immediate;
        c.recallBy = {};
        REQUIRE(in.correct(o.incoming, c, QStringLiteral("Ghi nhầm khi vào sổ")));
        REQUIRE(in.setStatus(o.incoming, documents::IncomingDocument::Status::Done));

        documents::OutgoingRegister out(db, chief->user(), chief->actor());
        documents::OutgoingDocument oc = out.get(o.outgoing).value();
        oc.recipients = {QStringLiteral("Ban Thường vụ Tỉnh ủy"), QStringLiteral("Chi bộ ấp 1")};
        oc.documentDate = QDate(2026, 11, 22);
        oc.copies = 7;
        REQUIRE(out.correct(o.outgoing, oc, QStringLiteral("Thêm nơi nhận")));

        // A type renamed: lines indexed before keep its old name in the index.
        auto cv = documents::DocumentTypes(db).find(QStringLiteral("CV"));
        REQUIRE(cv);
        cv->name = QStringLiteral("Công văn hành chính");
        REQUIRE(documents::DocumentTypes(db).save(*cv, chief->actor()));
        REQUIRE(in.add(sampleIncoming(Confidentiality::Normal, QStringLiteral("Về việc khác"))));

        documents::AttachmentStore files(db, chief->user(), chief->actor());
        REQUIRE(files.remove(o.attachment));
        REQUIRE(files.add(QStringLiteral("in"), o.incoming, QStringLiteral("scan-2.pdf"), "%PDF-1.4\n% again\n"));

        office::UserAccount me = chief->user();
        me.fullName = QStringLiteral("Nguyễn Thị Hoa Lan");
        REQUIRE(chief->updateUser(me));
        REQUIRE(addSignedInUser(*chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal, "van-thu-2026"));

        auto profile = chief->profile().value();
        profile.deputyNames = {QStringLiteral("Đỗ Thị Dung")};
        profile.placeName = QStringLiteral("Xã Tân Phú");
        REQUIRE(chief->saveProfile(profile));

        meetings::MeetingStore store(db, chief->actor());
        auto m = store.get(o.meeting).value();
        m.place = QStringLiteral("Phòng họp số 2");
        m.chair = QStringLiteral("Đồng chí Bí thư");
        REQUIRE(store.update(m));
        REQUIRE(store.reschedule(o.meeting, QDateTime(QDate(2026, 12, 3), QTime(14, 0))));
        REQUIRE(store.close(o.meeting, QDateTime(QDate(2026, 12, 3), QTime(17, 0))));
        // A closed meeting's record corrected with a reason: its newest entry still holds every field.
        meetings::MeetingStore corrected(db, chief->actor());
        corrected.setCorrectionReason(QStringLiteral("Sửa tên chủ trì"));
        m = corrected.get(o.meeting).value();
        m.chair = QStringLiteral("Đồng chí Phó Bí thư");
        REQUIRE(corrected.update(m));
    }
    const QStringList problems = findings(o.path);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(readOnlyFindings(o.path).isEmpty());

    // Checked twice in one session while a list is still being read (a
    // statement still active): the second check finds nothing either.
    auto chief = openChief(o.path);
    QSqlQuery reading(chief->database().sql());
    REQUIRE(reading.exec(QStringLiteral("SELECT id FROM incoming_documents")));
    REQUIRE(reading.next());
    for (int i = 0; i < 2; ++i) {
        const QStringList again = chief->verify().problems;
        INFO(again.join(QLatin1Char('\n')).toStdString());
        CHECK(again.isEmpty());
    }
}

TEST_CASE("an ordinary file turned into the secret file with a tool is named by verify")
{
    Office o(false);
    CHECK(findings(o.path).isEmpty());
    tamper(o.path, {QStringLiteral("UPDATE meta SET value = 'secret' WHERE key = 'file.kind'")});
    auto chief = openChief(o.path);
    // What the tool gained: the application now takes secret content here.
    CHECK(office::SecretFile::isSecretFile(chief->database()));
    const QStringList problems = chief->verify().problems;
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(named(problems, QStringLiteral("The file is marked as the secret file (meta file.kind), but the audit log's entry")) == 1);
    CHECK(named(problems, QStringLiteral("says it is an ordinary file")) == 1);

    SECTION("and back: the mark removed reads as ordinary again, which is what was logged")
    {
        chief.reset();
        tamper(o.path, {QStringLiteral("DELETE FROM meta WHERE key = 'file.kind'")});
        CHECK(findings(o.path).isEmpty());
    }
}

TEST_CASE("the secret file turned into an ordinary one with a tool is named by verify")
{
    Office o(true);
    tamper(o.path, {QStringLiteral("UPDATE meta SET value = 'ordinary' WHERE key = 'file.kind'")});
    const QStringList problems = findings(o.path);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(named(problems, QStringLiteral("The file is marked as an ordinary file (meta file.kind), but the audit log's entry")) == 1);
}

namespace {
// A file as the versions before the kind was logged made it: the kind in
// meta without an entry; a Mật line registered without its excerpt, as only
// the ordinary file does.
QString oldOrdinaryFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("old.vpdb"));
    auto db = storage::Database::create(path, QStringLiteral("chanhvp"), ChiefPassword, nullptr, cheapOptions());
    REQUIRE(db);
    office::UserAccount chief = sampleOffice().chief;
    chief.role = office::Role::Admin;
    chief.clearance = office::Clearance::TopSecret;
    REQUIRE(office::UserDirectory(**db).insert(chief, chief.login));
    QSqlQuery q((*db)->sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('file.kind', 'ordinary')")));
    REQUIRE(office::ProfileStore(**db).save(sampleOffice().profile, chief.login));
    REQUIRE(documents::IncomingRegister(**db, chief, chief.login).add(sampleIncoming(Confidentiality::Confidential, QString())));
    return path;
}

int kindEntries(const QString &path)
{
    auto chief = office::OfficeSession::open(path, QStringLiteral("chanhvp"), ChiefPassword, [] {
        auto o = cheapOptions();
        o.readOnly = true;
        return o;
    }());
    REQUIRE(chief);
    QSqlQuery q((*chief)->database().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'file' AND record_id = 'file.kind'")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("a file made before the kind was logged has it logged at its first sign-in, and a tool's change is named")
{
    QTemporaryDir dir;
    const QString path = oldOrdinaryFile(dir);
    CHECK(kindEntries(path) == 0); // read-only sessions write nothing

    SECTION("logged as it is; changed afterwards: named against that entry")
    {
        CHECK(findings(path).isEmpty());
        CHECK(kindEntries(path) == 1);
        CHECK(findings(path).isEmpty());
        CHECK(kindEntries(path) == 1); // once
        tamper(path, {QStringLiteral("UPDATE meta SET value = 'secret' WHERE key = 'file.kind'")});
        const QStringList problems = findings(path);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(named(problems, QStringLiteral("The file is marked as the secret file (meta file.kind), but the audit log's entry")) == 1);
    }
    SECTION("changed before the first sign-in: the entries before the adopted kind show an ordinary file")
    {
        tamper(path, {QStringLiteral("UPDATE meta SET value = 'secret' WHERE key = 'file.kind'")});
        const QStringList problems = findings(path);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(named(problems, QStringLiteral("was written by an ordinary file: the mark was changed outside the application")) == 1);
    }
}

TEST_CASE("a meeting package marked unmerged again with a tool is named by verify")
{
    Office o;
    const QString package = o.dir.filePath(QStringLiteral("hop.vphop"));
    QString id;
    {
        auto chief = openChief(o.path);
        meetings::MeetingPackage packages(*chief, cheapOptions());
        auto exported = packages.exportMeeting(o.meeting, package, "hop-tai-hoi-truong");
        if (!exported)
            FAIL(exported.error().message.toStdString());
        id = exported->id;
        {
            auto laptop = office::OfficeSession::open(package, QStringLiteral("chanhvp"), "hop-tai-hoi-truong", cheapOptions());
            REQUIRE(laptop);
            REQUIRE(meetings::MeetingStore((*laptop)->database(), (*laptop)->actor()).setStatus(o.meeting, meetings::Meeting::Status::Held));
            // The package is a file of the same format: its own verify has nothing to say either.
            const QStringList onLaptop = (*laptop)->verify().problems;
            INFO(onLaptop.join(QLatin1Char('\n')).toStdString());
            CHECK(onLaptop.isEmpty());
        }
        auto in = packages.read(package, "hop-tai-hoi-truong");
        REQUIRE(in);
        REQUIRE(packages.apply(in.value()));
    }
    CHECK(findings(o.path).isEmpty());
    tamper(o.path, {QStringLiteral("UPDATE meeting_packages SET imported_by = '', imported_at = NULL")});
    const QStringList problems = findings(o.path);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(named(problems, QStringLiteral("Row \"%1\" of meeting_packages has imported_by = \"\", but the audit log's latest entry").arg(id)) == 1);
}

TEST_CASE("a transfer to the secret file whose list of lines is cut with a tool is named by verify")
{
    Office ordinary(false);
    Office secret(true);
    QString id;
    {
        auto chief = openChief(ordinary.path);
        // Of last year: its number is free in the secret file's register.
        documents::IncomingDocument d = sampleIncoming(Confidentiality::Confidential, QString());
        d.receivedAt = d.receivedAt.addYears(-1);
        d.documentDate = d.documentDate.addYears(-1);
        REQUIRE(documents::IncomingRegister(chief->database(), chief->user(), chief->actor()).add(d));
        auto exported = documents::SecretTransfer(*chief, cheapOptions()).exportLines(ordinary.dir.filePath(QStringLiteral("t.vpchuyen")),
                                                                                      "chuyen-sang-mat");
        if (!exported)
            FAIL(exported.error().message.toStdString());
        id = exported->id;
        auto other = openChief(secret.path);
        auto received = documents::SecretTransfer(*other, cheapOptions()).receive(ordinary.dir.filePath(QStringLiteral("t.vpchuyen")),
                                                                                  "chuyen-sang-mat", false);
        if (!received)
            FAIL(received.error().message.toStdString());
    }
    CHECK(findings(ordinary.path).isEmpty());
    CHECK(findings(secret.path).isEmpty());
    // Lines taken off the list would go to the secret file a second time.
    tamper(ordinary.path, {QStringLiteral("DELETE FROM secret_transfer_lines")});
    const QStringList problems = findings(ordinary.path);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(named(problems, QStringLiteral("Row \"%1\" of secret_transfers has secret_transfer_lines = \"0\"").arg(id)) == 1);
}

TEST_CASE("an office's template of drafts swapped, or planted, with a tool is named by verify")
{
    Office o;
    {
        auto chief = openChief(o.path);
        drafts::TemplateStore templates(chief->database(), chief->actor());
        auto shipped = templates.exportTemplate(QStringLiteral("CV"), drafts::DraftFormat::Odt);
        REQUIRE(shipped);
        REQUIRE(templates.import(QStringLiteral("CV"), QStringLiteral("cong-van.odt"), shipped->bytes));
        // Imported and reset through the application: nothing to say.
        REQUIRE(templates.import(QStringLiteral("NQ"), QStringLiteral("nghi-quyet.odt"), shipped->bytes));
        REQUIRE(templates.reset(QStringLiteral("NQ"), drafts::DraftFormat::Odt));
    }
    {
        const QStringList honest = findings(o.path);
        INFO(honest.join(QLatin1Char('\n')).toStdString());
        CHECK(honest.isEmpty());
    }
    // Another file put in its place (a letterhead a clerk would sign under), and a template planted for a type.
    tamper(o.path, {QStringLiteral("UPDATE document_templates SET data = data || X'00', sha256 = X'00' WHERE type_code = 'CV'"),
                    QStringLiteral("INSERT INTO document_templates (type_code, format, file_name, data, sha256, imported_by, imported_at)"
                                   " SELECT 'TB', 'odt', 'thong-bao.odt', data, sha256, 'chanhvp', imported_at FROM document_templates")});
    const QStringList problems = findings(o.path);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(named(problems, QStringLiteral("Row \"CV.odt\" of document_templates has sha256")) == 1);
    CHECK(named(problems, QStringLiteral("Row \"CV.odt\" of document_templates has size")) == 1);
    CHECK(named(problems, QStringLiteral("Row \"TB.odt\" of document_templates was written without any audit log entry")) == 1);
}
