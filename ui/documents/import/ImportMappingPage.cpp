#include "ImportMappingPage.h"

#include "ImportWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using documents::RegisterImport;

ImportMappingPage::ImportMappingPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_form(new QFormLayout)
    , m_sample(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Which column holds what"));
    setSubTitle(tr("Fields marked * are needed. VanPhong remembers your choice for the next file with the same titles."));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->verticalHeader()->hide();
    m_sample->setWordWrap(false);
    m_sample->setFocusPolicy(Qt::NoFocus);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *columns = new QHBoxLayout;
    columns->addLayout(m_form);
    auto *sampleBox = new QVBoxLayout;
    m_sampleLabel = new QLabel(this);
    sampleBox->addWidget(m_sampleLabel);
    sampleBox->addWidget(m_sample, 1);
    columns->addLayout(sampleBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
}

void ImportMappingPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();
    m_error->clear();
    const auto &job = m_wizard.job();
    const QStringList header = job.header();
    const QStringList required = RegisterImport::requiredFields(job.which());
    for (const QString &field : RegisterImport::fields(job.which())) {
        auto *box = new QComboBox(this);
        box->addItem(tr("(not imported)"), QString());
        for (const QString &title : header)
            if (!title.trimmed().isEmpty())
                box->addItem(title, title);
        box->setCurrentIndex(std::max(0, box->findData(job.mapping().value(field))));
        const QString label = RegisterImport::fieldTitle(job.which(), field) + (required.contains(field) ? QStringLiteral(" *") : QString());
        m_form->addRow(label + QLatin1Char(':'), box);
        m_boxes.insert(field, box);
    }
    // The register's first lines under their titles, so that the clerk sees
    // what each column holds, and where the titles were found.
    m_sampleLabel->setText(tr("The first lines of the register (column titles on line %1 of the file):").arg(job.headerLine()));
    const auto &table = job.table();
    const QList<int> &data = job.dataRows();
    const int rows = int(std::min<qsizetype>(data.size(), 6));
    m_sample->clear();
    m_sample->setColumnCount(int(header.size()));
    m_sample->setHorizontalHeaderLabels(header);
    m_sample->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < header.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(table.at(data.at(r)).value(c)));
    m_sample->resizeColumnsToContents();
}

bool ImportMappingPage::validatePage()
{
    RegisterImport::Mapping mapping;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        if (const QString title = it.value()->currentData().toString(); !title.isEmpty())
            mapping.insert(it.key(), title);
    auto &job = m_wizard.job();
    job.setMapping(mapping);
    const QStringList missing = job.unmappedRequired();
    if (!missing.isEmpty()) {
        QStringList titles;
        for (const QString &f : missing)
            titles << RegisterImport::fieldTitle(job.which(), f);
        m_error->setText(tr("Choose the columns for: %1.").arg(titles.join(QLatin1String(", "))));
        m_boxes.value(missing.first())->setFocus();
        return false;
    }
    return true;
}

} // namespace vanphong::ui
