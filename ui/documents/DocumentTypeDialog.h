#pragma once

#include "documents/DocumentType.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace vanphong::ui {

// One document type: its code (fixed once it exists), its name, the
// abbreviation printed in symbols and the numbering series it shares.
class DocumentTypeDialog final : public QDialog
{
    Q_OBJECT
public:
    // An empty code: a new type.
    DocumentTypeDialog(const documents::DocumentType &type, QWidget *parent = nullptr);
    documents::DocumentType type() const;
    void showError(const QString &message);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *abbreviationEdit() const { return m_abbreviation; }
    QLineEdit *seriesEdit() const { return m_series; }

private:
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_abbreviation;
    QLineEdit *m_series;
    QLabel *m_error;
};

} // namespace vanphong::ui
