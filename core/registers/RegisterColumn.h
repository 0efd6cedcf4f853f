#pragma once

#include <QString>
#include <QVariant>

#include <functional>

namespace vanphong::registers {

// Where a register's column is shown. A column may be in several places: the
// list on screen and the CLI's list show the same columns, so that a clerk
// and a script see one register.
enum Place : unsigned {
    Screen = 1, // the register page's list and `vanphong-cli REGISTER list`
    Sheet = 2,  // the spreadsheet export, under the printed register's title
    Json = 4,   // `--json` output of list and show, and the text of show
    Everywhere = Screen | Sheet | Json,
};

// One column of a register: its value for a line, typed (QString, int, bool,
// QDate, QDateTime, QStringList), and how it is named and laid out in each
// place. RegisterValues writes a typed value for each place (dd/MM/yyyy on
// screen, ISO in JSON, a real date cell in a spreadsheet).
template<typename Line>
struct RegisterColumn
{
    QString key;        // the JSON key, also the column's name for scripts
    QString title;      // on screen and in the CLI, translated
    QString sheetTitle; // in a spreadsheet: the printed register's Vietnamese title, so that it imports back
    std::function<QVariant(const Line &)> value;
    unsigned places = Everywhere;
    // On screen: the widest the column grows, in pixels at the font's size;
    // 0 for the register's text column, which takes the room left and wraps.
    int maxWidth = 0;
    // On screen: when the table is narrow, columns with a rank are hidden,
    // the lowest rank first; 0 is never hidden.
    int hideRank = 0;
    // On screen and in the CLI, when the words differ from the value's own
    // text (a status's name for its code); empty: the value's text.
    std::function<QString(const Line &)> text = {};
    // What the screen sorts by when not the value (a number, not its text).
    std::function<QVariant(const Line &)> sortKey = {};
};

} // namespace vanphong::registers
