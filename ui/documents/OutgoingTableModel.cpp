#include "OutgoingTableModel.h"

#include <QBrush>
#include <QFont>

namespace vanphong::ui {

using documents::OutgoingDocument;

OutgoingTableModel::OutgoingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString OutgoingTableModel::statusName(OutgoingDocument::Status status)
{
    switch (status) {
    case OutgoingDocument::Status::Reserved: return tr("Number reserved");
    case OutgoingDocument::Status::Issued: return tr("Issued");
    case OutgoingDocument::Status::Released: return tr("Number released");
    }
    return {};
}

void OutgoingTableModel::reload(documents::OutgoingRegister *reg, const documents::OutgoingFilter &filter)
{
    beginResetModel();
    m_register = reg;
    m_filter = filter;
    m_filter.limit = PageSize;
    m_filter.offset = 0;
    m_rows.clear();
    if (m_register)
        if (auto rows = m_register->list(m_filter))
            m_rows = rows.value();
    m_more = m_rows.size() == PageSize;
    endResetModel();
}

void OutgoingTableModel::setDocuments(const QList<OutgoingDocument> &documents)
{
    beginResetModel();
    m_rows = documents;
    m_more = false;
    endResetModel();
}

void OutgoingTableModel::clear()
{
    beginResetModel();
    m_register = nullptr;
    m_rows.clear();
    m_more = false;
    endResetModel();
}

const OutgoingDocument *OutgoingTableModel::documentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutgoingTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int OutgoingTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int OutgoingTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }
bool OutgoingTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_more && m_register; }

void OutgoingTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    documents::OutgoingFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto rows = m_register->list(next);
    if (!rows || rows->isEmpty()) {
        m_more = false;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(rows.value());
    endInsertRows();
    m_more = rows->size() == PageSize;
}

QVariant OutgoingTableModel::data(const QModelIndex &index, int role) const
{
    const OutgoingDocument *d = documentAt(index.row());
    if (!d)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Symbol: return d->symbol;
        case Date: return d->documentDate.toString(QStringLiteral("dd/MM/yyyy"));
        case Excerpt: return d->excerpt;
        case Signer: return d->capacity.isEmpty() ? d->signer : QStringLiteral("%1 %2").arg(d->capacity, d->signer);
        case Recipients: return d->recipients.join(QLatin1String("; "));
        case Status: return d->isCancelled() ? tr("Cancelled") : statusName(d->status);
        default: break;
        }
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case Symbol: return d->number;
        case Date: return d->documentDate;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::BackgroundRole && d->urgency != documents::Urgency::None && d->status != OutgoingDocument::Status::Released
               && !d->isCancelled()) {
        return QBrush(QColor(0xff, 0xf1, 0xd0)); // urgent, as in the incoming register
    } else if (role == Qt::ForegroundRole && (d->status == OutgoingDocument::Status::Released || d->isCancelled())) {
        return QBrush(Qt::gray);
    } else if (role == Qt::FontRole && (d->status == OutgoingDocument::Status::Released || d->isCancelled())) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    } else if (role == Qt::ToolTipRole && index.column() == Excerpt) {
        return d->excerpt;
    }
    return {};
}

QVariant OutgoingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Symbol: return tr("Number, symbol");
    case Date: return tr("Dated");
    case Excerpt: return tr("Excerpt");
    case Signer: return tr("Signer");
    case Recipients: return tr("Recipients");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace vanphong::ui
