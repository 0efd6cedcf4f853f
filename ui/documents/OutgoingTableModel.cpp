#include "OutgoingTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace vanphong::ui {

using documents::OutgoingDocument;

OutgoingTableModel::OutgoingTableModel(QObject *parent)
    : RegisterTableModel(documents::OutgoingListing::layout(), parent)
{
    Q_ASSERT(columns().size() == documents::OutgoingListing::ScreenColumnCount);
    setStyler([](const OutgoingDocument &d, int, int role) -> QVariant {
        const bool struck = d.status == OutgoingDocument::Status::Released || d.isCancelled();
        if (role == Qt::BackgroundRole && d.urgency != documents::Urgency::None && !struck)
            return QBrush(QColor(0xff, 0xf1, 0xd0)); // urgent, as in the incoming register
        if (role == Qt::ForegroundRole && struck)
            return QBrush(Qt::gray);
        if (role == Qt::FontRole && struck) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    });
}

void OutgoingTableModel::reload(documents::OutgoingRegister *reg, const documents::OutgoingFilter &filter)
{
    RegisterTableModel::reload(reg ? Loader([reg](const documents::OutgoingFilter &f) { return reg->list(f); }) : Loader(), filter);
}

} // namespace vanphong::ui
