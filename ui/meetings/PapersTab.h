#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;
class PaperNumbersBar;

// The meeting's papers: what was sent or handed out, their files (kept in
// the encrypted file, viewed from memory), which are collected back in the
// room (Tối mật and above always), and the recall list of who still holds a
// copy, ticked off as each one comes back.
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
    QComboBox *holderBox() const { return m_holder; }   // whom "Hand out" gives a copy to; 0: everyone
    QCheckBox *sentBox() const { return m_sent; }
    DateField *sentField() const { return m_sentOn; }
    QListWidget *fileList() const { return m_files; }
    PaperNumbersBar *numbers() const { return m_numbers; }

    void addPaper();
    void handOut();      // the selected paper, a copy to the chosen attendee or to every one
    void markReturned(); // the selected copy of the recall list
    void attachFile(const QString &path); // to the selected paper
    void openFile();                      // the selected file, viewed from memory

private:
    void say(const QString &message);
    void showFiles();
    void chooseFile();
    qint64 currentPaper() const;

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    QTableWidget *m_papers;
    QLineEdit *m_title;
    QComboBox *m_secrecy;
    QCheckBox *m_recallBox;
    QCheckBox *m_sent;
    DateField *m_sentOn;
    QComboBox *m_holder;
    QListWidget *m_files;
    QTableWidget *m_recall;
    QLabel *m_message;
    PaperNumbersBar *m_numbers;
};

} // namespace vanphong::ui
