#include "UnlockDialog.h"

#include "AppController.h"
#include "office/PasswordDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

UnlockDialog::UnlockDialog(AppController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_file(new QLabel(this))
    , m_login(new QLineEdit(controller.lastLogin(), this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Open the office file"));
    m_password->setEchoMode(QLineEdit::Password);
    m_file->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    QPushButton *other = buttons->addButton(tr("Other &file…"), QDialogButtonBox::ActionRole);
    QPushButton *create = buttons->addButton(tr("&New office file…"), QDialogButtonBox::ActionRole);
    QPushButton *recovery = buttons->addButton(tr("Forgot the password…"), QDialogButtonBox::ActionRole);
    m_recovery = recovery;
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(open, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(other, &QPushButton::clicked, this, &UnlockDialog::chooseFile);
    connect(create, &QPushButton::clicked, this, [this] { done(CreateNew); });
    connect(recovery, &QPushButton::clicked, this, &UnlockDialog::useRecoveryCode);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showFile();
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    resize(560, sizeHint().height());
}

void UnlockDialog::showFile()
{
    m_file->setText(QDir::toNativeSeparators(m_controller.filePath()));
}

void UnlockDialog::tryUnlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::Status s = m_controller.unlock(m_login->text(), m_password->text().toUtf8());
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        if (s.error().kind == storage::StorageError::Kind::Corrupted)
            offerRescue();
        return;
    }
    m_password->clear();
    if (m_controller.session()->user().mustChangePassword)
        PasswordDialog::askForNewOwnPassword(*m_controller.session(), this);
    accept();
}

void UnlockDialog::offerRescue()
{
    const auto answer = QMessageBox::question(
        this, tr("The file is damaged"),
        tr("%1\n\nSave what the file held before the damage as a new file? Nothing is written to the damaged file.")
            .arg(m_error->text()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return;
    const QFileInfo damaged(m_controller.filePath());
    const QString destination = QFileDialog::getSaveFileName(
        this, tr("Save the last good state as"),
        damaged.dir().filePath(damaged.completeBaseName() + tr("-saved") + QStringLiteral(".vpdb")),
        tr("VanPhong office files (*.vpdb)"));
    if (destination.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::Status saved = m_controller.saveLastGoodState(m_login->text(), m_password->text().toUtf8(), destination);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::warning(this, tr("The file is damaged"), saved.error().message);
        return;
    }
    QMessageBox::information(this, tr("The file is damaged"),
                             tr("The last good state was saved as %1. Open that file to go on working, and keep the "
                                "damaged one for whoever repairs it.").arg(QDir::toNativeSeparators(destination)));
    m_controller.setFilePath(destination);
    m_error->hide();
    showFile();
}

void UnlockDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an office file"), m_controller.filePath(),
                                                      tr("VanPhong office files and meeting packages (*.vpdb *.vphop);;All files (*)"));
    if (path.isEmpty())
        return;
    m_controller.setFilePath(path);
    m_error->hide();
    showFile();
}

void UnlockDialog::useRecoveryCode()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Recovery code"),
                                               tr("Enter the recovery code printed when the file was created:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::Status s = m_controller.unlockWithRecoveryCode(code);
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    // With the code one may only give a user a new password, then sign in as them.
    const QString login = m_login->text().trimmed();
    std::pair<QString, QByteArray> chosen;
    const bool reset = PasswordDialog::resetWithRecovery(*m_controller.session(), login, this, &chosen);
    m_controller.lock(); // the recovery session ends here, whatever happened
    if (!reset)
        return;
    // Signed in at once with the password just chosen: it is the user's own, nothing more is asked.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::Status signedIn = m_controller.unlock(chosen.first, chosen.second);
    QApplication::restoreOverrideCursor();
    chosen.second.fill('\0');
    if (!signedIn) {
        m_error->setText(signedIn.error().message);
        m_error->show();
        return;
    }
    m_login->setText(chosen.first);
    QMessageBox::information(this, tr("Password set"), tr("The new password is set, and you are signed in with it."));
    accept();
}

} // namespace vanphong::ui
