#include "Migration.h"

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
} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> list = {
        {1, QStringLiteral("office profile, users, audit log"), version1},
    };
    return list;
}

} // namespace vanphong::storage
