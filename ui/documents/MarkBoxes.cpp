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

void MarkBoxes::fillUrgency(QComboBox *box, bool withTimed)
{
    box->addItem(QCoreApplication::translate("MarkBoxes", "None"), int(Urgency::None));
    for (auto u : {Urgency::Urgent, Urgency::VeryUrgent, Urgency::Immediate})
        box->addItem(DocumentMarks::urgencyName(u), int(u));
    if (withTimed)
        box->addItem(DocumentMarks::urgencyName(Urgency::ImmediateTimed), int(Urgency::ImmediateTimed));
}

void MarkBoxes::fillMarkFilter(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("MarkBoxes", "Any mark"), QString());
    box->addItem(QCoreApplication::translate("MarkBoxes", "Secret (Mật and above)"), QStringLiteral("secret"));
    box->addItem(QCoreApplication::translate("MarkBoxes", "Urgent (Khẩn and above)"), QStringLiteral("urgent"));
}

} // namespace vanphong::ui
