#include "ScrollPage.h"

#include <QScrollArea>

namespace vanphong::ui {

QScrollArea *ScrollPage::wrap(QWidget *content)
{
    auto *area = new QScrollArea(content->parentWidget());
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    return area;
}

QWidget *ScrollPage::content(QWidget *page)
{
    if (auto *area = qobject_cast<QScrollArea *>(page); area && area->widget())
        return area->widget();
    return page;
}

} // namespace vanphong::ui
