#include "AccessControl.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::office {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
using P = Permission;
using R = Role;

// DESIGN.md, "Users, roles and confidentiality": the office chief does
// everything; the clerk keeps the registers and meetings; a leader reads,
// writes directions and approves; the accountant keeps the asset register;
// a viewer reads.
struct Grant { Permission permission; std::initializer_list<Role> roles; const char *what; };
const Grant Table[] = {
    {P::ManageUsers, {R::Admin}, QT_TRANSLATE_NOOP("AccessControl", "manage the users")},
    {P::EditProfile, {R::Admin}, QT_TRANSLATE_NOOP("AccessControl", "change the office profile, terms and document types")},
    {P::MaintainFile, {R::Admin}, QT_TRANSLATE_NOOP("AccessControl", "restore a backup or change the file's key")},
    {P::BackUpFile, {R::Admin, R::Clerk}, QT_TRANSLATE_NOOP("AccessControl", "make a backup copy")},
    {P::RegisterDocuments, {R::Admin, R::Clerk}, QT_TRANSLATE_NOOP("AccessControl", "enter or change documents in the registers")},
    {P::CancelIssuedDocuments, {R::Admin}, QT_TRANSLATE_NOOP("AccessControl", "cancel an outgoing document already issued")},
    {P::DirectDocuments, {R::Admin, R::Clerk, R::Leader}, QT_TRANSLATE_NOOP("AccessControl", "hand documents over with a direction")},
    {P::ExportRegisters, {R::Admin, R::Clerk, R::Leader}, QT_TRANSLATE_NOOP("AccessControl", "copy lists or files out of the office file")},
    {P::PrepareMeetings, {R::Admin, R::Clerk}, QT_TRANSLATE_NOOP("AccessControl", "prepare meetings and keep their records")},
    {P::ManageCommittee, {R::Admin, R::Clerk}, QT_TRANSLATE_NOOP("AccessControl", "change the committee's members or the checklist templates")},
    {P::FollowUpMeetings, {R::Admin, R::Clerk, R::Leader}, QT_TRANSLATE_NOOP("AccessControl", "approve guests or close follow-up tasks")},
    {P::KeepArchives, {R::Admin, R::Clerk}, QT_TRANSLATE_NOOP("AccessControl", "keep the archive: dossiers, filing, closing, hand-over, lending")},
    {P::ApproveArchives, {R::Admin, R::Leader}, QT_TRANSLATE_NOOP("AccessControl", "record the approval of a year's dossier list")},
    {P::DestroyArchives, {R::Admin}, QT_TRANSLATE_NOOP("AccessControl", "destroy dossiers whose retention ran out")},
    {P::KeepAssets, {R::Admin, R::Accountant}, QT_TRANSLATE_NOOP("AccessControl", "keep the asset register: items, movements, depreciation, inventories")},
    {P::ExportAssets, {R::Admin, R::Clerk, R::Leader, R::Accountant},
     QT_TRANSLATE_NOOP("AccessControl", "print the asset papers or export the asset register")},
};

const Grant *grantFor(Permission permission)
{
    for (const Grant &g : Table)
        if (g.permission == permission)
            return &g;
    return nullptr;
}
} // namespace

bool AccessControl::allows(Role role, Permission permission)
{
    const Grant *g = grantFor(permission);
    return g && std::find(g->roles.begin(), g->roles.end(), role) != g->roles.end();
}

QList<Permission> AccessControl::all()
{
    QList<Permission> out;
    for (const Grant &g : Table)
        out << g.permission;
    return out;
}

QString AccessControl::describe(Permission permission)
{
    const Grant *g = grantFor(permission);
    return g ? tr(g->what) : QString();
}

QStringList AccessControl::describeRole(Role role)
{
    QStringList out;
    for (const Grant &g : Table)
        if (allows(role, g.permission))
            out << tr(g.what);
    return out;
}

storage::Status AccessControl::require(storage::Database &db, Permission permission)
{
    if (db.isRecoverySession())
        return StorageError::make(K::Forbidden, tr("With the recovery code you may only set a new password."));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT role, disabled, must_change_password FROM users WHERE login = ?"));
    q.addBindValue(db.login());
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next() || q.value(1).toBool())
        return StorageError::make(K::Forbidden, tr("This account is disabled. Ask the office chief."));
    if (q.value(2).toBool())
        return StorageError::make(K::Forbidden, tr("Choose your own password first (the office chief set the one you have)."));
    const Role role = Roles::fromCode(q.value(0).toString()).value_or(Role::Viewer);
    if (allows(role, permission))
        return storage::Ok{};
    QStringList who;
    for (const Role r : {R::Admin, R::Clerk, R::Leader, R::Accountant, R::Viewer})
        if (allows(r, permission))
            who << Roles::displayName(r);
    return StorageError::make(K::Forbidden, tr("Your role (%1) may not %2. Only these may: %3.")
                                                .arg(Roles::displayName(role), describe(permission), who.join(QLatin1String(", "))));
}

Clearance AccessControl::clearance(storage::Database &db)
{
    if (db.isRecoverySession())
        return Clearance::Normal;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT clearance FROM users WHERE login = ? AND disabled = 0"));
    q.addBindValue(db.login());
    if (!q.exec() || !q.next())
        return Clearance::Normal;
    return Clearance(std::clamp(q.value(0).toInt(), 0, 3));
}

} // namespace vanphong::office
