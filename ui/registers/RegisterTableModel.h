#pragma once

#include "RegisterListModel.h"
#include "registers/RegisterLayout.h"
#include "storage/StorageError.h"

#include <QList>

#include <functional>

namespace vanphong::ui {

// A register's lines as a table, for any register: the columns are the
// register's screen columns (registers::RegisterLayout), the lines are read
// a window at a time with the page's filter, or set whole (what a search
// found). How a line looks beyond its words (overdue in red, cancelled struck
// through) is the register's `Styler`.
template<typename Line, typename Filter>
class RegisterTableModel : public RegisterListModel
{
public:
    using Layout = registers::RegisterLayout<Line>;
    using Loader = std::function<storage::Result<QList<Line>>(const Filter &)>;
    // A role's value for a line's cell beyond Display and the sort key; an invalid QVariant for none.
    using Styler = std::function<QVariant(const Line &, int column, int role)>;

    explicit RegisterTableModel(const Layout &layout, QObject *parent = nullptr)
        : RegisterListModel(parent)
        , m_columns(layout.in(registers::Screen))
    {
    }

    void setStyler(Styler styler) { m_styler = std::move(styler); }
    const QList<typename Layout::Column> &columns() const { return m_columns; }

    // Reads the first window with `filter` (its limit and offset are managed here).
    void reload(Loader loader, const Filter &filter)
    {
        beginResetModel();
        m_loader = std::move(loader);
        m_filter = filter;
        m_filter.limit = PageSize;
        m_filter.offset = 0;
        m_rows.clear();
        if (m_loader)
            if (auto rows = m_loader(m_filter))
                m_rows = std::move(rows).value();
        m_more = m_rows.size() == PageSize;
        endResetModel();
        linesChanged();
    }

    // Shows exactly these lines, with nothing more to fetch.
    void setLines(const QList<Line> &lines)
    {
        beginResetModel();
        m_rows = lines;
        m_more = false;
        endResetModel();
        linesChanged();
    }

    void clear() override
    {
        beginResetModel();
        m_loader = {};
        m_rows.clear();
        m_more = false;
        endResetModel();
    }

    const Line *lineAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Line> &lines() const { return m_rows; }
    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && m_more && m_loader; }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        Filter next = m_filter;
        next.offset = int(m_rows.size());
        auto rows = m_loader(next);
        if (!rows || rows->isEmpty()) {
            m_more = false;
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
        m_rows.append(rows.value());
        endInsertRows();
        linesChanged();
        m_more = rows->size() == PageSize;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Line *line = lineAt(index.row());
        if (!line || index.column() < 0 || index.column() >= m_columns.size())
            return {};
        const auto &column = m_columns.at(index.column());
        if (m_styler)
            if (QVariant styled = m_styler(*line, index.column(), role); styled.isValid())
                return styled;
        if (role == Qt::DisplayRole)
            return Layout::text(column, *line);
        if (role == Qt::UserRole) // sort keys: numbers as numbers, dates as dates
            return column.sortKey ? column.sortKey(*line) : column.value(*line);
        if (role == Qt::ToolTipRole && column.maxWidth == 0) // the wrapped text column, whole
            return Layout::text(column, *line);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return {};
        return m_columns.at(section).title;
    }

protected:
    // After the lines changed: what a register works out over all its lines
    // (whether they span years...), telling the views if cells change.
    virtual void linesChanged() {}

private:
    QList<typename Layout::Column> m_columns;
    Styler m_styler;
    Loader m_loader;
    Filter m_filter;
    QList<Line> m_rows;
    bool m_more = false;
};

} // namespace vanphong::ui
