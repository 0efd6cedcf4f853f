#pragma once

#include "documents/OutgoingDocument.h"

#include "widgets/DraftForm.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;
class NameCompleter;

// Takes the next number for an outgoing document: reserved for a draft, or
// issued at once after the format check. Given a registered line, it
// corrects that line instead (sửa vào sổ), with the reason the register keeps.
class OutgoingEditor final : public QDialog, public DraftForm
{
    Q_OBJECT
public:
    explicit OutgoingEditor(office::OfficeSession &session, QWidget *parent = nullptr);
    OutgoingEditor(office::OfficeSession &session, const documents::OutgoingDocument &line, QWidget *parent = nullptr);

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *excerptEdit() const { return m_excerpt; }
    QLineEdit *signerEdit() const { return m_signer; }
    QPlainTextEdit *recipientsEdit() const { return m_recipients; }
    // The field under the recipients: a name or a group chosen there is added to them.
    QLineEdit *addRecipientEdit() const { return m_addRecipient; }
    QLabel *messageLabel() const { return m_message; }
    QLineEdit *reasonEdit() const { return m_reason; }
    qint64 lastSavedId() const { return m_lastId; }

    bool hasDraft() const override;
    QByteArray draft() const override;
    void restoreDraft(const QByteArray &draft) override;
    QString draftKind() const override;

public Q_SLOTS:
    // Escape or Cancel with something typed asks first; No is the default.
    void reject() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    documents::OutgoingDocument document() const;
    void save(bool issue);
    void saveCorrection();
    // The name or group in m_addRecipient appended to the recipients, each body once.
    void addTypedRecipient();

    office::OfficeSession &m_session;
    QComboBox *m_type;
    DateField *m_date;
    QLineEdit *m_excerpt;
    QComboBox *m_capacity;
    QLineEdit *m_signer;
    QPlainTextEdit *m_recipients;
    QLineEdit *m_addRecipient;
    NameCompleter *m_recipientNames;
    QSpinBox *m_copies;
    QComboBox *m_secret;
    QComboBox *m_urgency;
    QCheckBox *m_congress;
    QLineEdit *m_answers;
    QLineEdit *m_reason;
    QLabel *m_message;
    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_correcting = 0; // the line being corrected, or 0 when numbering a new one
    QByteArray m_baseline;   // the form as opened: typing is what differs from it
    qint64 m_lastId = 0;
};

} // namespace vanphong::ui
