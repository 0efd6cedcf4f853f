#include "DetailsToggle.h"

namespace vanphong::ui {

DetailsToggle::DetailsToggle(QWidget *details, QWidget *parent)
    : QPushButton(parent)
    , m_details(details)
{
    setCheckable(true);
    setChecked(true);
    setToolTip(tr("Give the details' room to the list, or take it back"));
    connect(this, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        showText();
    });
    showText();
}

void DetailsToggle::showText()
{
    setText(isChecked() ? tr("Hide the details") : tr("Show the details"));
}

} // namespace vanphong::ui
