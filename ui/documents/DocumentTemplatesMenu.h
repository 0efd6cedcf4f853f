#pragma once

#include <QMenu>

#include <functional>

namespace vanphong::ui {

class AppController;

// The office's templates of drafts, per document type (drafts::TemplateStore):
// a copy to edit in LibreOffice or Word, saved where the user chooses; the
// edited file imported back into the encrypted office file; the shipped
// template restored. On the document types box, for the type selected there.
class DocumentTemplatesMenu final : public QMenu
{
    Q_OBJECT
public:
    // `selectedType`: the code of the type chosen in the box, empty if none.
    DocumentTemplatesMenu(AppController &controller, std::function<QString()> selectedType, QWidget *parent);

Q_SIGNALS:
    void changed(); // a template imported or reset

private:
    void exportTemplate(bool docx);
    void importTemplate();
    void resetTemplate();
    QString typeOrSay();

    AppController &m_controller;
    std::function<QString()> m_selectedType;
};

} // namespace vanphong::ui
