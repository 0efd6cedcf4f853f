#pragma once

#include "documents/IncomingRegister.h"

#include <QAbstractTableModel>
#include <QList>

namespace vanphong::ui {

// The incoming register as a table: loads a window of rows at a time
// (fetchMore), never the whole register.
class IncomingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Received, Sender, Symbol, DocumentDate, Excerpt, Assignee, Deadline, Status, ColumnCount };
    static constexpr int PageSize = 500;

    explicit IncomingTableModel(QObject *parent = nullptr);

    // Reads from `reg` with `filter` (its limit and offset are managed here).
    void reload(documents::IncomingRegister *reg, const documents::IncomingFilter &filter);
    // Shows exactly these lines (search results), with nothing more to fetch.
    void setDocuments(const QList<documents::IncomingDocument> &documents);
    void clear();
    const documents::IncomingDocument *documentAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // Whether the lines come from more than one year: the number then shows its year.
    void noteYears();

    documents::IncomingRegister *m_register = nullptr;
    documents::IncomingFilter m_filter;
    QList<documents::IncomingDocument> m_rows;
    bool m_more = false;
    bool m_spansYears = false;
};

} // namespace vanphong::ui
