#include "IncomingTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace vanphong::ui {

using documents::IncomingDocument;

namespace {
bool isOpen(const IncomingDocument &d)
{
    return d.status == IncomingDocument::Status::New || d.status == IncomingDocument::Status::InProgress;
}
} // namespace

IncomingTableModel::IncomingTableModel(QObject *parent)
    : RegisterTableModel(documents::IncomingListing::layout(), parent)
{
    Q_ASSERT(columns().size() == documents::IncomingListing::ScreenColumnCount);
    setStyler([this](const IncomingDocument &d, int column, int role) { return style(d, column, role); });
}

void IncomingTableModel::reload(documents::IncomingRegister *reg, const documents::IncomingFilter &filter)
{
    RegisterTableModel::reload(reg ? Loader([reg](const documents::IncomingFilter &f) { return reg->list(f); }) : Loader(), filter);
}

void IncomingTableModel::linesChanged()
{
    const bool spanned = m_spansYears;
    m_spansYears = std::any_of(lines().cbegin(), lines().cend(), [this](const IncomingDocument &d) { return d.year != lines().first().year; });
    if (spanned != m_spansYears && rowCount() > 0)
        Q_EMIT dataChanged(index(0, Number), index(rowCount() - 1, Number));
}

QVariant IncomingTableModel::style(const IncomingDocument &d, int column, int role) const
{
    const QDate today = QDate::currentDate();
    if (role == Qt::DisplayRole && column == Number) // "12/2025" when the list holds more than one year's numbers
        return QStringLiteral("%1%2%3").arg(d.number).arg(m_spansYears ? QStringLiteral("/%1").arg(d.year) : QString(),
                                                          d.secretSeries ? documents::IncomingListing::tr(" (secret)") : QString());
    if (role == Qt::BackgroundRole && isOpen(d)) {
        // Overdue lines in pale red, urgent ones (Khẩn and above) in pale amber: seen at a glance.
        if (d.deadline.isValid() && d.deadline < today)
            return QBrush(QColor(0xfd, 0xe4, 0xe2));
        if (d.urgency != documents::Urgency::None)
            return QBrush(QColor(0xff, 0xf1, 0xd0));
    } else if (role == Qt::ForegroundRole) {
        if (isOpen(d) && d.deadline.isValid() && d.deadline < today)
            return QBrush(QColor(0xa4, 0x00, 0x00)); // overdue
        if (d.status == IncomingDocument::Status::Cancelled)
            return QBrush(Qt::gray);
    } else if (role == Qt::FontRole && d.status == IncomingDocument::Status::Cancelled) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    } else if (role == Qt::ToolTipRole && column == Received) {
        return d.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    return {};
}

} // namespace vanphong::ui
