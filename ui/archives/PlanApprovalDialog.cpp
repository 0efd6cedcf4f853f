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
    // The year is named in the text too: the page's year filter chose it, and
    // a clerk who looked at another year's list a moment ago must see which.
    QString text = tr("Record the approval of the dossier list of %1 as the leader signed it on paper. The list stays open to "
                      "dossiers added during the year.").arg(year);
    if (auto before = archives::DossierRegister(session.database(), session.actor()).plan(year); before && before->isApproved())
        text += QStringLiteral("\n\n") + tr("This list was approved on %1 by %2. Approve it again only for the supplemented list the "
                                            "leader signed later: the new approval replaces that one, which the audit log keeps.")
                                             .arg(before->approvedOn.toString(QStringLiteral("dd/MM/yyyy")), before->approvedBy);
    auto *label = new QLabel(text, this);
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
