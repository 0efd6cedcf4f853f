#pragma once

// What a printed PDF holds, for the report tests: its words with their boxes
// (pdftotext -bbox, in points from the page's top left), its pages as images
// (pdftoppm), and its metadata (pdfinfo).
#include <catch2/catch.hpp>

#include <QImage>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace vanphong::test {

struct PdfWord
{
    QString text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
};

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The words of one page (1-based), in reading order.
inline QList<PdfWord> pdfWords(const QString &pdf, int page)
{
    const QString html = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                              QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QString text = m.captured(5);
        text.replace(QLatin1String("&amp;"), QLatin1String("&")).replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">")).replace(QLatin1String("&quot;"), QLatin1String("\""));
        out << PdfWord{text, m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble()};
    }
    return out;
}

// The first run of consecutive words reading `phrase` (split at spaces), as
// one box; an empty text when the page does not hold it.
inline PdfWord findPhrase(const QList<PdfWord> &words, const QString &phrase)
{
    const QStringList parts = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i + parts.size() <= words.size(); ++i) {
        bool match = true;
        for (int j = 0; j < parts.size() && match; ++j)
            match = words.at(i + j).text == parts.at(j);
        if (!match)
            continue;
        PdfWord box{phrase, 1e9, 1e9, 0, 0};
        for (int j = 0; j < parts.size(); ++j) {
            const PdfWord &w = words.at(i + j);
            box.xMin = std::min(box.xMin, w.xMin);
            box.yMin = std::min(box.yMin, w.yMin);
            box.xMax = std::max(box.xMax, w.xMax);
            box.yMax = std::max(box.yMax, w.yMax);
        }
        return box;
    }
    return {};
}

// How many times `phrase` appears on every page together.
inline int countPhrase(const QString &pdf, int pages, const QString &phrase)
{
    int n = 0;
    const QStringList parts = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int page = 1; page <= pages; ++page) {
        const QList<PdfWord> words = pdfWords(pdf, page);
        for (int i = 0; i + parts.size() <= words.size(); ++i) {
            bool match = true;
            for (int j = 0; j < parts.size() && match; ++j)
                match = words.at(i + j).text == parts.at(j);
            n += match ? 1 : 0;
        }
    }
    return n;
}

// One page as a grey image at `dpi` (pixels = points * dpi / 72).
inline QImage pdfPageImage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                         QStringLiteral("-singlefile"), pdf, prefix});
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// The longest run of dark pixels in row `y` between x0 and x1.
inline int darkRun(const QImage &image, int y, int x0, int x1)
{
    int best = 0, run = 0;
    for (int x = std::max(0, x0); x < std::min(image.width(), x1); ++x) {
        run = qGray(image.pixel(x, y)) < 128 ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

// A field of pdfinfo ("Title", "Author", ...).
inline QString pdfInfo(const QString &pdf, const QString &field)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

} // namespace vanphong::test
