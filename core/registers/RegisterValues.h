#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace vanphong::registers {

// A typed column value written for each place a register is shown: one rule
// for dates, lists and counts in every register, so that they agree.
class RegisterValues final
{
public:
    // On screen and in the CLI: dates dd/MM/yyyy, times dd/MM/yyyy HH:mm,
    // lists joined with "; ", an invalid date empty.
    static QString text(const QVariant &value);
    // In JSON: dates and times ISO 8601, lists as arrays, numbers as numbers.
    static QJsonValue json(const QVariant &value);
    // In a spreadsheet cell: a date stays a date (a real date cell), a time is
    // text dd/MM/yyyy HH:mm, a count of 0 and an invalid date are blank.
    static QVariant cell(const QVariant &value);
};

} // namespace vanphong::registers
