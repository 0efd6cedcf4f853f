#include "RetentionRules.h"

#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::archives {

using storage::StorageError;

RetentionRules::RetentionRules(storage::Database &db)
    : m_db(db)
{
}

QList<RetentionRule> RetentionRules::defaults()
{
    // Hướng dẫn 35-HD/VPTW (2010) sets the retention of the Party's records;
    // its table for a commune committee was not at hand when these defaults
    // were written (docs/ARCHIVES.md). They follow the practice the 35-HD
    // table is known for (conferences, congresses, resolutions and the year's
    // programmes and reports kept for ever; routine correspondence ten years)
    // and every row says it is to be checked against the office's copy.
    const QString check = QStringLiteral("35-HD/VPTW (cần đối chiếu)");
    return {
        {QStringLiteral("dai-hoi"), QStringLiteral("Hồ sơ đại hội Đảng bộ"), 0, check},
        {QStringLiteral("hoi-nghi"), QStringLiteral("Hồ sơ hội nghị Ban Chấp hành, Ban Thường vụ"), 0, check},
        {QStringLiteral("nghi-quyet"), QStringLiteral("Nghị quyết, quyết định, chỉ thị, kết luận của cấp ủy"), 0, check},
        {QStringLiteral("ke-hoach-nam"), QStringLiteral("Chương trình, kế hoạch, báo cáo tổng kết năm và nhiệm kỳ"), 0, check},
        {QStringLiteral("bao-cao-ky"), QStringLiteral("Báo cáo sơ kết 6 tháng, quý, tháng"), 10, check},
        {QStringLiteral("chi-dao-cap-tren"), QStringLiteral("Văn bản chỉ đạo của cấp trên gửi để thực hiện"), 10, check},
        {QStringLiteral("cong-van"), QStringLiteral("Công văn trao đổi về công việc thông thường"), 10, check},
        {QStringLiteral("so-dang-ky"), QStringLiteral("Sổ đăng ký văn bản đi, văn bản đến"), 20, check},
        {QStringLiteral("don-thu"), QStringLiteral("Hồ sơ giải quyết đơn, thư khiếu nại, tố cáo"), 15, check},
        {QStringLiteral("tai-chinh"), QStringLiteral("Báo cáo quyết toán năm, sổ sách đảng phí"), 20, check},
        {QStringLiteral("chung-tu"), QStringLiteral("Chứng từ kế toán"), 10, check},
        {QStringLiteral("tham-khao"), QStringLiteral("Tài liệu gửi để biết, để tham khảo"), 5, check},
    };
}

storage::Result<QList<RetentionRule>> RetentionRules::all() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT code, name, years, source FROM retention_rules ORDER BY position, code")))
        return m_db.errorFor(q.lastError());
    QList<RetentionRule> rules;
    while (q.next())
        rules.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return rules.isEmpty() ? defaults() : rules;
}

storage::Result<RetentionRule> RetentionRules::find(const QString &code) const
{
    auto rules = all();
    if (!rules)
        return rules.error();
    for (const RetentionRule &r : rules.value())
        if (r.code == code)
            return r;
    return StorageError::make(StorageError::Kind::Invalid, tr("The retention table has no row %1.").arg(code));
}

storage::Status RetentionRules::save(const QList<RetentionRule> &rules, const QString &actor)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::EditProfile); !allowed)
        return allowed.error();
    QJsonArray logged;
    QStringList codes;
    for (const RetentionRule &r : rules) {
        if (r.code.trimmed().isEmpty() || r.name.trimmed().isEmpty() || r.years < 0 || codes.contains(r.code.trimmed()))
            return StorageError::make(StorageError::Kind::Invalid,
                                      tr("Each row of the retention table needs its own code, a name and a period of 0 (permanent) or more years."));
        codes << r.code.trimmed();
        logged.append(QJsonObject{{QStringLiteral("code"), r.code.trimmed()}, {QStringLiteral("name"), r.name.simplified()},
                                  {QStringLiteral("years"), r.years}, {QStringLiteral("source"), r.source.simplified()}});
    }
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (!t.isActive() || !q.exec(QStringLiteral("DELETE FROM retention_rules")))
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO retention_rules (code, name, years, source, position) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < rules.size(); ++i) {
        q.addBindValue(rules.at(i).code.trimmed());
        q.addBindValue(rules.at(i).name.simplified());
        q.addBindValue(rules.at(i).years);
        q.addBindValue(rules.at(i).source.simplified());
        q.addBindValue(i);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
    }
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("retention_rules"), QStringLiteral("all"), QStringLiteral("replace"), {},
                     QString::fromUtf8(QJsonDocument(logged).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

QString RetentionRules::describe(int years)
{
    return years == 0 ? tr("Permanent") : tr("%n year(s)", nullptr, years);
}

QDate RetentionRules::expiresOn(const QDate &closedOn, int years)
{
    if (!closedOn.isValid() || years <= 0)
        return {};
    return QDate(closedOn.year() + 1 + years, 1, 1);
}

QDate RetentionRules::handOverDue(const QDate &closedOn)
{
    return closedOn.isValid() ? closedOn.addYears(1) : QDate();
}

} // namespace vanphong::archives
