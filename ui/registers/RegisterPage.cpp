#include "RegisterPage.h"

#include "AppController.h"
#include "RegisterListModel.h"
#include "documents/DocumentTypes.h"
#include "documents/MarkBoxes.h"
#include "documents/RegisterSearch.h"
#include "office/OfficeSession.h"
#include "widgets/ColumnFitter.h"
#include "widgets/DetailsToggle.h"
#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"
#include "widgets/RegisterKeys.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace vanphong::ui {

RegisterPage::RegisterPage(AppController &controller, const QString &heading, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_heading(new QLabel(QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped()), this))
    , m_firstRow(new QHBoxLayout)
    , m_filters(new FlowLayout)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detailBox(new QWidget(this))
    , m_detailLayout(new QVBoxLayout(m_detailBox))
    , m_detail(new QTextBrowser(this))
{
    m_search->setPlaceholderText(tr("Search (with or without diacritics)…"));
    m_search->setClearButtonEnabled(true);
    m_firstRow->addWidget(m_search, 1);
    // Typing in the search box or a text filter waits for a pause before reading the lines.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { reload(); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailLayout->addWidget(m_detail, 1);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RegisterPage::showContextMenu);
}

RegisterPage::~RegisterPage() = default;

office::OfficeSession *RegisterPage::session() const { return m_controller.session(); }

void RegisterPage::clear()
{
    if (m_types) {
        const QSignalBlocker quiet(m_types);
        m_types->clear(); // the next file may have other types
    }
    if (m_model)
        m_model->clear();
    m_detail->clear();
}

void RegisterPage::setList(RegisterListModel *model, int sortColumn, int textColumn, const QList<std::pair<int, int>> &caps,
                           QList<std::pair<int, int>> ranks)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(sortColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The text column takes the room left and wraps; the others are capped, the least needed hidden when narrow.
    QList<ColumnFitter::Column> fitted;
    for (const auto &[column, width] : caps)
        fitted.append({column, width});
    std::sort(ranks.begin(), ranks.end());
    QList<int> hideFirst;
    for (const auto &[rank, column] : ranks)
        hideFirst << column;
    m_fitter = new ColumnFitter(m_table, textColumn, fitted, hideFirst);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showDetail(); });
}

QPushButton *RegisterPage::setMainAction(const QString &text, office::Permission permission)
{
    auto *add = new QPushButton(text, this);
    // The same keys on every register page. A shortcut of its own, not the
    // button's: that would replace the Alt+letter its text underlines.
    auto *newLine = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(newLine, &QShortcut::activated, add, [add] {
        if (add->isVisible() && add->isEnabled())
            add->click();
    });
    add->setToolTip(tr("Ctrl+N"));
    PermissionGate::require(add, permission);
    m_firstRow->insertWidget(0, add);
    m_firstRow->insertSpacing(1, 12);
    return add;
}

QComboBox *RegisterPage::addYearFilter(registers::RegisterYears::Register which, bool nextYear)
{
    m_years = addChoiceFilter({{tr("All years"), QStringLiteral("0")}});
    m_yearsOf = which;
    m_nextYear = nextYear;
    fillYearFilter();
    return m_years;
}

void RegisterPage::showYear(int year)
{
    if (!m_years)
        return;
    fillYearFilter();
    const QSignalBlocker quiet(m_years);
    if (const int row = m_years->findData(QString::number(year)); row >= 0)
        m_years->setCurrentIndex(row);
}

void RegisterPage::fillYearFilter()
{
    if (!m_years)
        return;
    const int thisYear = QDate::currentDate().year();
    QList<int> shown{thisYear};
    if (m_nextYear)
        shown << thisYear + 1;
    QList<int> held;
    if (office::OfficeSession *s = session())
        if (auto years = registers::RegisterYears::held(s->database(), m_yearsOf))
            held = years.value();
    const QList<int> years = registers::RegisterYears::offered(held, shown);
    QList<int> now;
    for (int i = 1; i < m_years->count(); ++i)
        now << m_years->itemData(i).toInt();
    if (now == years)
        return; // most reloads: nothing to redo
    const QSignalBlocker quiet(m_years); // the page is reloading already
    const QString chosen = m_years->currentData().toString();
    while (m_years->count() > 1)
        m_years->removeItem(1);
    for (const int y : years)
        m_years->addItem(QString::number(y), QString::number(y));
    m_years->setCurrentIndex(std::max(0, m_years->findData(chosen)));
}

QComboBox *RegisterPage::addChoiceFilter(const QList<std::pair<QString, QString>> &choices)
{
    auto *box = new QComboBox(this);
    for (const auto &[text, data] : choices)
        box->addItem(text, data);
    m_filters->addWidget(box);
    m_choices << box; // connected in finishPage(), once filled
    return box;
}

QComboBox *RegisterPage::addTypeFilter()
{
    m_types = addChoiceFilter({});
    // The types arrive with the file: keep room for "Mọi loại văn bản" meanwhile.
    m_types->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_types->setMinimumContentsLength(16);
    return m_types;
}

void RegisterPage::fillTypeFilter()
{
    office::OfficeSession *s = session();
    if (!m_types || m_types->count() > 0 || !s)
        return;
    const QSignalBlocker quiet(m_types);
    m_types->addItem(tr("All types"), QString());
    if (auto types = documents::DocumentTypes(s->database()).all())
        for (const documents::DocumentType &t : types.value())
            m_types->addItem(t.name, t.code);
}

QComboBox *RegisterPage::addMarksFilter()
{
    QComboBox *box = addChoiceFilter({});
    MarkBoxes::fillMarkFilter(box);
    return box;
}

QLineEdit *RegisterPage::addTextFilter(const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(170);
    m_filters->addWidget(edit);
    m_texts << edit;
    connect(edit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    return edit;
}

void RegisterPage::addBookActions(const QString &importTip, std::function<void()> import, std::function<void()> exportList,
                                  std::function<void(bool toPdf)> print, office::Permission importPermission,
                                  office::Permission exportPermission)
{
    if (import) {
        auto *button = new QPushButton(tr("I&mport…"), this);
        button->setToolTip(importTip);
        PermissionGate::require(button, importPermission);
        connect(button, &QPushButton::clicked, this, std::move(import));
        m_filters->addWidget(button);
    }
    auto *exporting = new QPushButton(tr("E&xport…"), this);
    exporting->setToolTip(tr("Save the list as filtered to .xlsx, .ods or .csv"));
    PermissionGate::require(exporting, exportPermission);
    connect(exporting, &QPushButton::clicked, this, std::move(exportList));
    m_filters->addWidget(exporting);
    if (!print)
        return;
    auto *printing = new QPushButton(tr("&Print the register…"), this);
    printing->setShortcut(QKeySequence::Print);
    printing->setToolTip(tr("Preview, print or save as PDF (Ctrl+P; Ctrl+Shift+S straight to PDF)"));
    PermissionGate::require(printing, office::Permission::ExportRegisters); // a printed book is a copy out of the file
    connect(printing, &QPushButton::clicked, this, [this, print] {
        if (session())
            print(false);
    });
    auto *savePdf = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(savePdf, &QShortcut::activated, this, [this, print, printing] {
        if (session() && printing->isVisible())
            print(true);
    });
    m_filters->addWidget(printing);
}

void RegisterPage::addPageAction(QPushButton *button) { m_filters->addWidget(button); }

void RegisterPage::addLineActions(const QList<QPushButton *> &row)
{
    auto *layout = new QHBoxLayout;
    for (QPushButton *b : row) {
        layout->addWidget(b);
        m_lineActions << b;
    }
    layout->addStretch();
    m_detailLayout->addLayout(layout);
}

void RegisterPage::addDetailWidget(QWidget *widget) { m_detailLayout->addWidget(widget); }

void RegisterPage::finishPage()
{
    for (QComboBox *box : std::as_const(m_choices))
        connect(box, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    RegisterKeys::wire(m_search, m_table, m_detail);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detailBox);
    m_filters->addWidget(new DetailsToggle(m_detailBox, this));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_firstRow);
    layout->addLayout(m_filters);
    layout->addWidget(split, 1);
    showDetail();
}

void RegisterPage::showContextMenu(const QPoint &at)
{
    QMenu menu(this);
    for (QPushButton *b : std::as_const(m_lineActions))
        if (!b->isHidden()) { // hidden: not this user's to use (PermissionGate)
            QAction *a = menu.addAction(b->text(), b, &QPushButton::click);
            a->setEnabled(b->isEnabled());
        }
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(at));
}

int RegisterPage::selectedRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void RegisterPage::selectLine(qint64 id)
{
    if (const int row = m_model ? m_model->rowOf(id) : -1; row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

bool RegisterPage::searching() const { return !m_search->text().trimmed().isEmpty(); }

QList<qint64> RegisterPage::searchedIds(const QString &kind) const
{
    QList<qint64> ids;
    office::OfficeSession *s = session();
    if (!s)
        return ids;
    if (auto lines = documents::RegisterSearch::find(s->database(), s->user(), m_search->text().trimmed()))
        for (const documents::RegisterSearch::Line &line : lines.value())
            if (line.kind == kind)
                ids << line.id;
    return ids;
}

void RegisterPage::linesShown()
{
    // Typing a search brings no new year: the file is asked again only when
    // lines may have come or gone (a reload after a change, a filter, the file opened).
    if (!searching())
        fillYearFilter();
    if (m_fitter)
        m_fitter->refit();
    showDetail();
}

void RegisterPage::resetFilters()
{
    std::vector<QSignalBlocker> quiet;
    quiet.reserve(1 + m_texts.size() + m_choices.size());
    quiet.emplace_back(m_search);
    m_search->clear();
    for (QLineEdit *edit : std::as_const(m_texts)) {
        quiet.emplace_back(edit);
        edit->clear();
    }
    for (QComboBox *box : std::as_const(m_choices)) {
        quiet.emplace_back(box);
        box->setCurrentIndex(0);
    }
}

} // namespace vanphong::ui
