#include "RecoveryCodePage.h"

#include "RecoveryCodePrinter.h"
#include "widgets/RecoveryCodeLabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

RecoveryCodePage::RecoveryCodePage(QWidget *parent)
    : QWizardPage(parent)
    , m_code(new RecoveryCodeLabel(this))
    , m_confirm(new QCheckBox(tr("I have &printed or written down the recovery code and will keep it locked away"), this))
{
    setTitle(tr("The recovery code"));
    setSubTitle(tr("If the office chief forgets the password, this code is the only way back into the file. "
                   "It is shown only now."));
    auto *print = new QPushButton(tr("&Print the code…"), this);
    connect(print, &QPushButton::clicked, this, [this] {
        RecoveryCodePrinter::preview(shownCode(), m_organisation, m_filePath, m_login, this);
    });
    auto *advice = new QLabel(tr("Keep it apart from the computer, for example in the office safe. "
                                 "Anyone with this code can open the file."), this);
    advice->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_code);
    layout->addWidget(print, 0, Qt::AlignLeft);
    layout->addWidget(advice);
    layout->addStretch();
    layout->addWidget(m_confirm);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void RecoveryCodePage::setRecoveryCode(const QString &code, const QString &organisation, const QString &filePath, const QString &login)
{
    m_code->setCode(code);
    m_organisation = organisation;
    m_filePath = filePath;
    m_login = login;
}

QString RecoveryCodePage::shownCode() const
{
    return m_code->text();
}

bool RecoveryCodePage::isComplete() const
{
    return m_confirm->isChecked();
}

} // namespace vanphong::ui
