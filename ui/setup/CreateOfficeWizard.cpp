#include "CreateOfficeWizard.h"

#include "ChiefAccountPage.h"
#include "FileLocationPage.h"
#include "ProfileWizardPage.h"
#include "RecoveryCodePage.h"
#include "office/TermStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>

namespace vanphong::ui {

CreateOfficeWizard::CreateOfficeWizard(const QString &suggestedPath, storage::DatabaseOptions options, QWidget *parent)
    : QWizard(parent)
    , m_options(std::move(options))
    , m_filePage(new FileLocationPage(suggestedPath, this))
    , m_profilePage(new ProfileWizardPage(this))
    , m_accountPage(new ChiefAccountPage(this))
    , m_recoveryPage(new RecoveryCodePage(this))
{
    setWindowTitle(tr("Create the office file"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    addPage(m_filePage);
    addPage(m_profilePage);
    addPage(m_accountPage);
    addPage(m_recoveryPage);
    // The chief named on the profile page is, most often, the one making the file.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (currentPage() == m_accountPage && m_accountPage->fullNameEdit()->text().trimmed().isEmpty())
            m_accountPage->fullNameEdit()->setText(m_profilePage->profile().chiefName);
    });
    // On a computer that never opened a file, the office's file may well exist already.
    setButtonText(QWizard::CustomButton1, tr("&Open an existing file…"));
    setOption(QWizard::HaveCustomButton1);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open an office file"), QFileInfo(m_filePage->path()).absolutePath(),
                                                          tr("VanPhong office files (*.vpdb);;All files (*)"));
        if (path.isEmpty())
            return;
        m_existing = path;
        QWizard::reject();
    });
    connect(this, &QWizard::currentIdChanged, this, [this] { button(QWizard::CustomButton1)->setVisible(currentPage() == m_filePage); });
    setMinimumSize(640, 520);
}

CreateOfficeWizard::~CreateOfficeWizard() = default;

bool CreateOfficeWizard::createOffice()
{
    office::OfficeSession::NewOffice office;
    office.profile = m_profilePage->profile();
    office.chief.login = m_accountPage->login();
    office.chief.fullName = m_accountPage->fullName();
    office.forSecrets = m_filePage->forSecrets();
    if (office.profile.chiefName.isEmpty())
        office.profile.chiefName = office.chief.fullName;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = office::OfficeSession::create(m_filePage->path(), office, m_accountPage->password(), m_options);
    QApplication::restoreOverrideCursor();
    if (!created) {
        QMessageBox::warning(this, tr("The office file was not created"), created.error().message);
        return false;
    }
    m_session = std::move(created->session);
    m_recoveryCode = created->recoveryCode;
    // The term typed on the profile page: the file is made; a term refused here can be added on the profile page.
    if (auto term = office::TermStore(m_session->database()).add(m_profilePage->termName(), m_profilePage->termStarts(), m_session->actor());
        !term)
        QMessageBox::warning(this, tr("The term was not recorded"), term.error().message);
    m_recoveryPage->setRecoveryCode(m_recoveryCode, office.profile.committeeName, m_session->database().path(), office.chief.login);
    return true;
}

std::unique_ptr<office::OfficeSession> CreateOfficeWizard::takeSession()
{
    return std::move(m_session);
}

void CreateOfficeWizard::reject()
{
    if (currentPage() != m_recoveryPage) {
        QWizard::reject();
        return;
    }
    if (m_recoveryPage->isComplete()) {
        accept();
        return;
    }
    QMessageBox::information(this, tr("Recovery code"),
                             tr("Print the recovery code or write it down, then tick the box: it is not shown again."));
}

} // namespace vanphong::ui
