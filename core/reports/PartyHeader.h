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
        QDate date;             // invalid: no national heading and no date line (a book's cover)
    };

    // Inserts the header as a borderless two-column table at the cursor.
    static void insert(QTextCursor &cursor, const office::OfficeProfile &profile, const Content &content);
    // "Tân Phú, ngày 05 tháng 3 năm 2026": days 1-9 and months 1-2 with a leading
    // zero (so that nothing can be written in front of them), other months without.
    static QString placeAndDate(const QString &place, const QDate &date);
};

} // namespace vanphong::reports
