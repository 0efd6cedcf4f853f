#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QList>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCharFormat>

class QTextCursor;
class QTextTable;

namespace vanphong::reports {

// The Party format's page (DOMAIN.md): A4, margins top/bottom 20 mm,
// left 30 mm, right 15 mm (the "check" defaults), Times New Roman.
class PageLayout final
{
public:
    static QPageLayout portrait();
    static QPageLayout landscape(); // registers
    static QString fontFamily();    // "Times New Roman" (Liberation Serif on Linux)
    // A length in millimetres as a text format's margin or height: the text
    // layout counts them in pixels of 1/96 inch and scales them to the device.
    static constexpr qreal millimetres(qreal mm) { return mm / 25.4 * 96.0; }
    // A point (1/72 inch) as a text format's margin: pixels of 1/96 inch.
    static constexpr qreal points(qreal pt) { return pt / 72.0 * 96.0; }
    // The body's paragraphs, one format for every paper (36-HD/VPTW's
    // technique, as the state's Thông tư 01/2011/TT-BNV, Điều 11, gives the
    // figures; docs/PRINTED-PAPERS.md, "Body text"): the first line indented
    // 1.27 cm (BodyIndentMm), 6 pt between paragraphs, single line spacing,
    // justified. `indented` false: a centred title or a list's line.
    static constexpr qreal BodyIndentMm = 12.7;
    static constexpr qreal ParagraphSpacingPt = 6;
    static QTextBlockFormat bodyParagraph(Qt::Alignment align = Qt::AlignJustify, bool indented = true);
    // Text of the printed documents: the format's font at a size and style.
    static QTextCharFormat text(qreal points, bool bold = false, bool italic = false, bool underline = false);
    // A ruled table across the page in a new block: column widths in percent,
    // a bold centred header row repeated on every page, `rows` counting it.
    static QTextTable *insertGrid(QTextCursor &cursor, int rows, const QList<int> &widths, const QStringList &header);
};

} // namespace vanphong::reports
