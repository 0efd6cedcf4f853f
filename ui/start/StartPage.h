#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace vanphong::ui {

class AppController;
class DeskTile;

// The clerk's desk, the first page after sign-in: which office and who is
// signed in; counts of what waits (each opens the list it counts); the day's
// main actions as buttons; then the details of what is late.
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    // Unfiled: in December and January only, the documents of the year that ends (or ended) in no dossier.
    enum class Desk { NewIncoming, DueThisWeek, Overdue, Reserved, ComingMeetings, LateSteps, FollowUp, Unfiled, HandOverDue, LoansOverdue };
    // The year whose unfiled documents the desk counts in December (this one) and January (the last); 0 otherwise.
    static int closingYear(const QDate &today);
    enum class Action { RegisterIncoming, NumberOutgoing, NewMeeting, Search, BackUp };

    explicit StartPage(AppController &controller, QWidget *parent = nullptr);
    void reload();
    QString headline() const;
    QString attentionText() const;
    DeskTile *tile(Desk desk) const { return m_tiles.value(desk); }
    QPushButton *actionButton(Action action) const { return m_actions.value(action); }

Q_SIGNALS:
    // `meetingId`: for late steps and follow-up, the meeting of the first one.
    void deskOpened(vanphong::ui::StartPage::Desk desk, qint64 meetingId);
    void actionChosen(vanphong::ui::StartPage::Action action);

private:
    QString attentionHtml(const QDate &today);
    void countDesk(const QDate &today);

    AppController &m_controller;
    QLabel *m_office;
    QLabel *m_user;
    QLabel *m_today;
    QLabel *m_attention;
    QHash<Desk, DeskTile *> m_tiles;
    QHash<Action, QPushButton *> m_actions;
    qint64 m_firstLateMeeting = 0;
    qint64 m_firstTaskMeeting = 0;
};

} // namespace vanphong::ui
