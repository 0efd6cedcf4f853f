#include "PasswordPrompt.h"

#include <cstdio>
#include <iostream>
#include <string>

#if defined(_WIN32)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace vanphong::cli {

bool PasswordPrompt::isInteractive()
{
#if defined(_WIN32)
    return _isatty(_fileno(stdin));
#else
    return ::isatty(STDIN_FILENO);
#endif
}

std::optional<QByteArray> PasswordPrompt::ask(const QString &prompt)
{
    if (!isInteractive())
        return std::nullopt;
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
#if defined(_WIN32)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
#else
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    std::string line;
    std::getline(std::cin, line);
#if defined(_WIN32)
    SetConsoleMode(in, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    std::fprintf(stderr, "\n");
    QByteArray secret = QByteArray::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace vanphong::cli
