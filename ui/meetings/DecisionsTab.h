#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// After the meeting: its decisions, each with the number reserved for it in
// the outgoing register (nghị quyết, kết luận, thông báo...), and the
// follow-up tasks with owner and due day, open until marked done.
class DecisionsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionsTab(QWidget *parent = nullptr);
    void show(office::OfficeSession *session, qint64 meetingId);

    QTableWidget *decisions() const { return m_decisions; }
    QTableWidget *tasks() const { return m_tasks; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *itemBox() const { return m_item; }
    QLineEdit *excerptEdit() const { return m_excerpt; }
    QLineEdit *taskEdit() const { return m_task; }
    QLineEdit *ownerEdit() const { return m_owner; }
    DateField *dueField() const { return m_due; }

    void recordDecision();
    void addTask();
    void completeTask();

private:
    void say(const QString &message, bool problem);

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    QTableWidget *m_decisions;
    QComboBox *m_type;
    QComboBox *m_item;
    QLineEdit *m_excerpt;
    QTableWidget *m_tasks;
    QLineEdit *m_task;
    QLineEdit *m_owner;
    DateField *m_due;
    QLabel *m_message;
};

} // namespace vanphong::ui
