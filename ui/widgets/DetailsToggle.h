#pragma once

#include <QPushButton>

namespace vanphong::ui {

// "Ẩn chi tiết" / "Hiện chi tiết" beside a register's filters: on a small
// screen the details pane gives its width back to the list, which then shows
// the columns it had to hide (ColumnFitter).
class DetailsToggle final : public QPushButton
{
    Q_OBJECT
public:
    DetailsToggle(QWidget *details, QWidget *parent = nullptr);

private:
    void showText();

    QWidget *m_details;
};

} // namespace vanphong::ui
