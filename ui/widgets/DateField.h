#pragma once

#include <QDateEdit>

namespace vanphong::ui {

// A date in the Vietnamese order (dd/MM/yyyy) with a calendar, where Tab
// leaves the field instead of walking its day, month and year: a clerk
// typing a batch of documents moves on with one key.
class DateField final : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace vanphong::ui
