#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class AgendaTab;
class AppController;
class AttendanceTab;
class ChecklistTab;
class FilingButton;
class ColumnFitter;
class DecisionsTab;
class MinutesTab;
class PapersTab;

// The committee's meetings: the list, and for the chosen one its
// preparation checklist, attendance with the quorum, minutes, papers and
// decisions; its printouts; and the package that takes it to a laptop.
class MeetingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(AppController &controller, QWidget *parent = nullptr);
    void reload();
    void clear();
    void addMeeting();
    void editMeeting();
    void editMembers();
    void select(qint64 meetingId);

    QTableWidget *list() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    // Brings the tab showing `tab` (one of the tabs below) to the front.
    void showTabOf(QWidget *tab);
    ChecklistTab *checklist() const { return m_checklist; }
    AgendaTab *agenda() const { return m_agenda; }
    AttendanceTab *attendance() const { return m_attendance; }
    MinutesTab *minutes() const { return m_minutes; }
    PapersTab *papers() const { return m_papers; }
    DecisionsTab *decisions() const { return m_decisions; }

    enum class Printout { Minutes, Invitations, SignInSheet, Programme, Dossier };
    void print(Printout which);
    void exportPackage();
    void importPackage();
    // Reads the package and shows what it brings back; true once it is written.
    bool importPackageFrom(const QString &path, const QByteArray &password);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    FilingButton *m_fileInto = nullptr;
    qint64 currentId() const;
    void showCurrent();   // the header and every tab
    // One tab, again from the file (all on a new meeting; one when it is brought forward).
    void showTab(QWidget *tab, office::OfficeSession *session, qint64 meetingId);
    void showHeader();
    void closeMeeting();
    // False when the user chose not to go on with what is missing.
    bool acceptMissing(const QString &title, const QStringList &missing);
    // Before invitations are printed: offers to number them (issue) first; false when the clerk cancels.
    bool numberInvitationFirst(const QString &title);

    AppController &m_controller;
    QTableWidget *m_list;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QSplitter *m_split = nullptr; // the list beside the tabs, or above them when narrow
    ColumnFitter *m_listFitter = nullptr;
    QPushButton *m_close = nullptr; // a closed meeting is not closed again
    ChecklistTab *m_checklist;
    AgendaTab *m_agenda;
    AttendanceTab *m_attendance;
    MinutesTab *m_minutes;
    PapersTab *m_papers;
    DecisionsTab *m_decisions;
};

} // namespace vanphong::ui
