#pragma once

#include <QString>

// `vanphong-bench secret`: a secret office file whose lines are Mật, Tối mật
// or Tuyệt mật, their excerpts sealed with the clearance keys
// (office::ClearanceKeys). Times registering, a list page (every excerpt
// opened) and the search that opens each sealed line on the fly, against the
// same search on an ordinary register of the same size.
class SecretBench final
{
public:
    struct Options
    {
        int lines = 2000;
        QString directory; // empty: a temporary folder
    };
    static int run(const Options &options);
};
