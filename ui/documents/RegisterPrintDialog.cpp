#include "RegisterPrintDialog.h"

#include "office/ProfileStore.h"

#include "office/OfficeSession.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QTextDocument>
#include <QToolBar>

namespace vanphong::ui {

RegisterPrintDialog::RegisterPrintDialog(reports::RegisterBook::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_from(new DateField(QDate(QDate::currentDate().year(), 1, 1), this))
    , m_to(new DateField(QDate::currentDate(), this))
    , m_secret(new QCheckBox(tr("The separate book of &secret documents"), this))
{
    setWindowTitle(kind == reports::RegisterBook::Kind::Incoming ? tr("Print the incoming register")
                                                                 : tr("Print the outgoing register"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(m_secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Preview"));
    form->addRow(buttons);
    m_from->setRequired(true);
    m_to->setRequired(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::confirm(this, {m_from, m_to}))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

reports::RegisterBook::Request RegisterPrintDialog::request() const
{
    return {m_kind, std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date()), m_secret->isChecked()};
}

QPrinter &RegisterPrintDialog::sharedPrinter()
{
    static QPrinter printer(QPrinter::HighResolution);
    return printer;
}

void RegisterPrintDialog::run(office::OfficeSession &session, reports::RegisterBook::Kind kind, QWidget *parent, bool toPdf)
{
    RegisterPrintDialog ask(kind, parent);
    if (ask.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto doc = reports::RegisterBook::build(session.database(), session.user(), ask.request());
    QApplication::restoreOverrideCursor();
    if (!doc) {
        QMessageBox::warning(parent, ask.windowTitle(), doc.error().message);
        return;
    }
    auto profile = office::ProfileStore(session.database()).load();
    const reports::PagedRenderer::PdfInfo info = profile ? reports::RegisterBook::pdfInfo(profile.value(), ask.request())
                                                         : reports::PagedRenderer::PdfInfo(reports::RegisterBook::title(ask.request()));
    if (toPdf)
        savePdf(**doc, reports::PageLayout::landscape(), info, parent);
    else
        preview(**doc, reports::PageLayout::landscape(), info, parent);
}

bool RegisterPrintDialog::savePdf(QTextDocument &document, const QPageLayout &layout, const reports::PagedRenderer::PdfInfo &info, QWidget *parent)
{
    const QString &title = info.title;
    QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), QDir::home().filePath(title + QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = reports::PagedRenderer::writePdf(document, layout, path, info);
    QApplication::restoreOverrideCursor();
    // A plaintext copy of the office's data: readable by its owner only.
    if (!written || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QMessageBox::critical(parent, tr("Save as PDF"), tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QMessageBox::information(parent, tr("Save as PDF"), tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RegisterPrintDialog::preview(QTextDocument &document, const QPageLayout &layout, const reports::PagedRenderer::PdfInfo &info, QWidget *parent)
{
    const QString &title = info.title;
    QPrinter &printer = sharedPrinter();
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, layout](QPrinter *p) {
        reports::PagedRenderer::render(document, *p, layout);
    });
    // "Lưu PDF…" beside the printer: a PDF without the print dialog's English.
    if (auto *bar = dialog.findChild<QToolBar *>()) {
        bar->addSeparator();
        QAction *save = bar->addAction(tr("Save as PDF…"));
        save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        save->setToolTip(tr("Save as PDF (Ctrl+Shift+S)"));
        QObject::connect(save, &QAction::triggered, &dialog, [&document, layout, info, &dialog] { savePdf(document, layout, info, &dialog); });
    }
    // The preview's size, within the screen it opens on.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    dialog.resize(std::min(1100, screen.width() - 40), std::min(700, screen.height() - 60));
    dialog.exec();
}

} // namespace vanphong::ui
