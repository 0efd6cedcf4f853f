#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace vanphong::ui {

class ImportWizard;

// Step 3: every row as it will be imported, each problem beside its row.
// Importing is possible only when no row has one: all rows or none.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard &wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

private:
    ImportWizard &m_wizard;
    QTableWidget *m_table;
    QLabel *m_summary;
    int m_problemRows = 0;
};

} // namespace vanphong::ui
