#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace vanphong::storage { class Database; }

namespace vanphong::archives {

// How long a kind of record is kept (thời hạn bảo quản): permanent or a
// number of years.
struct RetentionRule
{
    QString code;   // "hoi-nghi"
    QString name;   // "Hồ sơ hội nghị Ban Chấp hành, Ban Thường vụ"
    int years = 0;  // 0: permanent (vĩnh viễn)
    QString source; // what the default was taken from, or that it is to be checked
};

// The office's retention table: editable data (DOMAIN.md, "Archives": the
// exact table for a commune is not published), with defaults for the kinds
// of records a commune committee keeps. Until the office saves its own, the
// defaults are the table. And the two dates every dossier's life turns on.
class RetentionRules final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRules)
public:
    explicit RetentionRules(storage::Database &db);

    // The office's table, or the defaults while it has none of its own.
    [[nodiscard]] storage::Result<QList<RetentionRule>> all() const;
    [[nodiscard]] storage::Result<RetentionRule> find(const QString &code) const;
    // Replaces the table (the office chief's: Permission::EditProfile); audited.
    [[nodiscard]] storage::Status save(const QList<RetentionRule> &rules, const QString &actor);
    static QList<RetentionRule> defaults();

    // "Vĩnh viễn" or "10 năm".
    static QString describe(int years);
    // The first day a dossier closed on `closedOn` may be proposed for
    // destruction: retention is counted from 1 January of the year after the
    // one it was closed in (a dossier closed on 31/12/2020 and kept 5 years
    // is kept through 2025, proposed from 01/01/2026). Invalid for a
    // permanent dossier or one not closed.
    static QDate expiresOn(const QDate &closedOn, int years);
    // The last day to hand a dossier over to the archive: one year after its work ended (closed).
    static QDate handOverDue(const QDate &closedOn);

private:
    storage::Database &m_db;
};

} // namespace vanphong::archives
