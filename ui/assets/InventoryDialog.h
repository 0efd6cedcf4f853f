#pragma once

#include "assets/AssetInventory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// The annual inventory (assets::AssetInventory) as the committee runs it:
// started with its members; then a field that a USB scanner types each
// label's code into, followed by Enter: the item is marked found at once,
// a green line and its name confirm, an unknown code is flagged in red with
// a beep, and the field is ready for the next label. Items found elsewhere,
// damaged or missing are marked on the list, extras added, a phone's list of
// codes imported; the reconciliation and the record printed; and the
// inventory closed with its record's number.
class InventoryDialog final : public QDialog
{
    Q_OBJECT
public:
    InventoryDialog(office::OfficeSession &session, QWidget *parent = nullptr);

    QLineEdit *scanField() const { return m_scan; }
    QLabel *scanResult() const { return m_result; }
    QTableWidget *lines() const { return m_lines; }
    QLineEdit *committeeEdit() const { return m_committee; }
    QPushButton *startButton() const { return m_start; }

    void start();
    // What a scanner typed, then Enter.
    void scanned();
    void markSelected(assets::InventoryLine::State state);
    void addExtra();
    void importCodes();
    void closeInventory();

private:
    void showInventory();
    void fillLines();
    void flash(const QString &text, bool good);

    office::OfficeSession &m_session;
    assets::AssetInventory m_inventory;
    std::optional<assets::Inventory> m_open;
    QStackedWidget *m_pages;
    DateField *m_day;
    QLineEdit *m_committee;
    QLineEdit *m_decision;
    QPushButton *m_start;
    QLabel *m_summary;
    QLineEdit *m_scan;
    QLabel *m_result;
    QTableWidget *m_lines;
    QTimer *m_fade;
};

} // namespace vanphong::ui
