#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace vanphong::ui {

class ImportWizard;

// Step 1: the spreadsheet file (XLSX, ODS or CSV), read when the clerk goes on.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard &wizard);
    bool validatePage() override;
    bool isComplete() const override;
    QLineEdit *pathEdit() const { return m_path; }

private:
    void choose();

    ImportWizard &m_wizard;
    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace vanphong::ui
