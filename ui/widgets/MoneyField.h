#pragma once

#include <QLineEdit>

#include <optional>

namespace vanphong::ui {

// An amount of money in whole đồng, typed as the office writes it
// (12.500.000, 12500000 or 12 500 000) and shown back with separators once
// the field is left; anything else (decimals, letters) is said to be wrong
// and amount() is nothing. Right-aligned, as figures are read.
class MoneyField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyField(QWidget *parent = nullptr);

    // The amount typed; nothing when the field is empty or not an amount.
    std::optional<qint64> amount() const;
    void setAmount(std::optional<qint64> amount);
    // Empty when the field holds an amount, or nothing while not required; otherwise what is wrong.
    QString problem() const;
    void setRequired(bool required) { m_required = required; }

private:
    bool m_required = false;
};

} // namespace vanphong::ui
