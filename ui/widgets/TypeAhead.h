#pragma once

#include <QObject>

class QComboBox;

namespace vanphong::ui {

// Typing a choice's name in a closed list ("Thông báo"): the space is part of
// the name, not the key that drops the list open (Alt+Down and F4 still do),
// so what is typed after it is not lost in the opened list.
class TypeAhead final : public QObject
{
    Q_OBJECT
public:
    static void install(QComboBox *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace vanphong::ui
