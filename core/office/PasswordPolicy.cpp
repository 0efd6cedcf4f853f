#include "PasswordPolicy.h"

namespace vanphong::office {

QString PasswordPolicy::problem(const QString &password, const QString &repeat)
{
    if (password.size() < MinimumLength)
        return tr("The password needs at least %1 characters.").arg(MinimumLength);
    if (password.trimmed().isEmpty())
        return tr("The password cannot be only spaces.");
    if (password != repeat)
        return tr("The two passwords differ.");
    return {};
}

} // namespace vanphong::office
