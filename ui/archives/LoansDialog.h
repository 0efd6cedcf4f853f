#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// The archive's loans (khai thác): those out first, the overdue in red; a
// loan given back on a day; the lending register printed.
class LoansDialog final : public QDialog
{
    Q_OBJECT
public:
    LoansDialog(office::OfficeSession &session, bool outOnly, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *returnButton() const { return m_return; }
    DateField *returnedOnField() const { return m_returnedOn; }
    // The selected loan given back on the day in the field.
    void giveBackSelected();

private:
    void reload();

    office::OfficeSession &m_session;
    QCheckBox *m_outOnly;
    QLabel *m_count;
    QTableWidget *m_table;
    DateField *m_returnedOn;
    QPushButton *m_return;
};

} // namespace vanphong::ui
