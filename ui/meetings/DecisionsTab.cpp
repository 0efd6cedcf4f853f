#include "DecisionsTab.h"

#include "documents/DocumentTypes.h"
#include "meetings/DecisionBook.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "widgets/ListTable.h"
#include "widgets/DateField.h"
#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

DecisionsTab::DecisionsTab(QWidget *parent)
    : QWidget(parent)
    , m_decisions(ListTable::make({tr("Number"), tr("Type"), tr("Excerpt"), tr("Issued")}, 2, this))
    , m_type(new QComboBox(this))
    , m_item(new QComboBox(this))
    , m_excerpt(new QLineEdit(this))
    , m_tasks(ListTable::make({tr("Due"), tr("Owner"), tr("Task")}, 2, this))
    , m_task(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_due(new DateField(QDate::currentDate().addDays(30), this))
    , m_message(new QLabel(this))
{
    m_excerpt->setPlaceholderText(tr("e.g. về chuyển đổi số năm 2026"));
    m_task->setPlaceholderText(tr("What is to be done"));
    m_owner->setPlaceholderText(tr("Who"));
    m_message->setWordWrap(true);

    auto *record = new QPushButton(tr("&Reserve the number"), this);
    PermissionGate::require(record, office::Permission::PrepareMeetings);
    // Type, agenda item and excerpt one under the other: the form fits a narrow tab.
    auto *decisionForm = new QFormLayout;
    decisionForm->addRow(tr("T&ype:"), m_type);
    decisionForm->addRow(tr("Agenda &item:"), m_item);
    auto *excerptRow = new QHBoxLayout;
    excerptRow->addWidget(m_excerpt, 1);
    excerptRow->addWidget(record);
    auto *excerptLabel = new QLabel(tr("E&xcerpt:"), this);
    excerptLabel->setBuddy(m_excerpt);
    decisionForm->addRow(excerptLabel, excerptRow);
    auto *decisionsBox = new QGroupBox(tr("Decisions turned into documents"), this);
    auto *decisionsLayout = new QVBoxLayout(decisionsBox);
    decisionsLayout->addWidget(m_decisions, 1);
    decisionsLayout->addLayout(decisionForm);

    auto *add = new QPushButton(tr("&Add the task"), this);
    auto *done = new QPushButton(tr("&Done"), this);
    PermissionGate::require(add, office::Permission::PrepareMeetings);
    PermissionGate::require(done, office::Permission::FollowUpMeetings);
    auto *taskForm = new QHBoxLayout;
    taskForm->addWidget(m_task, 3);
    taskForm->addWidget(m_owner, 2);
    auto *taskActions = new FlowLayout;
    taskActions->addWidget(m_due);
    taskActions->addWidget(add);
    taskActions->addWidget(done);
    auto *tasksBox = new QGroupBox(tr("Follow-up tasks (on the start page until done)"), this);
    auto *tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->addWidget(m_tasks, 1);
    tasksLayout->addLayout(taskForm);
    tasksLayout->addLayout(taskActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(decisionsBox, 1);
    layout->addWidget(tasksBox, 1);
    layout->addWidget(m_message);

    connect(record, &QPushButton::clicked, this, &DecisionsTab::recordDecision);
    connect(m_excerpt, &QLineEdit::returnPressed, this, &DecisionsTab::recordDecision);
    connect(add, &QPushButton::clicked, this, &DecisionsTab::addTask);
    connect(m_task, &QLineEdit::returnPressed, this, &DecisionsTab::addTask);
    connect(m_owner, &QLineEdit::returnPressed, this, &DecisionsTab::addTask);
    connect(done, &QPushButton::clicked, this, &DecisionsTab::completeTask);
}

void DecisionsTab::show(office::OfficeSession *session, qint64 meetingId)
{
    m_session = session;
    m_meetingId = meetingId;
    m_decisions->setRowCount(0);
    m_tasks->setRowCount(0);
    const QString keepType = m_type->currentData().toString();
    m_type->clear();
    m_item->clear();
    setEnabled(session && meetingId);
    if (!session || !meetingId)
        return;
    if (auto types = documents::DocumentTypes(session->database()).all()) {
        // The kinds a meeting decides: resolutions, conclusions, notices, decisions, directives.
        for (const documents::DocumentType &t : types.value())
            m_type->addItem(QStringLiteral("%1 – %2").arg(t.code, t.name), t.code);
        m_type->setCurrentIndex(std::max(0, m_type->findData(keepType.isEmpty() ? QStringLiteral("NQ") : keepType)));
    }
    m_item->addItem(tr("(the whole meeting)"), 0);
    if (auto agenda = MeetingStore(session->database(), session->actor()).agenda(meetingId))
        for (const AgendaItem &i : agenda.value())
            m_item->addItem(tr("%1. %2").arg(i.position).arg(i.title), i.id);

    DecisionBook book(session->database(), session->user(), session->actor());
    if (auto list = book.decisions(meetingId)) {
        m_decisions->setRowCount(int(list->size()));
        for (int r = 0; r < list->size(); ++r) {
            const Decision &d = list->at(r);
            const QStringList cells{d.symbol, d.typeCode, d.excerpt, d.issued ? tr("issued") : tr("number reserved")};
            for (int c = 0; c < cells.size(); ++c)
                m_decisions->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    if (auto open = book.openTasks(meetingId)) {
        m_tasks->setRowCount(int(open->size()));
        for (int r = 0; r < open->size(); ++r) {
            const FollowUpTask &t = open->at(r);
            auto *due = new QTableWidgetItem(t.dueOn.isValid() ? t.dueOn.toString(QStringLiteral("dd/MM/yyyy")) : QString());
            due->setData(Qt::UserRole, t.id);
            if (t.dueOn.isValid() && t.dueOn < QDate::currentDate())
                due->setForeground(QColor(0xa4, 0, 0));
            m_tasks->setItem(r, 0, due);
            m_tasks->setItem(r, 1, new QTableWidgetItem(t.owner));
            m_tasks->setItem(r, 2, new QTableWidgetItem(t.title));
        }
    }
    m_decisions->resizeColumnToContents(0);
    m_tasks->resizeColumnToContents(0);
}

void DecisionsTab::say(const QString &message, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QString());
    m_message->setText(message);
}

void DecisionsTab::recordDecision()
{
    if (!m_session || !m_meetingId)
        return;
    auto added = DecisionBook(m_session->database(), m_session->user(), m_session->actor())
                     .add(m_meetingId, m_item->currentData().toLongLong(), m_type->currentData().toString(), m_excerpt->text());
    if (!added) {
        say(added.error().message, true);
        return;
    }
    say(tr("Number %1 is reserved in the outgoing register.").arg(added->symbol), false);
    m_excerpt->clear();
    show(m_session, m_meetingId);
}

void DecisionsTab::addTask()
{
    if (!m_session || !m_meetingId)
        return;
    FollowUpTask task;
    task.meetingId = m_meetingId;
    task.title = m_task->text();
    task.owner = m_owner->text();
    if (const QString why = DateField::firstProblem({m_due}); !why.isEmpty()) {
        say(why, true);
        return;
    }
    task.dueOn = m_due->date();
    auto added = DecisionBook(m_session->database(), m_session->user(), m_session->actor()).addTask(task);
    if (!added) {
        say(added.error().message, true);
        return;
    }
    say(QString(), false);
    m_task->clear();
    m_task->setFocus();
    show(m_session, m_meetingId);
}

void DecisionsTab::completeTask()
{
    const QTableWidgetItem *item = m_tasks->item(m_tasks->currentRow(), 0);
    if (!m_session || !item)
        return;
    if (auto s = DecisionBook(m_session->database(), m_session->user(), m_session->actor()).complete(item->data(Qt::UserRole).toLongLong()); !s) {
        say(s.error().message, true);
        return;
    }
    show(m_session, m_meetingId);
}

} // namespace vanphong::ui
