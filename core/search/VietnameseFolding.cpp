#include "VietnameseFolding.h"

namespace vanphong::search {

namespace {
// The five tone marks as combining characters (after NFD).
bool isToneMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
}

bool isCombining(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x0300 && u <= 0x036F;
}

QString collapseSpaces(const QString &s)
{
    return s.simplified();
}
} // namespace

QString VietnameseFolding::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (isCombining(c))
            continue;
        if (c == QChar(0x0111)) // đ (Đ was lowered above); it has no decomposition
            c = QLatin1Char('d');
        out += c;
    }
    return collapseSpaces(out);
}

QString VietnameseFolding::normalizeMarks(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_D).toLower();
    // Move a tone from the first to the second vowel of "oa", "oe", "uy" when the
    // first vowel carries no other mark and the second carries no tone.
    for (qsizetype i = 0; i + 2 < s.size(); ++i) {
        const QChar first = s.at(i);
        if (first != QLatin1Char('o') && first != QLatin1Char('u'))
            continue;
        if (!isToneMark(s.at(i + 1)) || (i + 2 < s.size() && isCombining(s.at(i + 2))))
            continue;
        const QChar second = s.at(i + 2);
        const bool pair = (first == QLatin1Char('o') && (second == QLatin1Char('a') || second == QLatin1Char('e')))
                          || (first == QLatin1Char('u') && second == QLatin1Char('y'));
        if (!pair)
            continue;
        // "qu" is a consonant: in "quý" the tone already sits on y.
        if (first == QLatin1Char('u') && i > 0 && s.at(i - 1) == QLatin1Char('q'))
            continue;
        qsizetype end = i + 3;
        bool secondHasTone = false;
        while (end < s.size() && isCombining(s.at(end)))
            secondHasTone |= isToneMark(s.at(end++));
        // Only open syllables differ between the two conventions.
        const bool open = end >= s.size() || !s.at(end).isLetter();
        if (secondHasTone || !open)
            continue;
        const QChar tone = s.at(i + 1);
        s.remove(i + 1, 1);
        s.insert(i + 2, tone);
    }
    return collapseSpaces(s.normalized(QString::NormalizationForm_C));
}

} // namespace vanphong::search
