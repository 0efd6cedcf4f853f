#pragma once

#include "Role.h"

#include <QString>

namespace vanphong::office {

struct UserAccount
{
    qint64 id = 0;
    QString login;    // normalised: lower case, NFC
    QString fullName;
    Role role = Role::Viewer;
    Clearance clearance = Clearance::Normal;
    bool disabled = false;
    bool mustChangePassword = false;
    QString createdAt;
};

} // namespace vanphong::office
