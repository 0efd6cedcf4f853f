#include "MembersDialog.h"

#include "widgets/ReasonDialog.h"

#include "meetings/CommitteeMembers.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

MembersDialog::MembersDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_term(new QComboBox(this))
    , m_table(ListTable::make({tr("Name"), tr("Position"), tr("Standing committee"), tr("Standing members"), tr("Left on")}, 0, this))
    , m_name(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_standing(new QCheckBox(tr("&Standing committee"), this))
    , m_standingMember(new QCheckBox(tr("Standing &member"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Committee members"));
    if (auto terms = office::TermStore(session.database()).all()) {
        for (const office::Term &t : terms.value())
            m_term->addItem(t.name, t.id);
        m_term->setCurrentIndex(m_term->count() - 1); // the current term
    }
    m_name->setPlaceholderText(tr("Full name"));
    m_position->setPlaceholderText(tr("e.g. Phó Bí thư, Ủy viên Ban Thường vụ"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *termLabel = new QLabel(tr("&Term:"), this);
    termLabel->setBuddy(m_term);
    auto *top = new QHBoxLayout;
    top->addWidget(termLabel);
    top->addWidget(m_term, 1);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *left = new QPushButton(tr("&Left the committee today"), this);
    auto *correct = new QPushButton(tr("&Correct the selected…"), this);
    correct->setToolTip(tr("A mistyped name or position: the entry is corrected with a reason; meetings not yet closed invite "
                           "the corrected name"));
    m_add = add;
    PermissionGate::require(correct, office::Permission::ManageCommittee);
    PermissionGate::require(add, office::Permission::ManageCommittee);
    PermissionGate::require(left, office::Permission::ManageCommittee);
    auto *form = new QHBoxLayout;
    form->addWidget(m_name, 2);
    form->addWidget(m_position, 2);
    form->addWidget(m_standing);
    form->addWidget(m_standingMember);
    form->addWidget(add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(correct, QDialogButtonBox::ActionRole);
    buttons->addButton(left, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    if (m_term->count() == 0) {
        m_message->setText(tr("Add the committee's term on the office profile page first."));
        add->setEnabled(false);
    }
    connect(m_term, &QComboBox::currentIndexChanged, this, &MembersDialog::fill);
    connect(add, &QPushButton::clicked, this, &MembersDialog::addMember);
    connect(m_name, &QLineEdit::returnPressed, this, &MembersDialog::addMember);
    connect(m_position, &QLineEdit::returnPressed, this, &MembersDialog::addMember);
    connect(left, &QPushButton::clicked, this, &MembersDialog::markLeft);
    connect(correct, &QPushButton::clicked, this, &MembersDialog::startCorrection);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
    resize(900, 560);
    m_name->setFocus();
    PermissionGate::apply(this, &m_session);
}

void MembersDialog::fill()
{
    m_table->setRowCount(0);
    const qint64 termId = m_term->currentData().toLongLong();
    if (!termId)
        return;
    auto members = CommitteeMembers(m_session.database(), m_session.actor()).of(termId, MeetingBody::Committee);
    if (!members) {
        m_message->setText(members.error().message);
        return;
    }
    m_table->setRowCount(int(members->size()));
    for (int r = 0; r < members->size(); ++r) {
        const CommitteeMember &m = members->at(r);
        auto *name = new QTableWidgetItem(m.fullName);
        name->setData(Qt::UserRole, m.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(m.position));
        m_table->setItem(r, 2, new QTableWidgetItem(m.standing ? tr("yes") : QString()));
        m_table->setItem(r, 3, new QTableWidgetItem(m.standingMember ? tr("yes") : QString()));
        m_table->setItem(r, 4, new QTableWidgetItem(m.leftOn.isValid() ? m.leftOn.toString(QStringLiteral("dd/MM/yyyy")) : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void MembersDialog::addMember()
{
    CommitteeMember m;
    m.termId = m_term->currentData().toLongLong();
    m.fullName = m_name->text();
    m.position = m_position->text();
    m.standing = m_standing->isChecked() || m_standingMember->isChecked(); // the standing members sit on the standing committee
    m.standingMember = m_standingMember->isChecked();
    if (m_correcting) {
        m.id = m_correcting;
        const auto reason = ReasonDialog::ask(this, tr("Correct a member"), tr("Why is %1's entry corrected?").arg(m_correctingName),
                                              tr("&Correct"));
        if (!reason)
            return;
        if (auto s = CommitteeMembers(m_session.database(), m_session.actor()).correct(m, *reason); !s) {
            m_message->setText(s.error().message);
            return;
        }
        m_correcting = 0;
        m_add->setText(tr("&Add"));
    } else if (auto added = CommitteeMembers(m_session.database(), m_session.actor()).add(m); !added) {
        m_message->setText(added.error().message);
        return;
    }
    m_message->clear();
    m_name->clear();
    m_position->clear();
    m_standing->setChecked(false);
    m_standingMember->setChecked(false);
    fill();
    m_name->setFocus();
}

void MembersDialog::markLeft()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    const auto done = CommitteeMembers(m_session.database(), m_session.actor()).markLeft(item->data(Qt::UserRole).toLongLong(), QDate::currentDate());
    m_message->setText(done ? QString() : done.error().message);
    fill();
}

void MembersDialog::startCorrection()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = m_table->item(row, 0);
    if (!item)
        return;
    // The member's entry goes into the fields below; saving asks why.
    m_correcting = item->data(Qt::UserRole).toLongLong();
    m_correctingName = item->text();
    m_name->setText(item->text());
    m_position->setText(m_table->item(row, 1)->text());
    m_standing->setChecked(!m_table->item(row, 2)->text().isEmpty());
    m_standingMember->setChecked(!m_table->item(row, 3)->text().isEmpty());
    m_add->setText(tr("&Save the correction…"));
    m_message->clear();
    m_name->setFocus();
    m_name->selectAll();
}

} // namespace vanphong::ui
