#pragma once

class QComboBox;

namespace vanphong::ui {

// Fills the confidentiality and urgency choices the same way in every form.
class MarkBoxes final
{
public:
    static void fillConfidentiality(QComboBox *box);
    // "Hỏa tốc hẹn giờ" only where the form has a field for its time.
    static void fillUrgency(QComboBox *box, bool withTimed = false);
    // The register lists' filter: any line, secret marks, urgency marks ("", "secret", "urgent").
    static void fillMarkFilter(QComboBox *box);
};

} // namespace vanphong::ui
