#include "TitleFitter.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QTimer>

namespace vanphong::ui {

void TitleFitter::installOnce()
{
    static TitleFitter *fitter = nullptr;
    if (fitter || !qApp)
        return;
    fitter = new TitleFitter(qApp);
    qApp->installEventFilter(fitter);
}

int TitleFitter::widthFor(const QString &title, const QFont &font)
{
    QFont bold = font; // title bars draw in bold, a little larger than dialogs' text, on most desktops
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(title) + 140;
}

bool TitleFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show)
        if (auto *dialog = qobject_cast<QDialog *>(watched); dialog && dialog->isWindow()) {
            const int needed = widthFor(dialog->windowTitle(), dialog->font());
            const auto widen = [dialog, needed] {
                if (dialog->width() >= needed)
                    return;
                if (dialog->minimumWidth() == dialog->maximumWidth())
                    dialog->setFixedWidth(needed); // a message box fixes its size as it shows
                else
                    dialog->resize(needed, dialog->height());
            };
            widen();
            // Again once the dialog has laid itself out for showing.
            QTimer::singleShot(0, dialog, widen);
        }
    return QObject::eventFilter(watched, event);
}

} // namespace vanphong::ui
