#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vanphong::office {

// What a user may do (DESIGN.md, "Users, roles and confidentiality").
enum class Role { Admin, Clerk, Leader, Accountant, Viewer };

// How secret a record a user may read (Luật Bảo vệ bí mật nhà nước 2018).
enum class Clearance { Normal = 0, Confidential = 1, Secret = 2, TopSecret = 3 };

class Roles final
{
public:
    static QString code(Role role);                        // "admin", stored in the database
    static std::optional<Role> fromCode(const QString &code);
    static QString displayName(Role role);                 // translated
    static QStringList codes();

    static QString clearanceName(Clearance clearance);     // "Thường", "Mật", "Tối mật", "Tuyệt mật"
    static std::optional<Clearance> clearanceFromCode(const QString &code); // thuong|mat|toi-mat|tuyet-mat or 0-3
    static QString clearanceCode(Clearance clearance);
};

} // namespace vanphong::office
