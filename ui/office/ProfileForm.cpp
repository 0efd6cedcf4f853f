#include "ProfileForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace vanphong::ui {

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_parent(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_chief(new QLineEdit(this))
    , m_deputies(new QPlainTextEdit(this))
{
    m_parent->setPlaceholderText(tr("e.g. ĐẢNG BỘ TỈNH ĐỒNG NAI"));
    m_organisation->setPlaceholderText(tr("e.g. ĐẢNG ỦY XÃ TÂN PHÚ"));
    m_issuer->setPlaceholderText(tr("e.g. ĐU, as in Số 20-NQ/ĐU"));
    m_issuer->setMaxLength(16);
    m_place->setPlaceholderText(tr("e.g. Tân Phú"));
    m_deputies->setPlaceholderText(tr("One name per line"));
    m_deputies->setTabChangesFocus(true);
    m_deputies->setMaximumHeight(80);
    setMaximumWidth(820); // long lines of names read badly across a wide screen

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Higher party organisation:"), m_parent);
    form->addRow(tr("&Party organisation (as printed):"), m_organisation);
    form->addRow(tr("&Issuer abbreviation:"), m_issuer);
    form->addRow(tr("P&lace name for dates:"), m_place);
    form->addRow(tr("Office &chief:"), m_chief);
    form->addRow(tr("&Deputy chiefs:"), m_deputies);

    for (QLineEdit *e : {m_parent, m_organisation, m_issuer, m_place, m_chief})
        connect(e, &QLineEdit::textChanged, this, &ProfileForm::changed);
    connect(m_deputies, &QPlainTextEdit::textChanged, this, &ProfileForm::changed);
    // Printed names are in capitals on Party documents.
    for (QLineEdit *e : {m_parent, m_organisation, m_issuer})
        connect(e, &QLineEdit::textEdited, e, [e](const QString &text) {
            const QString upper = text.toUpper();
            if (upper != text) {
                const int pos = e->cursorPosition();
                e->setText(upper);
                e->setCursorPosition(pos);
            }
        });
}

office::OfficeProfile ProfileForm::profile() const
{
    office::OfficeProfile p;
    p.setValue(QStringLiteral("parent-organisation"), m_parent->text());
    p.setValue(QStringLiteral("organisation-name"), m_organisation->text());
    p.setValue(QStringLiteral("issuer-abbrev"), m_issuer->text());
    p.setValue(QStringLiteral("place"), m_place->text());
    p.setValue(QStringLiteral("chief"), m_chief->text());
    p.setValue(QStringLiteral("deputies"), m_deputies->toPlainText());
    return p;
}

void ProfileForm::setProfile(const office::OfficeProfile &p)
{
    m_parent->setText(p.parentOrganisation);
    m_organisation->setText(p.organisationName);
    m_issuer->setText(p.issuerAbbreviation);
    m_place->setText(p.placeName);
    m_chief->setText(p.chiefName);
    m_deputies->setPlainText(p.deputyNames.join(QLatin1Char('\n')));
}

void ProfileForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_parent, m_organisation, m_issuer, m_place, m_chief})
        e->setReadOnly(readOnly);
    m_deputies->setReadOnly(readOnly);
}

} // namespace vanphong::ui
