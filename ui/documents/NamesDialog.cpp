#include "NamesDialog.h"

#include "NameListTab.h"
#include "RecipientGroupsTab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using directory::NameKind;

NamesDialog::NamesDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Names and recipient groups"));
    auto *intro = new QLabel(tr("The forms offer these names as you type. Correct a spelling, merge two spellings of one body, "
                                "remove names no longer used. Register lines are corrected in their register."),
                             this);
    intro->setWordWrap(true);
    m_tabs->addTab(new NameListTab(session, NameKind::Sender, this), tr("&Senders"));
    m_tabs->addTab(new NameListTab(session, NameKind::Recipient, this), tr("&Recipients"));
    m_tabs->addTab(new NameListTab(session, NameKind::Assignee, this), tr("&Handed to"));
    m_tabs->addTab(new RecipientGroupsTab(session, this), tr("Recipient &groups"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

} // namespace vanphong::ui
