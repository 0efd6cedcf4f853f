#include "RegisterImport.h"

#include "search/VietnameseFolding.h"

#include <QRegularExpression>
#include <QSet>

namespace vanphong::documents {

using search::VietnameseFolding;

namespace {
struct FieldHints
{
    const char *field;
    QStringList words; // folded titles offices give the column
};

QList<FieldHints> hintsFor(RegisterImport::Register which)
{
    if (which == RegisterImport::Register::Incoming)
        return {
            {"number", {QStringLiteral("so den"), QStringLiteral("stt den")}},
            {"received", {QStringLiteral("ngay den"), QStringLiteral("ngay nhan")}},
            {"sender", {QStringLiteral("co quan ban hanh"), QStringLiteral("tac gia"), QStringLiteral("noi gui")}},
            {"symbol", {QStringLiteral("so, ky hieu"), QStringLiteral("so ky hieu"), QStringLiteral("ky hieu")}},
            {"date", {QStringLiteral("ngay van ban"), QStringLiteral("ngay thang")}},
            {"type", {QStringLiteral("loai")}},
            {"excerpt", {QStringLiteral("trich yeu")}},
            {"pages", {QStringLiteral("so trang"), QStringLiteral("so to")}},
            {"copies", {QStringLiteral("so ban")}},
            {"secret", {QStringLiteral("do mat")}},
            {"urgency", {QStringLiteral("do khan")}},
            {"assignee", {QStringLiteral("nguoi xu ly"), QStringLiteral("nguoi nhan"), QStringLiteral("don vi")}},
            {"deadline", {QStringLiteral("han xu ly"), QStringLiteral("han")}},
            {"direction", {QStringLiteral("y kien chi dao"), QStringLiteral("chi dao")}},
        };
    return {
        {"symbol", {QStringLiteral("so, ky hieu"), QStringLiteral("so ky hieu"), QStringLiteral("ky hieu")}},
        {"date", {QStringLiteral("ngay van ban"), QStringLiteral("ngay thang"), QStringLiteral("ngay ban hanh"), QStringLiteral("ngay")}},
        {"type", {QStringLiteral("loai")}},
        {"excerpt", {QStringLiteral("trich yeu")}},
        {"capacity", {QStringLiteral("chuc vu ky"), QStringLiteral("tham quyen ky")}},
        {"signer", {QStringLiteral("nguoi ky")}},
        {"recipients", {QStringLiteral("noi nhan")}},
        {"copies", {QStringLiteral("so ban"), QStringLiteral("so luong ban")}},
        {"secret", {QStringLiteral("do mat")}},
        {"urgency", {QStringLiteral("do khan")}},
    };
}

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

// Reads one row's cells by field and collects what cannot be read.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    RowReader(const QStringList &cells, const QMap<QString, int> &column, QStringList &problems)
        : m_cells(cells), m_column(column), m_problems(problems) {}

    QString text(const QString &field) const
    {
        const int i = m_column.value(field, -1);
        return i >= 0 && i < m_cells.size() ? m_cells.at(i).trimmed() : QString();
    }
    void date(const QString &field, QDate *out) const
    {
        const QString value = text(field);
        if (value.isEmpty())
            return;
        if (const auto parsed = RegisterImport::parseDate(value))
            *out = *parsed;
        else
            m_problems << tr("\"%1\" is not a date (dd/MM/yyyy).").arg(value);
    }
    void number(const QString &field, int *out) const
    {
        const QString value = text(field);
        if (value.isEmpty())
            return;
        if (const auto parsed = RegisterImport::parseNumber(value))
            *out = *parsed;
        else
            m_problems << tr("\"%1\" is not a number.").arg(value);
    }
    void marks(Confidentiality *secret, Urgency *urgency) const
    {
        const QString s = VietnameseFolding::fold(text(QStringLiteral("secret"))).replace(QLatin1Char(' '), QLatin1Char('-'));
        if (const auto level = DocumentMarks::confidentialityFromCode(s))
            *secret = *level;
        else
            m_problems << tr("\"%1\" is not a secrecy mark (Mật, Tối mật, Tuyệt mật).").arg(text(QStringLiteral("secret")));
        const QString u = VietnameseFolding::fold(text(QStringLiteral("urgency"))).replace(QLatin1Char(' '), QLatin1Char('-'));
        if (const auto level = DocumentMarks::urgencyFromCode(u); level && *level != Urgency::ImmediateTimed)
            *urgency = *level;
        else
            m_problems << tr("\"%1\" is not an urgency mark (Khẩn, Thượng khẩn, Hỏa tốc).").arg(text(QStringLiteral("urgency")));
    }

private:
    const QStringList &m_cells;
    const QMap<QString, int> &m_column;
    QStringList &m_problems;
};

QMap<QString, int> columnsOf(const spreadsheet::Rows &table, const RegisterImport::Mapping &mapping)
{
    QMap<QString, int> column;
    const QStringList header = table.value(0);
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        column.insert(it.key(), int(header.indexOf(it.value())));
    return column;
}
} // namespace

QStringList RegisterImport::fields(Register which)
{
    QStringList out;
    for (const FieldHints &h : hintsFor(which))
        out << QLatin1String(h.field);
    return out;
}

QStringList RegisterImport::requiredFields(Register which)
{
    if (which == Register::Incoming)
        return {QStringLiteral("received"), QStringLiteral("sender"), QStringLiteral("excerpt")};
    return {QStringLiteral("symbol"), QStringLiteral("date"), QStringLiteral("excerpt")};
}

QString RegisterImport::fieldTitle(const QString &field)
{
    static const QMap<QString, const char *> titles = {
        {QStringLiteral("number"), QT_TR_NOOP("Incoming number")},
        {QStringLiteral("received"), QT_TR_NOOP("Day received")},
        {QStringLiteral("sender"), QT_TR_NOOP("Sender")},
        {QStringLiteral("symbol"), QT_TR_NOOP("Number and symbol")},
        {QStringLiteral("date"), QT_TR_NOOP("Date of the document")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("excerpt"), QT_TR_NOOP("Excerpt")},
        {QStringLiteral("pages"), QT_TR_NOOP("Pages")},
        {QStringLiteral("copies"), QT_TR_NOOP("Copies")},
        {QStringLiteral("secret"), QT_TR_NOOP("Secrecy mark")},
        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency mark")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Handed to")},
        {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("direction"), QT_TR_NOOP("Leader's direction")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Signing capacity")},
        {QStringLiteral("signer"), QT_TR_NOOP("Signer")},
        {QStringLiteral("recipients"), QT_TR_NOOP("Recipients")},
    };
    return titles.contains(field) ? tr(titles.value(field)) : field;
}

RegisterImport::Mapping RegisterImport::guessMapping(Register which, const QStringList &header)
{
    Mapping mapping;
    QSet<int> used;
    for (const FieldHints &hint : hintsFor(which)) {
        const QString field = QLatin1String(hint.field);
        for (const QString &w : hint.words) {
            for (int i = 0; i < header.size(); ++i) {
                if (used.contains(i))
                    continue;
                const QString title = VietnameseFolding::fold(header.at(i)).simplified();
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

QList<RegisterImport::IncomingRow> RegisterImport::incomingRows(const spreadsheet::Rows &table, const Mapping &mapping)
{
    QList<IncomingRow> rows;
    const QMap<QString, int> column = columnsOf(table, mapping);
    for (qsizetype r = 1; r < table.size(); ++r) {
        if (isBlank(table.at(r)))
            continue;
        IncomingRow row;
        row.line = int(r) + 1;
        const RowReader read(table.at(r), column, row.problems);
        IncomingDocument &d = row.document;
        read.number(QStringLiteral("number"), &d.number);
        QDate received;
        read.date(QStringLiteral("received"), &received);
        // "05/03/2026 08:30": the time too, when the register kept it.
        const QTime time = QTime::fromString(read.text(QStringLiteral("received")).section(QLatin1Char(' '), 1, 1), QStringLiteral("H:mm"));
        if (received.isValid()) // when missing, the register names it (IncomingRegister::importProblems)
            d.receivedAt = QDateTime(received, time.isValid() ? time : QTime(8, 0));
        d.sender = read.text(QStringLiteral("sender"));
        d.symbol = DocumentSymbol::parse(read.text(QStringLiteral("symbol")));
        read.date(QStringLiteral("date"), &d.documentDate);
        d.typeCode = read.text(QStringLiteral("type"));
        d.excerpt = read.text(QStringLiteral("excerpt"));
        read.number(QStringLiteral("pages"), &d.pages);
        read.number(QStringLiteral("copies"), &d.copies);
        read.marks(&d.confidentiality, &d.urgency);
        d.assignee = read.text(QStringLiteral("assignee"));
        d.direction = read.text(QStringLiteral("direction"));
        read.date(QStringLiteral("deadline"), &d.deadline);
        rows << row;
    }
    return rows;
}

QList<RegisterImport::OutgoingRow> RegisterImport::outgoingRows(const spreadsheet::Rows &table, const Mapping &mapping)
{
    QList<OutgoingRow> rows;
    const QMap<QString, int> column = columnsOf(table, mapping);
    for (qsizetype r = 1; r < table.size(); ++r) {
        if (isBlank(table.at(r)))
            continue;
        OutgoingRow row;
        row.line = int(r) + 1;
        const RowReader read(table.at(r), column, row.problems);
        OutgoingDocument &d = row.document;
        // "Số 12-NQ/ĐU" as printed, or "12-NQ/ĐU".
        d.symbol = read.text(QStringLiteral("symbol"));
        if (VietnameseFolding::fold(d.symbol).startsWith(QLatin1String("so ")))
            d.symbol = d.symbol.mid(3).trimmed();
        read.date(QStringLiteral("date"), &d.documentDate);
        if (!d.documentDate.isValid() && read.text(QStringLiteral("date")).isEmpty())
            row.problems << tr("The date of the document is missing.");
        d.typeCode = read.text(QStringLiteral("type"));
        d.excerpt = read.text(QStringLiteral("excerpt"));
        d.signer = read.text(QStringLiteral("signer"));
        d.capacity = read.text(QStringLiteral("capacity")).toUpper();
        // "T/M Ban Thường vụ ... Nguyễn Văn A" in one column: the capacity is its first word.
        if (d.capacity.isEmpty()) {
            const QString first = d.signer.section(QLatin1Char(' '), 0, 0).toUpper();
            if (OutgoingDocument::capacities().contains(first)) {
                d.capacity = first;
                d.signer = d.signer.section(QLatin1Char(' '), 1).trimmed();
            }
        }
        static const QRegularExpression separators(QStringLiteral("[;\\n]"));
        d.recipients = read.text(QStringLiteral("recipients")).split(separators, Qt::SkipEmptyParts);
        read.number(QStringLiteral("copies"), &d.copies);
        read.marks(&d.confidentiality, &d.urgency);
        rows << row;
    }
    return rows;
}

} // namespace vanphong::documents
