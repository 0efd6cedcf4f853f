#include "FileLocationPage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

FileLocationPage::FileLocationPage(const QString &suggestedPath, QWidget *parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this))
    , m_secret(new QCheckBox(tr("This is the &secret file, on the office's standalone computer"), this))
{
    setTitle(tr("Welcome to VanPhong"));
    setSubTitle(tr("VanPhong keeps the registers of the party committee office in one encrypted file. "
                   "Choose where to keep it."));
    auto *intro = new QLabel(tr("Everything in this file (documents, meetings, archives, assets) is encrypted with "
                                "the passwords of the office's users. Keep regular backups on another disk."), this);
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Office file"), m_path->text(),
                                                            tr("VanPhong office files (*.vpdb)"));
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addSpacing(12);
    // Luật Bảo vệ bí mật nhà nước 2018, Điều 5 (office::SecretFile).
    auto *secretNote = new QLabel(tr("An ordinary file keeps only the register line (number, date, sender, symbol, mark) of "
                                     "Mật, Tối mật and Tuyệt mật documents. Their content is kept in a separate secret file, on "
                                     "a computer that has never been connected to a network. This cannot be changed later."), this);
    secretNote->setWordWrap(true);
    layout->addWidget(m_secret);
    layout->addWidget(secretNote);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString FileLocationPage::path() const
{
    QString p = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += QLatin1String(".vpdb");
    return p;
}

bool FileLocationPage::forSecrets() const
{
    return m_secret->isChecked();
}

bool FileLocationPage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool FileLocationPage::validatePage()
{
    const QFileInfo info(path());
    if (info.exists()) {
        QMessageBox::warning(this, tr("The file exists"),
                             tr("%1 already exists. Choose another name; an existing office file is opened, not created.")
                                 .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        QMessageBox::warning(this, tr("No such folder"), tr("The folder %1 does not exist.")
                                                             .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    return true;
}

} // namespace vanphong::ui
