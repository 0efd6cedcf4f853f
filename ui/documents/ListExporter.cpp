#include "ListExporter.h"

#include "spreadsheet/SpreadsheetFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace vanphong::ui {

using spreadsheet::SpreadsheetFile;

void ListExporter::save(QWidget *parent, const storage::Result<spreadsheet::Sheet> &made, const QString &suggestedName)
{
    if (!made) {
        QMessageBox::warning(parent, tr("Export"), made.error().message);
        return;
    }
    const spreadsheet::Sheet &sheet = *made;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString ods = tr("LibreOffice spreadsheet (*.ods)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    QString chosenFilter = xlsx;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the list"), QDir(folder).filePath(suggestedName + QStringLiteral(".xlsx")),
                                                QStringList{xlsx, ods, csv}.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    auto format = SpreadsheetFile::formatFor(path);
    // A name typed without an extension takes the filter's.
    if (QFileInfo(path).suffix().isEmpty()) {
        format = chosenFilter == ods ? SpreadsheetFile::Format::Ods : chosenFilter == csv ? SpreadsheetFile::Format::Csv
                                                                                           : SpreadsheetFile::Format::Xlsx;
        path += QLatin1Char('.') + SpreadsheetFile::extension(format);
    }
    const QByteArray data = SpreadsheetFile::write(sheet, format);
    QSaveFile file(path);
    // A plaintext copy of the office's data: readable by its owner only.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::critical(parent, tr("Export failed"),
                              tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QMessageBox::information(parent, tr("Exported"),
                             tr("%1 lines were written to %2.").arg(sheet.rows.size()).arg(QDir::toNativeSeparators(path)));
}

} // namespace vanphong::ui
