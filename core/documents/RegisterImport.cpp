#include "RegisterImport.h"

#include "search/VietnameseFolding.h"

#include <QRegularExpression>
#include <QSet>

namespace vanphong::documents {

using search::VietnameseFolding;

QStringList RegisterImport::incomingFields()
{
    return {QStringLiteral("number"), QStringLiteral("received"), QStringLiteral("sender"), QStringLiteral("symbol"),
            QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("excerpt"), QStringLiteral("pages"),
            QStringLiteral("copies"), QStringLiteral("secret"), QStringLiteral("urgency"), QStringLiteral("assignee"),
            QStringLiteral("deadline"), QStringLiteral("direction")};
}

QList<QStringList> RegisterImport::parseCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    const QChar separator = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    QList<QStringList> rows;
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
            if (!(row.size() == 1 && row.first().trimmed().isEmpty()))
                rows << row;
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

RegisterImport::Mapping RegisterImport::guessIncomingMapping(const QStringList &header)
{
    // Words that name each field in the registers offices keep (folded).
    const QList<std::pair<QString, QStringList>> hints = {
        {QStringLiteral("number"), {QStringLiteral("so den"), QStringLiteral("stt den")}},
        {QStringLiteral("received"), {QStringLiteral("ngay den"), QStringLiteral("ngay nhan")}},
        {QStringLiteral("sender"), {QStringLiteral("co quan ban hanh"), QStringLiteral("tac gia"), QStringLiteral("noi gui")}},
        {QStringLiteral("symbol"), {QStringLiteral("so, ky hieu"), QStringLiteral("so ky hieu"), QStringLiteral("ky hieu")}},
        {QStringLiteral("date"), {QStringLiteral("ngay van ban"), QStringLiteral("ngay thang")}},
        {QStringLiteral("type"), {QStringLiteral("loai")}},
        {QStringLiteral("excerpt"), {QStringLiteral("trich yeu")}},
        {QStringLiteral("pages"), {QStringLiteral("so trang"), QStringLiteral("so to")}},
        {QStringLiteral("copies"), {QStringLiteral("so ban")}},
        {QStringLiteral("secret"), {QStringLiteral("do mat")}},
        {QStringLiteral("urgency"), {QStringLiteral("do khan")}},
        {QStringLiteral("assignee"), {QStringLiteral("nguoi xu ly"), QStringLiteral("nguoi nhan"), QStringLiteral("don vi")}},
        {QStringLiteral("deadline"), {QStringLiteral("han xu ly"), QStringLiteral("han")}},
        {QStringLiteral("direction"), {QStringLiteral("y kien chi dao"), QStringLiteral("chi dao")}},
    };
    Mapping mapping;
    QSet<int> used;
    for (const auto &[field, words] : hints) {
        for (const QString &w : words) {
            for (int i = 0; i < header.size(); ++i) {
                if (used.contains(i))
                    continue;
                const QString title = VietnameseFolding::fold(header.at(i));
                if (title == w || (w.size() > 4 && title.startsWith(w))) {
                    mapping.insert(field, header.at(i));
                    used.insert(i);
                    break;
                }
            }
            if (mapping.contains(field))
                break;
        }
    }
    return mapping;
}

std::optional<QDate> RegisterImport::parseDate(const QString &raw)
{
    const QString text = raw.trimmed().section(QLatin1Char(' '), 0, 0); // "05/03/2026 08:30" -> the date
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    QDate d;
    if (const auto m = iso.match(text); m.hasMatch()) {
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto m2 = dmy.match(text); m2.hasMatch()) {
        int year = m2.captured(3).toInt();
        if (m2.captured(3).size() == 2)
            year += year < 70 ? 2000 : 1900; // "5/3/26" is 2026
        d = QDate(year, m2.captured(2).toInt(), m2.captured(1).toInt());
    }
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<int> RegisterImport::parseNumber(const QString &raw)
{
    QString text = raw.trimmed();
    text.remove(QLatin1Char('.')).remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

QList<RegisterImport::Row> RegisterImport::incomingRows(const QList<QStringList> &table, const Mapping &mapping)
{
    QList<Row> rows;
    if (table.isEmpty())
        return rows;
    const QStringList header = table.first();
    QMap<QString, int> column;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        column.insert(it.key(), int(header.indexOf(it.value())));
    for (qsizetype r = 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        const auto cell = [&](const QString &field) {
            const int i = column.value(field, -1);
            return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
        };
        Row row;
        row.line = int(r) + 1;
        IncomingDocument &d = row.document;
        const auto date = [&](const QString &field, QDate *out) {
            const QString value = cell(field);
            if (value.isEmpty())
                return;
            if (const auto parsed = parseDate(value))
                *out = *parsed;
            else
                row.problems << tr("\"%1\" is not a date (dd/MM/yyyy).").arg(value);
        };
        const auto number = [&](const QString &field, int *out) {
            const QString value = cell(field);
            if (value.isEmpty())
                return;
            if (const auto parsed = parseNumber(value))
                *out = *parsed;
            else
                row.problems << tr("\"%1\" is not a number.").arg(value);
        };
        number(QStringLiteral("number"), &d.number);
        QDate received;
        date(QStringLiteral("received"), &received);
        if (received.isValid())
            d.receivedAt = QDateTime(received, QTime(8, 0));
        else
            row.problems << tr("The day received is missing.");
        d.sender = cell(QStringLiteral("sender"));
        d.symbol = DocumentSymbol::parse(cell(QStringLiteral("symbol")));
        date(QStringLiteral("date"), &d.documentDate);
        d.typeCode = cell(QStringLiteral("type"));
        d.excerpt = cell(QStringLiteral("excerpt"));
        number(QStringLiteral("pages"), &d.pages);
        number(QStringLiteral("copies"), &d.copies);
        const QString secret = VietnameseFolding::fold(cell(QStringLiteral("secret"))).replace(QLatin1Char(' '), QLatin1Char('-'));
        if (const auto level = DocumentMarks::confidentialityFromCode(secret))
            d.confidentiality = *level;
        else
            row.problems << tr("\"%1\" is not a secrecy mark (Mật, Tối mật, Tuyệt mật).").arg(cell(QStringLiteral("secret")));
        const QString urgency = VietnameseFolding::fold(cell(QStringLiteral("urgency"))).replace(QLatin1Char(' '), QLatin1Char('-'));
        if (const auto level = DocumentMarks::urgencyFromCode(urgency); level && *level != Urgency::ImmediateTimed)
            d.urgency = *level;
        else
            row.problems << tr("\"%1\" is not an urgency mark (Khẩn, Thượng khẩn, Hỏa tốc).").arg(cell(QStringLiteral("urgency")));
        d.assignee = cell(QStringLiteral("assignee"));
        d.direction = cell(QStringLiteral("direction"));
        date(QStringLiteral("deadline"), &d.deadline);
        rows << row;
    }
    return rows;
}

} // namespace vanphong::documents
