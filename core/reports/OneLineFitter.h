#pragma once

class QTextDocument;

namespace vanphong::reports {

// Keeps a marked paragraph (PagedRenderer::OneLine) on one line: where the
// layout wrapped it, its text is made smaller until it fits its width. A
// register's number and symbol broken at its hyphen or slash ("88-TB/" over
// "UBKTTU", "07-" over "KL/VPTW") reads as two symbols, and a date broken at
// a slash as a date and a year (issue 12). Never below MinimumPoints: a text
// that still does not fit is left wrapped rather than made unreadable.
class OneLineFitter final
{
public:
    static constexpr double MinimumPoints = 6.0;

    // `document` has its page size set (PagedRenderer does it). Returns how
    // many paragraphs were made smaller.
    static int fit(QTextDocument &document);
};

} // namespace vanphong::reports
