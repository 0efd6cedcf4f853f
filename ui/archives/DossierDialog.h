#pragma once

#include "archives/Dossier.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// A dossier of a year's list, new or as it is: year, number, symbol, title,
// retention (a row of the office's retention table, permanent, or a number
// of years), keeper, the day it opens, where it stands. The core checks it
// again when saved (archives::DossierRegister); its refusal is shown here and
// the form stays open with what was typed.
class DossierDialog final : public QDialog
{
    Q_OBJECT
public:
    // A new dossier of `year`.
    DossierDialog(office::OfficeSession &session, int year, QWidget *parent = nullptr);
    // The dossier as it is, to change.
    DossierDialog(office::OfficeSession &session, const archives::Dossier &dossier, QWidget *parent = nullptr);

    // The dossier saved (its id for a new one); valid once accepted.
    const archives::Dossier &saved() const { return m_dossier; }
    QSpinBox *yearBox() const { return m_year; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *retentionBox() const { return m_retention; }

    void accept() override;

private:
    void build();
    void fill(const archives::Dossier &d);
    archives::Dossier typed() const;

    office::OfficeSession &m_session;
    archives::Dossier m_dossier;
    QSpinBox *m_year;
    QLineEdit *m_number;
    QLineEdit *m_symbol;
    QLineEdit *m_title;
    QComboBox *m_retention; // rows of the table, then "Permanent" and "Number of years"
    QSpinBox *m_years;
    QComboBox *m_keeper;
    DateField *m_opened;
    QLineEdit *m_room;
    QLineEdit *m_cabinet;
    QLineEdit *m_shelf;
    QLineEdit *m_box;
    QLineEdit *m_note;
};

} // namespace vanphong::ui
