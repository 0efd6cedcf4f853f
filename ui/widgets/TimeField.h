#pragma once

#include <QTimeEdit>

namespace vanphong::ui {

// An hour and minute (HH:mm) where Tab leaves the field instead of walking
// from the hours to the minutes, as the date beside it does.
class TimeField final : public QTimeEdit
{
    Q_OBJECT
public:
    explicit TimeField(const QTime &time, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace vanphong::ui
