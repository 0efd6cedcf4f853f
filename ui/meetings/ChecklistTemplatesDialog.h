#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The office's checklist for each kind of meeting: steps edited in place
// (title, days from the meeting, owner) and written as each cell is left;
// steps added and removed. Meetings created afterwards follow the lists.
class ChecklistTemplatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChecklistTemplatesDialog(office::OfficeSession &session, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *daysBox() const { return m_days; }
    void addStep();
    void removeStep();

private:
    void fill();
    void cellEdited(int row, int column);

    office::OfficeSession &m_session;
    QComboBox *m_kind;
    QTableWidget *m_table;
    QLineEdit *m_title;
    QSpinBox *m_days;
    QLineEdit *m_owner;
    QLabel *m_message;
    bool m_filling = false;
};

} // namespace vanphong::ui
