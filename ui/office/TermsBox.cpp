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
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

TermsBox::TermsBox(AppController &controller, QWidget *parent)
    : QGroupBox(tr("Terms of the committee (nhiệm kỳ)"), parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add a &term…"), this))
    , m_edit(new QPushButton(tr("Co&rrect the term…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (office::OfficeSession *session = m_controller.session())
            addTerm(*session, this);
        reload();
    });
    connect(m_edit, &QPushButton::clicked, this, &TermsBox::editTerm);
}

void TermsBox::reload()
{
    m_list->clear();
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    if (auto terms = office::TermStore(session->database()).all())
        for (const office::Term &t : terms.value()) {
            auto *item = new QListWidgetItem(tr("%1, from %2").arg(t.name, t.startsOn.toString(QStringLiteral("dd/MM/yyyy"))), m_list);
            item->setData(Qt::UserRole, t.id);
        }
    m_add->setVisible(session->may(office::Permission::EditProfile));
    m_edit->setVisible(session->may(office::Permission::EditProfile));
}

namespace {
// The term's dialog: its name and first day, until the store takes them or the user gives up.
template<typename Apply>
bool askTerm(QWidget *parent, const QString &title, const QString &name, const QDate &starts, Apply apply)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *nameEdit = new QLineEdit(name, &dialog);
    nameEdit->setPlaceholderText(TermsBox::tr("e.g. Khóa XV (2025-2030)"));
    auto *startsEdit = new DateField(starts, &dialog);
    startsEdit->setRequired(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(TermsBox::tr("&Name:"), nameEdit);
    form->addRow(TermsBox::tr("&Starts on:"), startsEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50);
    while (dialog.exec() == QDialog::Accepted) {
        if (!DateField::confirm(&dialog, {startsEdit}))
            continue;
        const storage::Status done = apply(nameEdit->text(), startsEdit->date());
        if (done)
            return true;
        QMessageBox::warning(&dialog, title, done.error().message);
    }
    return false;
}
} // namespace

bool TermsBox::addTerm(office::OfficeSession &session, QWidget *parent, const QDate &suggestedStart)
{
    return askTerm(parent, tr("Add a term"), QString(), suggestedStart, [&session](const QString &name, const QDate &starts) {
        auto added = office::TermStore(session.database()).add(name, starts, session.actor());
        return added ? storage::Status(storage::Ok{}) : storage::Status(added.error());
    });
}

void TermsBox::editTerm()
{
    office::OfficeSession *session = m_controller.session();
    const QListWidgetItem *item = m_list->currentItem();
    if (!session || !item)
        return;
    auto terms = office::TermStore(session->database()).all();
    if (!terms)
        return;
    for (const office::Term &t : terms.value()) {
        if (t.id != item->data(Qt::UserRole).toLongLong())
            continue;
        askTerm(this, tr("Correct the term"), t.name, t.startsOn, [session, id = t.id](const QString &name, const QDate &starts) {
            return office::TermStore(session->database()).update({id, name, starts}, session->actor());
        });
    }
    reload();
}

} // namespace vanphong::ui
