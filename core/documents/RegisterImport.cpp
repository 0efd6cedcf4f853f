#include "RegisterImport.h"

#include "RegisterColumns.h"
#include "RegisterTable.h"
#include "search/VietnameseFolding.h"

#include <QRegularExpression>

#include <algorithm>

namespace vanphong::documents {

using search::VietnameseFolding;

namespace {
// Reads one row's cells by field and collects what cannot be read.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    RowReader(const QStringList &cells, const QMap<QString, int> &column, QStringList &problems)
        : m_cells(cells), m_column(column), m_problems(problems) {}

    // A cell of filler alone ("-", "…") says nothing.
    QString text(const QString &field) const
    {
        const int i = m_column.value(field, -1);
        const QString cell = i >= 0 && i < m_cells.size() ? m_cells.at(i).trimmed() : QString();
        return std::any_of(cell.begin(), cell.end(), [](QChar c) { return c.isLetterOrNumber(); }) ? cell : QString();
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
    // Registers often keep both marks in one column ("Độ mật, khẩn": "Mật, Khẩn"):
    // each part of either column is read as whichever mark it is.
    void marks(Confidentiality *secret, Urgency *urgency) const
    {
        static const QRegularExpression separators(QStringLiteral("[,;/+\\n]"));
        for (const QString &field : {QStringLiteral("secret"), QStringLiteral("urgency")}) {
            for (const QString &part : text(field).split(separators, Qt::SkipEmptyParts)) {
                const QString code = VietnameseFolding::fold(part).replace(QLatin1Char(' '), QLatin1Char('-'));
                if (code.isEmpty())
                    continue;
                if (const auto level = DocumentMarks::confidentialityFromCode(code))
                    *secret = *level;
                else if (const auto u = DocumentMarks::urgencyFromCode(code); u && *u != Urgency::ImmediateTimed)
                    *urgency = *u;
                else if (field == QLatin1String("secret"))
                    m_problems << tr("\"%1\" is not a secrecy mark (Mật, Tối mật, Tuyệt mật).").arg(text(field));
                else
                    m_problems << tr("\"%1\" is not an urgency mark (Khẩn, Thượng khẩn, Hỏa tốc).").arg(text(field));
            }
        }
    }

private:
    const QStringList &m_cells;
    const QMap<QString, int> &m_column;
    QStringList &m_problems;
};

QMap<QString, int> columnsOf(const QStringList &header, const RegisterImport::Mapping &mapping)
{
    QMap<QString, int> column;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        column.insert(it.key(), int(header.indexOf(it.value())));
    return column;
}

// A type column's "NQ", "nq" or "Nghị quyết" as the type's code; as written when unknown
// (the register names it).
QString typeCodeOf(const QString &text, const QList<DocumentType> &types)
{
    for (const DocumentType &t : types)
        if (t.code == text)
            return t.code;
    const QString folded = VietnameseFolding::fold(text);
    for (const DocumentType &t : types)
        if (VietnameseFolding::fold(t.code) == folded || VietnameseFolding::fold(t.name) == folded)
            return t.code;
    return text;
}

// The office's types with their names folded once, longest first: the first
// name a text begins with is the most specific ("Thông báo kết luận" before
// "Thông báo"). Folding every name for every row of a long register cost
// more than reading it.
struct NamedType
{
    QString folded;
    DocumentType type;
};
QList<NamedType> namedTypes(const QList<DocumentType> &types)
{
    QList<NamedType> out;
    for (const DocumentType &t : types)
        if (const QString f = VietnameseFolding::fold(t.name); !f.isEmpty())
            out << NamedType{f, t};
    std::stable_sort(out.begin(), out.end(), [](const NamedType &a, const NamedType &b) { return a.folded.size() > b.folded.size(); });
    return out;
}

std::optional<DocumentType> leadingTypeOf(const QString &raw, const QList<NamedType> &types, QString *rest)
{
    const QString text = raw.normalized(QString::NormalizationForm_C).simplified();
    const QString folded = VietnameseFolding::fold(text);
    for (const NamedType &t : types) {
        if (!folded.startsWith(t.folded))
            continue;
        // Where the name ends in the text as written: folding keeps one
        // character for each, but measure rather than assume.
        int end = int(t.folded.size());
        while (end <= text.size() && VietnameseFolding::fold(text.left(end)) != t.folded)
            ++end;
        if (end > text.size() || (end < text.size() && text.at(end).isLetterOrNumber()))
            continue; // the name runs on into a longer word
        // "Báo cáo: tình hình...", "Công văn - V/v ..."
        static const QRegularExpression lead(QStringLiteral("^[\\s:\\-\u2013\u2014,.]+"));
        const QString after = text.mid(end).remove(lead);
        if (after.isEmpty())
            return std::nullopt; // only a type's name: it stays the excerpt
        if (rest)
            *rest = after;
        return t.type;
    }
    return std::nullopt;
}

// The type and excerpt read from a "Tên loại và trích yếu nội dung" column.
// The type named at the start is taken when no other column contradicts it:
// a type column names the same type, or, without one, the symbol's type
// abbreviation is the name's ("Quy định về..." with 05-QĐ/ĐU is a Quy định,
// which the shared abbreviation alone could not tell). Otherwise the whole
// text stays the excerpt, as the clerk wrote it, and the type comes from
// where it did before (the type column, or the symbol).
void splitTypeAndExcerpt(QString *typeCode, QString *excerpt, const QString &symbolType, const QList<DocumentType> &types,
                         const QList<NamedType> &names)
{
    QString rest;
    const auto named = leadingTypeOf(*excerpt, names, &rest);
    if (!named)
        return;
    if (!typeCode->isEmpty()) {
        if (typeCodeOf(*typeCode, types) != named->code)
            return;
    } else if (!symbolType.isEmpty()) {
        const bool known = std::any_of(types.begin(), types.end(), [&](const DocumentType &t) { return t.abbreviation == symbolType; });
        if (known && named->abbreviation != symbolType)
            return;
    }
    *typeCode = named->code;
    *excerpt = rest;
}
} // namespace

QStringList RegisterImport::fields(Register which)
{
    return RegisterColumns::fields(which);
}

QStringList RegisterImport::requiredFields(Register which)
{
    if (which == Register::Incoming)
        return {QStringLiteral("received"), QStringLiteral("sender"), QStringLiteral("excerpt")};
    if (which == Register::Assets)
        return {QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("acquired"), QStringLiteral("cost")};
    return {QStringLiteral("symbol"), QStringLiteral("date"), QStringLiteral("excerpt")};
}

QString RegisterImport::fieldTitle(Register which, const QString &field)
{
    static const QMap<QString, const char *> titles = {
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
        {QStringLiteral("code"), QT_TR_NOOP("Asset code")},
        {QStringLiteral("name"), QT_TR_NOOP("Asset name")},
        {QStringLiteral("book"), QT_TR_NOOP("Book (fixed asset or tool)")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("specification"), QT_TR_NOOP("Specification")},
        {QStringLiteral("serial"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("acquired"), QT_TR_NOOP("Put into use")},
        {QStringLiteral("document"), QT_TR_NOOP("Invoice or decision")},
        {QStringLiteral("cost"), QT_TR_NOOP("Original cost")},
        {QStringLiteral("funding"), QT_TR_NOOP("Funding")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("custodian"), QT_TR_NOOP("Keeper")},
        {QStringLiteral("rate"), QT_TR_NOOP("Depreciation rate")},
        {QStringLiteral("accumulated"), QT_TR_NOOP("Accumulated depreciation")},
        {QStringLiteral("accumulated_year"), QT_TR_NOOP("Accumulated to the end of the year")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("ended"), QT_TR_NOOP("Left the register on")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
    };
    if (field == QLatin1String("number"))
        return which == Register::Incoming ? tr("Incoming number") : tr("Number (without the symbol)");
    return titles.contains(field) ? tr(titles.value(field)) : field;
}

RegisterImport::Mapping RegisterImport::guessMapping(Register which, const QStringList &header)
{
    return RegisterColumns::guess(which, header);
}

std::optional<DocumentType> RegisterImport::leadingType(const QString &text, const QList<DocumentType> &types, QString *rest)
{
    return leadingTypeOf(text, namedTypes(types), rest);
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

QList<RegisterImport::IncomingRow> RegisterImport::incomingRows(const RegisterTable &table, const Mapping &mapping,
                                                               const QList<DocumentType> &types)
{
    QList<IncomingRow> rows;
    const QMap<QString, int> column = columnsOf(table.header(), mapping);
    const bool typeInExcerpt = RegisterColumns::holdsTypeAndExcerpt(mapping.value(QStringLiteral("excerpt")));
    const QList<NamedType> names = typeInExcerpt ? namedTypes(types) : QList<NamedType>{};
    for (const int r : table.dataRows()) {
        IncomingRow row;
        row.line = r + 1;
        const QStringList cells = table.cells(r);
        const RowReader read(cells, column, row.problems);
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
        if (typeInExcerpt)
            splitTypeAndExcerpt(&d.typeCode, &d.excerpt, d.symbol.type, types, names);
        if (!d.typeCode.isEmpty())
            d.typeCode = typeCodeOf(d.typeCode, types);
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

QList<RegisterImport::OutgoingRow> RegisterImport::outgoingRows(const RegisterTable &table, const Mapping &mapping,
                                                               const QList<DocumentType> &types)
{
    QList<OutgoingRow> rows;
    const QMap<QString, int> column = columnsOf(table.header(), mapping);
    const bool typeInExcerpt = RegisterColumns::holdsTypeAndExcerpt(mapping.value(QStringLiteral("excerpt")));
    const QList<NamedType> names = typeInExcerpt ? namedTypes(types) : QList<NamedType>{};
    for (const int r : table.dataRows()) {
        OutgoingRow row;
        row.line = r + 1;
        const QStringList cells = table.cells(r);
        const RowReader read(cells, column, row.problems);
        OutgoingDocument &d = row.document;
        // "Số 12-NQ/ĐU" as printed, or "12-NQ/ĐU".
        d.symbol = read.text(QStringLiteral("symbol"));
        if (VietnameseFolding::fold(d.symbol).startsWith(QLatin1String("so ")))
            d.symbol = d.symbol.mid(3).trimmed();
        // "12" | "NQ/ĐU" in two columns: one symbol, numbered as the office prints it (07-NQ/ĐU).
        const QString number = read.text(QStringLiteral("number"));
        if (!number.isEmpty() && !d.symbol.isEmpty() && !d.symbol.front().isDigit()) {
            if (const auto n = parseNumber(number))
                d.symbol = QStringLiteral("%1-%2").arg(*n, 2, 10, QLatin1Char('0')).arg(d.symbol);
            else
                row.problems << tr("\"%1\" is not a number.").arg(number);
        }
        read.date(QStringLiteral("date"), &d.documentDate);
        if (!d.documentDate.isValid() && read.text(QStringLiteral("date")).isEmpty())
            row.problems << tr("The date of the document is missing.");
        d.typeCode = read.text(QStringLiteral("type"));
        d.excerpt = read.text(QStringLiteral("excerpt"));
        if (typeInExcerpt)
            splitTypeAndExcerpt(&d.typeCode, &d.excerpt, DocumentSymbol::parse(d.symbol).type, types, names);
        if (!d.typeCode.isEmpty())
            d.typeCode = typeCodeOf(d.typeCode, types);
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
