#include "DocumentTypeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace vanphong::ui {

DocumentTypeDialog::DocumentTypeDialog(const documents::DocumentType &type, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit(type.code, this))
    , m_name(new QLineEdit(type.name, this))
    , m_abbreviation(new QLineEdit(type.abbreviation, this))
    , m_series(new QLineEdit(type.series, this))
    , m_error(new QLabel(this))
{
    const bool adding = type.code.isEmpty();
    setWindowTitle(adding ? tr("Add a document type") : tr("Document type %1").arg(type.code));
    m_code->setReadOnly(!adding);
    m_code->setPlaceholderText(tr("e.g. QĐi"));
    m_name->setPlaceholderText(tr("e.g. Quy định"));
    m_abbreviation->setPlaceholderText(tr("printed in symbols, e.g. QĐ in 05-QĐ/ĐU"));
    m_series->setPlaceholderText(tr("empty: its own series"));
    m_series->setToolTip(tr("Types with the same series share one run of numbers (Quyết định and Quy định share QĐ)."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Abbreviation:"), m_abbreviation);
    form->addRow(tr("Numbering &series:"), m_series);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (adding ? m_code : m_name)->setFocus();
    resize(480, sizeHint().height());
}

documents::DocumentType DocumentTypeDialog::type() const
{
    return {m_code->text(), m_name->text(), m_abbreviation->text(), m_series->text()};
}

void DocumentTypeDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace vanphong::ui
