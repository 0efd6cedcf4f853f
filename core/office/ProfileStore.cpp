#include "ProfileStore.h"

#include "AccessControl.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::office {

using storage::StorageError;

namespace {
QString toJson(const OfficeProfile &p)
{
    QJsonObject o;
    for (const QString &key : OfficeProfile::keys())
        o.insert(key, p.value(key));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

ProfileStore::ProfileStore(storage::Database &db)
    : m_db(db)
{
}

storage::Result<OfficeProfile> ProfileStore::load() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT key, value FROM office_profile")))
        return m_db.errorFor(q.lastError());
    OfficeProfile profile;
    while (q.next())
        profile.setValue(q.value(0).toString(), q.value(1).toString());
    // A file made before the committee's name was kept: worked out here, in
    // memory only (this may be a read-only session), and said, so that the
    // user checks it and saves; until then the rows and the audit log stay as
    // they were and agree (ProfileCrossCheck compares only logged keys).
    profile.derivedNotes = profile.completeNames();
    return profile;
}

storage::Status ProfileStore::save(const OfficeProfile &given, const QString &actor, Check check)
{
    OfficeProfile profile = given;
    profile.fillOrganisation(); // the organisation follows from the committee when left empty
    if (auto allowed = AccessControl::require(m_db, Permission::EditProfile); !allowed)
        return allowed;
    const QStringList problems = check == Check::Rules ? profile.validate() : QStringList();
    if (!problems.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, problems.join(QLatin1Char('\n')));
    auto before = load();
    if (!before)
        return before.error();
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO office_profile (key, value) VALUES (?, ?)"));
    for (const QString &key : OfficeProfile::keys()) {
        q.addBindValue(key);
        // Deputies are stored one per line so that names may contain ";".
        const QString value = key == QLatin1String("deputies") ? profile.deputyNames.join(QLatin1Char('\n')) : profile.value(key);
        q.addBindValue(value.isNull() ? QStringLiteral("") : value); // NULL is not ''
        if (!q.exec())
            return m_db.errorFor(q.lastError());
    }
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("office_profile"), QStringLiteral("1"), QStringLiteral("update"),
                     toJson(before.value()), toJson(profile)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::office
