#pragma once

#include "archives/RetentionReview.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// Carries out a decided destruction: says what goes (the dossiers, the files
// of their documents) and what stays (their lines, the list), asks for the
// record's number, the day, and the number typed again, since nothing
// destroyed comes back. The core checks it all (RetentionReview::destroy).
class DestroyDialog final : public QDialog
{
    Q_OBJECT
public:
    DestroyDialog(office::OfficeSession &session, const archives::Destruction &destruction, QWidget *parent = nullptr);
    QLineEdit *recordEdit() const { return m_record; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QPushButton *destroyButton() const { return m_destroy; }
    void accept() override;

private:
    office::OfficeSession &m_session;
    archives::Destruction m_destruction;
    QLineEdit *m_record;
    DateField *m_on;
    QLineEdit *m_confirmation;
    QPushButton *m_destroy = nullptr;
};

} // namespace vanphong::ui
