#include "DateField.h"

namespace vanphong::ui {

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
}

bool DateField::focusNextPrevChild(bool next)
{
    // QDateTimeEdit would move between its sections first.
    return QWidget::focusNextPrevChild(next);
}

} // namespace vanphong::ui
