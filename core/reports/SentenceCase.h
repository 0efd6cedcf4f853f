#pragma once

#include <QString>

namespace vanphong::reports {

// The capital a clerk's typed words take where a paper prints them (DOMAIN.md;
// 36-HD/VPTW writes Vietnamese in its ordinary spelling): a capital where
// they start a sentence, none where they go on one ("Biểu quyết thông qua
// Đề án", never "Biểu quyết Thông qua Đề án"). Names keep their capitals:
// a word in capitals ("UBND", "HĐND"), a body's or a person's name ("Ban
// Thường vụ", "Nguyễn Văn An"), and the names of papers and bodies that
// Party writing capitalises when it means a given one ("Đề án", "Nghị
// quyết", "Văn phòng", ...). Only the first word is ever changed.
class SentenceCase final
{
public:
    // "thông qua Đề án" → "Thông qua Đề án".
    static QString start(const QString &text);
    // "Thông qua Đề án" → "thông qua Đề án"; "Giao Văn phòng" → "giao Văn
    // phòng"; "Đề án số 3" and "Ban Thường vụ" stay.
    static QString within(const QString &text);
};

} // namespace vanphong::reports
