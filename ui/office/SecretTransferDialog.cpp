#include "SecretTransferDialog.h"

#include "documents/SecretTransfer.h"
#include "office/OfficeSession.h"
#include "office/PasswordPolicy.h"
#include "office/SecretFile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

using documents::SecretTransfer;

SecretTransferDialog::SecretTransferDialog(office::OfficeSession &session, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_path(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    const bool exporting = mode == Mode::Export;
    setWindowTitle(exporting ? tr("Move the secret lines to the secret file") : tr("Bring in the lines from the ordinary file"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    if (exporting) {
        const QFileInfo current(session.database().path());
        m_path->setText(QDir::toNativeSeparators(current.absoluteDir().filePath(
            QStringLiteral("chuyen-tep-mat-%1.%2").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), SecretTransfer::fileSuffix()))));
    }
    auto *intro = new QLabel(exporting ? tr("The Mật and higher lines of both registers that were not moved yet are written to a file "
                                           "of their own, encrypted with the password you choose here. Copy it to removable media, "
                                           "bring it into the secret file on the office's standalone computer, then delete it from "
                                           "the media. The move is recorded in both files.")
                                       : tr("Choose the transfer file written on the ordinary file and type its password. The lines "
                                            "are checked first and keep their numbers; then fill in their excerpts here."),
                             this);
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("Transfer &file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Its &password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->setRowVisible(m_repeat, exporting);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_action = buttons->addButton(exporting ? tr("&Write the transfer file") : tr("C&heck the file"), QDialogButtonBox::ActionRole);
    m_action->setDefault(true);
    connect(browse, &QPushButton::clicked, this, &SecretTransferDialog::choosePath);
    connect(m_action, &QPushButton::clicked, this, &SecretTransferDialog::act);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed file or password is checked again before anything is brought in.
    for (QLineEdit *e : {m_path, m_password})
        connect(e, &QLineEdit::textEdited, this, [this] {
            if (m_mode == Mode::Receive && m_checked) {
                m_checked = false;
                m_action->setText(tr("C&heck the file"));
            }
        });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(qMin(640, fontMetrics().averageCharWidth() * 80));
    (exporting ? m_password : m_path)->setFocus();
}

void SecretTransferDialog::run(office::OfficeSession &session, QWidget *parent)
{
    SecretTransferDialog dialog(session, office::SecretFile::isSecretFile(session.database()) ? Mode::Receive : Mode::Export, parent);
    dialog.exec();
}

void SecretTransferDialog::choosePath()
{
    const QString filter = tr("Transfer files (*.%1)").arg(SecretTransfer::fileSuffix());
    const QString chosen = m_mode == Mode::Export ? QFileDialog::getSaveFileName(this, tr("Transfer file"), m_path->text(), filter)
                                                  : QFileDialog::getOpenFileName(this, tr("Transfer file"), m_path->text(), filter);
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(chosen));
        m_checked = false;
        if (m_mode == Mode::Receive)
            m_action->setText(tr("C&heck the file"));
    }
}

void SecretTransferDialog::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QStringLiteral("color: #1c6b1c;"));
    m_message->setText(text);
}

void SecretTransferDialog::act()
{
    if (m_path->text().trimmed().isEmpty()) {
        say(tr("Choose the transfer file."), true);
        return;
    }
    m_mode == Mode::Export ? writeTransfer() : receiveTransfer();
}

void SecretTransferDialog::writeTransfer()
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.endsWith(QLatin1Char('.') + SecretTransfer::fileSuffix()))
        path += QLatin1Char('.') + SecretTransfer::fileSuffix();
    if (const QString problem = office::PasswordPolicy::problem(m_password->text(), m_repeat->text()); !problem.isEmpty()) {
        say(problem, true);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the password's key takes a moment to derive
    auto exported = SecretTransfer(m_session).exportLines(path, m_password->text().toUtf8());
    QApplication::restoreOverrideCursor();
    if (!exported) {
        say(exported.error().message, true);
        return;
    }
    m_path->setText(QDir::toNativeSeparators(path));
    QMessageBox::information(this, windowTitle(),
                             tr("%1 incoming and %2 outgoing lines were written to %3.").arg(exported->incoming).arg(exported->outgoing)
                                 .arg(QDir::toNativeSeparators(path)));
    accept();
}

void SecretTransferDialog::receiveTransfer()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = SecretTransfer(m_session).receive(path, m_password->text().toUtf8(), !m_checked);
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_checked = false;
        m_action->setText(tr("C&heck the file"));
        say(result.error().message, true);
        return;
    }
    if (!m_checked) {
        m_checked = true;
        m_action->setText(tr("&Bring them in"));
        say(tr("Exported by %1 on %2: %3 incoming and %4 outgoing lines to bring in; %5 are here already.")
                .arg(result->exportedBy, result->exportedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                .arg(result->incoming).arg(result->outgoing).arg(result->alreadyHere),
            false);
        return;
    }
    QString done = tr("%1 incoming and %2 outgoing lines were brought in.").arg(result->incoming).arg(result->outgoing);
    if (!result->toComplete.isEmpty())
        done += QLatin1Char('\n') + tr("Fill in the excerpt of: %1").arg(result->toComplete.join(QLatin1String(", ")));
    QMessageBox::information(this, windowTitle(), done);
    accept();
}

} // namespace vanphong::ui
