#include "Migration.h"

#include "directory/NameDirectory.h"
#include "search/DocumentSearch.h"
#include "search/VietnameseFolding.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace vanphong::storage {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

namespace {
bool version1(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)"),
        QStringLiteral("CREATE TABLE office_profile (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " login TEXT NOT NULL UNIQUE,"
                       " full_name TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL CHECK (role IN ('admin','clerk','leader','accountant','viewer')),"
                       " clearance INTEGER NOT NULL DEFAULT 0 CHECK (clearance BETWEEN 0 AND 3),"
                       " disabled INTEGER NOT NULL DEFAULT 0,"
                       " must_change_password INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_login TEXT NOT NULL,"
                       " table_name TEXT NOT NULL,"
                       " record_id TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " old_values TEXT,"
                       " new_values TEXT,"
                       " mac BLOB NOT NULL)"),
        // The audit log is append-only, whoever writes SQL against the file.
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
    }, error);
}
// The document registers (issue 3): types, terms, numbering series, incoming
// and outgoing registers, hand-overs, and the folded-text search index.
bool version2(QSqlDatabase &db, QString *error)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE document_types ("
                       " code TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " abbreviation TEXT NOT NULL DEFAULT '',"   // as printed in a symbol; empty: not yet set
                       " series TEXT NOT NULL DEFAULT '',"         // types sharing a series share numbers
                       " sort_order INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE terms (id INTEGER PRIMARY KEY, name TEXT NOT NULL, starts_on TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE number_series (series_key TEXT PRIMARY KEY, last_number INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE incoming_documents ("
                       " id INTEGER PRIMARY KEY,"
                       " year INTEGER NOT NULL, secret INTEGER NOT NULL DEFAULT 0, number INTEGER NOT NULL,"
                       " received_at TEXT NOT NULL,"
                       " sender TEXT NOT NULL,"
                       " symbol TEXT NOT NULL, symbol_number INTEGER, symbol_type TEXT, symbol_issuer TEXT,"
                       " document_date TEXT,"
                       " type_code TEXT REFERENCES document_types(code),"
                       " excerpt TEXT NOT NULL,"
                       " pages INTEGER, copies INTEGER,"
                       " confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (confidentiality BETWEEN 0 AND 3),"
                       " urgency INTEGER NOT NULL DEFAULT 0 CHECK (urgency BETWEEN 0 AND 4), urgency_time TEXT,"
                       " recall_by TEXT,"
                       " direction TEXT NOT NULL DEFAULT '',"
                       " assignee TEXT NOT NULL DEFAULT '', deadline TEXT,"
                       " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','in-progress','done','filed','cancelled')),"
                       " created_by TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " UNIQUE (year, secret, number))"),
        QStringLiteral("CREATE INDEX incoming_by_received ON incoming_documents (received_at)"),
        QStringLiteral("CREATE INDEX incoming_by_deadline ON incoming_documents (deadline) WHERE deadline IS NOT NULL"),
        QStringLiteral("CREATE TABLE incoming_handovers ("
                       " id INTEGER PRIMARY KEY,"
                       " incoming_id INTEGER NOT NULL REFERENCES incoming_documents(id),"
                       " at TEXT NOT NULL, by_user TEXT NOT NULL, to_whom TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE outgoing_documents ("
                       " id INTEGER PRIMARY KEY,"
                       " term_id INTEGER REFERENCES terms(id),"
                       " series_key TEXT NOT NULL, number INTEGER NOT NULL,"
                       " symbol TEXT NOT NULL,"
                       " type_code TEXT NOT NULL REFERENCES document_types(code),"
                       " document_date TEXT NOT NULL,"
                       " excerpt TEXT NOT NULL,"
                       " signer TEXT NOT NULL DEFAULT '', capacity TEXT NOT NULL DEFAULT '',"
                       " recipients TEXT NOT NULL DEFAULT '',"
                       " copies INTEGER,"
                       " confidentiality INTEGER NOT NULL DEFAULT 0 CHECK (confidentiality BETWEEN 0 AND 3),"
                       " urgency INTEGER NOT NULL DEFAULT 0 CHECK (urgency BETWEEN 0 AND 4),"
                       " congress INTEGER NOT NULL DEFAULT 0,"
                       " answers_incoming_id INTEGER REFERENCES incoming_documents(id),"
                       " status TEXT NOT NULL CHECK (status IN ('reserved','issued','released')),"
                       " created_by TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " UNIQUE (series_key, number))"),
        QStringLiteral("CREATE INDEX outgoing_by_date ON outgoing_documents (document_date)"),
        // Folded text (search/VietnameseFolding) of each register line. The
        // rowid names the line (search/DocumentSearch.cpp), so that replacing
        // one line's text is a lookup, not a scan.
        QStringLiteral("CREATE VIRTUAL TABLE document_search USING fts5("
                       " folded, tokenize = 'unicode61 remove_diacritics 0')"),
    };
    struct Type { const char *code, *name, *abbreviation, *series; };
    // Quy định 399-QĐ/TW and DOMAIN.md; abbreviations the rules do not give are
    // left empty for the office to set (the register then asks for them).
    const Type types[] = {
        {"NQ", "Nghị quyết", "NQ", "NQ"}, {"QĐ", "Quyết định", "QĐ", "QĐ"}, {"CT", "Chỉ thị", "CT", "CT"},
        {"KL", "Kết luận", "KL", "KL"}, {"QC", "Quy chế", "QC", "QC"}, {"QĐi", "Quy định", "QĐ", "QĐ"},
        {"TT", "Thông tri", "TT", "TT"}, {"HD", "Hướng dẫn", "HD", "HD"}, {"TB", "Thông báo", "TB", "TB"},
        {"TC", "Thông cáo", "TC", "TC"}, {"TUYENBO", "Tuyên bố", "", ""}, {"LKG", "Lời kêu gọi", "", ""},
        {"BC", "Báo cáo", "BC", "BC"}, {"KH", "Kế hoạch", "KH", "KH"}, {"QH", "Quy hoạch", "", ""},
        {"CTr", "Chương trình", "CTr", "CTr"}, {"ĐA", "Đề án", "ĐA", "ĐA"}, {"PA", "Phương án", "PA", "PA"},
        {"DUAN", "Dự án", "", ""}, {"TTr", "Tờ trình", "TTr", "TTr"}, {"CV", "Công văn", "CV", "CV"},
        {"BB", "Biên bản", "BB", "BB"}, {"BS", "Bản sao", "BS", "BS"},
        {"GM", "Giấy mời", "", ""}, {"GGT", "Giấy giới thiệu", "", ""}, {"GCN", "Giấy chứng nhận", "", ""},
        {"GĐĐ", "Giấy đi đường", "", ""}, {"GNP", "Giấy nghỉ phép", "", ""}, {"PG", "Phiếu gửi", "", ""},
        {"PC", "Phiếu chuyển", "", ""}, {"THUCONG", "Thư công", "", ""},
    };
    if (!execAll(db, sql, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO document_types (code, name, abbreviation, series, sort_order) VALUES (?, ?, ?, ?, ?)"));
    int order = 0;
    for (const Type &t : types) {
        q.addBindValue(QString::fromUtf8(t.code));
        q.addBindValue(QString::fromUtf8(t.name));
        q.addBindValue(QString::fromUtf8(t.abbreviation));
        q.addBindValue(QString::fromUtf8(t.series));
        q.addBindValue(++order);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
// Scanned files of register lines (issue 3), kept inside the encrypted file.
bool version3(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " owner_kind TEXT NOT NULL CHECK (owner_kind IN ('in', 'out')),"
                       " owner_id INTEGER NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " sha256 BLOB NOT NULL,"
                       " data BLOB NOT NULL,"
                       " added_by TEXT NOT NULL, added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX attachments_by_owner ON attachments (owner_kind, owner_id)"),
    }, error);
}

// Folded sender and assignee of each incoming line (search/VietnameseFolding),
// so that the register's filters match "van phong" to "Văn phòng" inside SQL,
// before the list's limit, at 100,000 lines.
bool version4(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {
            QStringLiteral("ALTER TABLE incoming_documents ADD COLUMN sender_folded TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE incoming_documents ADD COLUMN assignee_folded TEXT NOT NULL DEFAULT ''"),
        }, error))
        return false;
    QSqlQuery read(db);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE incoming_documents SET sender_folded = ?, assignee_folded = ? WHERE id = ?"));
    if (!read.exec(QStringLiteral("SELECT id, sender, assignee FROM incoming_documents"))) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        write.addBindValue(search::VietnameseFolding::fold(read.value(1).toString()));
        write.addBindValue(search::VietnameseFolding::fold(read.value(2).toString()));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

// Meetings (issue 4): the committee's members per term, meetings with their
// agenda, preparation checklist (from editable templates), invitations and
// attendance, documents handed out and recalled, minutes, decisions and
// follow-up tasks.
bool version5(QSqlDatabase &db, QString *error)
{
    const QStringList sql = {
        QStringLiteral("CREATE TABLE committee_members ("
                       " id INTEGER PRIMARY KEY,"
                       " term_id INTEGER NOT NULL REFERENCES terms(id),"
                       " full_name TEXT NOT NULL,"
                       " position TEXT NOT NULL DEFAULT '',"            // Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ...
                       " standing INTEGER NOT NULL DEFAULT 0,"          // of the standing committee (ban thường vụ)
                       " standing_member INTEGER NOT NULL DEFAULT 0,"   // of the standing members (thường trực)
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " left_on TEXT)"),                               // no longer a member from that day
        QStringLiteral("CREATE TABLE meetings ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('committee','standing','standing-members','extraordinary','thematic','congress')),"
                       " body TEXT NOT NULL CHECK (body IN ('committee','standing','standing-members')),"
                       " term_id INTEGER REFERENCES terms(id),"
                       " title TEXT NOT NULL,"
                       " starts_at TEXT NOT NULL, ends_at TEXT,"
                       " place TEXT NOT NULL DEFAULT '',"
                       " chair TEXT NOT NULL DEFAULT '', secretary TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','held','closed','cancelled')),"
                       " guests_approved_by TEXT NOT NULL DEFAULT '', guests_approved_at TEXT,"
                       " created_by TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX meetings_by_date ON meetings (starts_at)"),
        QStringLiteral("CREATE TABLE agenda_items ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " presenter TEXT NOT NULL DEFAULT '',"          // the body or person presenting
                       " documents TEXT NOT NULL DEFAULT '',"          // đề án, tờ trình, dự thảo nghị quyết..., one per line
                       " planned_minutes INTEGER NOT NULL DEFAULT 0,"
                       " conclusion TEXT NOT NULL DEFAULT '')"),       // the chair's conclusion on the item
        QStringLiteral("CREATE TABLE checklist_templates ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " offset_days INTEGER NOT NULL,"                // from the meeting day: -5 before, +7 after
                       " owner TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE checklist_items ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " offset_days INTEGER NOT NULL,"
                       " due_on TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','done','skipped')),"
                       " done_at TEXT, done_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX checklist_by_due ON checklist_items (state, due_on)"),
        QStringLiteral("CREATE TABLE meeting_attendees ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " member_id INTEGER REFERENCES committee_members(id),"  // null: an invited guest
                       " full_name TEXT NOT NULL,"
                       " position TEXT NOT NULL DEFAULT '',"
                       " attendance TEXT NOT NULL DEFAULT 'unknown' CHECK (attendance IN ('unknown','present','absent','late')),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " arrived_at TEXT,"
                       " position_in_list INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE meeting_documents ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " title TEXT NOT NULL,"
                       " confidentiality INTEGER NOT NULL DEFAULT 0,"
                       " recall INTEGER NOT NULL DEFAULT 0,"            // handed out and collected in the room
                       " sent_on TEXT)"),
        QStringLiteral("CREATE TABLE meeting_document_copies ("
                       " document_id INTEGER NOT NULL REFERENCES meeting_documents(id) ON DELETE CASCADE,"
                       " attendee_id INTEGER NOT NULL REFERENCES meeting_attendees(id) ON DELETE CASCADE,"
                       " given_at TEXT, returned_at TEXT,"
                       " PRIMARY KEY (document_id, attendee_id))"),
        QStringLiteral("CREATE TABLE minutes_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('presentation','speech','vote','note')),"
                       " speaker TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL DEFAULT '',"
                       " votes_for INTEGER, votes_against INTEGER, votes_abstain INTEGER,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE meeting_decisions ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " agenda_item_id INTEGER REFERENCES agenda_items(id),"
                       " type_code TEXT NOT NULL REFERENCES document_types(code),"
                       " excerpt TEXT NOT NULL,"
                       " outgoing_id INTEGER REFERENCES outgoing_documents(id))"),
        QStringLiteral("CREATE TABLE follow_up_tasks ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,"
                       " decision_id INTEGER REFERENCES meeting_decisions(id) ON DELETE SET NULL,"
                       " title TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " due_on TEXT,"
                       " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','done')),"
                       " done_at TEXT)"),
        QStringLiteral("CREATE INDEX follow_up_open ON follow_up_tasks (state, due_on)"),
    };
    if (!execAll(db, sql, error))
        return false;
    // The preparation and wrap-up of each kind of meeting (seed 002, section 2.2;
    // DOMAIN.md): documents 5-7 days before a committee meeting and 3-5 before a
    // standing committee meeting, minutes finished 5-7 and 3-5 days after. The
    // latest day the rule allows is the due day. Editable by the office.
    struct Step { const char *kind; const char *title; int offset; const char *owner; };
    const Step steps[] = {
        {"committee", "Phân công chuẩn bị đề án, tờ trình, dự thảo nghị quyết", -20, "Văn phòng"},
        {"committee", "Thẩm định các đề án trình hội nghị (tiến độ, phạm vi, quy trình, thể thức)", -10, "Văn phòng"},
        {"committee", "Trình Thường trực chương trình hội nghị và danh sách khách mời", -8, "Văn phòng"},
        {"committee", "Gửi giấy mời và tài liệu hội nghị đến các đồng chí cấp ủy viên", -5, "Văn phòng"},
        {"committee", "Chuẩn bị hội trường, âm thanh, ánh sáng, bảo vệ hội nghị", -1, "Văn phòng"},
        {"committee", "Nắm số lượng đại biểu dự họp, báo cáo Thường trực", -1, "Văn phòng"},
        {"committee", "Thu hồi tài liệu mật và tài liệu phải thu hồi tại phòng họp", 0, "Văn phòng"},
        {"committee", "Hoàn chỉnh biên bản hội nghị, trình ký", 7, "Thư ký hội nghị"},
        {"committee", "Văn bản hóa các quyết định của hội nghị", 10, "Văn phòng"},
        {"committee", "Hoàn thiện hồ sơ hội nghị", 15, "Văn phòng"},
        {"standing", "Phân công chuẩn bị đề án, tờ trình, dự thảo", -12, "Văn phòng"},
        {"standing", "Thẩm định các đề án trình Ban Thường vụ", -6, "Văn phòng"},
        {"standing", "Trình Thường trực chương trình và danh sách khách mời", -5, "Văn phòng"},
        {"standing", "Gửi giấy mời và tài liệu đến các đồng chí Ủy viên Ban Thường vụ", -3, "Văn phòng"},
        {"standing", "Chuẩn bị phòng họp", -1, "Văn phòng"},
        {"standing", "Thu hồi tài liệu mật và tài liệu phải thu hồi tại phòng họp", 0, "Văn phòng"},
        {"standing", "Hoàn chỉnh biên bản cuộc họp, trình ký", 5, "Thư ký hội nghị"},
        {"standing", "Văn bản hóa các quyết định của cuộc họp", 7, "Văn phòng"},
        {"standing", "Hoàn thiện hồ sơ cuộc họp", 10, "Văn phòng"},
        {"standing-members", "Chuẩn bị nội dung và tài liệu họp", -2, "Văn phòng"},
        {"standing-members", "Gửi giấy mời và tài liệu", -1, "Văn phòng"},
        {"standing-members", "Hoàn chỉnh biên bản, trình ký", 3, "Thư ký hội nghị"},
        {"standing-members", "Văn bản hóa các kết luận", 5, "Văn phòng"},
        // Called at a day's notice: what can be done in a day, and the record after.
        {"extraordinary", "Báo cáo Thường trực nội dung, thành phần, thời gian họp", 0, "Văn phòng"},
        {"extraordinary", "Mời họp và gửi tài liệu (điện thoại, giấy mời)", 0, "Văn phòng"},
        {"extraordinary", "Thu hồi tài liệu mật tại phòng họp", 0, "Văn phòng"},
        {"extraordinary", "Hoàn chỉnh biên bản, trình ký", 3, "Thư ký hội nghị"},
        {"extraordinary", "Văn bản hóa các quyết định", 5, "Văn phòng"},
        {"thematic", "Phân công chuẩn bị đề án chuyên đề", -20, "Văn phòng"},
        {"thematic", "Thẩm định đề án chuyên đề", -10, "Văn phòng"},
        {"thematic", "Trình Thường trực chương trình và danh sách khách mời", -8, "Văn phòng"},
        {"thematic", "Gửi giấy mời và tài liệu", -5, "Văn phòng"},
        {"thematic", "Hoàn chỉnh biên bản, trình ký", 7, "Thư ký hội nghị"},
        {"thematic", "Hoàn thiện hồ sơ hội nghị", 15, "Văn phòng"},
        {"congress", "Kế hoạch chuẩn bị đại hội, phân công tiểu ban", -60, "Văn phòng"},
        {"congress", "Dự thảo văn kiện, đề án nhân sự", -30, "Tiểu ban văn kiện"},
        {"congress", "Trình cấp trên văn kiện và đề án nhân sự", -20, "Văn phòng"},
        {"congress", "Gửi giấy triệu tập và tài liệu đến đại biểu", -7, "Văn phòng"},
        {"congress", "Chuẩn bị hội trường, khánh tiết, hậu cần", -2, "Văn phòng"},
        {"congress", "Hoàn chỉnh biên bản, nghị quyết đại hội", 7, "Thư ký đại hội"},
        {"congress", "Hoàn thiện hồ sơ đại hội, báo cáo cấp trên", 15, "Văn phòng"},
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO checklist_templates (kind, position, title, offset_days, owner) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Step &s : steps) {
        q.addBindValue(QString::fromUtf8(s.kind));
        q.addBindValue(++position);
        q.addBindValue(QString::fromUtf8(s.title));
        q.addBindValue(s.offset);
        q.addBindValue(QString::fromUtf8(s.owner));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    // Quorum and majority (Điều lệ Đảng; DOMAIN.md marks the figures "check"):
    // editable data, as "numerator/denominator" of all members.
    return execAll(db, {QStringLiteral("INSERT INTO meta (key, value) VALUES ('rules.meeting.quorum', '2/3')"),
                        QStringLiteral("INSERT INTO meta (key, value) VALUES ('rules.meeting.majority', '1/2')")},
                   error);
}

// Meeting packages (issue 4): each export of a meeting to a laptop, with the
// meeting's rows as they were when it left. That copy is the common ancestor
// of the three-way merge when the package comes back, and it is kept here, in
// the office file, so that nothing written into the package can change it.
bool version6(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE meeting_packages ("
                       " id TEXT PRIMARY KEY,"                          // random; also written into the package
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " file_id BLOB NOT NULL,"                       // the package file's own id (its header)
                       " exported_by TEXT NOT NULL, exported_at TEXT NOT NULL,"
                       " base BLOB NOT NULL,"                          // the meeting's rows as exported
                       " imported_by TEXT NOT NULL DEFAULT '', imported_at TEXT,"
                       " summary TEXT NOT NULL DEFAULT '')"),
    }, error);
}

// Files of the meeting papers (drafts, reports) kept inside the encrypted
// file, as the registers' scans are; they travel in a meeting's package.
bool version7(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE meeting_paper_files ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES meeting_documents(id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL,"
                       " sha256 BLOB NOT NULL, data BLOB NOT NULL,"
                       " added_by TEXT NOT NULL, added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX meeting_paper_files_by_paper ON meeting_paper_files (document_id)"),
    }, error);
}

// Which office a file belongs to, kept in the data rather than the header: a
// rekey gives the file a new header id, and a restore must still recognise a
// backup of the same office (and refuse another office's file).
bool version8(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('office.id', lower(hex(randomblob(16))))"),
    }, error);
}

// The search index learns what each reader may see: a secret line's excerpt
// is indexed only in a row marked with its level (search/DocumentSearch), so
// that a search by someone below it can never be answered by hidden words.
bool version9(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {QStringLiteral("DROP TABLE document_search"),
                      QStringLiteral("CREATE VIRTUAL TABLE document_search USING fts5("
                                     " folded, level UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')")}, error))
        return false;
    const struct { const char *kind; const char *select; } registers[] = {
        {"in", "SELECT i.id, i.number || ' ' || i.sender || ' ' || i.symbol || ' ' || i.assignee || ' ' || COALESCE(t.name, ''),"
               " i.excerpt, i.confidentiality FROM incoming_documents i LEFT JOIN document_types t ON t.code = i.type_code"},
        {"out", "SELECT o.id, o.symbol || ' ' || COALESCE(t.name, '') || ' ' || o.signer || ' ' || replace(o.recipients, char(10), ' '),"
                " o.excerpt, o.confidentiality FROM outgoing_documents o LEFT JOIN document_types t ON t.code = o.type_code"},
    };
    for (const auto &r : registers) {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(QString::fromLatin1(r.select))) {
            *error = read.lastError().text();
            return false;
        }
        while (read.next())
            if (!search::DocumentSearch::index(db, QString::fromLatin1(r.kind), read.value(0).toLongLong(), read.value(1).toString(),
                                               read.value(2).toString(), read.value(3).toInt())) {
                *error = db.lastError().text();
                return false;
            }
    }
    return true;
}

// A meeting or an agenda item can be Mật or above (meetings/MeetingSecrecy).
bool version10(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE meetings ADD COLUMN confidentiality INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE agenda_items ADD COLUMN confidentiality INTEGER NOT NULL DEFAULT 0"),
    }, error);
}

// Register lines can be corrected and cancelled (issue 10): a cancelled line
// stays in the book with the day and the reason; each line's history is read
// from the audit log by the line it names.
bool version11(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE incoming_documents ADD COLUMN cancelled_on TEXT"),
        QStringLiteral("ALTER TABLE incoming_documents ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE outgoing_documents ADD COLUMN cancelled_on TEXT"),
        QStringLiteral("ALTER TABLE outgoing_documents ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX audit_by_record ON audit_log (table_name, record_id)"),
    }, error);
}

// Lines moved from the ordinary file to the secret file (issue 9): each
// transfer is recorded on both sides, and each line is moved once.
bool version12(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE secret_transfers ("
                       " id TEXT PRIMARY KEY,"
                       " direction TEXT NOT NULL CHECK (direction IN ('out','in')),"
                       " file_id BLOB,"
                       " source_office TEXT NOT NULL DEFAULT '',"
                       " by_user TEXT NOT NULL, at TEXT NOT NULL, lines INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE secret_transfer_lines ("
                       " transfer_id TEXT NOT NULL REFERENCES secret_transfers(id),"
                       " register TEXT NOT NULL CHECK (register IN ('in','out')),"
                       " line_id INTEGER NOT NULL,"
                       " PRIMARY KEY (register, line_id))"),
    }, error);
}

// The completion lists become lists a clerk manages (issue 10): names learnt
// from the registers, spellings merged into one, and groups of recipients.
// The names already in the registers are the first ones.
bool version13(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {
            QStringLiteral("CREATE TABLE directory_names ("
                           " id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,"
                           " UNIQUE (kind, name_key))"),
            QStringLiteral("CREATE TABLE directory_aliases ("
                           " kind INTEGER NOT NULL, alias_key TEXT NOT NULL, alias TEXT NOT NULL,"
                           " name_id INTEGER NOT NULL REFERENCES directory_names(id),"
                           " PRIMARY KEY (kind, alias_key))"),
            QStringLiteral("CREATE TABLE recipient_groups ("
                           " id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, members TEXT NOT NULL)"),
        }, error))
        return false;
    const struct { directory::NameKind kind; const char *select; } sources[] = {
        {directory::NameKind::Sender, "SELECT sender FROM incoming_documents GROUP BY sender ORDER BY count(*) DESC"},
        {directory::NameKind::Assignee, "SELECT assignee FROM incoming_documents WHERE assignee <> '' GROUP BY assignee ORDER BY count(*) DESC"},
        {directory::NameKind::Recipient, "SELECT recipients FROM outgoing_documents"},
    };
    for (const auto &source : sources) {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(QString::fromLatin1(source.select))) {
            *error = read.lastError().text();
            return false;
        }
        QStringList names;
        while (read.next())
            names << read.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!directory::NameDirectory::learn(db, source.kind, names)) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

// Each entry signed by the key of the slot its writer signed in with
// (AuditLog): entries made before stay unsigned, and are counted as such.
bool version14(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN signer BLOB"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN signature BLOB"),
    }, error);
}

// The keys of the clearance levels, each version sealed to the key slot of
// every user cleared for it (crypto::SealedBox; office::ClearanceKeys): the
// master key alone opens none of them.
bool version15(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE clearance_keys ("
                       " level INTEGER NOT NULL, version INTEGER NOT NULL, recipient BLOB NOT NULL,"
                       " holder TEXT NOT NULL, sealed BLOB NOT NULL, PRIMARY KEY (level, version, recipient))"),
    }, error);
}

// The invitation's own issue date (meetings::InvitationDate): a giấy mời is
// a paper of its own, dated the day it is made, not the meeting's day nor the
// day it is printed again (36-HD/VPTW, element 4; docs/PRINTED-PAPERS.md).
// One row per meeting, made the first time the invitations are printed or
// when the clerk sets the date. Numbers 16 and 18 belong to other branches.
bool version16(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE meeting_invitations ("
                       " meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,"
                       " issued_on TEXT NOT NULL,"
                       " set_by TEXT NOT NULL, set_at TEXT NOT NULL)"),
    }, error);
}

// The office's own templates of drafts (drafts::TemplateStore; docs/TEMPLATES.md):
// one ODT and one DOCX per document type at most, edited in the word processor
// and imported back. Kept inside the encrypted file like every office datum;
// a type without a row drafts from the template VanPhong ships.
bool version17(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE document_templates ("
                       " type_code TEXT NOT NULL,"
                       " format TEXT NOT NULL CHECK (format IN ('odt', 'docx')),"
                       " file_name TEXT NOT NULL,"
                       " data BLOB NOT NULL,"
                       " sha256 BLOB NOT NULL,"
                       " imported_by TEXT NOT NULL, imported_at TEXT NOT NULL,"
                       " PRIMARY KEY (type_code, format))"),
    }, error);
}
// Schema 18.
// The numbers of a meeting's own papers (meetings::PaperNumbers): the
// minutes ("Số 12-BB/ĐU") and the invitation ("Số 05-GM/ĐU") take a number in
// the outgoing register like any paper the committee issues (issue 12); the
// row ties the register's line to the meeting, one per paper, audited.
// "Giấy mời" had no abbreviation: it gets the Party's usual "GM" (and its own
// series) where the office left it empty; an office's own choice stays.
bool version18(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE meeting_paper_numbers ("
                       " id INTEGER PRIMARY KEY,"
                       " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                       " paper TEXT NOT NULL CHECK (paper IN ('minutes', 'invitation')),"
                       " outgoing_id INTEGER NOT NULL REFERENCES outgoing_documents(id),"
                       " reserved_by TEXT NOT NULL, reserved_at TEXT NOT NULL,"
                       " UNIQUE (meeting_id, paper))"),
        QStringLiteral("UPDATE document_types SET abbreviation = 'GM', series = 'GM' WHERE code = 'GM' AND abbreviation = ''"),
    }, error);
}
// Schema 19.
// The day an incoming document was handed over, as the clerk gives it: the
// incoming book prints it ("Ngày chuyển"), and the moment the hand-over was
// entered (at) is often a day later than the paper went across the desk.
// The lines before keep the day they were entered, which is what they hold.
bool version19(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE incoming_handovers ADD COLUMN handed_on TEXT"),
        QStringLiteral("UPDATE incoming_handovers SET handed_on = substr(at, 1, 10)"),
    }, error);
}

// Schema 20.
// The archive (issue 13; DOMAIN.md, "Archives"; Hướng dẫn 17-HD/VPTW): the
// dossier list of each year (danh mục hồ sơ), planned at its start and
// approved; its dossiers with their retention from an editable table; the
// documents filed into them, each in one dossier at most (UNIQUE).
bool version20(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE retention_rules ("
                       " code TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " years INTEGER NOT NULL CHECK (years >= 0)," // 0: permanent (vĩnh viễn)
                       " source TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE dossier_plans ("
                       " year INTEGER PRIMARY KEY,"
                       " approved_by TEXT,"  // who approved the list (the person who signed it)
                       " approved_on TEXT,"
                       " recorded_by TEXT)"), // the user who recorded the approval
        QStringLiteral("CREATE TABLE dossiers ("
                       " id INTEGER PRIMARY KEY,"
                       " year INTEGER NOT NULL,"
                       " number TEXT NOT NULL,"
                       " symbol TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL,"
                       " retention_years INTEGER NOT NULL CHECK (retention_years >= 0),"
                       " retention_code TEXT NOT NULL DEFAULT '',"
                       " keeper TEXT NOT NULL DEFAULT '',"
                       " opened_on TEXT,"
                       " closed_on TEXT,"
                       " sheets INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'open',"
                       " confidentiality INTEGER NOT NULL DEFAULT 0,"
                       " room TEXT NOT NULL DEFAULT '',"
                       " cabinet TEXT NOT NULL DEFAULT '',"
                       " shelf TEXT NOT NULL DEFAULT '',"
                       " box TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (year, number))"),
        QStringLiteral("CREATE INDEX dossiers_by_status ON dossiers (status, year)"),
        QStringLiteral("CREATE TABLE dossier_items ("
                       " id INTEGER PRIMARY KEY,"
                       " dossier_id INTEGER NOT NULL REFERENCES dossiers(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('in', 'out', 'meeting')),"
                       " ref_id INTEGER NOT NULL,"
                       " filed_on TEXT NOT NULL,"
                       " filed_by TEXT NOT NULL,"
                       " UNIQUE (kind, ref_id))"),
        QStringLiteral("CREATE INDEX dossier_items_by_dossier ON dossier_items (dossier_id)"),
    }, error);
}

// Schema 21.
// The archive's hand-over and lending (issue 13): a dossier handed over to
// the office's archive (nộp lưu) keeps the day, who received it and the
// record's number; a loan (khai thác) names the dossier, who borrowed it,
// why, who approved, when it is due and when it came back.
bool version21(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN handed_over_on TEXT"),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN handover_record TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN received_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE dossier_loans ("
                       " id INTEGER PRIMARY KEY,"
                       " dossier_id INTEGER NOT NULL REFERENCES dossiers(id),"
                       " borrower TEXT NOT NULL,"          // a user's login, or a person's name
                       " borrower_is_user INTEGER NOT NULL DEFAULT 0,"
                       " purpose TEXT NOT NULL,"
                       " approved_by TEXT NOT NULL DEFAULT '',"
                       " lent_on TEXT NOT NULL,"
                       " due_on TEXT NOT NULL,"
                       " returned_on TEXT,"
                       " created_by TEXT NOT NULL DEFAULT '')"),
        // One loan out at a time per dossier: the constraint decides between two clerks.
        QStringLiteral("CREATE UNIQUE INDEX dossier_loans_out ON dossier_loans (dossier_id) WHERE returned_on IS NULL"),
    }, error);
}

// Schema 22.
// The archive's retention review (issue 13): dossiers whose retention ran
// out are destroyed only under the council's decision (its number and date),
// recorded before; the destruction record's number and day are kept with it,
// and each destroyed dossier keeps its line and the list of what it held.
bool version22(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE destructions ("
                       " id INTEGER PRIMARY KEY,"
                       " decision_number TEXT NOT NULL,"
                       " decision_date TEXT NOT NULL,"
                       " council TEXT NOT NULL DEFAULT '',"
                       " record_number TEXT NOT NULL DEFAULT '',"
                       " destroyed_on TEXT,"
                       " destroyed_by TEXT NOT NULL DEFAULT '',"
                       " created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN destruction_id INTEGER REFERENCES destructions(id)"),
    }, error);
}
bool version23(QSqlDatabase &db, QString *error)
{
    // The printed papers a meeting's dossier keeps in the archive (its minutes
    // and invitations as PDFs), made when the meeting is filed: they go with
    // the filing, and with a destruction.
    return execAll(db, {
        QStringLiteral("CREATE TABLE dossier_item_files ("
                       " id INTEGER PRIMARY KEY,"
                       " item_id INTEGER NOT NULL REFERENCES dossier_items(id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL,"
                       " sha256 BLOB NOT NULL, data BLOB NOT NULL,"
                       " added_by TEXT NOT NULL, added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX dossier_item_files_by_item ON dossier_item_files (item_id)"),
    }, error);
}
} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> list = {
        {1, QStringLiteral("office profile, users, audit log"), version1},
        {2, QStringLiteral("document registers"), version2},
        {3, QStringLiteral("attachments of register lines"), version3},
        {4, QStringLiteral("folded sender and assignee for the register's filters"), version4},
        {5, QStringLiteral("meetings"), version5},
        {6, QStringLiteral("meeting packages taken to a laptop"), version6},
        {7, QStringLiteral("files of the meeting papers"), version7},
        {8, QStringLiteral("the office's identity, for restores"), version8},
        {9, QStringLiteral("search that answers only from what the reader may see"), version9},
        {10, QStringLiteral("secret meetings and agenda items"), version10},
        {11, QStringLiteral("corrected and cancelled register lines"), version11},
        {12, QStringLiteral("lines moved from the ordinary file to the secret file"), version12},
        {13, QStringLiteral("managed lists of senders, recipients and assignees; recipient groups"), version13},
        {14, QStringLiteral("audit entries signed by their writers"), version14},
        {15, QStringLiteral("keys of the clearance levels, sealed to the cleared users"), version15},
        {16, QStringLiteral("the invitations' issue dates"), version16},
        {17, QStringLiteral("the office's templates of drafts"), version17},
        {18, QStringLiteral("the numbers of the minutes and invitations"), version18},
        {19, QStringLiteral("the day each incoming document was handed over"), version19},
        {20, QStringLiteral("the archive: dossier lists, dossiers and the documents filed in them"), version20},
        {21, QStringLiteral("the archive's hand-over and lending"), version21},
        {22, QStringLiteral("the archive's retention review and destruction"), version22},
        {23, QStringLiteral("the printed papers a meeting's dossier keeps in the archive"), version23},
        {24, QStringLiteral("the asset register: categories, items, movements, yearly depreciation"), assetRegisterSchema},
        {25, QStringLiteral("the annual inventory of the assets"), assetInventorySchema},
    };
    return list;
}

} // namespace vanphong::storage
