#include "TimeField.h"

namespace vanphong::ui {

TimeField::TimeField(const QTime &time, QWidget *parent)
    : QTimeEdit(time, parent)
{
    setDisplayFormat(QStringLiteral("HH:mm"));
}

bool TimeField::focusNextPrevChild(bool next)
{
    // QDateTimeEdit would move between its sections first.
    return QWidget::focusNextPrevChild(next);
}

} // namespace vanphong::ui
