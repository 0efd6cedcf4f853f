#include "HistorySection.h"

#include <QCoreApplication>

namespace vanphong::ui {

QString HistorySection::html(const storage::Result<QList<documents::LineEvent>> &events)
{
    if (!events || events->isEmpty())
        return {};
    QString out = QStringLiteral("<h4>%1</h4><ul>").arg(QCoreApplication::translate("HistorySection", "History").toHtmlEscaped());
    for (const documents::LineEvent &e : events.value())
        out += QStringLiteral("<li>%1</li>").arg(documents::LineHistory::describe(e).toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

} // namespace vanphong::ui
