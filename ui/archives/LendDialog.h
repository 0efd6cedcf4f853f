#pragma once

#include "archives/Dossier.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// Lends a dossier out of the archive (khai thác): to a user of the file or
// a person named, for a purpose, approved by whom, until when. A dossier of
// Mật and above goes only to a user cleared to it, with a leader's approval:
// the core (archives::DossierLending) decides and says why not.
class LendDialog final : public QDialog
{
    Q_OBJECT
public:
    LendDialog(office::OfficeSession &session, const archives::Dossier &dossier, QWidget *parent = nullptr);
    QRadioButton *toPersonChoice() const { return m_toPerson; }
    QComboBox *userChoice() const { return m_user; }
    QLineEdit *personEdit() const { return m_person; }
    QLineEdit *purposeEdit() const { return m_purpose; }
    DateField *dueField() const { return m_due; }
    void accept() override;

private:
    office::OfficeSession &m_session;
    archives::Dossier m_dossier;
    QRadioButton *m_toUser;
    QRadioButton *m_toPerson;
    QComboBox *m_user;
    QLineEdit *m_person;
    QLineEdit *m_purpose;
    QComboBox *m_approver;
    DateField *m_on;
    DateField *m_due;
};

} // namespace vanphong::ui
