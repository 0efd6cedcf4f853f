#pragma once

#include <QString>

namespace vanphong::crypto {

// Known-answer tests of the primitives the office file depends on, run once at
// start-up: a broken or substituted OpenSSL must stop the program before it
// encrypts anything.
class SelfTest final
{
public:
    // Empty when every test passes; otherwise which one failed.
    static QString run();
};

} // namespace vanphong::crypto
