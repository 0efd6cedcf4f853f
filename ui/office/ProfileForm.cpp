#include "ProfileForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace vanphong::ui {

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_parent(new QLineEdit(this))
    , m_committee(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_secretMark(new QLineEdit(this))
    , m_congressIssuer(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_chief(new QLineEdit(this))
    , m_deputies(new QPlainTextEdit(this))
    , m_committeeBody(new QLineEdit(this))
    , m_standingBody(new QLineEdit(this))
    , m_standingMembersBody(new QLineEdit(this))
    , m_notice(new QLabel(this))
{
    m_parent->setPlaceholderText(tr("e.g. ĐẢNG BỘ TỈNH ĐỒNG NAI"));
    m_committee->setPlaceholderText(tr("e.g. ĐẢNG ỦY XÃ TÂN PHÚ"));
    m_organisation->setPlaceholderText(tr("e.g. ĐẢNG BỘ XÃ TÂN PHÚ (taken from the committee when left empty)"));
    m_issuer->setPlaceholderText(tr("e.g. ĐU, as in Số 20-NQ/ĐU"));
    m_issuer->setMaxLength(16);
    m_secretMark->setMaxLength(4);
    m_secretMark->setToolTip(tr("Secret documents have their own series; this mark after the issuer (Số 01-NQ/ĐU-M) keeps their "
                                "symbols apart from the ordinary ones"));
    m_congressIssuer->setMaxLength(16);
    m_congressIssuer->setToolTip(tr("The congress's documents share one series; this issuer (Số 01-NQ/ĐH) keeps their symbols "
                                    "apart from the committee's"));
    m_place->setPlaceholderText(tr("e.g. Tân Phú"));
    m_deputies->setPlaceholderText(tr("One name per line"));
    m_deputies->setTabChangesFocus(true);
    m_deputies->setMaximumHeight(80);
    m_committeeBody->setToolTip(tr("The executive committee as a paper names it, such as Ban Chấp hành Đảng bộ"));
    m_standingBody->setToolTip(tr("The standing committee as a paper names it, such as Ban Thường vụ Đảng ủy"));
    m_standingMembersBody->setToolTip(tr("The standing members as a paper names them, such as Thường trực Đảng ủy"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_notice->hide();
    setMaximumWidth(820); // long lines of names read badly across a wide screen

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Higher party organisation:"), m_parent);
    form->addRow(tr("&Party committee (issuing body):"), m_committee);
    form->addRow(tr("Party &organisation (Đảng bộ):"), m_organisation);
    form->addRow(QString(), m_notice);
    form->addRow(tr("&Issuer abbreviation:"), m_issuer);
    form->addRow(tr("P&lace name for dates:"), m_place);
    form->addRow(tr("Office &chief:"), m_chief);
    form->addRow(tr("&Deputy chiefs:"), m_deputies);
    // The bodies keep their usual names unless the office changes them: the
    // wizard leaves them out (setBodiesShown), the profile page shows them.
    form->addRow(tr("Secret series mar&k:"), m_secretMark);
    form->addRow(tr("Congress's iss&uer:"), m_congressIssuer);
    form->addRow(office::OfficeProfile::label(QStringLiteral("body-committee")) + QLatin1Char(':'), m_committeeBody);
    form->addRow(office::OfficeProfile::label(QStringLiteral("body-standing")) + QLatin1Char(':'), m_standingBody);
    form->addRow(office::OfficeProfile::label(QStringLiteral("body-standing-members")) + QLatin1Char(':'), m_standingMembersBody);
    m_form = form;

    for (QLineEdit *e : {m_parent, m_committee, m_organisation, m_issuer, m_secretMark, m_congressIssuer, m_place, m_chief, m_committeeBody, m_standingBody,
                         m_standingMembersBody})
        connect(e, &QLineEdit::textChanged, this, &ProfileForm::changed);
    connect(m_deputies, &QPlainTextEdit::textChanged, this, &ProfileForm::changed);
    for (QLineEdit *e : {m_committee, m_organisation})
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_derivedNotes.clear(); // the user has looked at the names
            showNotice();
        });
    // Printed names are in capitals on Party documents.
    for (QLineEdit *e : {m_parent, m_committee, m_organisation, m_issuer, m_secretMark, m_congressIssuer})
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
    p.setValue(QStringLiteral("committee-name"), m_committee->text());
    p.setValue(QStringLiteral("organisation-name"), m_organisation->text());
    p.setValue(QStringLiteral("issuer-abbrev"), m_issuer->text());
    p.setValue(QStringLiteral("secret-mark"), m_secretMark->text());
    p.setValue(QStringLiteral("congress-issuer"), m_congressIssuer->text());
    p.setValue(QStringLiteral("place"), m_place->text());
    p.setValue(QStringLiteral("chief"), m_chief->text());
    p.setValue(QStringLiteral("deputies"), m_deputies->toPlainText());
    p.setValue(QStringLiteral("body-committee"), m_committeeBody->text());
    p.setValue(QStringLiteral("body-standing"), m_standingBody->text());
    p.setValue(QStringLiteral("body-standing-members"), m_standingMembersBody->text());
    p.fillOrganisation(); // the organisation follows from the committee when left empty
    return p;
}

void ProfileForm::setProfile(const office::OfficeProfile &p)
{
    m_parent->setText(p.parentOrganisation);
    m_committee->setText(p.committeeName);
    m_organisation->setText(p.organisationName);
    m_issuer->setText(p.issuerAbbreviation);
    m_secretMark->setText(p.secretSymbolMark);
    m_congressIssuer->setText(p.congressIssuer);
    m_place->setText(p.placeName);
    m_chief->setText(p.chiefName);
    m_deputies->setPlainText(p.deputyNames.join(QLatin1Char('\n')));
    m_committeeBody->setText(p.committeeBody);
    m_standingBody->setText(p.standingBody);
    m_standingMembersBody->setText(p.standingMembersBody);
    m_derivedNotes = p.derivedNotes;
    showNotice();
}

void ProfileForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_parent, m_committee, m_organisation, m_issuer, m_secretMark, m_congressIssuer, m_place, m_chief, m_committeeBody, m_standingBody,
                         m_standingMembersBody})
        e->setReadOnly(readOnly);
    m_deputies->setReadOnly(readOnly);
}

void ProfileForm::setBodiesShown(bool shown)
{
    for (QLineEdit *e : {m_secretMark, m_congressIssuer, m_committeeBody, m_standingBody, m_standingMembersBody})
        m_form->setRowVisible(e, shown);
}

QString ProfileForm::notice() const
{
    return m_notice->text();
}

void ProfileForm::showNotice()
{
    const QStringList lines = m_derivedNotes + profile().warnings();
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
}

} // namespace vanphong::ui
