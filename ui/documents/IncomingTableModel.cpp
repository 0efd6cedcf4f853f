#include "IncomingTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace vanphong::ui {

using documents::IncomingDocument;

namespace {
QString statusName(IncomingDocument::Status s)
{
    switch (s) {
    case IncomingDocument::Status::New: return IncomingTableModel::tr("New");
    case IncomingDocument::Status::InProgress: return IncomingTableModel::tr("In progress");
    case IncomingDocument::Status::Done: return IncomingTableModel::tr("Done");
    case IncomingDocument::Status::Filed: return IncomingTableModel::tr("Filed");
    case IncomingDocument::Status::Cancelled: return IncomingTableModel::tr("Cancelled");
    }
    return {};
}

bool isOpen(const IncomingDocument &d)
{
    return d.status == IncomingDocument::Status::New || d.status == IncomingDocument::Status::InProgress;
}
} // namespace

IncomingTableModel::IncomingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncomingTableModel::reload(documents::IncomingRegister *reg, const documents::IncomingFilter &filter)
{
    beginResetModel();
    m_register = reg;
    m_filter = filter;
    m_filter.limit = PageSize;
    m_filter.offset = 0;
    m_rows.clear();
    if (m_register) {
        auto rows = m_register->list(m_filter);
        if (rows)
            m_rows = rows.value();
    }
    m_more = m_rows.size() == PageSize;
    noteYears();
    endResetModel();
}

void IncomingTableModel::noteYears()
{
    m_spansYears = std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const IncomingDocument &d) { return d.year != m_rows.first().year; });
}

void IncomingTableModel::setDocuments(const QList<IncomingDocument> &documents)
{
    beginResetModel();
    m_rows = documents;
    m_more = false;
    noteYears();
    endResetModel();
}

void IncomingTableModel::clear()
{
    beginResetModel();
    m_register = nullptr;
    m_rows.clear();
    m_more = false;
    endResetModel();
}

const IncomingDocument *IncomingTableModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int IncomingTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int IncomingTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int IncomingTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool IncomingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_register;
}

void IncomingTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    documents::IncomingFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto rows = m_register->list(next);
    if (!rows || rows->isEmpty()) {
        m_more = false;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(rows.value());
    const bool spanned = m_spansYears;
    noteYears();
    endInsertRows();
    if (spanned != m_spansYears)
        Q_EMIT dataChanged(index(0, Number), index(int(m_rows.size()) - 1, Number));
    m_more = rows->size() == PageSize;
}

QVariant IncomingTableModel::data(const QModelIndex &index, int role) const
{
    const IncomingDocument *d = documentAt(index.row());
    if (!d)
        return {};
    const QDate today = QDate::currentDate();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: // "12/2025" when the list holds more than one year's numbers
            return QStringLiteral("%1%2%3").arg(d->number).arg(m_spansYears ? QStringLiteral("/%1").arg(d->year) : QString(),
                                                              d->secretSeries ? tr(" (secret)") : QString());
        case Received: return d->receivedAt.toString(QStringLiteral("dd/MM/yyyy"));
        case Sender: return d->sender;
        case Symbol: return d->symbol.verbatim;
        case DocumentDate: return d->documentDate.toString(QStringLiteral("dd/MM/yyyy"));
        case Excerpt: return d->excerpt;
        case Assignee: return d->assignee;
        case Deadline: return d->deadline.toString(QStringLiteral("dd/MM/yyyy"));
        case Status: return statusName(d->status);
        default: break;
        }
    } else if (role == Qt::UserRole) {
        // Sort keys: numbers as numbers, dates as dates.
        switch (index.column()) {
        case Number: return d->number;
        case Received: return d->receivedAt;
        case DocumentDate: return d->documentDate;
        case Deadline: return d->deadline;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::BackgroundRole && isOpen(*d)) {
        // Overdue lines in pale red, urgent ones (Khẩn and above) in pale amber: seen at a glance.
        if (d->deadline.isValid() && d->deadline < today)
            return QBrush(QColor(0xfd, 0xe4, 0xe2));
        if (d->urgency != documents::Urgency::None)
            return QBrush(QColor(0xff, 0xf1, 0xd0));
    } else if (role == Qt::ForegroundRole) {
        if (isOpen(*d) && d->deadline.isValid() && d->deadline < today)
            return QBrush(QColor(0xa4, 0x00, 0x00)); // overdue
        if (d->status == IncomingDocument::Status::Cancelled)
            return QBrush(Qt::gray);
    } else if (role == Qt::FontRole) {
        if (d->status == IncomingDocument::Status::Cancelled) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Excerpt) {
        return d->excerpt;
    } else if (role == Qt::ToolTipRole && index.column() == Received) {
        return d->receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    return {};
}

QVariant IncomingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("No.");
    case Received: return tr("Received");
    case Sender: return tr("Sender");
    case Symbol: return tr("Number, symbol");
    case DocumentDate: return tr("Dated");
    case Excerpt: return tr("Excerpt");
    case Assignee: return tr("Handed to");
    case Deadline: return tr("Deadline");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace vanphong::ui
