#pragma once

#include <QTime>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class CorrectionBar;

// Who came: one row per member and guest, presence chosen from the keyboard
// and written at once; the quorum above, in red while it is not met. Guests
// are added below; the standing members' approval of the guest list is
// recorded here, and an added guest asks for it again.
class AttendanceTab final : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceTab(QWidget *parent = nullptr);
    void show(office::OfficeSession *session, qint64 meetingId);

    QTableWidget *table() const { return m_table; }
    QLabel *quorumLabel() const { return m_quorum; }
    QComboBox *presenceBox(int row) const;
    QLineEdit *reasonEdit(int row) const;
    QLineEdit *guestNameEdit() const { return m_guestName; }
    QLineEdit *guestPositionEdit() const { return m_guestPosition; }
    QLabel *approvalLabel() const { return m_approval; }
    CorrectionBar *correctionBar() const { return m_bar; }

    void addGuest();
    void approveGuests(const QString &approvedBy);

private:
    void save(int row);
    void showQuorum();
    void showApproval(bool guests); // whether the list has guests, from the rows just shown
    void askApproval();
    // A closed meeting's attendance stays read-only until a reason to correct is given.
    void setEditable(bool editable);
    // On a row's name: the arrival and presence saved, to tell a changed reason from a new late mark.
    static constexpr int ArrivedRole = Qt::UserRole + 1;
    static constexpr int PresenceRole = Qt::UserRole + 2;

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    QLabel *m_quorum;
    QTableWidget *m_table;
    QLabel *m_message;
    QLineEdit *m_guestName;
    QLineEdit *m_guestPosition;
    QLabel *m_approval;
    QPushButton *m_addGuest = nullptr;
    CorrectionBar *m_bar;
};

} // namespace vanphong::ui
