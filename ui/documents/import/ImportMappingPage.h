#pragma once

#include <QMap>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace vanphong::ui {

class ImportWizard;

// Step 2: which column holds which field. Starts from what the titles say,
// with the office's choices from the last import on top where this file has
// the same columns.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard &wizard);
    void initializePage() override;
    bool validatePage() override;
    QComboBox *boxFor(const QString &field) const { return m_boxes.value(field); }

private:
    ImportWizard &m_wizard;
    QFormLayout *m_form;
    QTableWidget *m_sample;
    QLabel *m_sampleLabel = nullptr;
    QLabel *m_error;
    QMap<QString, QComboBox *> m_boxes;
};

} // namespace vanphong::ui
