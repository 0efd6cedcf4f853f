#pragma once

#include "meetings/Meeting.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// A new meeting: kind, day and time, place, chair, recorder and the agenda
// (one item per line). Its checklist and invitations follow from the kind.
// Given a meeting, the same form edits it: a new day or time moves its open
// checklist items with it, and the lines typed are added to its agenda, and
// the invitations' own date (meetings::InvitationDate) can be set, with a
// warning when it is on or after the meeting's day.
class MeetingDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MeetingDialog(office::OfficeSession &session, QWidget *parent = nullptr);
    MeetingDialog(office::OfficeSession &session, const meetings::Meeting &existing, QWidget *parent = nullptr);
    qint64 createdId() const { return m_createdId; }
    QPushButton *acceptButton() const { return m_accept; }

    QComboBox *kindBox() const { return m_kind; }
    QDateTimeEdit *startsEdit() const { return m_starts; }
    QLineEdit *placeEdit() const { return m_place; }
    QPlainTextEdit *agendaEdit() const { return m_agenda; }
    QLineEdit *chairEdit() const { return m_chair; }
    QLineEdit *secretaryEdit() const { return m_secretary; }
    QComboBox *secrecyBox() const { return m_secrecy; }
    QDateEdit *invitationDateEdit() const { return m_invitationDate; }
    QLabel *invitationNote() const { return m_invitationNote; }

private:
    void create();
    void saveChanges();
    void showInvitationNote();

    office::OfficeSession &m_session;
    QComboBox *m_kind;
    QDateTimeEdit *m_starts;
    QDateEdit *m_invitationDate; // editing only: shown after the start
    QLabel *m_invitationNote;
    QLineEdit *m_place;
    QLineEdit *m_chair;
    QLineEdit *m_secretary;
    QComboBox *m_secrecy;
    QPlainTextEdit *m_agenda;
    QLabel *m_message;
    QPushButton *m_accept;
    QFormLayout *m_form;
    bool m_invitationKept = false;
    QDate m_invitationShown;
    qint64 m_createdId = 0;
    meetings::Meeting m_existing; // id 0 when creating
};

} // namespace vanphong::ui
