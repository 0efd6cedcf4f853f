#include "ProfileWizardPage.h"

#include "office/ProfileForm.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vanphong::ui {

ProfileWizardPage::ProfileWizardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new ProfileForm(this))
    , m_termName(new QLineEdit(this))
    , m_termStarts(new DateField(QDate(), this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("The party organisation"));
    setSubTitle(tr("How the committee is named on its documents. You can change this later."));
    office::OfficeProfile defaults;
    defaults.issuerAbbreviation = QStringLiteral("ĐU");
    m_form->setProfile(defaults);
    m_form->setBodiesShown(false); // their usual names; the profile page changes them
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a40000;"));
    // The current term is asked now: the first outgoing number needs it.
    m_termName->setPlaceholderText(tr("e.g. Khóa XV (2025-2030)"));
    m_termStarts->setRequired(true);
    auto *termBox = new QGroupBox(tr("The committee's current term"), this);
    auto *term = new QFormLayout(termBox);
    term->addRow(tr("&Name:"), m_termName);
    term->addRow(tr("&Started on:"), m_termStarts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(termBox);
    layout->addWidget(m_problems);
    layout->addStretch();
    connect(m_form, &ProfileForm::changed, this, &ProfileWizardPage::check);
    connect(m_termName, &QLineEdit::textChanged, this, &ProfileWizardPage::check);
    connect(m_termStarts, &DateField::dateChanged, this, &ProfileWizardPage::check);
}

void ProfileWizardPage::check()
{
    QStringList problems = m_form->profile().validate();
    if (m_termName->text().trimmed().isEmpty())
        problems << tr("Name the committee's current term (nhiệm kỳ).");
    if (const QString why = m_termStarts->problem(); !why.isEmpty())
        problems << tr("The day the term started: %1").arg(why);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

QString ProfileWizardPage::termName() const
{
    return m_termName->text().simplified();
}

QDate ProfileWizardPage::termStarts() const
{
    return m_termStarts->date();
}

office::OfficeProfile ProfileWizardPage::profile() const
{
    return m_form->profile();
}

bool ProfileWizardPage::isComplete() const
{
    return m_form->profile().validate().isEmpty() && !termName().isEmpty() && termStarts().isValid();
}

} // namespace vanphong::ui
