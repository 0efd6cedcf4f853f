#include "LendDialog.h"

#include "archives/DossierLending.h"
#include "documents/DocumentMarks.h"
#include "office/OfficeSession.h"
#include "office/Role.h"
#include "office/UserDirectory.h"
#include "widgets/DateField.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>

namespace vanphong::ui {

LendDialog::LendDialog(office::OfficeSession &session, const archives::Dossier &dossier, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dossier(dossier)
    , m_toUser(new QRadioButton(tr("a &user:"), this))
    , m_toPerson(new QRadioButton(tr("another &person:"), this))
    , m_user(new QComboBox(this))
    , m_person(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_approver(new QComboBox(this))
    , m_on(new DateField(QDate::currentDate(), this))
    , m_due(new DateField(QDate::currentDate().addDays(14), this))
{
    setWindowTitle(tr("Lend dossier %1/%2").arg(dossier.number).arg(dossier.year));
    const bool secret = dossier.confidentiality != documents::Confidentiality::Normal;
    m_approver->addItem(tr("(no approval)"), QString());
    if (auto users = office::UserDirectory(session.database()).list()) {
        for (const office::UserAccount &u : users.value()) {
            if (u.disabled)
                continue;
            const QString shown = u.fullName.isEmpty() ? u.login : QStringLiteral("%1 (%2)").arg(u.fullName, u.login);
            if (u.role == office::Role::Leader || u.role == office::Role::Admin)
                m_approver->addItem(shown, u.login);
            // A secret dossier goes only to a user cleared to its mark: the others are not offered.
            if (int(u.clearance) >= int(dossier.confidentiality))
                m_user->addItem(QStringLiteral("%1 — %2").arg(shown, office::Roles::clearanceName(u.clearance)), u.login);
        }
    }
    m_person->setPlaceholderText(tr("The borrower's full name and unit"));
    m_purpose->setPlaceholderText(tr("e.g. Looking up the 2024 resolutions"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_toUser);
    group->addButton(m_toPerson);
    connect(m_toUser, &QRadioButton::toggled, this, [this](bool user) {
        m_user->setEnabled(user);
        m_person->setEnabled(!user);
    });
    // Someone outside the file has no clearance it knows of: a secret dossier goes to a cleared user only.
    m_toPerson->setEnabled(!secret);
    (secret ? m_toUser : m_toPerson)->setChecked(true);
    m_user->setEnabled(secret);
    m_person->setEnabled(!secret);
    // The number first, as on the shelf's box: the window title is not shown by every desktop.
    const QString which = tr("Dossier %1/%2: %3").arg(dossier.number).arg(dossier.year).arg(dossier.title);
    auto *about = new QLabel(secret ? tr("%1 — %2. A secret dossier is lent only to a user cleared to it, with a leader's approval.")
                                          .arg(which, documents::DocumentMarks::confidentialityName(dossier.confidentiality))
                                    : which,
                             this);
    about->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(about);
    auto *toUser = new QHBoxLayout;
    toUser->addWidget(m_toUser);
    toUser->addWidget(m_user, 1);
    auto *toPerson = new QHBoxLayout;
    toPerson->addWidget(m_toPerson);
    toPerson->addWidget(m_person, 1);
    form->addRow(tr("Lent to:"), toPerson);
    form->addRow(QString(), toUser);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Approved by:"), m_approver);
    form->addRow(tr("Lent &on:"), m_on);
    form->addRow(tr("&Due back on:"), m_due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Lend"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(std::min(620, fontMetrics().averageCharWidth() * 80));
    (secret ? static_cast<QWidget *>(m_user) : m_person)->setFocus();
    if (secret && m_user->count() == 0)
        about->setText(about->text() + QStringLiteral("\n\n") + tr("No user of the file is cleared to this mark."));
}

void LendDialog::accept()
{
    if (!DateField::confirm(this, {m_on, m_due}))
        return;
    const bool toUser = m_toUser->isChecked();
    const QString borrower = toUser ? m_user->currentData().toString() : m_person->text().simplified();
    auto loan = archives::DossierLending(m_session.database(), m_session.actor())
                    .lend(m_dossier.id, borrower, toUser, m_purpose->text(), m_approver->currentData().toString(), m_on->date(), m_due->date());
    if (!loan) {
        QMessageBox::warning(this, windowTitle(), loan.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace vanphong::ui
