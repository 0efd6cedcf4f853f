#include "DestroyDialog.h"

#include "office/OfficeSession.h"
#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace vanphong::ui {

DestroyDialog::DestroyDialog(office::OfficeSession &session, const archives::Destruction &destruction, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_destruction(destruction)
    , m_record(new QLineEdit(this))
    , m_on(new DateField(QDate::currentDate(), this))
    , m_confirmation(new QLineEdit(this))
{
    setWindowTitle(tr("Destroy the dossiers of decision %1").arg(destruction.decisionNumber));
    int documents = 0;
    QStringList names;
    for (const archives::Dossier &d : destruction.dossiers) {
        documents += d.documents;
        names << QStringLiteral("%1/%2 %3").arg(d.number).arg(d.year).arg(d.title);
    }
    auto *warning = new QLabel(tr("<p><b>What is destroyed cannot be brought back.</b></p><p>%n dossier(s) of decision %1 of %2: %3.</p>"
                                  "<p>The files of the documents filed in them (%4) are removed from the office file. The registers' "
                                  "lines stay, marked destroyed with the record's number; the dossiers keep their line and the list of "
                                  "what they held.</p>",
                                  nullptr, int(destruction.dossiers.size()))
                                   .arg(destruction.decisionNumber.toHtmlEscaped(),
                                        destruction.decisionDate.toString(QStringLiteral("dd/MM/yyyy")),
                                        names.join(QStringLiteral("; ")).toHtmlEscaped())
                                   .arg(documents),
                               this);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);
    m_record->setPlaceholderText(tr("e.g. 01-BB/HTL"));
    m_confirmation->setPlaceholderText(tr("The same number, typed again"));
    auto *form = new QFormLayout(this);
    form->addRow(warning);
    form->addRow(tr("Destruction &record number:"), m_record);
    form->addRow(tr("Destroyed &on:"), m_on);
    form->addRow(tr("&Type the number again:"), m_confirmation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *destroy = m_destroy = buttons->button(QDialogButtonBox::Ok);
    destroy->setText(tr("&Destroy them"));
    // Not "Cancel": in Vietnamese that is "Hủy", the very word for destroying.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Do &not destroy"));
    destroy->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter never destroys by mistake
    const auto ready = [this, destroy] {
        destroy->setEnabled(!m_record->text().trimmed().isEmpty() && m_confirmation->text().trimmed() == m_record->text().trimmed());
    };
    connect(m_record, &QLineEdit::textChanged, this, ready);
    connect(m_confirmation, &QLineEdit::textChanged, this, ready);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DestroyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(std::min(640, fontMetrics().averageCharWidth() * 84));
    m_record->setFocus();
}

void DestroyDialog::accept()
{
    if (!DateField::confirm(this, {m_on}))
        return;
    auto s = archives::RetentionReview(m_session.database(), m_session.user(), m_session.actor())
                 .destroy(m_destruction.id, m_record->text(), m_on->date(), m_confirmation->text());
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace vanphong::ui
