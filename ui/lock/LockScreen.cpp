#include "LockScreen.h"

#include "AppController.h"

#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

LockScreen::LockScreen(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    QFont big = m_title->font();
    big.setPointSize(big.pointSize() + 6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->setWordWrap(true);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *box = new QWidget(this);
    box->setMaximumWidth(420);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_title);
    inner->addSpacing(12);
    inner->addLayout(form);
    inner->addWidget(m_error);
    inner->addWidget(unlock, 0, Qt::AlignRight);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
}

void LockScreen::prepare()
{
    m_title->setText(tr("The office file is locked"));
    m_login->setText(m_controller.lastLogin());
    m_password->clear();
    m_error->clear();
    m_password->setFocus();
}

void LockScreen::tryUnlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::Status s = m_controller.unlock(m_login->text(), m_password->text().toUtf8());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!s)
        m_error->setText(s.error().message);
}

} // namespace vanphong::ui
