#pragma once

#include "documents/IncomingDocument.h"

#include "widgets/DraftForm.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;
class NameCompleter;
class TimeField;

// Registers incoming documents one after another, from the keyboard: Tab
// through the fields, Enter saves and clears the form for the next one.
// Given a registered line, it corrects that line instead (sửa vào sổ), with
// the reason the register keeps.
class IncomingEditor final : public QDialog, public DraftForm
{
    Q_OBJECT
public:
    explicit IncomingEditor(office::OfficeSession &session, QWidget *parent = nullptr);
    IncomingEditor(office::OfficeSession &session, const documents::IncomingDocument &line, QWidget *parent = nullptr);

    QLineEdit *senderEdit() const { return m_sender; }
    QLineEdit *symbolEdit() const { return m_symbol; }
    QLineEdit *excerptEdit() const { return m_excerpt; }
    QComboBox *secretBox() const { return m_secret; }
    QLabel *messageLabel() const { return m_message; }
    DateField *receivedDateEdit() const { return m_receivedOn; }
    DateField *documentDateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *saveButton() const { return m_save; }
    int savedCount() const { return m_saved; }
    qint64 lastSavedId() const { return m_lastId; }

    bool hasDraft() const override;
    QByteArray draft() const override;
    void restoreDraft(const QByteArray &draft) override;
    QString draftKind() const override;

public Q_SLOTS:
    // Escape or Close with something typed asks first; No is the default.
    void reject() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    documents::IncomingDocument document() const;
    void saveAndNext();
    void saveCorrection();
    void symbolChanged();
    void startNext();
    void forgetFixedDateProblem();
    // What is wrong with the dates typed, the field focused; empty when all are dates.
    QString dateProblem();
    void sayProblem(const QString &text);

    office::OfficeSession &m_session;
    DateField *m_receivedOn;
    TimeField *m_receivedAt;
    QLineEdit *m_sender;
    QLineEdit *m_symbol;
    QLabel *m_symbolNote;
    DateField *m_date;
    QComboBox *m_type;
    QLineEdit *m_excerpt;
    QSpinBox *m_pages;
    QSpinBox *m_copies;
    QComboBox *m_secret;
    QComboBox *m_urgency;
    QDateTimeEdit *m_urgencyTime;
    QCheckBox *m_hasDeadline;
    DateField *m_deadline;
    QCheckBox *m_recall;
    DateField *m_recallBy;
    QLineEdit *m_reason;
    NameCompleter *m_senderNames = nullptr;
    QLabel *m_message;
    QFormLayout *m_form = nullptr;
    QPushButton *m_save = nullptr;
    qint64 m_correcting = 0; // the line being corrected, or 0 when registering
    QByteArray m_baseline;   // the form as opened or last saved: typing is what differs from it
    int m_saved = 0;
    qint64 m_lastId = 0;
};

} // namespace vanphong::ui
