#pragma once

#include <QDialog>

class QLineEdit;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// Records who approved a year's dossier list and on which day (the paper
// list signed by the secretary or the office chief); the list is then no
// longer a draft, and prints with the approval.
class PlanApprovalDialog final : public QDialog
{
    Q_OBJECT
public:
    PlanApprovalDialog(office::OfficeSession &session, int year, QWidget *parent = nullptr);
    QLineEdit *approverEdit() const { return m_by; }
    void accept() override;

private:
    office::OfficeSession &m_session;
    int m_year;
    QLineEdit *m_by;
    DateField *m_on;
};

} // namespace vanphong::ui
