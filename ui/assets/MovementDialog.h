#pragma once

#include "assets/AssetEvent.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;
class MoneyField;

// One movement of an item (assets::AssetMovements): handed over, repaired,
// its status, upgraded, revalued, disposed of, lost or transferred out; the
// form asks what that movement needs, dated today unless told.
class MovementDialog final : public QDialog
{
    Q_OBJECT
public:
    MovementDialog(office::OfficeSession &session, const assets::Asset &item, assets::AssetEvent::Kind kind, QWidget *parent = nullptr);

    const assets::AssetEvent &recorded() const { return m_recorded; }
    DateField *dateField() const { return m_on; }
    QLineEdit *roomEdit() const { return m_room; }
    QLineEdit *keeperEdit() const { return m_keeper; }
    QLineEdit *recordEdit() const { return m_record; }
    QLineEdit *documentEdit() const { return m_document; }
    MoneyField *amountField() const { return m_amount; }

    void accept() override;

private:
    office::OfficeSession &m_session;
    assets::Asset m_item;
    assets::AssetEvent::Kind m_kind;
    assets::AssetEvent m_recorded;
    DateField *m_on = nullptr;
    QLineEdit *m_room = nullptr;
    QLineEdit *m_keeper = nullptr;
    QLineEdit *m_record = nullptr;
    QLineEdit *m_document = nullptr;
    MoneyField *m_amount = nullptr;
    MoneyField *m_accumulated = nullptr;
    QSpinBox *m_years = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_stillUnderRepair = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace vanphong::ui
