#include "InventoryDialog.h"

#include "AssetPrint.h"
#include "assets/AssetCategories.h"
#include "assets/Money.h"
#include "documents/ListExporter.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"
#include "widgets/MoneyField.h"
#include "widgets/PermissionGate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vanphong::ui {

using assets::InventoryLine;
using State = InventoryLine::State;

namespace {
QString stateName(const InventoryLine &l) { return assets::AssetInventory::stateName(l); }
} // namespace

InventoryDialog::InventoryDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_inventory(session.database(), session.actor())
    , m_pages(new QStackedWidget(this))
    , m_day(new DateField(QDate::currentDate(), this))
    , m_committee(new QLineEdit(this))
    , m_decision(new QLineEdit(this))
    , m_start(new QPushButton(tr("&Start the inventory"), this))
    , m_summary(new QLabel(this))
    , m_scan(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_lines(new QTableWidget(0, 5, this))
    , m_fade(new QTimer(this))
{
    setWindowTitle(tr("Inventory of the assets"));
    // The start: its day, its committee, the decision that set it up.
    auto *startPage = new QWidget(this);
    auto *form = new QFormLayout(startPage);
    auto *intro = new QLabel(tr("An inventory lists every item in use, to be checked one by one: scanned, imported from a phone "
                                "or marked by hand."), startPage);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_day->setRequired(true);
    m_committee->setPlaceholderText(tr("e.g. Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường"));
    m_decision->setPlaceholderText(tr("e.g. Quyết định số 15-QĐ/ĐU ngày 25/11/2026"));
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Committee:"), m_committee);
    form->addRow(tr("De&cision:"), m_decision);
    form->addRow(QString(), m_start);
    PermissionGate::require(m_start, office::Permission::KeepAssets);
    connect(m_start, &QPushButton::clicked, this, &InventoryDialog::start);

    // The work: the scan field first, then the list.
    auto *workPage = new QWidget(this);
    auto *work = new QVBoxLayout(workPage);
    m_summary->setWordWrap(true);
    work->addWidget(m_summary);
    auto *scanRow = new QHBoxLayout;
    auto *scanLabel = new QLabel(tr("S&can or type a code, then Enter:"), workPage);
    scanLabel->setBuddy(m_scan);
    m_scan->setPlaceholderText(tr("MT-0001"));
    m_scan->setClearButtonEnabled(true);
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_scan->setFont(big);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    work->addLayout(scanRow);
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 2);
    m_result->setWordWrap(true);
    work->addWidget(m_result);
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Room in the book"), tr("Result"), tr("How")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    work->addWidget(m_lines, 1);
    auto *markRow = new QHBoxLayout;
    const std::pair<QString, State> marks[] = {{tr("&Found"), State::Found}, {tr("&Elsewhere…"), State::Elsewhere},
                                                {tr("&Damaged"), State::Damaged}, {tr("&Missing"), State::Missing}};
    for (const auto &[label, state] : marks) {
        auto *b = new QPushButton(label, workPage);
        const State s = state;
        connect(b, &QPushButton::clicked, this, [this, s] { markSelected(s); });
        PermissionGate::require(b, office::Permission::KeepAssets);
        markRow->addWidget(b);
    }
    markRow->addStretch();
    work->addLayout(markRow);
    auto *actions = new QHBoxLayout;
    auto *extra = new QPushButton(tr("E&xtra…"), workPage);
    extra->setToolTip(tr("An item found that the register does not hold"));
    auto *import = new QPushButton(tr("&Import codes…"), workPage);
    import->setToolTip(tr("The list of codes a phone's scanner app exported (CSV or text)"));
    auto *rest = new QPushButton(tr("The &rest missing"), workPage);
    rest->setToolTip(tr("Every item not yet checked marked missing"));
    auto *print = new QPushButton(tr("&Print…"), workPage);
    auto *papers = new QMenu(print);
    papers->addAction(tr("The &reconciliation"), this, [this] {
        reports::AssetPrintout::Request r;
        r.paper = reports::AssetPrintout::Paper::Reconciliation;
        AssetPrint::show(m_session, r, this);
    });
    papers->addAction(tr("The inventory &record"), this, [this] {
        reports::AssetPrintout::Request r;
        r.paper = reports::AssetPrintout::Paper::Inventory;
        AssetPrint::show(m_session, r, this);
    });
    print->setMenu(papers);
    auto *exporting = new QPushButton(tr("Exp&ort…"), workPage);
    exporting->setToolTip(tr("The inventory's lines to .xlsx, .ods or .csv"));
    PermissionGate::require(exporting, office::Permission::ExportAssets);
    connect(exporting, &QPushButton::clicked, this, [this] {
        if (m_open)
            ListExporter::save(this, m_inventory.exportSheet(m_open->id), tr("inventory"));
    });
    auto *close = new QPushButton(tr("C&lose the inventory…"), workPage);
    for (QPushButton *b : {extra, import, rest, close})
        PermissionGate::require(b, office::Permission::KeepAssets);
    PermissionGate::require(print, office::Permission::ExportAssets);
    for (QPushButton *b : {extra, import, rest, print, exporting, close})
        actions->addWidget(b);
    actions->addStretch();
    work->addLayout(actions);
    connect(extra, &QPushButton::clicked, this, &InventoryDialog::addExtra);
    connect(import, &QPushButton::clicked, this, &InventoryDialog::importCodes);
    connect(rest, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(), tr("Mark every item not yet checked as missing?")) != QMessageBox::Yes)
            return;
        if (auto marked = m_inventory.markRestMissing(); !marked)
            QMessageBox::warning(this, windowTitle(), marked.error().message);
        showInventory();
    });
    connect(close, &QPushButton::clicked, this, &InventoryDialog::closeInventory);
    // Enter in the scan field marks; it never closes the dialog.
    connect(m_scan, &QLineEdit::returnPressed, this, &InventoryDialog::scanned);
    m_fade->setSingleShot(true);
    m_fade->setInterval(1500);
    connect(m_fade, &QTimer::timeout, this, [this] { m_result->setStyleSheet(QString()); });

    m_pages->addWidget(startPage);
    m_pages->addWidget(workPage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    PermissionGate::apply(this, &m_session);
    resize(std::min(940, fontMetrics().averageCharWidth() * 128), 560);
    showInventory();
}

void InventoryDialog::showInventory()
{
    auto open = m_inventory.current();
    m_open = open ? open.value() : std::nullopt;
    m_pages->setCurrentIndex(m_open ? 1 : 0);
    if (!m_open) {
        m_committee->setFocus();
        return;
    }
    if (auto s = m_inventory.summary(m_open->id))
        m_summary->setText(tr("Inventory of %1 (%2): %3 item(s); %4 found, %5 elsewhere, %6 damaged, %7 missing, %8 not checked; %9 extra(s).")
                               .arg(m_open->startedOn.toString(QStringLiteral("dd/MM/yyyy")), m_open->committee.join(QStringLiteral(", ")))
                               .arg(s->items).arg(s->found).arg(s->elsewhere).arg(s->damaged).arg(s->missing).arg(s->pending)
                               .arg(s->extras));
    fillLines();
    m_scan->setFocus();
}

void InventoryDialog::fillLines()
{
    auto all = m_inventory.lines(m_open->id);
    if (!all)
        return;
    m_lines->setRowCount(int(all->size()));
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int r = 0; r < all->size(); ++r) {
        const InventoryLine &l = all->at(r);
        const QString how = l.method == QLatin1String("scan") ? tr("scanned")
                            : l.method == QLatin1String("import") ? tr("imported")
                            : l.method == QLatin1String("hand") ? tr("by hand") : QString();
        const QStringList cells{l.code, l.name, l.bookedRoom, stateName(l), how};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, l.code);
            if (l.state == State::Pending)
                item->setForeground(Qt::darkGray);
            m_lines->setItem(r, c, item);
        }
    }
}

void InventoryDialog::flash(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QStringLiteral("QLabel { background: #d4efdf; color: #145a32; padding: 4px; }")
                                 : QStringLiteral("QLabel { background: #f5b7b1; color: #78281f; padding: 4px; }"));
    if (!good)
        QApplication::beep();
    m_fade->start();
}

void InventoryDialog::start()
{
    if (!DateField::confirm(this, {m_day}))
        return;
    auto started = m_inventory.start(m_day->date(), m_committee->text().split(QLatin1Char(';')), m_decision->text());
    if (!started) {
        QMessageBox::warning(this, windowTitle(), started.error().message);
        return;
    }
    showInventory();
}

void InventoryDialog::scanned()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear(); // ready for the next label, whatever this one was
    if (code.isEmpty())
        return;
    auto scan = m_inventory.scan(code);
    if (!scan) {
        flash(scan.error().message, false);
        return;
    }
    switch (scan->result) {
    case assets::AssetInventory::ScanResult::Marked:
        flash(tr("%1 %2: found.").arg(scan->line.code, scan->line.name), true);
        break;
    case assets::AssetInventory::ScanResult::AlreadyMarked:
        flash(tr("%1 %2: already marked (%3).").arg(scan->line.code, scan->line.name, stateName(scan->line)), true);
        break;
    case assets::AssetInventory::ScanResult::Unknown:
        flash(tr("%1: no item of the register in use has this code. If it is an item, add it as an extra.").arg(code), false);
        break;
    }
    showInventory();
    // The line just scanned, in view.
    for (int r = 0; r < m_lines->rowCount(); ++r)
        if (m_lines->item(r, 0)->text().compare(code, Qt::CaseInsensitive) == 0) {
            m_lines->scrollToItem(m_lines->item(r, 0));
            break;
        }
}

void InventoryDialog::markSelected(State state)
{
    const int row = m_lines->currentRow();
    if (row < 0 || !m_open)
        return;
    const QString code = m_lines->item(row, 0)->text();
    if (code.isEmpty())
        return; // an extra: nothing to mark
    QString room;
    if (state == State::Elsewhere) {
        bool ok = false;
        room = QInputDialog::getText(this, windowTitle(), tr("Where was %1 found?").arg(code), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (auto marked = m_inventory.mark(code, state, room); !marked) {
        QMessageBox::warning(this, windowTitle(), marked.error().message);
        return;
    }
    showInventory();
    m_lines->selectRow(row);
}

void InventoryDialog::addExtra()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("An extra"));
    auto *name = new QLineEdit(&ask);
    auto *category = new QComboBox(&ask);
    if (auto categories = assets::AssetCategories(m_session.database()).all())
        for (const assets::AssetCategory &c : categories.value())
            category->addItem(c.name, c.code);
    auto *value = new MoneyField(&ask);
    value->setRequired(true);
    auto *room = new QLineEdit(&ask);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("Ca&tegory:"), category);
    form->addRow(tr("&Value (đồng):"), value);
    form->addRow(tr("&Where:"), room);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (!value->amount()) {
        QMessageBox::warning(this, windowTitle(), value->problem().isEmpty() ? tr("Give the extra's value.") : value->problem());
        return;
    }
    if (auto added = m_inventory.addExtra(name->text(), category->currentData().toString(), *value->amount(), room->text()); !added)
        QMessageBox::warning(this, windowTitle(), added.error().message);
    showInventory();
}

void InventoryDialog::importCodes()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The phone's list of codes"), QString(), tr("Lists of codes (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("%1 cannot be read.").arg(path));
        return;
    }
    auto imported = m_inventory.importCodes(QString::fromUtf8(file.readAll()));
    if (!imported) {
        QMessageBox::warning(this, windowTitle(), imported.error().message);
        return;
    }
    QString text = tr("Marked found: %1; already marked: %2.").arg(imported->marked).arg(imported->already);
    if (!imported->unknown.isEmpty())
        text += QLatin1Char('\n') + tr("Codes no item in use has: %1").arg(imported->unknown.join(QStringLiteral(", ")));
    QMessageBox::information(this, windowTitle(), text);
    showInventory();
}

void InventoryDialog::closeInventory()
{
    if (!m_open)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Close the inventory"));
    auto *record = new QLineEdit(&ask);
    record->setPlaceholderText(tr("e.g. 01/BB-KK"));
    auto *decision = new QLineEdit(&ask);
    decision->setPlaceholderText(tr("needed when an item is missing"));
    auto *on = new DateField(QDate::currentDate(), &ask);
    auto *form = new QFormLayout(&ask);
    auto *note = new QLabel(tr("Closing applies what the committee agreed: items found elsewhere are handed over there, missing ones "
                               "are written off as lost under the decision, extras enter the register; damaged ones are said on the record."),
                            &ask);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Record number:"), record);
    form->addRow(tr("&Decision on the missing items:"), decision);
    form->addRow(tr("&Day:"), on);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    buttons->addButton(tr("C&lose"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted || !DateField::confirm(this, {on}))
        return;
    if (auto closed = m_inventory.close(on->date(), record->text(), decision->text()); !closed) {
        QMessageBox::warning(this, windowTitle(), closed.error().message);
        return;
    }
    QMessageBox::information(this, windowTitle(), tr("The inventory is closed. Print its record from the Print menu of the page."));
    showInventory();
}

} // namespace vanphong::ui
