#include "RegisterKeys.h"

#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTextBrowser>

namespace vanphong::ui {

void RegisterKeys::wire(QLineEdit *search, QTableView *list, QTextBrowser *details)
{
    details->setFocusPolicy(Qt::StrongFocus);
    details->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    list->setTabKeyNavigation(false);
    QWidget::setTabOrder(search, list);
    QWidget::setTabOrder(list, details);
    auto *toResults = new QShortcut(QKeySequence(Qt::Key_Down), search, nullptr, nullptr, Qt::WidgetShortcut);
    QObject::connect(toResults, &QShortcut::activated, list, [list] {
        list->setFocus();
        if (!list->currentIndex().isValid() && list->model()->rowCount() > 0)
            list->selectRow(0);
    });
}

} // namespace vanphong::ui
