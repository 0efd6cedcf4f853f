#pragma once

#include "meetings/MinutesBook.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class CorrectionBar;

// The minutes typed during the meeting, item by item: who spoke and the
// gist, votes, the chair's conclusion. Every change is written a moment
// after typing stops (and at once on Ctrl+Enter or when moving on), so a
// laptop that dies loses at most the last words.
class MinutesTab final : public QWidget
{
    Q_OBJECT
public:
    explicit MinutesTab(QWidget *parent = nullptr);
    void show(office::OfficeSession *session, qint64 meetingId);
    // Writes what is pending now; false when it could not be written (the
    // reason is shown in red and the typing kept).
    bool flush();

    QListWidget *agendaList() const { return m_agenda; }
    QListWidget *entryList() const { return m_entries; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *speakerEdit() const { return m_speaker; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QSpinBox *votesFor() const { return m_for; }
    QPlainTextEdit *conclusionEdit() const { return m_conclusion; }
    QLabel *statusLabel() const { return m_status; }
    CorrectionBar *correctionBar() const { return m_bar; }

private:
    void agendaChanged();
    void entrySelected();
    void startNewEntry();
    void edited();
    void loadEntries();
    // An entry as its line in the list.
    static QString entryLine(const meetings::MinutesEntry &e);
    qint64 currentItemId() const;
    // A closed meeting's minutes stay read-only until a reason to correct is given.
    void setEditable(bool editable);
    void showProblem(const QString &message);

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    meetings::MinutesEntry m_entry;   // the one being typed (id 0: not written yet)
    bool m_entryDirty = false;
    bool m_conclusionDirty = false;
    bool m_loading = false;
    QListWidget *m_agenda;
    QPlainTextEdit *m_conclusion;
    QListWidget *m_entries;
    QComboBox *m_kind;
    QLineEdit *m_speaker;
    QPlainTextEdit *m_text;
    QSpinBox *m_for;
    QSpinBox *m_against;
    QSpinBox *m_abstain;
    QWidget *m_votes;
    QLabel *m_status;
    QTimer *m_autosave;
    CorrectionBar *m_bar;
    QPushButton *m_next;
};

} // namespace vanphong::ui
