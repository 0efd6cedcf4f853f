#include "MoneyField.h"

#include "assets/Money.h"

namespace vanphong::ui {

MoneyField::MoneyField(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight);
    setPlaceholderText(QStringLiteral("12.500.000"));
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.000.000.000.000")) + 24);
    // Shown back as the office writes it once typed, so that a slip (a zero too many) shows.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const auto value = amount())
            setText(assets::Money::format(*value));
    });
    connect(this, &QLineEdit::textChanged, this, [this] {
        const bool wrong = !text().trimmed().isEmpty() && !amount();
        setStyleSheet(wrong ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }") : QString());
        setToolTip(wrong ? problem() : QString());
    });
}

std::optional<qint64> MoneyField::amount() const
{
    return assets::Money::parse(text());
}

void MoneyField::setAmount(std::optional<qint64> amount)
{
    setText(amount ? assets::Money::format(*amount) : QString());
}

QString MoneyField::problem() const
{
    if (text().trimmed().isEmpty())
        return m_required ? tr("Give the amount in đồng.") : QString();
    return amount() ? QString() : tr("\"%1\" is not an amount of whole đồng: write it as 12.500.000 or 12500000.").arg(text().trimmed());
}

} // namespace vanphong::ui
