#pragma once

#include "documents/OutgoingRegister.h"

#include <QAbstractTableModel>
#include <QList>

namespace vanphong::ui {

// The outgoing register as a table, loaded a window of rows at a time.
class OutgoingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Symbol, Date, Excerpt, Signer, Recipients, Status, ColumnCount };
    static constexpr int PageSize = 500;

    explicit OutgoingTableModel(QObject *parent = nullptr);

    void reload(documents::OutgoingRegister *reg, const documents::OutgoingFilter &filter);
    void setDocuments(const QList<documents::OutgoingDocument> &documents);
    void clear();
    const documents::OutgoingDocument *documentAt(int row) const;
    int rowOf(qint64 id) const;
    static QString statusName(documents::OutgoingDocument::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    documents::OutgoingRegister *m_register = nullptr;
    documents::OutgoingFilter m_filter;
    QList<documents::OutgoingDocument> m_rows;
    bool m_more = false;
};

} // namespace vanphong::ui
