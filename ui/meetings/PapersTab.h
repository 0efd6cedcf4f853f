#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The meeting's papers: what was sent or handed out, which are collected
// back in the room (Tối mật and above always), and the recall list of who
// still holds a copy, ticked off as each one comes back.
class PapersTab final : public QWidget
{
    Q_OBJECT
public:
    explicit PapersTab(QWidget *parent = nullptr);
    void show(office::OfficeSession *session, qint64 meetingId);

    QTableWidget *papers() const { return m_papers; }
    QTableWidget *recallList() const { return m_recall; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *secrecyBox() const { return m_secrecy; }

    void addPaper();
    void handOut();      // the selected paper, one copy to every attendee
    void markReturned(); // the selected copy of the recall list

private:
    void say(const QString &message);

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    QTableWidget *m_papers;
    QLineEdit *m_title;
    QComboBox *m_secrecy;
    QCheckBox *m_recallBox;
    QTableWidget *m_recall;
    QLabel *m_message;
};

} // namespace vanphong::ui
