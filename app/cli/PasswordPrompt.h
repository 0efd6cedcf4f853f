#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vanphong::cli {

// Reads a secret from the terminal without echoing it. Empty optional when
// standard input is not a terminal, so scripts must pass secrets explicitly.
class PasswordPrompt final
{
public:
    static bool isInteractive();
    static std::optional<QByteArray> ask(const QString &prompt);
};

} // namespace vanphong::cli
