#include "AssetPrint.h"

#include "documents/RegisterPrintDialog.h"
#include "office/OfficeSession.h"
#include "office/ProfileStore.h"
#include "reports/ArchivePapers.h"
#include "reports/AssetLabels.h"
#include "reports/ReportAccess.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QToolBar>
#include <QMessageBox>
#include <QTextDocument>

namespace vanphong::ui {

void AssetPrint::show(office::OfficeSession &session, const reports::AssetPrintout::Request &request, QWidget *parent, bool toPdf)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto printout = reports::AssetPrintout::make(session.database(), request);
    QApplication::restoreOverrideCursor();
    if (!printout) {
        QMessageBox::warning(parent, tr("Print"), printout.error().message);
        return;
    }
    const auto info = reports::ArchivePapers::pdfInfo(session.database(), printout->title);
    if (toPdf)
        RegisterPrintDialog::savePdf(*printout->document, printout->layout, info, parent);
    else
        RegisterPrintDialog::preview(*printout->document, printout->layout, info, parent);
}

void AssetPrint::labels(office::OfficeSession &session, const QList<qint64> &assetIds, QWidget *parent)
{
    if (auto allowed = reports::ReportAccess::mayPrintAssets(session.database()); !allowed) {
        QMessageBox::warning(parent, tr("Labels"), allowed.error().message);
        return;
    }
    auto labels = reports::AssetLabels::labels(session.database(), assetIds);
    if (!labels || labels->isEmpty()) {
        QMessageBox::warning(parent, tr("Labels"), labels ? tr("There is no item to label.") : labels.error().message);
        return;
    }
    const auto profile = office::ProfileStore(session.database()).load();
    const QString office = profile ? profile->committeeName : QString();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("Nhãn tài sản"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Asset labels (%n)", nullptr, int(labels->size())));
    const QList<reports::AssetLabels::Label> list = labels.value();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&list, &office](QPrinter *p) { (void)reports::AssetLabels::paint(*p, list, office); });
    if (auto *bar = dialog.findChild<QToolBar *>()) {
        bar->addSeparator();
        QAction *save = bar->addAction(tr("Save as PDF…"));
        QObject::connect(save, &QAction::triggered, &dialog, [&session, &assetIds, &dialog] {
            const QString path = QFileDialog::getSaveFileName(&dialog, tr("Save as PDF"), tr("asset-labels.pdf"), tr("PDF (*.pdf)"));
            if (path.isEmpty())
                return;
            if (auto written = reports::AssetLabels::writePdf(session.database(), assetIds, path); !written)
                QMessageBox::warning(&dialog, tr("Save as PDF"), written.error().message);
            else
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        });
    }
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    dialog.resize(std::min(1100, screen.width() - 40), std::min(700, screen.height() - 60));
    dialog.exec();
}

} // namespace vanphong::ui
