#pragma once

#include <QCoreApplication>
#include <QString>

namespace vanphong::office {

// What a new password must satisfy, with the reason when it does not: one
// rule for the creation wizard, the user dialogs and the password dialogs.
class PasswordPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    static constexpr int MinimumLength = 8;
    // Empty when `password` is acceptable and `repeat` matches it.
    static QString problem(const QString &password, const QString &repeat);
};

} // namespace vanphong::office
