#include "AssetsPage.h"

#include "AppController.h"
#include "AssetDialog.h"
#include "AssetPrint.h"
#include "AssetRulesDialog.h"
#include "DepreciationDialog.h"
#include "InventoryDialog.h"
#include "MovementDialog.h"
#include "assets/AssetListing.h"
#include "assets/AssetMovements.h"
#include "assets/Money.h"
#include "documents/ListExporter.h"
#include "documents/import/ImportWizard.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"

#include <QBrush>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTextBrowser>

namespace vanphong::ui {

using assets::Asset;
using assets::AssetListing;
using assets::AssetMovements;
using assets::Money;
using Kind = assets::AssetEvent::Kind;

namespace {
// The status filter's first two choices, besides the statuses.
const QString Current = QStringLiteral("!current");
} // namespace

AssetsPage::AssetsPage(AppController &controller, QWidget *parent)
    : RegisterPage(controller, tr("Assets"), parent)
    , m_model(new Model(AssetListing::layout(), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_handOver(new QPushButton(tr("&Hand over…"), this))
    , m_dispose(new QPushButton(tr("D&ispose of…"), this))
    , m_more(new QPushButton(tr("&More"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
{
    QPushButton *add = setMainAction(tr("&New item…"), office::Permission::KeepAssets);
    connect(add, &QPushButton::clicked, this, &AssetsPage::addItem);
    m_book = addChoiceFilter({{tr("Both books"), QString()},
                              {tr("Fixed assets"), Asset::bookCode(Asset::Book::Fixed)},
                              {tr("Tools"), Asset::bookCode(Asset::Book::Tool)}});
    QList<std::pair<QString, QString>> statuses{{tr("In the register now"), Current}, {tr("Any status"), QString()}};
    for (auto s : {Asset::Status::InUse, Asset::Status::UnderRepair, Asset::Status::Idle, Asset::Status::Disposed, Asset::Status::Lost,
                   Asset::Status::Transferred})
        statuses.append({AssetMovements::statusName(s), Asset::statusCode(s)});
    m_status = addChoiceFilter(statuses);

    auto *depreciation = new QPushButton(tr("&Depreciation…"), this);
    depreciation->setToolTip(tr("The year's depreciation: preview, compute, print the table, lock the signed year"));
    connect(depreciation, &QPushButton::clicked, this, &AssetsPage::showDepreciation);
    addPageAction(depreciation);
    auto *rules = new QPushButton(tr("Categories and r&ules…"), this);
    rules->setToolTip(tr("The categories' lives and rates (Thông tư 23/2023/TT-BTC), the thresholds of a fixed asset"));
    PermissionGate::require(rules, office::Permission::KeepAssets);
    connect(rules, &QPushButton::clicked, this, &AssetsPage::showRules);
    addPageAction(rules);
    auto *inventory = new QPushButton(tr("In&ventory…"), this);
    inventory->setToolTip(tr("The annual inventory: start it, scan the labels, mark what is missing or elsewhere, close it"));
    connect(inventory, &QPushButton::clicked, this, &AssetsPage::showInventory);
    addPageAction(inventory);
    auto *papers = new QMenu(m_print);
    using Paper = reports::AssetPrintout::Paper;
    const std::pair<const char *, Paper> named[] = {
        {QT_TR_NOOP("The &fixed asset book"), Paper::FixedAssetBook},
        {QT_TR_NOOP("The &tools book"), Paper::ToolsBook},
        {QT_TR_NOOP("Items by &room"), Paper::ByRoom},
        {QT_TR_NOOP("Items by &keeper"), Paper::ByCustodian},
        {QT_TR_NOOP("&Card of the selected item"), Paper::Card},
        {QT_TR_NOOP("&Hand-over record of the selected item"), Paper::Handover},
        {QT_TR_NOOP("&Disposal record of the selected item"), Paper::Disposal},
        {QT_TR_NOOP("Inventory &reconciliation"), Paper::Reconciliation},
        {QT_TR_NOOP("In&ventory record"), Paper::Inventory}};
    for (const auto &[label, paper] : named) {
        const Paper which = paper;
        papers->addAction(tr(label), this, [this, which] { print(which); });
    }
    papers->addSeparator();
    papers->addAction(tr("&QR labels of every item"), this, [this] {
        if (office::OfficeSession *s = session())
            AssetPrint::labels(*s, {}, this);
    });
    papers->addAction(tr("QR &label of the selected item"), this, [this] {
        office::OfficeSession *s = session();
        if (const Asset *a = selected(); s && a)
            AssetPrint::labels(*s, {a->id}, this);
        else
            QMessageBox::information(this, tr("Print"), tr("Select the item first."));
    });
    m_print->setMenu(papers);
    m_print->setToolTip(tr("The asset papers in the print preview (Ctrl+P); the depreciation table from Depreciation…"));
    PermissionGate::require(m_print, office::Permission::ExportAssets);
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    connect(printKey, &QShortcut::activated, this, [this] {
        if (m_print->isVisible())
            m_print->showMenu();
    });
    addPageAction(m_print);
    addBookActions(tr("Bring in the asset book kept in Excel (XLSX, ODS or CSV): each column read as the register's field"),
                   [this] {
                       office::OfficeSession *s = session();
                       if (s && ImportWizard::run(*s, documents::RegisterImport::Register::Assets, this) > 0)
                           reload();
                   },
                   [this] { exportList(); }, {}, office::Permission::KeepAssets, office::Permission::ExportAssets);

    m_model->setStyler([](const Asset &a, int, int role) -> QVariant {
        // An item that left the register (disposed of, lost, transferred) is greyed: it is kept for its history.
        if (role == Qt::ForegroundRole && a.hasEnded())
            return QBrush(Qt::darkGray);
        return {};
    });
    setList(m_model, AssetListing::Code, m_model->columns());
    table()->sortByColumn(AssetListing::Code, Qt::AscendingOrder);

    auto *more = new QMenu(m_more);
    // Four buttons under the details, as on every register page (a small screen at 150 % has room for no more);
    // the rarer movements in this menu.
    const std::pair<const char *, Kind> others[] = {{QT_TR_NOOP("&Repair…"), Kind::Repair},
                                                    {QT_TR_NOOP("&Status…"), Kind::Status},
                                                    {QT_TR_NOOP("&Upgrade…"), Kind::Upgrade},
                                                    {QT_TR_NOOP("Re&value…"), Kind::Revalue},
                                                    {QT_TR_NOOP("&Lost…"), Kind::Lose},
                                                    {QT_TR_NOOP("&Transfer out…"), Kind::Transfer}};
    for (const auto &[label, kind] : others) {
        const Kind which = kind;
        more->addAction(tr(label), this, [this, which] { recordMovement(which); });
    }
    m_more->setMenu(more);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Correct the selected item (Ctrl+E)"));
    m_handOver->setToolTip(tr("Hand the item over to a room or keeper, with the hand-over record"));
    m_dispose->setToolTip(tr("Dispose of the item under the decision, with the disposal record"));
    for (QPushButton *b : {m_edit, m_handOver, m_dispose, m_more})
        PermissionGate::require(b, office::Permission::KeepAssets);
    addLineActions({m_edit, m_handOver, m_dispose, m_more});
    connect(m_edit, &QPushButton::clicked, this, &AssetsPage::editSelected);
    connect(m_handOver, &QPushButton::clicked, this, [this] { recordMovement(Kind::Move); });
    connect(m_dispose, &QPushButton::clicked, this, [this] { recordMovement(Kind::Dispose); });
    finishPage();
}

AssetsPage::~AssetsPage() = default;

assets::AssetFilter AssetsPage::currentFilter() const
{
    assets::AssetFilter f;
    f.book = Asset::bookFromCode(m_book->currentData().toString());
    const QString status = m_status->currentData().toString();
    if (status == Current)
        f.currentOnly = true;
    else if (!status.isEmpty())
        f.status = Asset::statusFromCode(status);
    f.text = searchEdit()->text();
    return f;
}

void AssetsPage::reload()
{
    office::OfficeSession *s = session();
    if (!s) {
        clear();
        return;
    }
    m_model->reload([s](const assets::AssetFilter &f) { return assets::AssetRegister(s->database(), s->actor()).list(f); }, currentFilter());
    linesShown();
}

const Asset *AssetsPage::selected() const { return m_model->lineAt(selectedRow()); }

void AssetsPage::showDetail()
{
    const Asset *a = selected();
    office::OfficeSession *s = session();
    const bool active = a && !a->hasEnded();
    for (QPushButton *b : {m_handOver, m_dispose, m_more})
        b->setEnabled(active);
    m_edit->setEnabled(a != nullptr);
    if (!a || !s) {
        detail()->setHtml(tr("<p>Select an item to see its value and history.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1 %2</h3><table cellspacing=4>").arg(a->code.toHtmlEscaped(), a->name.toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto day = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    row(tr("Book"), AssetListing::bookName(a->book));
    row(tr("Category"), a->categoryName);
    row(tr("Specification"), a->specification);
    row(tr("Serial number"), a->serial);
    row(tr("Acquired"), day(a->acquiredOn));
    row(tr("Document"), a->acquisitionDocument);
    row(tr("Funding"), AssetListing::fundingName(a->funding));
    row(tr("Original cost"), tr("%1 đồng").arg(Money::format(a->cost)));
    if (a->cost != a->originalCost)
        row(tr("When entered"), tr("%1 đồng").arg(Money::format(a->originalCost)));
    if (a->book == Asset::Book::Fixed) {
        row(tr("Rate"), tr("%1 % a year").arg(Money::formatRate(a->effectiveRateBp())));
        if (a->accumulatedYear > 0)
            row(tr("Depreciation"), tr("%1 đồng to the end of %2; book value %3 đồng")
                                        .arg(Money::format(a->accumulated)).arg(a->accumulatedYear).arg(Money::format(a->bookValue())));
    }
    row(tr("Room"), a->room);
    row(tr("Keeper"), a->custodian);
    row(tr("Status"), a->hasEnded() ? tr("%1 on %2").arg(AssetMovements::statusName(a->status), day(a->endedOn))
                                    : AssetMovements::statusName(a->status));
    row(tr("Note"), a->note);
    html += QStringLiteral("</table>");
    if (auto history = AssetMovements(s->database(), s->actor()).history(a->id); history && !history->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
        for (const assets::AssetEvent &e : history.value())
            html += QStringLiteral("<li>%1</li>").arg(AssetMovements::describe(e).join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    detail()->setHtml(html);
}

void AssetsPage::addItem()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    AssetDialog dialog(*s, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    table()->setFocus();
    if (saved) {
        reload();
        selectLine(dialog.saved().id);
    }
}

void AssetsPage::editSelected()
{
    office::OfficeSession *s = session();
    const Asset *a = selected();
    if (!s || !a || !m_edit->isEnabled())
        return;
    const qint64 id = a->id;
    AssetDialog dialog(*s, *a, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    table()->setFocus();
    if (saved) {
        reload();
        selectLine(id);
    }
}

void AssetsPage::recordMovement(Kind kind)
{
    office::OfficeSession *s = session();
    const Asset *a = selected();
    if (!s || !a || a->hasEnded())
        return;
    const qint64 id = a->id;
    MovementDialog dialog(*s, *a, kind, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    table()->setFocus();
    if (!saved)
        return;
    reload();
    selectLine(id);
    // The paper the movement calls for, once it is recorded under a record's number.
    const assets::AssetEvent &e = dialog.recorded();
    if ((kind == Kind::Move || kind == Kind::Dispose) && !e.record.isEmpty()
        && QMessageBox::question(this, windowTitle(), kind == Kind::Move ? tr("Print the hand-over record %1 now?").arg(e.record)
                                                                         : tr("Print the disposal record %1 now?").arg(e.record))
               == QMessageBox::Yes) {
        reports::AssetPrintout::Request request;
        request.paper = kind == Kind::Move ? reports::AssetPrintout::Paper::Handover : reports::AssetPrintout::Paper::Disposal;
        request.record = e.record;
        AssetPrint::show(*s, request, this);
    }
}

void AssetsPage::showDepreciation()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    DepreciationDialog dialog(*s, this);
    dialog.exec();
    reload(); // the items' value now
}

void AssetsPage::showInventory()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    InventoryDialog dialog(*s, this);
    dialog.exec();
    reload(); // what the closing moved, wrote off or added
}

void AssetsPage::showRules()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    AssetRulesDialog dialog(*s, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AssetsPage::print(reports::AssetPrintout::Paper paper)
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    using Paper = reports::AssetPrintout::Paper;
    reports::AssetPrintout::Request request;
    request.paper = paper;
    const Asset *a = selected();
    if (paper == Paper::Card || paper == Paper::Handover || paper == Paper::Disposal) {
        if (!a) {
            QMessageBox::information(this, tr("Print"), tr("Select the item first."));
            return;
        }
        request.assetId = a->id;
        if (paper != Paper::Card) {
            // The record of the item's latest hand-over or its disposal.
            const Kind kind = paper == Paper::Handover ? Kind::Move : Kind::Dispose;
            auto history = AssetMovements(s->database(), s->actor()).history(a->id);
            if (history)
                for (const assets::AssetEvent &e : history.value())
                    if (e.kind == kind && !e.record.isEmpty())
                        request.record = e.record;
            if (request.record.isEmpty()) {
                QMessageBox::information(this, tr("Print"), paper == Paper::Handover ? tr("%1 has no hand-over recorded under a record's number.").arg(a->code)
                                                                                     : tr("%1 has no disposal recorded under a record's number.").arg(a->code));
                return;
            }
        }
    }
    AssetPrint::show(*s, request, this);
}

void AssetsPage::exportList()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    assets::AssetRegister reg(s->database(), s->actor());
    if (const auto items = ListExporter::lines(this, reg, currentFilter(), false, *m_model))
        ListExporter::save(this, reg.exportSheet(*items), tr("asset-register"));
}

} // namespace vanphong::ui
