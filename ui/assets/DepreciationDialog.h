#pragma once

#include "assets/DepreciationSchedule.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The year's depreciation (assets::AnnualDepreciation): its lines before they
// are saved, saved, printed for signature, and locked once signed. What the
// year is (not computed, computed and when, changed since, locked and by whom)
// is said above its lines.
class DepreciationDialog final : public QDialog
{
    Q_OBJECT
public:
    DepreciationDialog(office::OfficeSession &session, QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }
    QTableWidget *lines() const { return m_lines; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *computeButton() const { return m_compute; }
    QPushButton *lockButton() const { return m_lock; }

    // The year's lines as the register gives them now, not saved.
    void preview();
    // Computes the year and saves it.
    void compute();
    void print();
    // Asks who signed the table and when, then locks the year.
    void lock();

private:
    void showState();
    void showLines(const QList<assets::DepreciationLine> &lines, qint64 total, bool saved);

    office::OfficeSession &m_session;
    QSpinBox *m_year;
    QLabel *m_state;
    QTableWidget *m_lines;
    QLabel *m_total;
    QPushButton *m_preview;
    QPushButton *m_compute;
    QPushButton *m_print;
    QPushButton *m_lock;
};

} // namespace vanphong::ui
