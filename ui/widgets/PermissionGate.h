#pragma once

#include "office/Permission.h"

#include <optional>

class QObject;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Buttons and menu entries marked with the permission they need are shown
// only to users whose role has it (office::AccessControl), so a viewer is not
// offered what the core would refuse. The core still decides: this only
// spares the user a refusal.
class PermissionGate final
{
public:
    // Marks a button (any widget) or a menu entry as needing `permission`.
    static void require(QObject *control, office::Permission permission);
    [[nodiscard]] static std::optional<office::Permission> requirement(const QObject *control);
    // Shows the marked controls under `root` (itself included) that the signed-in user may use, hides the others.
    static void apply(QObject *root, const office::OfficeSession *session);
};

} // namespace vanphong::ui
