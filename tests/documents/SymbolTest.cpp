// Reading the number and symbol of incoming documents as offices type them.
#include "documents/DocumentSymbol.h"

#include <catch2/catch.hpp>

using vanphong::documents::DocumentSymbol;
using Form = DocumentSymbol::Form;

TEST_CASE("Party and State symbols are read into number, type and issuer")
{
    struct Case { const char16_t *text; Form form; int number; int year; const char16_t *type; const char16_t *issuer; };
    const Case cases[] = {
        {u"07-KL/VPTW", Form::Party, 7, 0, u"KL", u"VPTW"},
        {u"Số 07-KL/VPTW", Form::Party, 7, 0, u"KL", u"VPTW"},
        {u"299-QĐ/TW", Form::Party, 299, 0, u"QĐ", u"TW"},
        {u"11-QĐi/TW", Form::Party, 11, 0, u"QĐi", u"TW"},
        {u"35-CT/TW", Form::Party, 35, 0, u"CT", u"TW"},
        {u"20-NQ/ĐU", Form::Party, 20, 0, u"NQ", u"ĐU"},
        {u"16-HD/VPTW", Form::Party, 16, 0, u"HD", u"VPTW"},
        {u"số 12 - CTr / ĐU", Form::Party, 12, 0, u"CTr", u"ĐU"},
        {u"15/2023/TT-BTC", Form::StateWithYear, 15, 2023, u"TT", u"BTC"},
        {u"Số: 30/2020/NĐ-CP", Form::StateWithYear, 30, 2020, u"NĐ", u"CP"},
        {u"123/UBND-VP", Form::StateShort, 123, 0, u"", u"UBND-VP"},
    };
    for (const Case &c : cases) {
        const DocumentSymbol s = DocumentSymbol::parse(QString::fromUtf16(c.text));
        INFO(QString::fromUtf16(c.text).toStdString());
        CHECK(s.form == c.form);
        CHECK(s.number == c.number);
        CHECK(s.year == c.year);
        CHECK(s.type == QString::fromUtf16(c.type));
        CHECK(s.issuer == QString::fromUtf16(c.issuer));
        CHECK(s.warning().isEmpty());
    }
}

TEST_CASE("malformed symbols are kept verbatim with a warning")
{
    for (const char16_t *text : {u"KL/VPTW", u"07-/VPTW", u"07-KL/", u"0-KL/TW", u"abc", u"07KLVPTW", u"2023/TT-BTC/15"}) {
        const DocumentSymbol s = DocumentSymbol::parse(QString::fromUtf16(text));
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(s.isParsed());
        CHECK(s.verbatim == QString::fromUtf16(text));
        CHECK_FALSE(s.warning().isEmpty());
    }
    CHECK_FALSE(DocumentSymbol::parse(QString()).warning().isEmpty());
}

TEST_CASE("outgoing symbols are written in the Party form with two-digit numbers")
{
    CHECK(DocumentSymbol::partySymbol(7, QStringLiteral("KL"), QStringLiteral("VPTW")) == QStringLiteral("07-KL/VPTW"));
    CHECK(DocumentSymbol::partySymbol(12, QStringLiteral("NQ"), QStringLiteral("ĐU")) == QStringLiteral("12-NQ/ĐU"));
    CHECK(DocumentSymbol::partySymbol(120, QStringLiteral("CV"), QStringLiteral("ĐU")) == QStringLiteral("120-CV/ĐU"));
}
