#include "DocumentSymbol.h"

#include <QRegularExpression>

namespace vanphong::documents {

QString DocumentSymbol::warning() const
{
    if (verbatim.isEmpty())
        return tr("The number and symbol are empty.");
    if (form == Form::Unknown)
        return tr("\"%1\" is not in a known form (such as 07-KL/VPTW or 15/2023/TT-BTC); it is kept as typed.").arg(verbatim);
    return {};
}

DocumentSymbol DocumentSymbol::parse(const QString &text)
{
    DocumentSymbol s;
    s.verbatim = text.normalized(QString::NormalizationForm_C).simplified();
    // "Số 07-KL/VPTW", "Số: 15/2023/TT-BTC", "số 07 - KL / VPTW": drop the word and the spaces around separators.
    static const QRegularExpression prefix(QStringLiteral("^s[ốo]\\s*:?\\s*"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spacedSeparators(QStringLiteral("\\s*([-/])\\s*"));
    QString t = s.verbatim;
    t.remove(prefix);
    t.replace(spacedSeparators, QStringLiteral("\\1"));

    static const QRegularExpression party(QStringLiteral("^(\\d{1,6})-(\\p{L}{1,6})/(\\S+)$"));
    static const QRegularExpression stateWithYear(QStringLiteral("^(\\d{1,6})/(\\d{4})/(\\p{L}{1,6})-(\\S+)$"));
    static const QRegularExpression stateShort(QStringLiteral("^(\\d{1,6})/(\\p{L}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)$"));
    if (const auto m = party.match(t); m.hasMatch()) {
        s.form = Form::Party;
        s.number = m.captured(1).toInt();
        s.type = m.captured(2);
        s.issuer = m.captured(3);
    } else if (const auto m2 = stateWithYear.match(t); m2.hasMatch()) {
        s.form = Form::StateWithYear;
        s.number = m2.captured(1).toInt();
        s.year = m2.captured(2).toInt();
        s.type = m2.captured(3);
        s.issuer = m2.captured(4);
    } else if (const auto m3 = stateShort.match(t); m3.hasMatch()) {
        s.form = Form::StateShort;
        s.number = m3.captured(1).toInt();
        s.issuer = m3.captured(2);
    }
    if (s.isParsed() && s.number <= 0)
        s.form = Form::Unknown;
    return s;
}

QString DocumentSymbol::partySymbol(int number, const QString &type, const QString &issuer)
{
    // Numbers below 10 are written with a leading zero: "07-KL/VPTW".
    return QStringLiteral("%1-%2/%3").arg(number, 2, 10, QLatin1Char('0')).arg(type, issuer);
}

} // namespace vanphong::documents
