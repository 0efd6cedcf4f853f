#include "ChecklistTemplatesDialog.h"

#include "meetings/ChecklistTemplates.h"
#include "office/OfficeSession.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

ChecklistTemplatesDialog::ChecklistTemplatesDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_table(ListTable::make({tr("Days"), tr("Step"), tr("Owner")}, 1, this))
    , m_title(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_owner(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Checklist templates"));
    for (auto kind : {MeetingKind::Standing, MeetingKind::Committee, MeetingKind::StandingMembers, MeetingKind::Extraordinary,
                      MeetingKind::Thematic, MeetingKind::Congress})
        m_kind->addItem(MeetingKinds::name(kind), int(kind));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_days->setRange(-ChecklistTemplates::MaxOffsetDays, ChecklistTemplates::MaxOffsetDays);
    m_days->setValue(-3);
    m_days->setToolTip(tr("Days from the meeting: negative before it, positive after."));
    m_title->setPlaceholderText(tr("A new step"));
    m_owner->setPlaceholderText(tr("Owner"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *kindLabel = new QLabel(tr("&Kind of meeting:"), this);
    kindLabel->setBuddy(m_kind);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove the step"), this);
    PermissionGate::require(add, office::Permission::ManageCommittee);
    PermissionGate::require(remove, office::Permission::ManageCommittee);
    auto *form = new QHBoxLayout;
    form->addWidget(m_days);
    form->addWidget(m_title, 3);
    form->addWidget(m_owner, 1);
    form->addWidget(add);
    form->addWidget(remove);
    auto *note = new QLabel(tr("Days are counted from the meeting day (−5: five days before; 7: a week after); a weekend moves to the "
                               "Friday before. Changes apply to meetings created from now on."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChecklistTemplatesDialog::fill);
    connect(m_table, &QTableWidget::cellChanged, this, &ChecklistTemplatesDialog::cellEdited);
    connect(add, &QPushButton::clicked, this, &ChecklistTemplatesDialog::addStep);
    connect(m_title, &QLineEdit::returnPressed, this, &ChecklistTemplatesDialog::addStep);
    connect(remove, &QPushButton::clicked, this, &ChecklistTemplatesDialog::removeStep);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
    resize(820, 520);
    PermissionGate::apply(this, &m_session);
}

void ChecklistTemplatesDialog::fill()
{
    m_filling = true;
    m_table->setRowCount(0);
    auto steps = ChecklistTemplates(m_session.database(), m_session.actor()).list(MeetingKind(m_kind->currentData().toInt()));
    if (steps) {
        m_table->setRowCount(int(steps->size()));
        for (int r = 0; r < steps->size(); ++r) {
            const ChecklistStep &s = steps->at(r);
            auto *days = new QTableWidgetItem;
            days->setData(Qt::EditRole, s.offsetDays);
            days->setData(Qt::UserRole, s.id);
            m_table->setItem(r, 0, days);
            m_table->setItem(r, 1, new QTableWidgetItem(s.title));
            m_table->setItem(r, 2, new QTableWidgetItem(s.owner));
        }
    } else {
        m_message->setText(steps.error().message);
    }
    m_table->resizeColumnToContents(0);
    m_filling = false;
}

void ChecklistTemplatesDialog::cellEdited(int row, int)
{
    if (m_filling)
        return;
    ChecklistStep step;
    step.id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    step.kind = MeetingKind(m_kind->currentData().toInt());
    step.offsetDays = m_table->item(row, 0)->data(Qt::EditRole).toInt();
    step.title = m_table->item(row, 1)->text();
    step.owner = m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString();
    const auto saved = ChecklistTemplates(m_session.database(), m_session.actor()).update(step);
    m_message->setText(saved ? QString() : saved.error().message);
    if (!saved)
        fill(); // back to what is stored
}

void ChecklistTemplatesDialog::addStep()
{
    auto added = ChecklistTemplates(m_session.database(), m_session.actor())
                     .add({0, MeetingKind(m_kind->currentData().toInt()), 0, m_title->text(), m_days->value(), m_owner->text()});
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_message->clear();
    m_title->clear();
    fill();
    m_title->setFocus();
}

void ChecklistTemplatesDialog::removeStep()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const auto removed = ChecklistTemplates(m_session.database(), m_session.actor()).remove(item->data(Qt::UserRole).toLongLong());
    m_message->setText(removed ? QString() : removed.error().message);
    fill();
}

} // namespace vanphong::ui
