#include "ProfilePage.h"

#include "AppController.h"
#include "ProfileForm.h"
#include "TermsBox.h"
#include "documents/DocumentTypesBox.h"
#include "office/Role.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace vanphong::ui {

ProfilePage::ProfilePage(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_form(new ProfileForm(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_terms(new TermsBox(controller, this))
    , m_types(new DocumentTypesBox(controller, this))
{
    auto *title = new QLabel(tr("<h2>Office profile</h2>"), this);
    auto *help = new QLabel(tr("These names appear in the header of every document and report the office prints."), this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(help);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_terms, 2);
    lists->addWidget(m_types, 3);
    layout->addLayout(lists, 1);
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_form, &ProfileForm::changed, this, [this] { m_status->clear(); });
}

void ProfilePage::reload()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    auto profile = session->profile();
    if (profile)
        m_form->setProfile(profile.value());
    const bool mayEdit = session->may(office::Permission::EditProfile);
    m_form->setReadOnly(!mayEdit);
    m_save->setVisible(mayEdit);
    m_status->clear();
    m_terms->reload();
    m_types->reload();
}

void ProfilePage::save()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    const storage::Status s = session->saveProfile(m_form->profile());
    if (!s) {
        QMessageBox::warning(this, tr("Not saved"), s.error().message);
        return;
    }
    m_status->setText(tr("Saved."));
}

} // namespace vanphong::ui
