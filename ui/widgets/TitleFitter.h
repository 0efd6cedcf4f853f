#pragma once

#include <QObject>

namespace vanphong::ui {

// Every dialog of the application, and Qt's own, opens wide enough for its
// title to be read in full in the window's title bar (a short form with a
// long Vietnamese title, "In sổ đăng ký văn bản đến", was cut to "In số đ…").
// Installed once on the application.
class TitleFitter final : public QObject
{
    Q_OBJECT
public:
    static void installOnce();
    // The width a dialog needs for `title` beside the title bar's icon and buttons.
    static int widthFor(const QString &title, const QFont &font);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace vanphong::ui
