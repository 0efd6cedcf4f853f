#pragma once

#include <QDate>
#include <QString>

namespace vanphong::office {

// A term of the committee (nhiệm kỳ, khóa): from the day after one congress
// closes to the end of the next. Outgoing documents are numbered per term.
struct Term
{
    qint64 id = 0;
    QString name;   // "Khóa XV (2025-2030)"
    QDate startsOn;
};

} // namespace vanphong::office
