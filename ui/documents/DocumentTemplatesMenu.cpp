#include "DocumentTemplatesMenu.h"

#include "AppController.h"
#include "drafts/TemplateStore.h"
#include "office/OfficeSession.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace vanphong::ui {

DocumentTemplatesMenu::DocumentTemplatesMenu(AppController &controller, std::function<QString()> selectedType, QWidget *parent)
    : QMenu(parent)
    , m_controller(controller)
    , m_selectedType(std::move(selectedType))
{
    addAction(tr("Export the ODT template to edit (LibreOffice)…"), this, [this] { exportTemplate(false); });
    addAction(tr("Export the DOCX template to edit (Word)…"), this, [this] { exportTemplate(true); });
    addSeparator();
    addAction(tr("Import the office's template…"), this, &DocumentTemplatesMenu::importTemplate);
    addAction(tr("Return to the default template"), this, &DocumentTemplatesMenu::resetTemplate);
}

QString DocumentTemplatesMenu::typeOrSay()
{
    const QString type = m_selectedType();
    if (type.isEmpty())
        QMessageBox::information(parentWidget(), tr("Templates"), tr("Select a document type in the list first."));
    return type;
}

void DocumentTemplatesMenu::exportTemplate(bool docx)
{
    office::OfficeSession *session = m_controller.session();
    const QString type = typeOrSay();
    if (!session || type.isEmpty())
        return;
    const drafts::DraftFormat format = docx ? drafts::DraftFormat::Docx : drafts::DraftFormat::Odt;
    auto exported = drafts::TemplateStore(session->database(), session->actor()).exportTemplate(type, format);
    if (!exported) {
        QMessageBox::warning(parentWidget(), tr("Templates"), exported.error().message);
        return;
    }
    const QString suffix = drafts::formatCode(format);
    QString fileName = QStringLiteral("mau-%1.%2").arg(type, suffix);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Save the template to edit"), QDir(folder).filePath(fileName),
                                                      docx ? tr("Word document (*.docx)") : tr("OpenDocument text, LibreOffice (*.odt)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(exported->bytes) != exported->bytes.size() || !out.commit()) {
        QMessageBox::warning(parentWidget(), tr("Templates"),
                             tr("The template cannot be written to %1: choose a folder where you may save files.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void DocumentTemplatesMenu::importTemplate()
{
    office::OfficeSession *session = m_controller.session();
    const QString type = typeOrSay();
    if (!session || type.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Import the office's template"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Text documents (*.odt *.docx)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parentWidget(), tr("Templates"), tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto imported = drafts::TemplateStore(session->database(), session->actor()).import(type, path, file.readAll());
    if (!imported) {
        QMessageBox::warning(parentWidget(), tr("Templates"), imported.error().message);
        return;
    }
    QString message = tr("The office's %1 template of %2 is kept in the office file; the drafts of this type use it from now on.")
                          .arg(drafts::formatCode(imported->format).toUpper(), type);
    for (const QString &w : imported->warnings)
        message += QStringLiteral("\n\n") + w;
    QMessageBox::information(parentWidget(), tr("Templates"), message);
    Q_EMIT changed();
}

void DocumentTemplatesMenu::resetTemplate()
{
    office::OfficeSession *session = m_controller.session();
    const QString type = typeOrSay();
    if (!session || type.isEmpty())
        return;
    if (QMessageBox::question(parentWidget(), tr("Templates"),
                              tr("Drop the office's templates of %1 and draft from the default ones again?").arg(type))
        != QMessageBox::Yes)
        return;
    drafts::TemplateStore store(session->database(), session->actor());
    for (const auto format : {drafts::DraftFormat::Odt, drafts::DraftFormat::Docx})
        if (auto done = store.reset(type, format); !done) {
            QMessageBox::warning(parentWidget(), tr("Templates"), done.error().message);
            break;
        }
    Q_EMIT changed();
}

} // namespace vanphong::ui
