#pragma once

#include "assets/Asset.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;
class MoneyField;

// The form of an item of the asset register: a new one (its code made from
// its category unless typed, its book said as the office's thresholds decide
// it), or a correction of one, with the reason asked on saving. Its place,
// keeper and status are changed by the movements, not here.
class AssetDialog final : public QDialog
{
    Q_OBJECT
public:
    AssetDialog(office::OfficeSession &session, QWidget *parent = nullptr);
    AssetDialog(office::OfficeSession &session, const assets::Asset &item, QWidget *parent = nullptr);

    const assets::Asset &saved() const { return m_item; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *categoryBox() const { return m_category; }
    DateField *acquiredField() const { return m_acquired; }
    MoneyField *costField() const { return m_cost; }
    QLabel *bookLabel() const { return m_book; }

    void accept() override;

private:
    void build();
    void fill(const assets::Asset &item);
    assets::Asset typed() const;
    // Which book the item goes in, said under the cost as it is typed.
    void showBook();

    office::OfficeSession &m_session;
    assets::Asset m_item;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_specification = nullptr;
    QLineEdit *m_serial = nullptr;
    DateField *m_acquired = nullptr;
    QLineEdit *m_document = nullptr;
    MoneyField *m_cost = nullptr;
    QLabel *m_book = nullptr;
    QComboBox *m_funding = nullptr;
    QLineEdit *m_room = nullptr;
    QLineEdit *m_custodian = nullptr;
    QLineEdit *m_rate = nullptr;
    QSpinBox *m_openingYear = nullptr;
    MoneyField *m_openingAccumulated = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace vanphong::ui
