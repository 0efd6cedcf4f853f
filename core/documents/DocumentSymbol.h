#pragma once

#include <QCoreApplication>
#include <QString>

namespace vanphong::documents {

// A document's number and symbol as printed, and what can be read from it.
// Party form: "Số 07-KL/VPTW" (number, type, issuer). State forms:
// "15/2023/TT-BTC" (number, year, type, issuer), "123/UBND-VP" (number, issuer).
// The printed text is always kept verbatim; parsing only adds facts.
struct DocumentSymbol
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSymbol)
public:
    enum class Form { Party, StateWithYear, StateShort, Unknown };

    QString verbatim;   // as typed, trimmed
    Form form = Form::Unknown;
    int number = 0;
    int year = 0;       // State documents with a year
    QString type;       // "KL", "QĐi", "TT"; empty for "123/UBND-VP"
    QString issuer;     // "VPTW", "BTC", "UBND-VP"

    bool isParsed() const { return form != Form::Unknown; }
    // Why it could not be read, for a warning (never a refusal).
    QString warning() const;

    static DocumentSymbol parse(const QString &text);
    // "12-NQ/ĐU": the Party form without "Số".
    static QString partySymbol(int number, const QString &type, const QString &issuer);
};

} // namespace vanphong::documents
