#include "RecipientGroupsTab.h"

#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace vanphong::ui {

using directory::NameDirectory;
using directory::RecipientGroup;

RecipientGroupsTab::RecipientGroupsTab(office::OfficeSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_members(new QPlainTextEdit(this))
    , m_remove(new QPushButton(tr("Re&move the group"), this))
{
    m_members->setTabChangesFocus(true);
    m_members->setPlaceholderText(tr("One recipient per line, as on the paper"));
    m_name->setPlaceholderText(tr("e.g. Các chi bộ trực thuộc"));
    auto *add = new QPushButton(tr("&New group"), this);
    auto *save = new QPushButton(tr("&Save the group"), this);
    for (QPushButton *b : {add, save, m_remove})
        PermissionGate::require(b, office::Permission::RegisterDocuments);
    m_name->setReadOnly(!session.may(office::Permission::RegisterDocuments));
    m_members->setReadOnly(!session.may(office::Permission::RegisterDocuments));

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    auto *nameLabel = new QLabel(tr("Group &name:"), editor);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *membersLabel = new QLabel(tr("Mem&bers:"), editor);
    membersLabel->setBuddy(m_members);
    form->addRow(membersLabel, m_members);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    form->addRow(buttons);

    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(editor);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &RecipientGroupsTab::showGroup);
    connect(add, &QPushButton::clicked, this, &RecipientGroupsTab::newGroup);
    connect(save, &QPushButton::clicked, this, &RecipientGroupsTab::saveGroup);
    connect(m_remove, &QPushButton::clicked, this, &RecipientGroupsTab::removeGroup);
    PermissionGate::apply(this, &session);
    reload();
}

void RecipientGroupsTab::reload(qint64 select)
{
    auto groups = NameDirectory(m_session.database(), m_session.actor()).groups();
    m_groups = groups ? groups.value() : QList<RecipientGroup>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = m_groups.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_groups.size(); ++i) {
        m_list->addItem(tr("%1 (%n member(s))", nullptr, int(m_groups.at(i).members.size())).arg(m_groups.at(i).name));
        if (m_groups.at(i).id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    showGroup();
}

void RecipientGroupsTab::showGroup()
{
    const int row = m_list->currentRow();
    const RecipientGroup group = row >= 0 && row < m_groups.size() ? m_groups.at(row) : RecipientGroup();
    m_editing = group.id;
    m_name->setText(group.name);
    m_members->setPlainText(group.members.join(QLatin1Char('\n')));
    m_remove->setEnabled(group.id != 0);
}

void RecipientGroupsTab::newGroup()
{
    m_list->clearSelection();
    m_editing = 0;
    m_name->clear();
    m_members->clear();
    m_remove->setEnabled(false);
    m_name->setFocus();
}

void RecipientGroupsTab::saveGroup()
{
    RecipientGroup group{m_editing, m_name->text(), m_members->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)};
    auto saved = NameDirectory(m_session.database(), m_session.actor()).saveGroup(group);
    if (!saved) {
        QMessageBox::warning(this, tr("Recipient groups"), saved.error().message);
        return;
    }
    reload(saved->id);
}

void RecipientGroupsTab::removeGroup()
{
    if (m_editing == 0)
        return;
    if (QMessageBox::question(this, tr("Recipient groups"),
                              tr("Remove the group \"%1\"? Documents already registered keep their recipients.").arg(m_name->text()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto s = NameDirectory(m_session.database(), m_session.actor()).removeGroup(m_editing); !s)
        QMessageBox::warning(this, tr("Recipient groups"), s.error().message);
    reload();
}

} // namespace vanphong::ui
