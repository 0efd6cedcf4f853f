#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace vanphong::ui {

namespace {
// The excerpt is read, not glimpsed: below this it is not worth showing the other columns.
constexpr int MinimumTextChars = 28;
} // namespace

ColumnFitter::ColumnFitter(QTableView *table, int textColumn, QList<Column> columns, QList<int> hideFirst)
    : QObject(table)
    , m_table(table)
    , m_textColumn(textColumn)
    , m_columns(std::move(columns))
    , m_hideFirst(std::move(hideFirst))
{
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(m_textColumn, QHeaderView::Stretch);
    // Two lines of text per row: the excerpt wraps once, then is cut with "…".
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 2 + 8);
    m_table->viewport()->installEventFilter(this);
}

void ColumnFitter::refit()
{
    const int count = m_table->model() ? m_table->model()->columnCount() : 0;
    m_contentWidth = QList<int>(count, 0);
    const qreal scale = m_table->fontMetrics().averageCharWidth() / 7.0; // the caps are for a 7-pixel average character
    for (const Column &c : m_columns) {
        if (c.column >= count)
            continue;
        // Measured from the title itself: a hidden section's size hint is 0, and a
        // column measured so came back as a stub when there was room again.
        QHeaderView *titles = m_table->horizontalHeader();
        const int header = std::max(titles->sectionSizeHint(c.column),
                                    titles->fontMetrics().horizontalAdvance(m_table->model()->headerData(c.column, Qt::Horizontal).toString())
                                        + titles->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, titles) * 2
                                        + (titles->isSortIndicatorShown() ? titles->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, titles) : 0)
                                        + 8);
        const int contents = static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(c.column); // public there
        // Contents up to the cap; the column's title is never cut.
        m_contentWidth[c.column] = std::max(header, std::min(contents, int(c.maxWidth * scale)));
    }
    fit();
}

void ColumnFitter::fit()
{
    const int available = m_table->viewport()->width();
    const int textNeeds = m_table->fontMetrics().averageCharWidth() * MinimumTextChars;
    int used = 0;
    for (const Column &c : m_columns)
        if (c.column < m_contentWidth.size())
            used += m_contentWidth[c.column];
    // Hide the least needed columns until the excerpt has room; show them again when it has.
    for (int column : m_hideFirst) {
        if (column >= m_contentWidth.size())
            continue;
        const bool hide = available - used < textNeeds;
        m_table->setColumnHidden(column, hide);
        if (hide)
            used -= m_contentWidth[column];
    }
    for (const Column &c : m_columns)
        if (c.column < m_contentWidth.size() && !m_table->isColumnHidden(c.column))
            m_table->setColumnWidth(c.column, m_contentWidth[c.column]);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // The contents were measured already: only the room changed.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_contentWidth.isEmpty())
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace vanphong::ui
