#include "PlanApprovalDialog.h"

#include "archives/DossierRegister.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace vanphong::ui {

PlanApprovalDialog::PlanApprovalDialog(office::OfficeSession &session, int year, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(year)
    , m_by(new QLineEdit(this))
    , m_on(new DateField(QDate::currentDate(), this))
{
    setWindowTitle(tr("Approve the dossier list of %1").arg(year));
    m_by->setPlaceholderText(tr("Who signed it, e.g. Nguyễn Văn An"));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(tr("Record the approval of the signed paper list. The list stays open to dossiers added during the year."), this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("Approved &by:"), m_by);
    form->addRow(tr("Approved &on:"), m_on);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanApprovalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(std::min(520, fontMetrics().averageCharWidth() * 70));
}

void PlanApprovalDialog::accept()
{
    if (!DateField::confirm(this, {m_on}))
        return;
    if (auto s = archives::DossierRegister(m_session.database(), m_session.actor()).approvePlan(m_year, m_by->text(), m_on->date()); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace vanphong::ui
