#pragma once

class QScrollArea;
class QWidget;

namespace vanphong::ui {

// A page or tab whose form is taller or wider than a small screen scrolls
// instead of making the window larger than the screen.
class ScrollPage final
{
public:
    // `content` inside a frameless scroll area that resizes it to fit when there is room.
    static QScrollArea *wrap(QWidget *content);
    // The widget inside `page` when it is such a scroll area, else `page`.
    static QWidget *content(QWidget *page);
};

} // namespace vanphong::ui
