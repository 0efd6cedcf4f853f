#include "ImportFilePage.h"

#include "ImportWizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

ImportFilePage::ImportFilePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("The spreadsheet to import"));
    setSubTitle(tr("A register kept in Excel or LibreOffice: .xlsx, .ods, or .csv saved as UTF-8; the first sheet is read. "
                   "The column titles are found in the first rows, under any title lines; totals and signatures "
                   "below the register are left out."));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::choose);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the spreadsheet"), m_path->text(),
                                                      tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    QFile file(QDir::fromNativeSeparators(m_path->text().trimmed()));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("The file cannot be opened: %1").arg(file.errorString()));
        return false;
    }
    QString error;
    if (!m_wizard.job().load(file.readAll(), &error)) {
        m_error->setText(error);
        return false;
    }
    return true;
}

} // namespace vanphong::ui
