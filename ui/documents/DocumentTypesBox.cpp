#include "DocumentTypesBox.h"

#include "AppController.h"
#include "DocumentTemplatesMenu.h"
#include "DocumentTypeDialog.h"
#include "drafts/TemplateStore.h"
#include "widgets/FlowLayout.h"
#include "documents/DocumentTypes.h"
#include "office/OfficeSession.h"
#include "office/Role.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

DocumentTypesBox::DocumentTypesBox(AppController &controller, QWidget *parent)
    : QGroupBox(tr("Document types and their abbreviations"), parent)
    , m_controller(controller)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("Add a t&ype…"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_templates(new QPushButton(tr("Te&mplates"), this))
{
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Abbreviation"), tr("Series"), tr("Template")});
    auto *templates = new DocumentTemplatesMenu(controller, [this] {
        const int row = m_table->currentRow();
        return row < 0 ? QString() : m_table->item(row, 0)->text();
    }, this);
    connect(templates, &DocumentTemplatesMenu::changed, this, &DocumentTypesBox::reload);
    m_templates->setMenu(templates);
    m_templates->setToolTip(tr("The selected type's template of drafts: export it to edit in LibreOffice or Word, import "
                               "the edited file, or return to the default"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The short columns as wide as their words: the type's name keeps the room (five columns in half a page).
    for (int column : {2, 3, 4})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The buttons wrap onto a second line when the box is narrow (half the
    // profile page at 1024x768 and 150 %), rather than widening the page.
    auto *buttonRow = new QWidget(this);
    auto *buttons = new FlowLayout(buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_templates);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttonRow);
    connect(m_add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_edit->isVisible())
            edit(false);
    });
}

void DocumentTypesBox::reload()
{
    m_table->setRowCount(0);
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    auto types = documents::DocumentTypes(session->database()).all();
    // Which types draft from the office's own template (and in which formats).
    QHash<QString, QStringList> own;
    if (auto stored = drafts::TemplateStore(session->database(), session->actor()).list())
        for (const auto &t : stored.value())
            own[t.typeCode] << drafts::formatCode(t.format).toUpper();
    if (types) {
        m_table->setRowCount(int(types->size()));
        for (int r = 0; r < types->size(); ++r) {
            const documents::DocumentType &t = types->at(r);
            const QStringList cells{t.code, t.name, t.abbreviation.isEmpty() ? tr("(not set)") : t.abbreviation, t.series,
                                    own.contains(t.code) ? tr("office's (%1)").arg(own.value(t.code).join(QLatin1String(", ")))
                                                         : tr("default")};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
            if (t.abbreviation.isEmpty())
                m_table->item(r, 2)->setForeground(Qt::gray);
        }
    }
    m_table->resizeColumnToContents(0);
    const bool canEdit = session->may(office::Permission::EditProfile);
    m_add->setVisible(canEdit);
    m_edit->setVisible(canEdit);
    m_templates->setVisible(canEdit);
}

void DocumentTypesBox::edit(bool adding)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    documents::DocumentTypes types(session->database());
    documents::DocumentType type;
    if (!adding) {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const auto found = types.find(m_table->item(row, 0)->text());
        if (!found)
            return;
        type = *found;
    }
    DocumentTypeDialog dialog(type, this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto saved = types.save(dialog.type(), session->actor());
        if (saved)
            break;
        dialog.showError(saved.error().message);
    }
    const QString code = dialog.type().code.trimmed();
    reload();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == code)
            m_table->selectRow(r);
}

} // namespace vanphong::ui
