#include "CloseDossierDialog.h"

#include "archives/DossierRegister.h"
#include "archives/RetentionRules.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace vanphong::ui {

namespace {
// The dossier as the file holds it now: the page's line may predate documents
// filed since from the registers' pages, and the count shown must be true.
archives::Dossier current(office::OfficeSession &session, const archives::Dossier &shown)
{
    auto now = archives::DossierRegister(session.database(), session.actor()).get(shown.id);
    return now ? now.value() : shown;
}
} // namespace

CloseDossierDialog::CloseDossierDialog(office::OfficeSession &session, const archives::Dossier &dossier, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dossier(current(session, dossier))
    , m_closedOn(new DateField(QDate::currentDate(), this))
    , m_sheets(new QSpinBox(this))
{
    setWindowTitle(tr("Close the dossier"));
    m_sheets->setRange(0, 9999);
    m_sheets->setSpecialValueText(tr("not counted"));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(tr("Dossier %1/%2: %3 (%n document(s), kept %4)", nullptr, m_dossier.documents)
                                 .arg(m_dossier.number)
                                 .arg(m_dossier.year)
                                 .arg(m_dossier.title, archives::RetentionRules::describe(m_dossier.retentionYears)),
                             this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("Closed &on:"), m_closedOn);
    form->addRow(tr("&Sheets:"), m_sheets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&lose the dossier"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseDossierDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(std::min(560, fontMetrics().averageCharWidth() * 70));
    m_sheets->setFocus();
}

void CloseDossierDialog::accept()
{
    if (!DateField::confirm(this, {m_closedOn}))
        return;
    archives::DossierRegister reg(m_session.database(), m_session.actor());
    if (auto s = reg.close(m_dossier.id, m_closedOn->date(), m_sheets->value()); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    if (auto closed = reg.get(m_dossier.id)) {
        const QStringList duties = archives::DossierRegister::closingDuties(closed.value());
        if (!duties.isEmpty())
            QMessageBox::information(this, windowTitle(),
                                     tr("Dossier %1/%2 is closed. Before it goes to the archive:").arg(m_dossier.number).arg(m_dossier.year)
                                         + QStringLiteral("\n\n- ") + duties.join(QStringLiteral("\n- ")));
    }
    QDialog::accept();
}

} // namespace vanphong::ui
