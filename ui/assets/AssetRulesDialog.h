#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class MoneyField;

// The asset register's rules, the accountant's: the table of categories with
// their lives and rates (Thông tư 23/2023/TT-BTC, Phụ lục I; a row marked
// checked once compared with the Thông tư), the thresholds of a fixed asset,
// and which reading of the year an item comes or goes the depreciation takes.
class AssetRulesDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { Code, Prefix, Group, Name, Life, Rate, Source, Checked, ColumnCount };

    AssetRulesDialog(office::OfficeSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    MoneyField *minCostField() const { return m_minCost; }
    QComboBox *inYearBox() const { return m_inYear; }

    void accept() override;

private:
    void addRow();

    office::OfficeSession &m_session;
    QTableWidget *m_table;
    MoneyField *m_minCost;
    QSpinBox *m_minLife;
    QComboBox *m_inYear;
    QLabel *m_inYearNote;
};

} // namespace vanphong::ui
