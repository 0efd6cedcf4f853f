#include "NewRecoveryCodeDialog.h"

#include "setup/RecoveryCodePrinter.h"
#include "widgets/RecoveryCodeLabel.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

NewRecoveryCodeDialog::NewRecoveryCodeDialog(const QString &code, const QString &organisation, const QString &filePath,
                                             QWidget *parent)
    : QDialog(parent)
    , m_code(code)
    , m_normalizedCode(storage::Database::normalizeRecoveryCode(code))
    , m_typed(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("New recovery code"));
    auto *intro = new QLabel(tr("The office chief who leaves may know the old recovery code, so the file gets a new one "
                                "with its new key. Print it or write it down, keep it locked away, then type it below. "
                                "Until then the file keeps its key and its old code."), this);
    intro->setWordWrap(true);
    auto *shown = new RecoveryCodeLabel(this);
    shown->setCode(code);
    auto *print = new QPushButton(tr("&Print the code…"), this);
    connect(print, &QPushButton::clicked, this, [this, organisation, filePath] {
        RecoveryCodePrinter::preview(m_code, organisation, filePath, QString(), this);
    });
    auto *typedLabel = new QLabel(tr("&Type the new code again:"), this);
    typedLabel->setBuddy(m_typed);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Use the new code"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &NewRecoveryCodeDialog::checkTyped);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(shown);
    layout->addWidget(print, 0, Qt::AlignLeft);
    layout->addWidget(typedLabel);
    layout->addWidget(m_typed);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_typed->setFocus();
}

void NewRecoveryCodeDialog::checkTyped()
{
    const QString typed = storage::Database::normalizeRecoveryCode(m_typed->text());
    const bool same = typed == m_normalizedCode;
    m_ok->setEnabled(same);
    // Said once the whole code is typed, not at every letter on the way.
    m_status->setText(same || typed.size() < m_normalizedCode.size() ? QString() : tr("This is not the code shown above."));
}

} // namespace vanphong::ui
