#pragma once

#include "documents/RegisterImportJob.h"

#include <QWizard>

#include <memory>

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Importing a register kept in a spreadsheet: the file, which column holds
// which field (the last mapping remembered), a preview with each row's
// problems, then all rows or none.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage };

    ImportWizard(office::OfficeSession &session, documents::RegisterImport::Register which, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Runs the wizard and says how many documents came in; returns that number.
    static int run(office::OfficeSession &session, documents::RegisterImport::Register which, QWidget *parent);

    documents::RegisterImportJob &job() { return *m_job; }
    int imported() const { return m_imported; }
    void setImported(int count) { m_imported = count; }

private:
    std::unique_ptr<documents::RegisterImportJob> m_job;
    int m_imported = 0;
};

} // namespace vanphong::ui
