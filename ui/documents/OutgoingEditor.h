#pragma once

#include "documents/OutgoingDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// Takes the next number for an outgoing document: reserved for a draft, or
// issued at once after the format check.
class OutgoingEditor final : public QDialog
{
    Q_OBJECT
public:
    explicit OutgoingEditor(office::OfficeSession &session, QWidget *parent = nullptr);

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *excerptEdit() const { return m_excerpt; }
    QLineEdit *signerEdit() const { return m_signer; }
    QPlainTextEdit *recipientsEdit() const { return m_recipients; }
    QLabel *messageLabel() const { return m_message; }
    qint64 lastSavedId() const { return m_lastId; }

private:
    documents::OutgoingDocument draft() const;
    void save(bool issue);

    office::OfficeSession &m_session;
    QComboBox *m_type;
    DateField *m_date;
    QLineEdit *m_excerpt;
    QComboBox *m_capacity;
    QLineEdit *m_signer;
    QPlainTextEdit *m_recipients;
    QSpinBox *m_copies;
    QComboBox *m_secret;
    QComboBox *m_urgency;
    QCheckBox *m_congress;
    QLineEdit *m_answers;
    QLabel *m_message;
    qint64 m_lastId = 0;
};

} // namespace vanphong::ui
