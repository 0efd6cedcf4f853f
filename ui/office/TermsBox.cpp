#include "TermsBox.h"

#include "AppController.h"
#include "office/Role.h"
#include "office/TermStore.h"
#include "widgets/DateField.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

TermsBox::TermsBox(AppController &controller, QWidget *parent)
    : QGroupBox(tr("Terms of the committee (nhiệm kỳ)"), parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add a &term…"), this))
{

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &TermsBox::addTerm);

}

void TermsBox::reload()
{
    m_list->clear();
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    if (auto terms = office::TermStore(session->database()).all())
        for (const office::Term &t : terms.value())
            m_list->addItem(tr("%1, from %2").arg(t.name, t.startsOn.toString(QStringLiteral("dd/MM/yyyy"))));
    m_add->setVisible(session->may(office::Permission::EditProfile));
}

void TermsBox::addTerm()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a term"));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("e.g. Khóa XV (2025-2030)"));
    auto *starts = new DateField(QDate::currentDate(), &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Starts on:"), starts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    starts->setRequired(true);
    while (dialog.exec() == QDialog::Accepted) {
        if (!DateField::confirm(&dialog, {starts}))
            continue;
        auto added = office::TermStore(session->database()).add(name->text(), starts->date(), session->actor());
        if (added)
            break;
        QMessageBox::warning(this, tr("Add a term"), added.error().message);
    }
    reload();
}

} // namespace vanphong::ui
