#pragma once

#include "RegisterColumn.h"
#include "RegisterValues.h"
#include "spreadsheet/Sheet.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace vanphong::registers {

// A register's columns, in the order of its printed form, and what each place
// makes of a line with them: the page's list (ui::RegisterTableModel), the
// CLI's list and show, the JSON of both, and the spreadsheet export. Each
// register (incoming, outgoing, the archive's dossiers...) describes its
// columns once; the places follow.
template<typename Line>
class RegisterLayout
{
public:
    using Column = RegisterColumn<Line>;

    QString sheetName; // the spreadsheet's tab
    QList<Column> columns;

    // The columns shown in `place`, in order.
    QList<Column> in(Place place) const
    {
        QList<Column> out;
        for (const Column &c : columns)
            if (c.places & place)
                out << c;
        return out;
    }

    // A column's words on screen and in the CLI.
    static QString text(const Column &column, const Line &line)
    {
        return column.text ? column.text(line) : RegisterValues::text(column.value(line));
    }

    QJsonObject json(const Line &line) const
    {
        QJsonObject o;
        for (const Column &c : columns)
            if (c.places & Json)
                o.insert(c.key, RegisterValues::json(c.value(line)));
        return o;
    }

    // The CLI's list line: the screen's columns, tab-separated.
    QString cliLine(const Line &line) const
    {
        QStringList cells;
        for (const Column &c : columns)
            if (c.places & Screen)
                cells << text(c, line).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
        return cells.join(QLatin1Char('\t'));
    }

    // The `show` text: "title: value" for each JSON column that holds something.
    QStringList showLines(const Line &line) const
    {
        QStringList out;
        // A person reads this: each field by its title and in the screen's words
        // ("Trạng thái: Đang mở", "Thời hạn bảo quản: Vĩnh viễn"); --json keeps the keys and codes.
        for (const Column &c : columns) {
            if (!(c.places & Json))
                continue;
            const QString t = c.text ? c.text(line) : RegisterValues::text(c.value(line));
            if (t.isEmpty())
                continue;
            // A field with no title for a person (an id, a flag that another field
            // says in words) is for scripts: --json has it.
            const QString label = !c.title.isEmpty() ? c.title : c.sheetTitle;
            if (label.isEmpty())
                continue;
            out << QStringLiteral("%1: %2").arg(label, t);
        }
        return out;
    }

    spreadsheet::Sheet sheet(const QList<Line> &lines) const
    {
        spreadsheet::Sheet s;
        s.name = sheetName;
        const QList<Column> shown = in(Sheet);
        for (const Column &c : shown)
            s.header << c.sheetTitle;
        for (const Line &line : lines) {
            QVariantList row;
            for (const Column &c : shown)
                row << RegisterValues::cell(c.value(line));
            s.rows << row;
        }
        return s;
    }
};

} // namespace vanphong::registers
