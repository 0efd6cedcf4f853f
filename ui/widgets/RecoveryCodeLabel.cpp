#include "RecoveryCodeLabel.h"

#include <QFontDatabase>

namespace vanphong::ui {

RecoveryCodeLabel::RecoveryCodeLabel(QWidget *parent)
    : QLabel(parent)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(mono.pointSize() + 8);
    mono.setBold(true);
    setFont(mono);
    setAlignment(Qt::AlignCenter);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(70);
}

void RecoveryCodeLabel::setCode(const QString &code)
{
    setText(code);
    // The whole code on one line, with room around it.
    setMinimumWidth(fontMetrics().horizontalAdvance(code) + 4 * fontMetrics().averageCharWidth());
}

} // namespace vanphong::ui
