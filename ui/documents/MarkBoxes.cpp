#include "MarkBoxes.h"

#include "documents/DocumentMarks.h"

#include <QComboBox>
#include <QCoreApplication>

namespace vanphong::ui {

using namespace vanphong::documents;

void MarkBoxes::fillConfidentiality(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("MarkBoxes", "None"), int(Confidentiality::Normal));
    for (auto c : {Confidentiality::Confidential, Confidentiality::Secret, Confidentiality::TopSecret})
        box->addItem(DocumentMarks::confidentialityName(c), int(c));
}

void MarkBoxes::fillUrgency(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("MarkBoxes", "None"), int(Urgency::None));
    for (auto u : {Urgency::Urgent, Urgency::VeryUrgent, Urgency::Immediate})
        box->addItem(DocumentMarks::urgencyName(u), int(u));
}

} // namespace vanphong::ui
