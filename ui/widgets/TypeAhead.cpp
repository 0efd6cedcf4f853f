#include "TypeAhead.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>

namespace vanphong::ui {

void TypeAhead::install(QComboBox *box)
{
    box->installEventFilter(new TypeAhead(box));
}

bool TypeAhead::eventFilter(QObject *watched, QEvent *event)
{
    auto *box = qobject_cast<QComboBox *>(watched);
    if (box && !box->isEditable() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            // As a letter of the name: the list's own search goes on with it.
            QKeyEvent asText(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral(" "));
            QCoreApplication::sendEvent(box, &asText);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vanphong::ui
