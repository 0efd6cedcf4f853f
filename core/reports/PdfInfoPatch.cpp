#include "PdfInfoPatch.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace vanphong::reports {

namespace {
// "<FEFF...>": a text string in UTF-16BE, the form that holds any Vietnamese letter.
QByteArray textString(const QString &text)
{
    QByteArray utf16;
    utf16.append(char(0xFE)).append(char(0xFF));
    for (const QChar ch : text) {
        utf16.append(char(ch.unicode() >> 8));
        utf16.append(char(ch.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}
} // namespace

QByteArray PdfInfoPatch::withEntries(const QByteArray &pdf, const QString &author, const QString &subject)
{
    // The trailer names the Info dictionary; the last startxref gives the table.
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (trailer < 0 || startxref < trailer)
        return {};
    static const QRegularExpression infoRef(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    const auto ref = infoRef.match(QString::fromLatin1(pdf.mid(trailer, startxref - trailer)));
    if (!ref.hasMatch())
        return {};
    const QByteArray objectHead = ref.captured(1).toLatin1() + " 0 obj";
    qsizetype object = pdf.indexOf("\n" + objectHead);
    if (object < 0)
        return {};
    const qsizetype dict = pdf.indexOf("<<", object);
    if (dict < 0 || dict > pdf.indexOf("endobj", object))
        return {};
    const qsizetype insertAt = dict + 2;
    QByteArray entries;
    if (!author.isEmpty())
        entries += "\n/Author " + textString(author);
    if (!subject.isEmpty())
        entries += "\n/Subject " + textString(subject);
    const qsizetype shift = entries.size();

    // The classic table: "xref\n0 N\n" then N entries "oooooooooo ggggg n\r\n" (20 bytes each).
    const qsizetype xrefOffset = pdf.mid(startxref + 9).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xrefOffset <= insertAt || !pdf.mid(xrefOffset).startsWith("xref"))
        return {};
    QByteArray out = pdf;
    qsizetype line = out.indexOf('\n', xrefOffset) + 1;
    const qsizetype sectionEnd = out.indexOf('\n', line);
    const QList<QByteArray> section = out.mid(line, sectionEnd - line).trimmed().split(' ');
    if (section.size() != 2)
        return {};
    const int count = section.at(1).toInt();
    qsizetype entry = sectionEnd + 1;
    for (int i = 0; i < count; ++i, entry += 20) {
        const qint64 offset = out.mid(entry, 10).toLongLong();
        if (out.at(entry + 17) == 'n' && offset > insertAt)
            out.replace(entry, 10, QByteArray::number(offset + shift).rightJustified(10, '0'));
    }
    const qsizetype startxrefValue = out.indexOf(QByteArray::number(xrefOffset), startxref);
    if (startxrefValue < 0)
        return {};
    out.replace(startxrefValue, QByteArray::number(xrefOffset).size(), QByteArray::number(xrefOffset + shift));
    out.insert(insertAt, entries);
    return out;
}

bool PdfInfoPatch::apply(const QString &path, const QString &author, const QString &subject)
{
    if (author.isEmpty() && subject.isEmpty())
        return true;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray patched = withEntries(in.readAll(), author, subject);
    in.close();
    if (patched.isEmpty())
        return false;
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(patched) == patched.size() && out.commit();
}

} // namespace vanphong::reports
