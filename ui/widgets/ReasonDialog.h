#pragma once

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;

namespace vanphong::ui {

// Asks why before a change that stays in the register (cancelling a line,
// giving a number up). The reason is required: the confirming button stays
// disabled until one is typed, so Enter cannot confirm by accident.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &question, const QString &confirmText, QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString reason() const;

    // The reason typed, or nothing when the user stepped back.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &question, const QString &confirmText);

private:
    QLineEdit *m_reason;
    QPushButton *m_confirm;
};

} // namespace vanphong::ui
