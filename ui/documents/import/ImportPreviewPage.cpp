#include "ImportPreviewPage.h"

#include "ImportWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using documents::RegisterImport;

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Rows with a problem are shown in red with what is wrong. Nothing is imported until every row is right: "
                   "correct the file, then go back and choose it again."));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ImportPreviewPage::initializePage()
{
    auto &job = m_wizard.job();
    const QList<documents::RegisterImportJob::Line> lines = job.check();
    // The mapped fields, in the register's order.
    QStringList fields;
    for (const QString &f : RegisterImport::fields(job.which()))
        if (job.mapping().contains(f))
            fields << f;
    // The problems beside the line number, where they are seen first.
    QStringList titles{tr("Line"), tr("Problems")};
    for (const QString &f : fields)
        titles << RegisterImport::fieldTitle(job.which(), f);
    m_table->clear();
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(lines.size()));
    const QStringList header = job.header();
    m_problemRows = 0;
    for (int r = 0; r < lines.size(); ++r) {
        const auto &line = lines.at(r);
        const QStringList cells = job.table().value(line.line - 1);
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, line.line);
        m_table->setItem(r, 0, number);
        auto *problems = new QTableWidgetItem(line.problems.join(QLatin1Char(' ')));
        problems->setToolTip(line.problems.join(QLatin1Char('\n')));
        m_table->setItem(r, 1, problems);
        for (int c = 0; c < fields.size(); ++c)
            m_table->setItem(r, c + 2, new QTableWidgetItem(cells.value(int(header.indexOf(job.mapping().value(fields.at(c)))))));
        if (!line.problems.isEmpty()) {
            ++m_problemRows;
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setBackground(QColor(0xfd, 0xe7, 0xe9));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 420)); // the whole text is in the tooltip
    if (m_problemRows == 0) {
        m_summary->setText(tr("All %n rows can be imported.", nullptr, int(lines.size())));
        m_summary->setStyleSheet(QString());
    } else {
        m_summary->setText(tr("%n row(s) have problems; nothing will be imported until they are corrected.", nullptr, m_problemRows));
        m_summary->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        // The first row with a problem, in view.
        for (int r = 0; r < lines.size(); ++r)
            if (!lines.at(r).problems.isEmpty()) {
                m_table->selectRow(r);
                break;
            }
    }
    setButtonText(QWizard::FinishButton, tr("&Import %n row(s)", nullptr, int(lines.size())));
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_problemRows == 0 && m_table->rowCount() > 0;
}

bool ImportPreviewPage::validatePage()
{
    auto result = m_wizard.job().commit();
    if (!result) {
        QMessageBox::critical(this, tr("Nothing was imported"), result.error().message);
        initializePage(); // the register may have changed since the preview
        return false;
    }
    m_wizard.setImported(result.value());
    return true;
}

} // namespace vanphong::ui
