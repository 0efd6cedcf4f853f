#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace vanphong::storage { class Database; }

namespace vanphong::ui {

class DateField;

// Hands an incoming document to a person or unit, with the leader's direction.
class AssignDialog final : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(const QString &title, const QString &direction, const QDate &deadline, QWidget *parent = nullptr);
    QString toWhom() const;
    QString direction() const;
    QDate deadline() const; // invalid: keep the current one
    QDate handedOn() const; // the day it went across the desk: today unless the clerk says
    // "Hand to" completes from the office's list of people and units.
    void completeFrom(storage::Database &db);
    // Escape with something typed asks before throwing it away.
    void reject() override;

private:
    QLineEdit *m_to;
    QPlainTextEdit *m_direction;
    QCheckBox *m_hasDeadline;
    DateField *m_deadline;
    DateField *m_handedOn;
    QString m_initialDirection;
};

} // namespace vanphong::ui
