#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vanphong::ui {

// Shows a recovery code made while the file changes key (an office chief
// disabled or removed), and is accepted only once the code has been typed
// back: the file takes its new key only after someone has the new code.
class NewRecoveryCodeDialog final : public QDialog
{
    Q_OBJECT
public:
    NewRecoveryCodeDialog(const QString &code, const QString &organisation, const QString &filePath, QWidget *parent = nullptr);

private:
    void checkTyped();

    QString m_code;
    QString m_normalizedCode;
    QLineEdit *m_typed;
    QLabel *m_status;
    QPushButton *m_ok;
};

} // namespace vanphong::ui
