#include "Role.h"

#include <QCoreApplication>

namespace vanphong::office {

namespace {
struct RoleInfo { Role role; const char *code; const char *name; };
const RoleInfo RoleTable[] = {
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Roles", "Office chief (administrator)")},
    {Role::Clerk, "clerk", QT_TRANSLATE_NOOP("Roles", "Clerk")},
    {Role::Leader, "leader", QT_TRANSLATE_NOOP("Roles", "Leader")},
    {Role::Accountant, "accountant", QT_TRANSLATE_NOOP("Roles", "Accountant")},
    {Role::Viewer, "viewer", QT_TRANSLATE_NOOP("Roles", "Viewer")},
};
struct ClearanceInfo { Clearance level; const char *code; const char *name; };
const ClearanceInfo ClearanceTable[] = {
    {Clearance::Normal, "thuong", QT_TRANSLATE_NOOP("Roles", "Ordinary")},
    {Clearance::Confidential, "mat", QT_TRANSLATE_NOOP("Roles", "Confidential (Mật)")},
    {Clearance::Secret, "toi-mat", QT_TRANSLATE_NOOP("Roles", "Secret (Tối mật)")},
    {Clearance::TopSecret, "tuyet-mat", QT_TRANSLATE_NOOP("Roles", "Top secret (Tuyệt mật)")},
};
} // namespace

QString Roles::code(Role role)
{
    for (const auto &r : RoleTable)
        if (r.role == role)
            return QLatin1String(r.code);
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (const auto &r : RoleTable)
        if (code.compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0)
            return r.role;
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    for (const auto &r : RoleTable)
        if (r.role == role)
            return QCoreApplication::translate("Roles", r.name);
    return {};
}

QStringList Roles::codes()
{
    QStringList out;
    for (const auto &r : RoleTable)
        out << QLatin1String(r.code);
    return out;
}

QString Roles::clearanceName(Clearance clearance)
{
    return QCoreApplication::translate("Roles", ClearanceTable[int(clearance)].name);
}

QString Roles::clearanceCode(Clearance clearance)
{
    return QLatin1String(ClearanceTable[int(clearance)].code);
}

std::optional<Clearance> Roles::clearanceFromCode(const QString &code)
{
    for (const auto &c : ClearanceTable)
        if (code.compare(QLatin1String(c.code), Qt::CaseInsensitive) == 0 || code == QString::number(int(c.level)))
            return c.level;
    return std::nullopt;
}

} // namespace vanphong::office
