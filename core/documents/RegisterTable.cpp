#include "RegisterTable.h"

#include "RegisterColumns.h"

#include <QRegularExpression>

#include <algorithm>

namespace vanphong::documents {

namespace {
constexpr int HeaderSearchRows = 15; // rows that are not blank, from the top

bool hasText(const QString &cell)
{
    return std::any_of(cell.begin(), cell.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Empty, or only borders' filler: "-", "…", "x" is not filler (it has a letter).
bool isBlank(const QStringList &row)
{
    return std::none_of(row.begin(), row.end(), hasText);
}

QStringList textCells(const QStringList &row)
{
    QStringList out;
    for (const QString &c : row)
        if (hasText(c))
            out << c.trimmed();
    return out;
}

int letterCount(const QString &cell)
{
    return int(std::count_if(cell.begin(), cell.end(), [](QChar c) { return c.isLetter(); }));
}

bool isNumber(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^\\(?[0-9][0-9., ]*\\)?$"));
    return number.match(cell.trimmed()).hasMatch();
}

bool hasDate(const QStringList &row)
{
    return std::any_of(row.begin(), row.end(), [](const QString &c) { return RegisterImport::parseDate(c).has_value(); });
}

// "1 2 3 ... 10" or "(1) (2) ...": the column numbers printed under the titles of the forms.
bool isColumnNumbers(const QStringList &row)
{
    static const QRegularExpression numbered(QStringLiteral("^\\(?([0-9]{1,2})\\)?$"));
    const QStringList cells = textCells(row);
    if (cells.size() < 3)
        return false;
    int previous = -1;
    for (const QString &c : cells) {
        const auto m = numbered.match(c);
        if (!m.hasMatch() || (previous >= 0 && m.captured(1).toInt() != previous + 1))
            return false;
        previous = m.captured(1).toInt();
    }
    return true;
}

// "Tổng cộng", "Cộng: 125 văn bản", "Tổng số 125", "Cộng tháng 1" as the only
// words of the row, the rest numbers. The words must be the whole cell:
// "Tổng cục Thuế" or "Công an xã" is a sender, never a total.
bool isTotals(const QStringList &row)
{
    static const QRegularExpression totals(QStringLiteral(
        "^(tong cong|tong so|cong|tong)( (thang|quy|nam) [0-9ivx]+)?( [0-9 ]+)?( van ban( den| di)?| vb)?$"));
    int words = 0;
    bool labelled = false;
    for (const QString &c : textCells(row)) {
        if (isNumber(c))
            continue;
        ++words;
        labelled = totals.match(RegisterColumns::normalise(c)).hasMatch();
    }
    return words == 1 && labelled;
}

// A cell of the signature block under a register: who signs, the instruction
// under the title, the place and date.
bool isSignatureCell(const QString &cell)
{
    const QString n = RegisterColumns::normalise(cell);
    const int wordCount = int(n.count(QLatin1Char(' '))) + 1;
    if (n.isEmpty() || wordCount > 12)
        return false;
    static const QRegularExpression dateLine(QStringLiteral("(^| )ngay( [0-9]+)? thang( [0-9]+)? nam( [0-9]+)?$"));
    if (dateLine.match(n).hasMatch())
        return true;
    if (n.contains(QLatin1String("ghi ro ho ten")) || n.contains(QLatin1String("ky ten")) || n.contains(QLatin1String("dong dau"))
        || (cell.trimmed().startsWith(QLatin1Char('(')) && n.startsWith(QLatin1String("ky"))))
        return true;
    static const QStringList roles = {
        QStringLiteral("nguoi lap"), QStringLiteral("nguoi ghi so"), QStringLiteral("nguoi vao so"), QStringLiteral("nguoi kiem tra"),
        QStringLiteral("nguoi duyet"), QStringLiteral("van thu"), QStringLiteral("can bo van thu"), QStringLiteral("chanh van phong"),
        QStringLiteral("pho chanh van phong"), QStringLiteral("thu truong"), QStringLiteral("lanh dao"), QStringLiteral("xac nhan"),
        QStringLiteral("t m"), QStringLiteral("k t"), QStringLiteral("t l"), QStringLiteral("bi thu"), QStringLiteral("pho bi thu"),
        QStringLiteral("ke toan")};
    return wordCount <= 8 && std::any_of(roles.begin(), roles.end(), [&n](const QString &r) {
        return n == r || n.startsWith(r + QLatin1Char(' '));
    });
}

// Every cell a signature cell, or a date (Excel keeps "ngày 31 tháng 12 năm
// 2025" as a date cell with that format); a register line always has a cell
// of another kind (the sender, the symbol, the excerpt).
bool isSignature(const QStringList &row)
{
    int signatures = 0;
    for (const QString &c : textCells(row)) {
        if (isSignatureCell(c))
            ++signatures;
        else if (!RegisterImport::parseDate(c))
            return false;
    }
    return signatures > 0;
}

// Nothing a register line could be: no cell with a word in it (a number
// alone, a date alone, filler).
bool holdsNoText(const QStringList &row)
{
    return std::none_of(row.begin(), row.end(), [](const QString &c) { return letterCount(c) >= 2; });
}

struct Header
{
    int first = -1;
    int last = -1;
    QStringList titles;
    int known = 0;
};

// The header row completed by a neighbour where its own cell says nothing
// known: a title merged over two rows sits in the upper one, the titles under
// a merged group title in the lower one.
QStringList combine(RegisterImport::Register which, const QStringList &main, const QStringList &other)
{
    QStringList out;
    for (int i = 0; i < std::max(main.size(), other.size()); ++i) {
        const QString m = main.value(i).trimmed();
        const QString o = other.value(i).trimmed();
        if (RegisterColumns::isKnown(which, m) || (!RegisterColumns::isKnown(which, o) && !m.isEmpty()))
            out << m;
        else
            out << o;
    }
    return out;
}

// A row that may hold the second half of the titles: words, no dates, not the column numbers.
bool mayBeTitles(const spreadsheet::Rows &rows, int index)
{
    return index >= 0 && index < rows.size() && !isBlank(rows.at(index)) && !hasDate(rows.at(index))
           && !isColumnNumbers(rows.at(index));
}

Header findHeader(RegisterImport::Register which, const spreadsheet::Rows &rows)
{
    Header best;
    int looked = 0;
    for (int r = 0; r < rows.size() && looked < HeaderSearchRows; ++r) {
        if (isBlank(rows.at(r)))
            continue;
        ++looked;
        if (best.first < 0)
            best = Header{r, r, rows.at(r), 0}; // the first row that is not blank, if nothing is known
        const int alone = RegisterColumns::knownCount(which, rows.at(r));
        QList<Header> tries{{r, r, rows.at(r), alone}};
        // Two rows are the header only when together they name more than
        // either alone: a title row above a one-row header adds nothing.
        for (const int other : {r + 1, r - 1}) {
            if (!mayBeTitles(rows, other))
                continue;
            const QStringList t = combine(which, rows.at(r), rows.at(other));
            const int known = RegisterColumns::knownCount(which, t);
            if (known > std::max(alone, RegisterColumns::knownCount(which, rows.at(other))))
                tries << Header{std::min(r, other), std::max(r, other), t, known};
        }
        for (const Header &h : tries)
            if (h.known > best.known)
                best = h;
    }
    // Each title names one column.
    for (int i = 0; i < best.titles.size(); ++i) {
        QString &t = best.titles[i];
        t = t.simplified(); // "Số\nđến" as one line, in the mapping step and a mapping file
        if (t.isEmpty() || !best.titles.mid(0, i).contains(t))
            continue;
        for (int n = 2;; ++n)
            if (const QString numbered = QStringLiteral("%1 (%2)").arg(t).arg(n); !best.titles.contains(numbered)) {
                t = numbered;
                break;
            }
    }
    return best;
}
} // namespace

RegisterTable RegisterTable::locate(Register which, spreadsheet::Rows rows)
{
    RegisterTable table;
    table.m_rows = std::move(rows);
    const Header header = findHeader(which, table.m_rows);
    if (header.first < 0)
        return table;
    table.m_headerFirst = header.first;
    table.m_header = header.titles;
    bool underSignatures = false;
    for (int i = header.last + 1; i < table.m_rows.size(); ++i) {
        const QStringList &row = table.m_rows.at(i);
        if (isBlank(row))
            continue;
        if (isSignature(row)) {
            underSignatures = true;
            continue;
        }
        // A dated row is a register line, under signatures too (the register
        // goes on); none of what follows has a date cell. Tested early: it is
        // nearly every row of a register of 100,000 lines.
        if (hasDate(row)) {
            underSignatures = false;
            table.m_data << i;
            continue;
        }
        if (isColumnNumbers(row) || isTotals(row))
            continue;
        // The titles again, as on every page of a printed register.
        const int known = RegisterColumns::knownCount(which, row);
        if (known >= 2 && known * 2 >= header.known)
            continue;
        // The names under the signatures.
        if (underSignatures)
            continue;
        table.m_data << i;
    }
    while (!table.m_data.isEmpty() && holdsNoText(table.m_rows.at(table.m_data.last())))
        table.m_data.removeLast();
    return table;
}

} // namespace vanphong::documents
