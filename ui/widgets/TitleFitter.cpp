#include "TitleFitter.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>

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
            const int needed = std::min(widthFor(dialog->windowTitle(), dialog->font()), dialog->maximumWidth());
            if (dialog->width() < needed)
                dialog->resize(needed, dialog->height());
        }
    return QObject::eventFilter(watched, event);
}

} // namespace vanphong::ui
