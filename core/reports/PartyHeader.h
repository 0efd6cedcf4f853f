#pragma once

#include <QDate>
#include <QString>

class QTextCursor;

namespace vanphong::office { struct OfficeProfile; }

namespace vanphong::reports {

// The top of a Party document (DOMAIN.md, "Format"): on the left the body
// above and the issuing body, a "*" under them and the number and symbol,
// each line centred on the others; on the right "ĐẢNG CỘNG SẢN VIỆT NAM"
// with a rule under it and the place and date in italics. Printed words are
// Vietnamese whatever the screens' language.
class PartyHeader final
{
public:
    struct Content
    {
        QString number;         // "Số 12-BB/ĐU"; empty: no number line
        QDate date;             // invalid: no national heading and no date line (a book's cover), unless a draft
        // A document of its own that begins on a new page, numbered from 1
        // again (the minutes' second copy, the next invitation): the header
        // itself carries the break, so that no empty line pushes it lower.
        bool newDocument = false;
        // A draft (36-HD/VPTW, element 11): "DỰ THẢO" boxed under the header,
        // and, when no date is given, the form's blank date line under the
        // national heading instead of a day that is not yet the paper's.
        bool draft = false;
        // A paper signed on a day the file does not know (a list drawn up for
        // the council): the national heading and the form's blank date line,
        // for the hand, without the draft mark.
        bool blankDate = false;
    };

    // Inserts the header as a borderless two-column table at the cursor.
    // The date line comes from PrintedFacts::placeAndDate, as every date a paper prints.
    static void insert(QTextCursor &cursor, const office::OfficeProfile &profile, const Content &content);
    // The draft mark (36-HD/VPTW, element 11: "dự thảo"), boxed and centred, at the cursor.
    static void insertDraftMark(QTextCursor &cursor);
};

} // namespace vanphong::reports
