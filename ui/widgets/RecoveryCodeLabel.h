#pragma once

#include <QLabel>

namespace vanphong::ui {

// A recovery code shown to be copied by hand: large, fixed-width, selectable,
// framed, and never wrapped or clipped at any scaling.
class RecoveryCodeLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit RecoveryCodeLabel(QWidget *parent = nullptr);
    void setCode(const QString &code);
};

} // namespace vanphong::ui
