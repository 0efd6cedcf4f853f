#include "UserDirectory.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/KeySlot.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::office {

using storage::StorageError;

namespace {
UserAccount fromQuery(const QSqlQuery &q)
{
    UserAccount u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Viewer);
    u.clearance = Clearance(std::clamp(q.value(4).toInt(), 0, 3));
    u.disabled = q.value(5).toBool();
    u.mustChangePassword = q.value(6).toBool();
    u.createdAt = q.value(7).toString();
    return u;
}

QString toJson(const UserAccount &u)
{
    QJsonObject o{{QStringLiteral("login"), u.login}, {QStringLiteral("full_name"), u.fullName},
                  {QStringLiteral("role"), Roles::code(u.role)}, {QStringLiteral("clearance"), int(u.clearance)},
                  {QStringLiteral("disabled"), u.disabled}, {QStringLiteral("must_change_password"), u.mustChangePassword}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString Columns = QStringLiteral("id, login, full_name, role, clearance, disabled, must_change_password, created_at");
} // namespace

UserDirectory::UserDirectory(storage::Database &db)
    : m_db(db)
{
}

storage::Result<QList<UserAccount>> UserDirectory::list() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(Columns)))
        return m_db.errorFor(q.lastError());
    QList<UserAccount> users;
    while (q.next())
        users << fromQuery(q);
    return users;
}

storage::Result<QStringList> UserDirectory::activeLogins() const
{
    auto all = list();
    if (!all)
        return all.error();
    QStringList out;
    for (const UserAccount &u : *all)
        if (!u.disabled)
            out << u.login;
    return out;
}

storage::Result<std::optional<UserAccount>> UserDirectory::lookup(const QString &login) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(Columns));
    q.addBindValue(storage::KeySlot::normalizeLogin(login));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return m_db.errorFor(q.lastError());
        return std::optional<UserAccount>();
    }
    return std::optional<UserAccount>(fromQuery(q));
}

std::optional<UserAccount> UserDirectory::find(const QString &login) const
{
    auto found = lookup(login);
    return found ? found.value() : std::nullopt;
}

int UserDirectory::activeAdminsOtherThan(const QString &except) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0 AND login <> ?"));
    q.addBindValue(storage::KeySlot::normalizeLogin(except));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

storage::Status UserDirectory::insert(const UserAccount &user, const QString &actor)
{
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO users (login, full_name, role, clearance, disabled, must_change_password, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(storage::KeySlot::normalizeLogin(user.login));
    q.addBindValue(user.fullName.isNull() ? QStringLiteral("") : user.fullName); // NULL is not ''
    q.addBindValue(Roles::code(user.role));
    q.addBindValue(int(user.clearance));
    q.addBindValue(user.disabled);
    q.addBindValue(user.mustChangePassword);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("users"), storage::KeySlot::normalizeLogin(user.login),
                     QStringLiteral("insert"), {}, toJson(user)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status UserDirectory::update(const UserAccount &user, const QString &actor)
{
    const auto before = find(user.login);
    if (!before)
        return StorageError::make(StorageError::Kind::Invalid,
                                  QCoreApplication::translate("UserDirectory", "There is no user %1.").arg(user.login));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET full_name = ?, role = ?, clearance = ?, disabled = ?,"
                             " must_change_password = ? WHERE login = ?"));
    q.addBindValue(user.fullName.isNull() ? QStringLiteral("") : user.fullName); // NULL is not ''
    q.addBindValue(Roles::code(user.role));
    q.addBindValue(int(user.clearance));
    q.addBindValue(user.disabled);
    q.addBindValue(user.mustChangePassword);
    q.addBindValue(before->login);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("users"), before->login, QStringLiteral("update"), toJson(*before), toJson(user)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status UserDirectory::remove(const QString &login, const QString &actor)
{
    const auto before = find(login);
    if (!before)
        return StorageError::make(StorageError::Kind::Invalid,
                                  QCoreApplication::translate("UserDirectory", "There is no user %1.").arg(login));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM users WHERE login = ?"));
    q.addBindValue(before->login);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("users"), before->login, QStringLiteral("delete"), toJson(*before), {}})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::office
