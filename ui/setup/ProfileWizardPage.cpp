#include "ProfileWizardPage.h"

#include "office/ProfileForm.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vanphong::ui {

ProfileWizardPage::ProfileWizardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new ProfileForm(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("The party organisation"));
    setSubTitle(tr("How the committee is named on its documents. You can change this later."));
    office::OfficeProfile defaults;
    defaults.issuerAbbreviation = QStringLiteral("ĐU");
    m_form->setProfile(defaults);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_problems);
    layout->addStretch();
    connect(m_form, &ProfileForm::changed, this, [this] {
        m_problems->setText(m_form->profile().validate().join(QLatin1Char('\n')));
        Q_EMIT completeChanged();
    });
}

office::OfficeProfile ProfileWizardPage::profile() const
{
    return m_form->profile();
}

bool ProfileWizardPage::isComplete() const
{
    return m_form->profile().validate().isEmpty();
}

} // namespace vanphong::ui
