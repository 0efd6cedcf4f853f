#include "ChecklistTab.h"

#include "ChecklistTemplatesDialog.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

ChecklistTab::ChecklistTab(QWidget *parent)
    : QWidget(parent)
    , m_table(ListTable::make({tr("Done"), tr("Due"), tr("Step"), tr("Owner")}, 2, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto *templates = new QPushButton(tr("Checklist &templates…"), this);
    PermissionGate::require(templates, office::Permission::ManageCommittee);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(templates);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::cellChanged, this, &ChecklistTab::toggled);
    connect(templates, &QPushButton::clicked, this, &ChecklistTab::editTemplates);
}

void ChecklistTab::show(office::OfficeSession *session, qint64 meetingId)
{
    m_session = session;
    m_meetingId = meetingId;
    m_filling = true;
    m_table->setRowCount(0);
    if (session && meetingId) {
        auto items = MeetingStore(session->database(), session->actor()).checklist(meetingId);
        if (items) {
            const QDate today = QDate::currentDate();
            m_table->setRowCount(int(items->size()));
            for (int r = 0; r < items->size(); ++r) {
                const ChecklistItem &i = items->at(r);
                auto *done = new QTableWidgetItem;
                done->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                done->setCheckState(i.state == ChecklistItem::State::Open ? Qt::Unchecked : Qt::Checked);
                done->setData(Qt::UserRole, i.id);
                m_table->setItem(r, 0, done);
                m_table->setItem(r, 1, new QTableWidgetItem(i.dueOn.toString(QStringLiteral("dd/MM/yyyy"))));
                m_table->setItem(r, 2, new QTableWidgetItem(i.title));
                m_table->setItem(r, 3, new QTableWidgetItem(i.owner));
                if (i.overdueOn(today))
                    for (int c = 1; c < 4; ++c)
                        m_table->item(r, c)->setForeground(QColor(0xa4, 0, 0));
            }
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_filling = false;
}

void ChecklistTab::editTemplates()
{
    if (!m_session)
        return;
    ChecklistTemplatesDialog dialog(*m_session, this);
    dialog.exec();
}

void ChecklistTab::toggled(int row, int column)
{
    if (m_filling || column != 0 || !m_session)
        return;
    QTableWidgetItem *item = m_table->item(row, 0);
    const auto state = item->checkState() == Qt::Checked ? ChecklistItem::State::Done : ChecklistItem::State::Open;
    if (auto s = MeetingStore(m_session->database(), m_session->actor()).setChecklistState(item->data(Qt::UserRole).toLongLong(), state); !s)
        QMessageBox::warning(this, tr("Checklist"), s.error().message);
    show(m_session, m_meetingId);
    m_table->selectRow(row);
}

} // namespace vanphong::ui
