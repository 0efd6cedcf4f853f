#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The committee's members of a term: who is invited to each body's meetings
// and counted for its quorum (standing committee, standing members). Members
// are added from the keyboard; one who leaves keeps their line with the day.
class MembersDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MembersDialog(office::OfficeSession &session, QWidget *parent = nullptr);

    QComboBox *termBox() const { return m_term; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *positionEdit() const { return m_position; }
    QCheckBox *standingBox() const { return m_standing; }
    QCheckBox *standingMemberBox() const { return m_standingMember; }
    void addMember();
    void markLeft(); // the selected member, from today
    // Loads the selected member into the fields; "Add" then saves a correction, with a reason.
    void startCorrection();

private:
    void fill();

    office::OfficeSession &m_session;
    QComboBox *m_term;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_position;
    QCheckBox *m_standing;
    QCheckBox *m_standingMember;
    QLabel *m_message;
    QPushButton *m_add = nullptr;
    qint64 m_correcting = 0; // the member being corrected, 0 when adding
    QString m_correctingName;
};

} // namespace vanphong::ui
