#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_confirm(nullptr)
{
    setWindowTitle(title);
    auto *text = new QLabel(question, this);
    text->setWordWrap(true);
    auto *label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("Kept with the line and printed in the book"));
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    QPushButton *back = buttons->addButton(QDialogButtonBox::Cancel);
    back->setDefault(true);
    m_confirm->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this, back](const QString &typed) {
        const bool given = !typed.trimmed().isEmpty();
        m_confirm->setEnabled(given);
        // With a reason typed, Enter confirms; without one it steps back.
        m_confirm->setDefault(given);
        back->setDefault(!given);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    // Room for the question in Vietnamese or English without clipping.
    setMinimumWidth(qMin(560, fontMetrics().averageCharWidth() * 70));
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().simplified();
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &question, const QString &confirmText)
{
    ReasonDialog dialog(title, question, confirmText, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

} // namespace vanphong::ui
