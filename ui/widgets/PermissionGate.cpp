#include "PermissionGate.h"

#include "office/OfficeSession.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace vanphong::ui {

namespace {
const char *const Property = "vanphong_permission";

void show(QObject *control, bool visible)
{
    if (auto *widget = qobject_cast<QWidget *>(control))
        widget->setVisible(visible);
    else if (auto *action = qobject_cast<QAction *>(control))
        action->setVisible(visible);
}
} // namespace

void PermissionGate::require(QObject *control, office::Permission permission)
{
    control->setProperty(Property, int(permission));
}

std::optional<office::Permission> PermissionGate::requirement(const QObject *control)
{
    const QVariant v = control->property(Property);
    return v.isValid() ? std::optional(office::Permission(v.toInt())) : std::nullopt;
}

void PermissionGate::apply(QObject *root, const office::OfficeSession *session)
{
    QList<QObject *> controls = root->findChildren<QObject *>();
    controls.prepend(root);
    for (QObject *control : controls)
        if (const auto needed = requirement(control))
            show(control, session && session->may(*needed));
}

} // namespace vanphong::ui
