#include "UnfiledDialog.h"

#include "DossierPicker.h"
#include "archives/DossierFiling.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vanphong::ui {

UnfiledDialog::UnfiledDialog(office::OfficeSession &session, int year, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_file(new QPushButton(tr("&File into dossier…"), this))
{
    setWindowTitle(tr("Documents not yet filed"));
    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear; y >= thisYear - 5; --y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("Dated"), tr("From"), tr("Excerpt")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_file->setToolTip(tr("Select one or more documents (Shift, Ctrl), then choose their dossier"));
    PermissionGate::require(m_file, office::Permission::KeepArchives);
    PermissionGate::apply(this, &session);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_count, 1);
    top->addWidget(m_file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(std::min(960, fontMetrics().averageCharWidth() * 130), fontMetrics().lineSpacing() * 28);
    connect(m_year, &QComboBox::currentIndexChanged, this, &UnfiledDialog::reload);
    connect(m_file, &QPushButton::clicked, this, &UnfiledDialog::fileSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    m_table->setFocus(); // the list first: the arrow keys choose documents, not the year
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
}

void UnfiledDialog::reload()
{
    m_table->setRowCount(0);
    auto left = archives::DossierFiling(m_session.database(), m_session.user(), m_session.actor()).unfiled(m_year->currentData().toInt());
    if (!left) {
        m_count->setText(left.error().message);
        return;
    }
    for (const archives::FiledDocument &f : left.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {f.reference, f.date.toString(QStringLiteral("dd/MM/yyyy")), f.author, f.excerpt};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, f.kind);
            item->setData(Qt::UserRole + 1, f.refId);
            m_table->setItem(row, c, item);
        }
    }
    // The excerpt takes the rest; no other column takes more than a quarter of the table.
    const int widest = std::max(m_table->viewport()->width() / 4, fontMetrics().averageCharWidth() * 14);
    for (int c = 0; c < m_table->columnCount() - 1; ++c) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), std::max(widest, m_table->horizontalHeader()->sectionSizeHint(c))));
    }
    m_count->setText(left->isEmpty() ? tr("Every document of %1 is in a dossier.").arg(m_year->currentData().toInt())
                                     : tr("%n document(s) in no dossier.", nullptr, int(left->size())));
    m_file->setEnabled(!left->isEmpty());
}

void UnfiledDialog::fileSelected()
{
    QList<std::pair<QString, qint64>> documents;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        documents.append({index.data(Qt::UserRole).toString(), index.data(Qt::UserRole + 1).toLongLong()});
    if (documents.isEmpty() && m_table->currentRow() >= 0) {
        const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
        documents.append({item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toLongLong()});
    }
    if (documents.isEmpty())
        return;
    if (DossierPicker::fileInto(m_session, documents, tr("%n document(s) to file.", nullptr, int(documents.size())),
                                m_year->currentData().toInt(), this) > 0)
        reload();
}

} // namespace vanphong::ui
