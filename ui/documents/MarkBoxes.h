#pragma once

class QComboBox;

namespace vanphong::ui {

// Fills the confidentiality and urgency choices the same way in every form.
class MarkBoxes final
{
public:
    static void fillConfidentiality(QComboBox *box);
    static void fillUrgency(QComboBox *box); // without "Hỏa tốc hẹn giờ", which needs a time field
};

} // namespace vanphong::ui
