#include "Migration.h"

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
} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> list = {
        {1, QStringLiteral("office profile, users, audit log"), version1},
        {2, QStringLiteral("document registers"), version2},
        {3, QStringLiteral("attachments of register lines"), version3},
        {4, QStringLiteral("folded sender and assignee for the register's filters"), version4},
    };
    return list;
}

} // namespace vanphong::storage
