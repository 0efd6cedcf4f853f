#pragma once

#include <QDialog>

class QTabWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// File → "Names and recipient groups": the lists the register forms complete from.
class NamesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NamesDialog(office::OfficeSession &session, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
};

} // namespace vanphong::ui
