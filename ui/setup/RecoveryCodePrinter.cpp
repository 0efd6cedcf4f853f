#include "RecoveryCodePrinter.h"

#include <QDate>
#include <QDir>
#include <QLocale>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QPrinter>
#include <QTextDocument>
#include <QWidget>

namespace vanphong::ui {

QTextDocument *RecoveryCodePrinter::buildDocument(const QString &code, const QString &organisation, const QString &filePath,
                                                  const QString &login, QWidget *parent)
{
    auto *doc = new QTextDocument(parent);
    const QString html = QStringLiteral(
        "<p align=center style='font-size:14pt'><b>%1</b></p>"
        "<p align=center style='font-size:16pt'><b>%2</b></p>"
        "<p align=center style='font-size:22pt; font-family:monospace'><b>%3</b></p>"
        "<p style='font-size:13pt'>%4</p><p style='font-size:13pt'>%5</p><p style='font-size:13pt'>%6</p>")
        .arg(organisation.toHtmlEscaped(),
             tr("VANPHONG RECOVERY CODE").toHtmlEscaped(),
             code.toHtmlEscaped(),
             tr("Made on %1. With this code the office chief can set a new password if it is forgotten.")
                 .arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))).toHtmlEscaped(),
             // Which file and whose account: an office with a secret file too keeps two sheets apart.
             tr("Office file: %1. Office chief's account: %2.").arg(QDir::toNativeSeparators(filePath), login).toHtmlEscaped(),
             tr("Keep this sheet locked away, apart from the computer. Anyone with it can open the office file.")
                 .toHtmlEscaped());
    doc->setHtml(html);
    QFont font(QStringLiteral("Times New Roman"), 13);
    doc->setDefaultFont(font);
    return doc;
}

void RecoveryCodePrinter::preview(const QString &code, const QString &organisation, const QString &filePath, const QString &login,
                                  QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    QTextDocument *doc = buildDocument(code, organisation, filePath, login, &dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [doc](QPrinter *p) { doc->print(p); });
    // Room for the preview's whole toolbar (on a small screen it hid the print button behind "»").
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    dialog.resize(std::min(1000, screen.width() - 40), std::min(700, screen.height() - 60));
    dialog.exec();
}

} // namespace vanphong::ui
