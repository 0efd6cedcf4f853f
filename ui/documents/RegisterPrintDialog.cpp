#include "RegisterPrintDialog.h"

#include "office/OfficeSession.h"
#include "reports/PageLayout.h"
#include "reports/PagedRenderer.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QPrinter>
#include <QTextDocument>

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

void RegisterPrintDialog::run(office::OfficeSession &session, reports::RegisterBook::Kind kind, QWidget *parent)
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
    preview(**doc, reports::PageLayout::landscape(), reports::RegisterBook::title(ask.request()), parent);
}

void RegisterPrintDialog::preview(QTextDocument &document, const QPageLayout &layout, const QString &title, QWidget *parent)
{
    QPrinter &printer = sharedPrinter();
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, layout](QPrinter *p) {
        reports::PagedRenderer::render(document, *p, layout);
    });
    dialog.resize(1100, 700);
    dialog.exec();
}

} // namespace vanphong::ui
