#include "DraftSaver.h"

#include "documents/OutgoingDocument.h"
#include "drafts/OutgoingDrafter.h"
#include "office/OfficeSession.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace vanphong::ui {

QString DraftSaver::run(office::OfficeSession &session, const documents::OutgoingDocument &line, QWidget *parent)
{
    // Said before the file exists: a secret draft is a plain file on this computer.
    if (const QString warning = drafts::OutgoingDrafter::plaintextWarning(line.confidentiality); !warning.isEmpty()) {
        if (QMessageBox::warning(parent, tr("Draft from template"), warning + QStringLiteral("\n\n") + tr("Write the draft?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return {};
    }
    const QString odtFilter = tr("OpenDocument text, LibreOffice (*.odt)");
    const QString docxFilter = tr("Word document (*.docx)");
    QString chosenFilter = odtFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save the draft of %1").arg(line.symbol),
        QDir(folder).filePath(drafts::OutgoingDrafter::suggestedFileName(line.symbol, drafts::DraftFormat::Odt)),
        odtFilter + QStringLiteral(";;") + docxFilter, &chosenFilter);
    if (path.isEmpty())
        return {};
    auto format = drafts::formatOfPath(path);
    if (!format) {
        // No suffix typed: the one of the kind chosen in the dialog.
        format = chosenFilter == docxFilter ? drafts::DraftFormat::Docx : drafts::DraftFormat::Odt;
        path += QLatin1Char('.') + drafts::formatCode(*format);
    }
    auto draft = drafts::OutgoingDrafter(session.database(), session.user(), session.actor()).draft(line.id, *format);
    if (!draft) {
        QMessageBox::warning(parent, tr("Draft from template"), draft.error().message);
        return {};
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(draft->bytes) != draft->bytes.size() || !out.commit()) {
        QMessageBox::warning(parent, tr("Draft from template"),
                             tr("The draft cannot be written to %1: choose a folder where you may save files.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    QStringList notes;
    for (const QString &note : draft->notes)
        if (note != drafts::OutgoingDrafter::plaintextWarning(line.confidentiality)) // already said
            notes << note;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        notes.prepend(tr("No word processor opened the draft: open %1 yourself.").arg(QDir::toNativeSeparators(path)));
    if (!notes.isEmpty())
        QMessageBox::information(parent, tr("Draft from template"),
                                 notes.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n")
                                     + tr("When the document is finished, attach it to the line with Attach…"));
    return path;
}

} // namespace vanphong::ui
