#include "OneLineFitter.h"

#include "PagedRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace vanphong::reports {

namespace {
// The width the paragraph would take on one line: its wrapped lines side by
// side (a symbol or a date has no spaces lost at the break), and the width it
// has, which every wrapped line is given.
struct Widths { double natural = 0; double available = 0; };

Widths widthsOf(const QTextBlock &block)
{
    Widths w;
    const QTextLayout *layout = block.layout();
    for (int i = 0; layout && i < layout->lineCount(); ++i) {
        w.natural += layout->lineAt(i).naturalTextWidth();
        w.available = std::max(w.available, layout->lineAt(i).width());
    }
    return w;
}

bool shrink(QTextDocument &document, const QTextBlock &block, double factor)
{
    // The runs first, then their sizes: a format changed while walking the
    // block's fragments merges them under the walk.
    struct Run { int position; int length; double points; };
    QList<Run> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const double points = fragment.charFormat().fontPointSize();
        const double smaller = std::max(OneLineFitter::MinimumPoints, points * factor);
        if (points > 0 && smaller < points)
            runs << Run{fragment.position(), fragment.length(), smaller};
    }
    QTextCursor c(&document);
    for (const Run &run : runs) {
        c.setPosition(run.position);
        c.setPosition(run.position + run.length, QTextCursor::KeepAnchor);
        QTextCharFormat size;
        size.setFontPointSize(run.points);
        c.mergeCharFormat(size);
    }
    return !runs.isEmpty();
}
} // namespace

int OneLineFitter::fit(QTextDocument &document)
{
    QList<int> marked; // block numbers: blocks themselves are not kept across edits
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().boolProperty(PagedRenderer::OneLine))
            marked << b.blockNumber();
    if (marked.isEmpty())
        return 0;
    int fitted = 0;
    // The widths are those of the last layout; a smaller font changes no
    // column's width (the table's columns are set in percent), so one pass
    // nearly always does, and a second catches what rounding left over.
    for (int pass = 0; pass < 3; ++pass) {
        document.documentLayout()->documentSize(); // laid out, with the page's width
        QList<std::pair<int, double>> todo;
        for (int number : marked) {
            const QTextBlock b = document.findBlockByNumber(number);
            if (!b.layout() || b.layout()->lineCount() < 2)
                continue;
            const Widths w = widthsOf(b);
            if (w.natural > 0 && w.available > 0)
                todo << std::pair{number, w.available / w.natural * 0.97}; // a little room for the glyphs' overhang
        }
        if (todo.isEmpty())
            break;
        QTextCursor edit(&document);
        edit.beginEditBlock(); // laid out once, after every change
        int changed = 0;
        for (const auto &[number, factor] : todo)
            changed += shrink(document, document.findBlockByNumber(number), factor) ? 1 : 0;
        edit.endEditBlock();
        if (pass == 0)
            fitted = changed;
        if (changed == 0)
            break;
    }
    return fitted;
}

} // namespace vanphong::reports
