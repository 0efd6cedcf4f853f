#pragma once

#include <QString>

namespace vanphong::search {

// How Vietnamese text is compared when people search (DESIGN.md, "Search").
class VietnameseFolding final
{
public:
    // For matching: NFC, lower case, tone and vowel marks removed, đ -> d,
    // runs of white space made one space. "Đảng ủy", "đảng uỷ" and
    // "dang uy" all fold to "dang uy"; decomposed input folds like composed.
    static QString fold(const QString &text);

    // For ranking: NFC, lower case, marks kept, with the tone of "oa", "oe"
    // and "uy" in open syllables always on the second vowel, so that the old
    // and new placements ("hòa"/"hoà", "thủy"/"thuỷ") compare equal.
    static QString normalizeMarks(const QString &text);
};

} // namespace vanphong::search
