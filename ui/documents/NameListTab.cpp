#include "NameListTab.h"

#include "office/OfficeSession.h"
#include "search/VietnameseFolding.h"
#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using directory::DirectoryName;
using directory::NameDirectory;

NameListTab::NameListTab(office::OfficeSession &session, directory::NameKind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_rename(new QPushButton(tr("Co&rrect the spelling…"), this))
    , m_merge(new QPushButton(tr("&Merge into…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_filter->setPlaceholderText(tr("Find a name (with or without diacritics)…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Lines"), tr("Last used"), tr("Also written")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *prune = new QPushButton(tr("Remove the &unused…"), this);
    m_rename->setToolTip(tr("The old spelling is kept as another way of writing it"));
    m_merge->setToolTip(tr("Two spellings of one body: keep one; lines already registered stay as written"));
    prune->setToolTip(tr("Names that no register line carries any more"));
    for (QPushButton *b : {add, m_rename, m_merge, m_remove, prune})
        PermissionGate::require(b, office::Permission::RegisterDocuments);
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {add, m_rename, m_merge, m_remove, prune})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &NameListTab::addName);
    connect(m_rename, &QPushButton::clicked, this, &NameListTab::renameSelected);
    connect(m_merge, &QPushButton::clicked, this, &NameListTab::mergeSelected);
    connect(m_remove, &QPushButton::clicked, this, &NameListTab::removeSelected);
    connect(prune, &QPushButton::clicked, this, &NameListTab::removeUnused);
    connect(m_filter, &QLineEdit::textChanged, this, &NameListTab::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NameListTab::updateButtons);
    PermissionGate::apply(this, &session);
    reload();
}

void NameListTab::reload()
{
    auto entries = NameDirectory(m_session.database(), m_session.actor()).entries(m_kind);
    m_entries = entries ? entries.value() : QList<DirectoryName>();
    const QString wanted = search::VietnameseFolding::fold(m_filter->text());
    m_table->setRowCount(0);
    for (const DirectoryName &e : std::as_const(m_entries)) {
        if (!wanted.isEmpty() && !search::VietnameseFolding::fold(e.name + QLatin1Char(' ') + e.aliases.join(QLatin1Char(' '))).contains(wanted))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.id);
        m_table->setItem(row, 0, name);
        auto *uses = new QTableWidgetItem(QString::number(e.uses));
        uses->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, uses);
        m_table->setItem(row, 2, new QTableWidgetItem(e.lastUsed.toString(QStringLiteral("dd/MM/yyyy"))));
        m_table->setItem(row, 3, new QTableWidgetItem(e.aliases.join(QLatin1String("; "))));
    }
    m_table->resizeRowsToContents();
    updateButtons();
}

void NameListTab::updateButtons()
{
    const bool any = selected() != nullptr;
    m_rename->setEnabled(any);
    m_merge->setEnabled(any && m_entries.size() > 1);
    m_remove->setEnabled(any);
}

const DirectoryName *NameListTab::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    for (const DirectoryName &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

void NameListTab::selectName(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == name) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
        }
}

bool NameListTab::done(const storage::Status &status, const QString &title)
{
    if (!status) {
        QMessageBox::warning(this, title, status.error().message);
        return false;
    }
    reload();
    return true;
}

void NameListTab::addName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a name"), tr("Name, as it should be written:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto added = NameDirectory(m_session.database(), m_session.actor()).add(m_kind, name);
    if (!added) {
        QMessageBox::warning(this, tr("Add a name"), added.error().message);
        return;
    }
    reload();
    selectName(added->name);
}

void NameListTab::renameSelected()
{
    const DirectoryName *e = selected();
    if (!e)
        return;
    const qint64 id = e->id;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Correct the spelling"),
                                               tr("How \"%1\" should be written (the old spelling is remembered):").arg(e->name),
                                               QLineEdit::Normal, e->name, &ok);
    if (!ok)
        return;
    if (done(NameDirectory(m_session.database(), m_session.actor()).rename(id, name), tr("Correct the spelling")))
        selectName(name.simplified());
}

void NameListTab::mergeSelected()
{
    const DirectoryName *e = selected();
    if (!e)
        return;
    const DirectoryName from = *e;
    QStringList others;
    for (const DirectoryName &other : std::as_const(m_entries))
        if (other.id != from.id)
            others << other.name;
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge two spellings"),
                                               tr("\"%1\" is another spelling of:").arg(from.name), others, 0, false, &ok);
    if (!ok || into.isEmpty())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Merge two spellings"),
        tr("Keep \"%1\" and offer it instead of \"%2\"?\n\nLines already registered keep what was written; correct a line in its "
           "register if the book must show the other spelling.").arg(into, from.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    NameDirectory names(m_session.database(), m_session.actor());
    auto target = names.find(m_kind, into);
    if (!target) {
        QMessageBox::warning(this, tr("Merge two spellings"), target.error().message);
        return;
    }
    if (done(names.merge(from.id, target->id), tr("Merge two spellings")))
        selectName(into);
}

void NameListTab::removeSelected()
{
    const DirectoryName *e = selected();
    if (!e)
        return;
    const DirectoryName gone = *e;
    const QString note = gone.uses > 0 ? tr("%n register line(s) carry it; they keep it, but it will no longer be offered.", nullptr, gone.uses)
                                       : tr("No register line carries it.");
    if (QMessageBox::question(this, tr("Remove a name"), tr("Remove \"%1\" from the list?\n\n%2").arg(gone.name, note),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    done(NameDirectory(m_session.database(), m_session.actor()).remove(gone.id), tr("Remove a name"));
}

void NameListTab::removeUnused()
{
    int unused = 0;
    for (const DirectoryName &e : std::as_const(m_entries))
        unused += e.uses == 0 ? 1 : 0;
    if (unused == 0) {
        QMessageBox::information(this, tr("Remove the unused"), tr("Every name in the list is carried by a register line."));
        return;
    }
    if (QMessageBox::question(this, tr("Remove the unused"),
                              tr("Remove the %n name(s) that no register line carries?", nullptr, unused),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto removed = NameDirectory(m_session.database(), m_session.actor()).prune(m_kind);
    done(removed ? storage::Status(storage::Ok{}) : storage::Status(removed.error()), tr("Remove the unused"));
}

} // namespace vanphong::ui
