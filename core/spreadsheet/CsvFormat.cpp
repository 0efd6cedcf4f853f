#include "CsvFormat.h"

#include <QDate>

namespace vanphong::spreadsheet {

namespace {
// The separator the first lines use more, outside quoted fields: a register
// saved from Excel may start with a title line ("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN") and
// an excerpt may hold the other character.
QChar separatorOf(const QString &text)
{
    constexpr int LinesLooked = 20;
    int commas = 0;
    int semicolons = 0;
    int lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines < LinesLooked; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote inside a field toggles twice
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\n'))
            ++lines;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

QString field(const QVariant &value)
{
    QString v = value.metaType().id() == QMetaType::QDate ? value.toDate().toString(QStringLiteral("dd/MM/yyyy")) : value.toString();
    // A leading = + - @ would be read as a formula by spreadsheet programs.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char(';')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return v;
}
} // namespace

QByteArray CsvFormat::write(const Sheet &sheet)
{
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&out](const QVariantList &cells) {
        QStringList quoted;
        for (const QVariant &c : cells)
            quoted << field(c);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    QVariantList header;
    for (const QString &h : sheet.header)
        header << h;
    line(header);
    for (const QVariantList &r : sheet.rows)
        line(r);
    return out;
}

Rows CsvFormat::parse(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = separatorOf(text);
    Rows rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            cell.clear();
            rows << row; // blank lines too, so that row i is line i + 1 of the file
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace vanphong::spreadsheet
