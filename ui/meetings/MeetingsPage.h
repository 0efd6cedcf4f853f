#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace vanphong::ui {

class AppController;
class AttendanceTab;
class ChecklistTab;
class MinutesTab;

// The committee's meetings: the list, and for the chosen one its
// preparation checklist, attendance with the quorum, and minutes.
class MeetingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(AppController &controller, QWidget *parent = nullptr);
    void reload();
    void clear();
    void addMeeting();
    void select(qint64 meetingId);

    QTableWidget *list() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    ChecklistTab *checklist() const { return m_checklist; }
    AttendanceTab *attendance() const { return m_attendance; }
    MinutesTab *minutes() const { return m_minutes; }

private:
    qint64 currentId() const;
    void showCurrent();   // the header and every tab
    void showHeader();
    void printMinutes();
    void closeMeeting();

    AppController &m_controller;
    QTableWidget *m_list;
    QLabel *m_header;
    QTabWidget *m_tabs;
    ChecklistTab *m_checklist;
    AttendanceTab *m_attendance;
    MinutesTab *m_minutes;
};

} // namespace vanphong::ui
