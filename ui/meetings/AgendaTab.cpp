#include "AgendaTab.h"

#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

namespace {
enum Column { Position, Title, Presenter, Documents, Minutes };
}

AgendaTab::AgendaTab(QWidget *parent)
    : QWidget(parent)
    , m_table(ListTable::make({tr("No."), tr("Item"), tr("Presented by"), tr("Documents (separated by ;)"), tr("Minutes")}, Title, this))
    , m_title(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_table->horizontalHeader()->setSectionResizeMode(Documents, QHeaderView::Stretch); // as wide as the item: titles of drafts are long
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_title->setPlaceholderText(tr("A new agenda item"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *add = new QPushButton(tr("Add the &item"), this);
    PermissionGate::require(add, office::Permission::PrepareMeetings);
    auto *form = new QHBoxLayout;
    form->addWidget(m_title, 1);
    form->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &AgendaTab::addItem);
    connect(m_title, &QLineEdit::returnPressed, this, &AgendaTab::addItem);
    connect(m_table, &QTableWidget::cellChanged, this, &AgendaTab::cellEdited);
}

void AgendaTab::show(office::OfficeSession *session, qint64 meetingId)
{
    m_session = session;
    m_meetingId = meetingId;
    m_filling = true;
    m_table->setRowCount(0);
    setEnabled(session && meetingId);
    if (session && meetingId) {
        if (auto agenda = MeetingStore(session->database(), session->actor()).agenda(meetingId)) {
            m_table->setRowCount(int(agenda->size()));
            for (int r = 0; r < agenda->size(); ++r) {
                const AgendaItem &a = agenda->at(r);
                auto *position = new QTableWidgetItem(QString::number(a.position));
                position->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                position->setData(Qt::UserRole, a.id);
                m_table->setItem(r, Position, position);
                m_table->setItem(r, Title, new QTableWidgetItem(a.title));
                m_table->setItem(r, Presenter, new QTableWidgetItem(a.presenter));
                m_table->setItem(r, Documents, new QTableWidgetItem(a.documents.join(QLatin1String("; "))));
                auto *minutes = new QTableWidgetItem;
                minutes->setData(Qt::EditRole, a.plannedMinutes);
                m_table->setItem(r, Minutes, minutes);
            }
        }
    }
    m_table->resizeColumnToContents(Position);
    m_filling = false;
}

void AgendaTab::cellEdited(int row, int)
{
    if (m_filling || !m_session)
        return;
    AgendaItem item;
    item.id = m_table->item(row, Position)->data(Qt::UserRole).toLongLong();
    item.title = m_table->item(row, Title)->text();
    item.presenter = m_table->item(row, Presenter)->text();
    for (const QString &d : m_table->item(row, Documents)->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        item.documents << d.trimmed();
    item.plannedMinutes = m_table->item(row, Minutes)->data(Qt::EditRole).toInt();
    const auto saved = MeetingStore(m_session->database(), m_session->actor()).updateAgendaItem(item);
    m_message->setText(saved ? QString() : saved.error().message);
    if (!saved)
        show(m_session, m_meetingId); // back to what is stored
}

void AgendaTab::addItem()
{
    if (!m_session || !m_meetingId)
        return;
    auto added = MeetingStore(m_session->database(), m_session->actor()).addAgendaItem(m_meetingId, {0, 0, m_title->text(), {}, {}, 0, {}});
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_message->clear();
    m_title->clear();
    show(m_session, m_meetingId);
    m_table->setCurrentCell(m_table->rowCount() - 1, Presenter); // the presenter next, from the keyboard
}

} // namespace vanphong::ui
